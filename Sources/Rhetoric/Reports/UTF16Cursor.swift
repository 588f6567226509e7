/// Where a paragraph's UTF-16 offsets (ICU's breaks, which the sentences keep) fall in its UTF-8
/// bytes (what a Swift `String` stores), found by walking forward from the offset asked last: the
/// sentences of a paragraph come in text order, so a report finds every span in one pass over the
/// text, with no UTF-16 copy of it.
struct UTF16Cursor {
    private var byte = 0
    private var unit = 0

    /// The index in `utf8` (valid UTF-8) of the scalar at UTF-16 offset `offset` (its end if the
    /// text is shorter); an offset before the last one asked walks again from the start.
    mutating func byteIndex(of offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        if offset < unit { (byte, unit) = (0, 0) }
        while unit < offset, byte < utf8.count {
            let lead = utf8[byte]
            // A scalar takes 1 to 4 bytes by its lead byte, and two UTF-16 units from 4 bytes on.
            byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            unit += lead < 0xF0 ? 1 : 2
        }
        byte = min(byte, utf8.count)
        return byte
    }

    /// `range` of `utf8` without the spaces (``isTrimmedSpace(_:)``: space, tab, U+FEFF, U+3000)
    /// at either end.
    static func trimmed(_ range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end {
            if utf8[start] == 0x20 || utf8[start] == 0x09 { start += 1 } else if start + 3 <= end, isWideSpace(utf8, at: start) { start += 3 } else { break }
        }
        while end > start {
            if utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 } else if end - 3 >= start, isWideSpace(utf8, at: end - 3) { end -= 3 } else { break }
        }
        return start..<end
    }

    /// U+FEFF (`EF BB BF`) or U+3000 (`E3 80 80`) at `index`.
    private static func isWideSpace(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        (utf8[index] == 0xEF && utf8[index + 1] == 0xBB && utf8[index + 2] == 0xBF)
            || (utf8[index] == 0xE3 && utf8[index + 1] == 0x80 && utf8[index + 2] == 0x80)
    }
}
