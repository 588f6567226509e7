import Foundation

/// The records of CSV text that ``CSVWriter`` wrote, read on its UTF-8 bytes for the workbook:
/// each field unescaped into one reused buffer and ended with a NUL, ready to hand to C, so a
/// table of millions of cells makes no `String` per cell. Blank lines are skipped, as
/// ``CSVTable`` skips them; a quote inside an unquoted field is kept as it is.
struct CSVRecords {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The current record's fields back to back, each followed by a NUL.
    private(set) var buffer: [UInt8] = []
    /// Where each field of the current record starts in ``buffer``, and its length without the NUL.
    private(set) var fields: [(start: Int, count: Int)] = []

    /// Where the text after the current record starts.
    var offset: Int { position }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads the next record; false at the end of the text.
    mutating func next() -> Bool {
        while position < bytes.count {
            buffer.removeAll(keepingCapacity: true)
            fields.removeAll(keepingCapacity: true)
            var ended = false
            while !ended {
                ended = readField()
            }
            if !(fields.count == 1 && fields[0].count == 0) { return true }
        }
        return false
    }

    /// Moves past the next record as ``next()`` would read it (blank lines skipped) without copying
    /// its fields, for a scan that needs only where rows end: false at the end of the text. Sets
    /// `field` to the bytes of field `column` as written (in their quotes, if quoted), or to an
    /// empty range when the record is shorter. A quote opens or closes quotes wherever it stands,
    /// as in the text ``CSVWriter`` writes (it quotes every field that holds one). Past field
    /// `column`, a rest of the row without a quote is crossed by memchr to its line end.
    mutating func skip(column: Int, field: inout Range<Int>) -> Bool {
        while position < bytes.count {
            let start = position
            var (index, fieldStart, quoted, jumped) = (0, position, false, false)
            field = position..<position
            while position < bytes.count {
                if index > column && !quoted && !jumped {
                    jumped = true
                    if let end = unquotedLineEnd() {
                        position = end
                        break
                    }
                }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { quoted.toggle() }
                guard !quoted, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") else { continue }
                if index == column { field = fieldStart..<position - 1 }
                if byte == UInt8(ascii: "\n") { break }
                (index, fieldStart) = (index + 1, position)
            }
            if bytes[position - 1] != UInt8(ascii: "\n") && index == column { field = fieldStart..<position }
            if !bytes[start..<position].allSatisfy({ $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) { return true }
        }
        return false
    }

    /// Just past the next line end, when no quote comes before it.
    private func unquotedLineEnd() -> Int? {
        let base = bytes.baseAddress! + position, count = bytes.count - position
        guard let newline = memchr(base, 0x0A, count) else { return nil }
        let length = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
        return memchr(base, 0x22, length) == nil ? position + length + 1 : nil
    }

    /// The current record's field `index` (without its NUL), valid while `buffer` is not touched.
    func field(_ index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[fields[index].start..<fields[index].start + fields[index].count])
    }

    /// Reads one field and the separator after it; true when that ended the record. The bytes
    /// between quotes, separators and line ends are copied a run at a time.
    private mutating func readField() -> Bool {
        let start = buffer.count
        if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
            position += 1
            while position < bytes.count {
                let run = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "\"") { position += 1 }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                guard position < bytes.count else { break }
                position += 1
                // A doubled quote is one quote of the text; a single one closes the quotes.
                guard position < bytes.count && bytes[position] == UInt8(ascii: "\"") else { break }
                buffer.append(UInt8(ascii: "\""))
                position += 1
            }
        }
        while position < bytes.count {
            let run = position
            while position < bytes.count, !CSVRecords.stops(bytes[position]) { position += 1 }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
            guard position < bytes.count else { break }
            let byte = bytes[position]
            position += 1
            if byte != UInt8(ascii: "\r") {
                finish(from: start)
                return byte == UInt8(ascii: "\n")
            }
        }
        finish(from: start)
        return true
    }

    /// A separator, a line end, or a carriage return (dropped outside quotes).
    private static func stops(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private mutating func finish(from start: Int) {
        fields.append((start, buffer.count - start))
        buffer.append(0)
    }
}
