import CIsal

/// The envelope of a ``CacheFolder`` entry: its kind's magic, its body, then a CRC-32 of both
/// (u32, little-endian). An entry cut short or damaged on disk fails the check and is made again,
/// never trusted.
enum CacheEntry {
    static func sealed(_ magic: [UInt8], _ body: some Collection<UInt8>) -> [UInt8] {
        var bytes = magic
        bytes.reserveCapacity(magic.count + body.count + 4)
        bytes += body
        var check = checksum(bytes[...]).littleEndian
        withUnsafeBytes(of: &check) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Where the body of `bytes` lies, if they are a whole and sound entry of this magic.
    static func body(of bytes: [UInt8], magic: [UInt8]) -> Range<Int>? {
        guard bytes.count >= magic.count + 4, bytes.starts(with: magic) else { return nil }
        let end = bytes.count - 4
        let stored = bytes[end...].enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
        return stored == checksum(bytes[..<end]) ? magic.count..<end : nil
    }

    /// A hasher for an entry's name that has taken what kind of entry it is and the program binary
    /// (a rebuild may compute it otherwise); the caller adds the rest of what decides it.
    static func namer(_ kind: String) -> ContentHash {
        var hasher = ContentHash()
        hasher.update(field: kind)
        hasher.update(field: System.executableIdentity)
        return hasher
    }

    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { rx_crc32(0, $0.baseAddress, $0.count) }
    }
}
