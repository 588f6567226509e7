import CIsal

/// A run of bytes deflated as one piece of a zip entry's stream, with what the entry's header
/// needs of it. Pieces start fresh and all but the last end on a sync flush, so they are made on
/// any thread and joined in order (as pigz does); the cost is a little size at each join.
struct DeflatedPiece: Sendable {
    /// A slice, so that a piece read from the cache stays in the bytes read.
    var compressed: ArraySlice<UInt8>
    var crc: UInt32
    var length: Int

    init(compressed: ArraySlice<UInt8>, crc: UInt32, length: Int) {
        (self.compressed, self.crc, self.length) = (compressed, crc, length)
    }

    /// `bytes` deflated; `last` ends the entry's stream. Nil if igzip fails (out of memory).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, last: Bool) {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: rx_deflate_bound(bytes.count))
        defer { out.deallocate() }
        let written = rx_deflate_piece(bytes.baseAddress, bytes.count, last ? 1 : 0, out.baseAddress, out.count)
        guard written >= 0 else { return nil }
        // A copy of the written bytes only: the bound is nearly twice the input.
        (compressed, crc, length) = (Array(out[..<written])[...], rx_crc32(0, bytes.baseAddress, bytes.count), bytes.count)
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

    /// The archive of `entries`: its headers made, its pieces not copied (``write(to:)`` hands them
    /// out as they are), so that a workbook of tens of megabytes is never assembled in memory.
    struct Archive: Sendable {
        private let entries: [Entry]
        /// Each entry's local header, then the central directory and its end record.
        private let headers: [[UInt8]]
        private let directory: [UInt8]
        /// The archive's size in bytes.
        let size: Int

        init(_ entries: [Entry]) throws(TooLarge) {
            var headers: [[UInt8]] = []
            var directory: [UInt8] = []
            var size = 0
            for entry in entries {
                let name = Array(entry.name.utf8)
                let crc = ZipArchive.crc(entry.pieces)
                let compressed = entry.pieces.reduce(0) { $0 + $1.compressed.count }
                let length = entry.pieces.reduce(0) { $0 + $1.length }
                guard let compressed32 = UInt32(exactly: compressed), let length32 = UInt32(exactly: length),
                      let offset = UInt32(exactly: size) else { throw TooLarge(entry: entry.name) }
                // Version needed 2.0, no flags, deflate, 00:00 on 1980-01-01, CRC and sizes, the name.
                let common: [UInt8] = le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21) + le32(crc) + le32(compressed32)
                    + le32(length32) + le16(UInt16(name.count)) + le16(0)
                headers.append(le32(0x0403_4b50) + common + name)
                size += headers[headers.count - 1].count + compressed
                // Made by 2.0 (MS-DOS attributes), no comment, disk 0, no attributes, the local header's offset.
                directory += le32(0x0201_4b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
            }
            guard let start = UInt32(exactly: size), let length = UInt32(exactly: directory.count),
                  let count = UInt16(exactly: entries.count) else { throw TooLarge(entry: entries.last?.name ?? "") }
            directory += le32(0x0605_4b50) + le16(0) + le16(0) + le16(count) + le16(count) + le32(length) + le32(start) + le16(0)
            (self.entries, self.headers, self.directory, self.size) = (entries, headers, directory, size + directory.count)
        }

        /// Hands the archive's bytes to `write` in order, a header or a piece at a time.
        func write<Failure: Error>(to write: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure) {
            for (entry, header) in zip(entries, headers) {
                try header.withUnsafeBufferPointer { (bytes) throws(Failure) in try write(bytes) }
                for piece in entry.pieces {
                    try piece.compressed.withUnsafeBufferPointer { (bytes) throws(Failure) in try write(bytes) }
                }
            }
            try directory.withUnsafeBufferPointer { (bytes) throws(Failure) in try write(bytes) }
        }

        /// The archive's bytes in one array.
        var bytes: [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(size)
            write { (bytes: UnsafeBufferPointer<UInt8>) in out.append(contentsOf: bytes) }
            return out
        }
    }

    static func bytes(_ entries: [Entry]) throws(TooLarge) -> [UInt8] {
        try Archive(entries).bytes
    }

    /// The CRC-32 of the pieces' bytes one after the other, from each piece's own.
    static func crc(_ pieces: [DeflatedPiece]) -> UInt32 {
        pieces.reduce(UInt32(0)) { rx_crc32_combine($0, $1.crc, UInt64($1.length)) }
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }

    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
}
