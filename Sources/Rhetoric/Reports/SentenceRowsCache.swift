/// Each document's `sentences.csv` rows kept between runs in a ``CacheFolder``, under the name of
/// its partial's entry (``PartialCache``): they follow from the partial and the speakers' ids, which
/// that name covers. A rerun copies them rather than cut every sentence's text from its paragraph and
/// spell out its terms again, about half of what reading a cached document took. An entry holds the rows
/// as the report has them in ``CacheEntry``'s envelope; one that does not check is made again.
struct SentenceRowsCache: Sendable {
    static let fileExtension = "rows"
    static let magic = Array("RHETROWS".utf8)

    let folder: CacheFolder

    /// The entry's bytes and where its rows lie in them, if it is whole and sound.
    func load(_ key: String) -> (bytes: [UInt8], rows: Range<Int>)? {
        guard let bytes = folder.read(key, kind: Self.fileExtension),
              let rows = CacheEntry.body(of: bytes, magic: Self.magic) else { return nil }
        return (bytes, rows)
    }

    /// Whether the entry is there (whole and sound or not), touching it as a read would.
    func touch(_ key: String) -> Bool {
        folder.touch(key, kind: Self.fileExtension)
    }

    func store(_ key: String, _ rows: [UInt8]) {
        folder.write(key, kind: Self.fileExtension, CacheEntry.sealed(Self.magic, rows))
    }
}
