/// What duplicate detection compares of a cleaned document, taken when the document is cleaned
/// (on the worker that cleaned it) and kept in its partial: the merge, and every cached `kwic` or
/// `diff`, then compare digests and sorted hashes instead of re-reading every document's text.
public struct TextFingerprint: Sendable, Equatable {
    /// SHA-256 of the cleaned text as `rhetoric clean` prints it: equal digests, the same text.
    public var digest: [UInt8]
    /// The hashes of its sentences (``NearDuplicates/sentences(of:)``), ascending, each once.
    public var sentences: [UInt64]

    public init(digest: [UInt8], sentences: [UInt64]) {
        self.digest = digest
        self.sentences = sentences
    }

    public init(_ cleaned: CleanedDocument) {
        var hasher = SHA256()
        var text = cleaned.text
        text.withUTF8 { hasher.update($0) }
        self.init(digest: hasher.finish(), sentences: NearDuplicates.sentences(of: cleaned))
    }
}
