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

    /// The current record's field `index` (without its NUL), valid while `buffer` is not touched.
    func field(_ index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[fields[index].start..<fields[index].start + fields[index].count])
    }

    /// Reads one field and the separator after it; true when that ended the record.
    private mutating func readField() -> Bool {
        let start = buffer.count
        var quoted = position < bytes.count && bytes[position] == UInt8(ascii: "\"")
        if quoted { position += 1 }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                        position += 1
                    } else {
                        quoted = false
                        continue
                    }
                }
                buffer.append(byte)
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
                finish(from: start)
                return byte == UInt8(ascii: "\n")
            } else if byte != UInt8(ascii: "\r") {
                buffer.append(byte)
            }
        }
        finish(from: start)
        return true
    }

    private mutating func finish(from start: Int) {
        fields.append((start, buffer.count - start))
        buffer.append(0)
    }
}
