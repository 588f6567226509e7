import CIsal

/// A run of bytes deflated as one piece of a zip entry's stream, with what the entry's header
/// needs of it. Pieces start fresh and all but the last end on a sync flush, so they are made on
/// any thread and joined in order (as pigz does); the cost is a little size at each join.
struct DeflatedPiece: Sendable {
    var compressed: [UInt8]
    var crc: UInt32
    var length: Int

    init(compressed: [UInt8], crc: UInt32, length: Int) {
        (self.compressed, self.crc, self.length) = (compressed, crc, length)
    }

    /// `bytes` deflated; `last` ends the entry's stream. Nil if igzip fails (out of memory).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool) {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: rx_deflate_bound(bytes.count))
        defer { out.deallocate() }
        let written = rx_deflate_piece(bytes.baseAddress, bytes.count, last ? 1 : 0, out.baseAddress, out.count)
        guard written >= 0 else { return nil }
        // A copy of the written bytes only: the bound is nearly twice the input.
        (compressed, crc, length) = (Array(out[..<written]), rx_crc32(0, bytes.baseAddress, bytes.count), bytes.count)
    }

    init?(_ bytes: [UInt8], last: Bool) {
        guard let piece = bytes.withUnsafeBufferPointer({ DeflatedPiece($0, last: last) }) else { return nil }
        self = piece
    }
}

/// A zip file (PKWARE's APPNOTE) of deflated entries, as an xlsx package is: each entry's local
/// header with its sizes and CRC, its pieces back to back, then the central directory. Every
/// entry is dated 1980-01-01 00:00, so the same contents give the same bytes. No ZIP64: an entry
/// or archive past 4 GB is refused.
enum ZipArchive {
    struct Entry: Sendable {
        var name: String
        /// The entry's stream in order; the last piece was made with `last`.
        var pieces: [DeflatedPiece]
    }

    struct TooLarge: Error {
        var entry: String
    }

    static func bytes(_ entries: [Entry]) throws(TooLarge) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + $1.pieces.reduce(0) { $0 + $1.compressed.count } } + 100 * entries.count)
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = crc(entry.pieces)
            let compressed = entry.pieces.reduce(0) { $0 + $1.compressed.count }
            let length = entry.pieces.reduce(0) { $0 + $1.length }
            guard let compressed32 = UInt32(exactly: compressed), let length32 = UInt32(exactly: length),
                  let offset = UInt32(exactly: out.count) else { throw TooLarge(entry: entry.name) }
            // Version needed 2.0, no flags, deflate, 00:00 on 1980-01-01, CRC and sizes, the name.
            let common: [UInt8] = le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21) + le32(crc) + le32(compressed32)
                + le32(length32) + le16(UInt16(name.count)) + le16(0)
            out += le32(0x0403_4b50) + common + name
            for piece in entry.pieces { out += piece.compressed }
            // Made by 2.0 (MS-DOS attributes), no comment, disk 0, no attributes, the local header's offset.
            directory += le32(0x0201_4b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        guard let start = UInt32(exactly: out.count), let size = UInt32(exactly: directory.count),
              let count = UInt16(exactly: entries.count) else { throw TooLarge(entry: entries.last?.name ?? "") }
        out += directory
        out += le32(0x0605_4b50) + le16(0) + le16(0) + le16(count) + le16(count) + le32(size) + le32(start) + le16(0)
        return out
    }

    /// The CRC-32 of the pieces' bytes one after the other, from each piece's own.
    static func crc(_ pieces: [DeflatedPiece]) -> UInt32 {
        pieces.reduce(UInt32(0)) { rx_crc32_combine($0, $1.crc, UInt64($1.length)) }
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }

    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
}
