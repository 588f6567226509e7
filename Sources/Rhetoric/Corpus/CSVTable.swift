/// A parsed RFC 4180 CSV file: a header and rows, each row with the line it starts on so that
/// errors can point at it.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line number of the row's first line.
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var rows: [Row]

    /// Parses `text` (quotes, doubled quotes, commas and newlines inside quotes; CRLF or LF).
    /// Blank lines are skipped. `file` is used in error messages.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        var records: [Row] = []
        var fields: [String] = []
        // A field's UTF-8, made a string once it ends: the separators are ASCII, so the bytes of
        // other characters pass through whole (a manifest of thousands of lines is read at every run).
        var field: [UInt8] = []
        var inQuotes = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var iterator = text.utf8.makeIterator()
        var pending: UInt8? = nil

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Row(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    let next = iterator.next()
                    if next == UInt8(ascii: "\"") {
                        field.append(c)
                    } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if c == UInt8(ascii: "\n") { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case UInt8(ascii: "\""):
                guard field.isEmpty, !afterQuote else {
                    throw RhetoricError(file: file, line: line, "a quote in the middle of an unquoted field")
                }
                inQuotes = true
            case UInt8(ascii: ","):
                endField()
                afterQuote = false
            case UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "\n"):
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                guard !afterQuote else {
                    throw RhetoricError(file: file, line: line, "text after a closing quote")
                }
                field.append(c)
            }
        }
        if inQuotes {
            throw RhetoricError(file: file, line: recordLine, "a quoted field is never closed")
        }
        endRecord()
        guard let first = records.first else {
            throw RhetoricError(file: file, "the file is empty; it needs a header row")
        }
        header = first.fields.map { $0.trimmingSpaces() }
        rows = Array(records.dropFirst())
    }

    /// The index of a header column, if present.
    public func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs, byte-order marks and ideographic spaces.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isTrimmedSpace($0.value) }),
              let end = scalars.lastIndex(where: { !isTrimmedSpace($0.value) })
        else { return "" }
        // Cut as a substring (its ends on scalars): a string built scalar by scalar cost 3 µs a
        // manifest line.
        return String(self[start..<scalars.index(after: end)])
    }
}

/// What ``StringProtocol/trimmingSpaces()`` removes at either end: space, tab, U+FEFF, U+3000 (all
/// in the BMP, so a UTF-16 code unit can be tested as it is).
func isTrimmedSpace(_ value: UInt32) -> Bool {
    value == 0x20 || value == 0x09 || value == 0xFEFF || value == 0x3000
}
