/// Rendered rows of a report kept between runs in a ``CacheFolder``: a meeting's block of
/// `cooccurrence.csv` (5,000 rows of a large corpus, thirteen cells each) is the same text while the
/// meeting's sentences are, and after a document is added to one meeting the others' blocks are
/// read back rather than formatted again.
///
/// An entry is named by the hash (``ContentHash``) of the program binary, the report, the key of
/// what its rows come from (``CooccurrenceCache/key(_:minimumCount:maximumPairs:)``) and the cells
/// the rows repeat (the meeting's name); it holds the rows' CSV bytes and a CRC-32 of them, and one
/// that is not whole and sound is made again.
public struct CSVBlockCache: Sendable {
    static let fileExtension = "csvblock"
    static let magic = Array("RHETCSVB".utf8)

    let folder: CacheFolder

    func key(report: String, source: String, cell: String) -> String {
        var hasher = CacheEntry.namer("csv block")
        for field in [report, source, cell] { hasher.update(field: field) }
        return hasher.hex()
    }

    /// The block under `key`, made by `render` (whole CSV rows) and kept when the cache lacks it.
    func block(_ key: String, render: () -> [UInt8]) -> ArraySlice<UInt8> {
        if let kept = folder.body(key, kind: Self.fileExtension, magic: Self.magic) { return kept }
        let rows = render()
        folder.seal(key, kind: Self.fileExtension, magic: Self.magic, rows)
        return rows[...]
    }
}
