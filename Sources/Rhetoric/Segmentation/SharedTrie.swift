import Foundation

/// The configuration's word trie (``SegmentationConfig/trie()``), built on first use and then shared
/// by every worker: a run, `kwic` or `diff` whose files all come from the partials cache never
/// segments, and so never pays for the 349,046-word vocabulary.
public final class SharedTrie: @unchecked Sendable {
    private let config: SegmentationConfig
    private let lock = NSLock()
    private var built: WordTrie?

    public init(_ config: SegmentationConfig) {
        self.config = config
    }

    public var trie: WordTrie {
        lock.withLock {
            if let built { return built }
            let trie = config.trie()
            built = trie
            return trie
        }
    }
}
