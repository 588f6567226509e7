/// The segmentation trie kept between runs in a ``CacheFolder``. Building it (the general
/// vocabulary's 350,000 words, then the word lists over them) takes a tenth of a second, which a
/// run that segments one new document would otherwise spend before its first word. An entry is
/// named by the SHA-256 of the run's settings hash and the program binary (the vocabulary and
/// lists compiled into it); it holds the trie's arrays (``WordTrie/encoded()``) and a CRC-32 of
/// them, and one that is not whole and sound is ignored and made again.
public struct TrieCache: Sendable {
    static let fileExtension = "trie"
    static let magic = Array("RHETTRIE".utf8)

    let folder: CacheFolder
    let key: String

    public init(folder: String, settings: String) {
        self.folder = CacheFolder(folder)
        var hasher = CacheEntry.namer("word trie")
        hasher.update(field: settings)
        key = hasher.hex()
    }

    func load() -> WordTrie? {
        folder.read(key, kind: Self.fileExtension).flatMap(Self.decode)
    }

    func store(_ trie: WordTrie) {
        folder.write(key, kind: Self.fileExtension, Self.encode(trie))
    }

    static func encode(_ trie: WordTrie) -> [UInt8] {
        CacheEntry.sealed(magic, trie.encoded())
    }

    /// The trie an entry holds, or nil if it is not whole and sound.
    static func decode(_ bytes: [UInt8]) -> WordTrie? {
        guard let body = CacheEntry.body(of: bytes, magic: magic) else { return nil }
        var reader = ByteReader(bytes, offset: body.lowerBound, end: body.upperBound)
        guard let trie = try? WordTrie(decoding: &reader), reader.isAtEnd else { return nil }
        return trie
    }
}
