import Foundation

/// The configuration's word trie (``SegmentationConfig/trie()``), built on first use and then shared
/// by every worker: a run, `kwic` or `diff` whose files all come from the partials cache never
/// segments, and so never pays for the 349,046-word vocabulary. With a ``TrieCache``, the trie a
/// run with the same settings built is read back instead.
public final class SharedTrie: @unchecked Sendable {
    private let config: SegmentationConfig
    private let cache: TrieCache?
    private let lock = NSLock()
    private var built: WordTrie?

    public init(_ config: SegmentationConfig, cache: TrieCache? = nil) {
        self.config = config
        self.cache = cache
    }

    public var trie: WordTrie {
        lock.withLock {
            if let built { return built }
            if let kept = cache?.load() {
                built = kept
                return kept
            }
            let trie = config.trie()
            cache?.store(trie)
            built = trie
            return trie
        }
    }
}
