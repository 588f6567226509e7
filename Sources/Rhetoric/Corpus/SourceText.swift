/// Decodes a corpus file's bytes to text. A file that is not valid text is an error that names the
/// byte where it goes wrong, never a silently wrong number.
public enum SourceText {
    public static func decode(_ bytes: [UInt8], file: String) throws(RhetoricError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, file: file)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw RhetoricError(file: file, byteOffset: nul, "a NUL byte: this is not a text file")
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw RhetoricError(file: file, byteOffset: bad, "not valid UTF-8")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that starts an invalid or truncated UTF-8 sequence.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String) throws(RhetoricError) -> String {
        guard bytes.count % 2 == 0 else {
            throw RhetoricError(file: file, byteOffset: bytes.count - 1, "UTF-16 text cut off in the middle of a character")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i < bytes.count {
            let hi = UInt16(bytes[bigEndian ? i : i + 1]), lo = UInt16(bytes[bigEndian ? i + 1 : i])
            units.append(hi << 8 | lo)
            i += 2
        }
        var result = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var offset = 2
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    throw RhetoricError(file: file, byteOffset: offset, "a NUL character: this is not a text file")
                }
                result.append(scalar)
                offset += scalar.utf16.count * 2
            case .emptyInput:
                break loop
            case .error:
                throw RhetoricError(file: file, byteOffset: offset, "not valid UTF-16 (an unpaired surrogate)")
            }
        }
        return String(result)
    }
}
