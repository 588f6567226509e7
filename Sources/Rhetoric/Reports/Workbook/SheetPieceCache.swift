/// Deflated pieces of workbook rows kept between runs in a ``CacheFolder``. A sheet's rows are
/// made and deflated piece by piece (``WorkbookReport``), and after a meeting is added most pieces
/// hold the same rows as before: the sentences and pairs of the other meetings. Such a piece is
/// read back rather than made again, wherever its rows now fall in the sheet (its XML has no row
/// numbers); on the 1,000-document bench it is most of the workbook.
///
/// An entry is named by the hash (``ContentHash``) of the program binary, which of the piece's
/// columns are text, and its CSV bytes: all its XML depends on. It holds the piece and a CRC-32 of
/// itself; one that does not check is made again.
///
///     "RHETSHPC"              8 bytes, the magic
///     crc, length             the piece's uncompressed CRC-32 and byte count (u32, u64)
///     compressed              u64 count, then the raw deflate bytes
///     check                   u32, the CRC-32 of everything before it
/// (little-endian.)
struct SheetPieceCache: Sendable {
    static let fileExtension = "sheetpiece"
    static let magic = Array("RHETSHPC".utf8)

    let folder: CacheFolder

    /// The entry name of the rows of `csv` (whole CSV rows), whose columns are text where `text`
    /// says so.
    func key(csv: UnsafeBufferPointer<UInt8>, text: [Bool]) -> String {
        var hasher = CacheEntry.namer("sheet piece")
        hasher.update(text.map { $0 ? 1 : 0 } + [2])
        hasher.update(csv)
        return hasher.hex()
    }

    func load(_ key: String) -> DeflatedPiece? {
        folder.read(key, kind: Self.fileExtension).flatMap(Self.decode)
    }

    func store(_ key: String, _ piece: DeflatedPiece) {
        folder.write(key, kind: Self.fileExtension, Self.encode(piece))
    }

    static func encode(_ piece: DeflatedPiece) -> [UInt8] {
        CacheEntry.sealed(magic, littleEndian(UInt64(piece.crc), 4) + littleEndian(UInt64(piece.length), 8)
                          + littleEndian(UInt64(piece.compressed.count), 8) + piece.compressed)
    }

    /// The piece an entry holds, or nil if it is not whole and sound.
    static func decode(_ bytes: [UInt8]) -> DeflatedPiece? {
        guard let body = CacheEntry.body(of: bytes, magic: magic), body.count >= 20,
              let compressed = Int(exactly: number(bytes, at: body.lowerBound + 12, 8)), compressed == body.count - 20,
              let length = Int(exactly: number(bytes, at: body.lowerBound + 4, 8)) else { return nil }
        return DeflatedPiece(compressed: bytes[(body.lowerBound + 20)...].prefix(compressed),
                             crc: UInt32(number(bytes, at: body.lowerBound, 4)), length: length)
    }

    private static func littleEndian(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static func number(_ bytes: [UInt8], at offset: Int, _ width: Int) -> UInt64 {
        (0..<width).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}
