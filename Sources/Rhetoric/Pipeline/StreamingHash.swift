/// A hash fed in pieces (``SHA256``, ``ContentHash``): the ways of feeding it and of writing it out
/// that both share.
public protocol StreamingHash {
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The digest; the hasher starts over.
    mutating func finish() -> [UInt8]
}

extension StreamingHash {
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Adds a string's UTF-8 bytes, then a zero byte, so that consecutive fields cannot run together.
    public mutating func update(field: String) {
        update(Array(field.utf8) + [0])
    }

    /// The digest as lowercase hex digits, two a byte, as `sha256sum` and `xxhsum` print theirs; the
    /// hasher starts over.
    public mutating func hex() -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        return String(String.UnicodeScalarView(finish().flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xf)]] }))
    }
}
