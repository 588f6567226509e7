import Foundation

/// Appends the fields of a partials file: little-endian integers, length-prefixed UTF-8 strings,
/// arrays of 32-bit integers copied in bulk.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func i32(_ value: Int32) { u32(UInt32(bitPattern: value)) }

    mutating func count(_ value: Int) { u32(UInt32(value)) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        u8(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }

    mutating func i32s(_ values: ArraySlice<Int32>) { integers(values) }

    mutating func u16s(_ values: ArraySlice<UInt16>) { integers(values) }

    mutating func u64s(_ values: [UInt64]) { integers(values[...]) }

    /// A count, then the values; the host is little-endian (x86-64, arm64), as the format is.
    private mutating func integers<T: FixedWidthInteger>(_ values: ArraySlice<T>) {
        count(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what ``ByteWriter`` wrote; every read checks the bounds, so a truncated or damaged file
/// is an error, never a crash.
struct ByteReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    private(set) var offset: Int
    /// Where reading stops: a file's checksum or an entry's seal after it is not read as content.
    let end: Int

    /// Reads `bytes` from `offset` up to `end` (their end if nil), without copying them.
    init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    private mutating func take(_ n: Int) throws(Damaged) -> Range<Int> {
        guard n >= 0, n <= end - offset else { throw Damaged() }
        defer { offset += n }
        return offset..<offset + n
    }

    mutating func u8() throws(Damaged) -> UInt8 { bytes[try take(1).lowerBound] }

    mutating func u32() throws(Damaged) -> UInt32 {
        let range = try take(4)
        return bytes[range].withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }

    mutating func i32() throws(Damaged) -> Int32 { Int32(bitPattern: try u32()) }

    /// A count, at most what the rest of the file could hold at `width` bytes an item.
    mutating func count(width: Int = 1) throws(Damaged) -> Int {
        let n = Int(try u32())
        guard n <= (end - offset) / max(width, 1) else { throw Damaged() }
        return n
    }

    /// Decoded from a buffer pointer: Swift validates that in bulk, an `ArraySlice` scalar by scalar.
    mutating func string() throws(Damaged) -> String {
        let range = try take(try count())
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// A string that must be valid UTF-8 (a partial's text is never repaired), with its length in
    /// UTF-16 code units counted on the bytes: the offsets into it are checked against that, and
    /// Swift would count them by walking the string's scalars.
    mutating func text() throws(Damaged) -> (string: String, utf16Count: Int) {
        let range = try take(try count())
        return try bytes.withUnsafeBufferPointer { (all) throws(Damaged) in
            let utf8 = UnsafeBufferPointer(rebasing: all[range])
            guard let string = String(validating: utf8, as: UTF8.self) else { throw Damaged() }
            let counted = ByteReader.scalars(utf8)
            return (string, counted.scalars + counted.fourByte)
        }
    }

    /// A string's length in UTF-16 code units and in characters (scalars), without making it.
    mutating func textCounts() throws(Damaged) -> (utf16: Int, characters: Int) {
        let range = try take(try count())
        let counted = bytes.withUnsafeBufferPointer { ByteReader.scalars(UnsafeBufferPointer(rebasing: $0[range])) }
        return (counted.scalars + counted.fourByte, counted.scalars)
    }

    /// The scalars of valid UTF-8 (the bytes that start one: all but `10xxxxxx`) and those of them
    /// that take four bytes (`11110xxx`, two UTF-16 units), eight bytes at a time: each test leaves
    /// its answer in a byte's top bit, and the bits are counted.
    static func scalars(_ utf8: UnsafeBufferPointer<UInt8>) -> (scalars: Int, fourByte: Int) {
        let high: UInt64 = 0x8080_8080_8080_8080
        var (continuing, fourByte) = (0, 0)
        let words = utf8.count / 8
        let raw = UnsafeRawBufferPointer(utf8)
        for i in 0..<words {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))
            // Top bit set and the next one clear; the top four set. A shift moves each byte's lower
            // bits into its top bit, and what crosses into the next byte lands below its top bit.
            continuing += (word & ~(word << 1) & high).nonzeroBitCount
            fourByte += (word & (word << 1) & (word << 2) & (word << 3) & high).nonzeroBitCount
        }
        for byte in utf8[(8 * words)...] {
            continuing += byte & 0xC0 == 0x80 ? 1 : 0
            fourByte += byte >= 0xF0 ? 1 : 0
        }
        return (utf8.count - continuing, fourByte)
    }

    mutating func optional() throws(Damaged) -> String? {
        switch try u8() {
        case 0: return nil
        case 1: return try string()
        default: throw Damaged()
        }
    }

    mutating func raw(_ n: Int) throws(Damaged) -> ArraySlice<UInt8> { bytes[try take(n)] }

    mutating func i32s() throws(Damaged) -> [Int32] { try integers() }

    mutating func u16s() throws(Damaged) -> [UInt16] { try integers() }

    mutating func u64s() throws(Damaged) -> [UInt64] { try integers() }

    /// What ``ByteWriter/i32s(_:)`` wrote, copied onto the end of `array` (no array of its own: a
    /// partial has one list per sentence); where they now lie in it.
    mutating func appendI32s(to array: inout [Int32]) throws(Damaged) -> Range<Int> {
        let n = try count(width: 4)
        let range = try take(4 * n)
        let start = array.count
        bytes.withUnsafeBytes { source in
            for i in 0..<n { array.append(Int32(littleEndian: source.loadUnaligned(fromByteOffset: range.lowerBound + 4 * i, as: Int32.self))) }
        }
        return start..<start + n
    }

    /// A count, then that many integers copied in bulk (the host is little-endian, as the format is).
    private mutating func integers<T: FixedWidthInteger>() throws(Damaged) -> [T] {
        let width = MemoryLayout<T>.size
        let n = try count(width: width)
        let range = try take(width * n)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { bytes.withUnsafeBytes { source in
                _ = memcpy(buffer.baseAddress!, source.baseAddress! + range.lowerBound, width * n)
            } }
            initialized = n
        }
    }
}
