/// UTF-16 code units appended to a UTF-8 byte buffer by hand: the sentence texts of a large corpus
/// are millions of slices, and decoding each into a `String` first costs more than the report.
enum UTF16Transcoding {
    /// Appends `units` as UTF-8; a lone surrogate becomes U+FFFD, as `String(decoding:as:)` makes it.
    static func append(_ units: UnsafeBufferPointer<UInt16>, to bytes: inout [UInt8]) {
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            var scalar = UInt32(unit)
            if unit >= 0xD800 && unit < 0xE000 {
                if unit < 0xDC00, index < units.count, units[index] >= 0xDC00, units[index] < 0xE000 {
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else {
                    scalar = 0xFFFD
                }
            }
            switch scalar {
            case ..<0x80:
                bytes.append(UInt8(scalar))
            case ..<0x800:
                bytes.append(0xC0 | UInt8(scalar >> 6))
                bytes.append(0x80 | UInt8(scalar & 0x3F))
            case ..<0x10000:
                bytes.append(0xE0 | UInt8(scalar >> 12))
                bytes.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                bytes.append(0x80 | UInt8(scalar & 0x3F))
            default:
                bytes.append(0xF0 | UInt8(scalar >> 18))
                bytes.append(0x80 | UInt8((scalar >> 12) & 0x3F))
                bytes.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                bytes.append(0x80 | UInt8(scalar & 0x3F))
            }
        }
    }
}
