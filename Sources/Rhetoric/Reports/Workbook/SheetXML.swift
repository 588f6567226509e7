/// SpreadsheetML for a worksheet, written on bytes: the cells of a table as inline strings and
/// numbers, the row by row part that on a large corpus is millions of cells. Follows ECMA-376
/// Part 1 §18.3: a row or cell without a reference is the one after the row or cell before it
/// (§18.3.1.73, §18.3.1.4), as Excel, LibreOffice and openpyxl read it, so a table's rows are
/// written without theirs and their XML does not depend on where they fall in the sheet.
///
/// The XML goes into memory of its own, written through a pointer: an array's append, with its
/// uniqueness and capacity checks, cost more than the writing itself, several times per cell.
/// Not copyable, so that memory has one owner.
struct SheetXML: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    /// The most characters (UTF-16 units) an Excel cell holds; longer text is cut, with an
    /// ellipsis, on a character boundary.
    static let cellCharacters = 32_767

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The XML written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    @inline(__always)
    private mutating func write(_ source: UnsafeBufferPointer<UInt8>) {
        guard let address = source.baseAddress else { return }
        if count + source.count > capacity { grow(count + source.count) }
        (base + count).update(from: address, count: source.count)
        count += source.count
    }

    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = byte
        count += 1
    }

    /// Room for at least `needed` bytes, doubling.
    private mutating func grow(_ needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        (base, capacity) = (moved, larger)
    }

    /// The markup around every cell, copied from the literal's bytes (a `String`'s UTF-8 view
    /// is appended a byte at a time, a cost paid several times per cell).
    private mutating func put(_ literal: StaticString) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Where a cell goes: at its reference (row from 1, column from 0), or in the column after the
    /// cell before it in its row (the first column for the first).
    enum Place {
        case at(row: Int, column: Int)
        case next
    }

    /// `<row r="…">`, the row numbered from 1, or `<row>` for the row after the one before.
    mutating func startRow(_ row: Int? = nil) {
        guard let row else { return put("<row>") }
        put("<row r=\"")
        digits(of: row).withUnsafeBufferPointer { write($0) }
        put("\">")
    }

    /// The row whose number ``rowDigits`` holds (0 for none yet).
    private var digitsRow = 0
    private var rowDigits: [UInt8] = []

    /// The digits of `row`, made once for a row and its cells (every cell's reference repeats them).
    private mutating func digits(of row: Int) -> [UInt8] {
        if row != digitsRow {
            rowDigits.removeAll(keepingCapacity: true)
            Format.appendInteger(row, to: &rowDigits)
            digitsRow = row
        }
        return rowDigits
    }

    mutating func endRow() {
        put("</row>")
    }

    /// A text cell; `bold` for the header.
    mutating func text(_ field: UnsafeBufferPointer<UInt8>, _ place: Place = .next, bold: Bool = false) {
        startCell(place)
        let preserve = field.first.map(Self.isSpace) == true || field.last.map(Self.isSpace) == true
        switch (bold, preserve) {
        case (false, false): put(" t=\"inlineStr\"><is><t>")
        case (false, true): put(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        case (true, false): put(" s=\"1\" t=\"inlineStr\"><is><t>")
        case (true, true): put(" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        }
        escaped(field)
        put("</t></is></c>")
    }

    mutating func text(_ text: String, _ place: Place = .next, bold: Bool = false) {
        var text = text
        text.withUTF8 { self.text($0, place, bold: bold) }
    }

    /// A number cell holding `field`, which ``isNumber(_:)`` accepted: its digits are the value.
    mutating func number(_ field: UnsafeBufferPointer<UInt8>, _ place: Place = .next) {
        startCell(place)
        put("><v>")
        write(field)
        put("</v></c>")
    }

    /// An empty cell, holding the place of an empty field before others in its row.
    mutating func blank() {
        put("<c/>")
    }

    /// Whether a CSV field is a number as the reports write them: `CSVWriter.isNumber`
    /// (`42`, `-3.841459`), or such a number with an exponent (`5.68931e-04`, as
    /// ``Format/probability(_:)`` writes). SpreadsheetML takes it as it is (an xsd:double); dates,
    /// ids, `nan`, `inf` and anything else stay text.
    static func isNumber(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let e = field.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else {
            return CSVWriter.isNumber(field)
        }
        var exponent = field[(e + 1)...]
        if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
        return CSVWriter.isNumber(UnsafeBufferPointer(rebasing: field[..<e])) && !exponent.isEmpty
            && exponent.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// A column's letters: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ column: Int) -> String {
        var name: [UInt8] = []
        var rest = column + 1
        while rest > 0 {
            name.insert(UInt8(ascii: "A") + UInt8((rest - 1) % 26), at: 0)
            rest = (rest - 1) / 26
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// A range's reference: `A1:D14`.
    static func range(columns: Int, rows: Int) -> String {
        "A1:\(columnName(max(columns, 1) - 1))\(max(rows, 1))"
    }

    /// `<c`, with the reference of a cell placed `at` one.
    private mutating func startCell(_ place: Place) {
        put("<c")
        guard case .at(let row, let column) = place else { return }
        put(" r=\"")
        if column < 26 {
            write(UInt8(ascii: "A") + UInt8(column))
        } else if column < Self.columnNames.count {
            Self.columnNames[column].withUnsafeBufferPointer { write($0) }
        } else {
            append(Self.columnName(column))
        }
        digits(of: row).withUnsafeBufferPointer { write($0) }
        write(UInt8(ascii: "\""))
    }

    /// The letters of the columns past Z that wide tables (a column per meeting) reach, made once.
    private static let columnNames: [[UInt8]] = (0..<256).map { Array(columnName($0).utf8) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The field as XML character data: `&`, `<` and `>` as entities; what XML 1.0 cannot hold
    /// (C0 controls other than tab and line feed, a carriage return it would turn into a line feed,
    /// U+FFFE, U+FFFF) as SpreadsheetML's `_xHHHH_`, and an `_` that would start such an escape as
    /// `_x005F_`; cut at ``cellCharacters``.
    private mutating func escaped(_ field: UnsafeBufferPointer<UInt8>) {
        let plain = field.count <= Self.cellCharacters && !field.contains {
            $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "_") || $0 == 0xEF
        }
        if plain {
            write(field)
            return
        }
        let end = Self.cut(field) ?? field.count
        var index = 0
        while index < end {
            let byte = field[index]
            let width = Self.width(byte)
            switch byte {
            case UInt8(ascii: "&"): put("&amp;")
            case UInt8(ascii: "<"): put("&lt;")
            case UInt8(ascii: ">"): put("&gt;")
            case UInt8(ascii: "_") where Self.startsEscape(field, at: index): put("_x005F_")
            case 0x09, 0x0A: write(byte)
            case ..<0x20: controlEscape(UInt16(byte))
            case 0xEF where index + 2 < field.count && field[index + 1] == 0xBF && field[index + 2] >= 0xBE:
                controlEscape(0xFFC0 | UInt16(field[index + 2] & 0x3F))
            default: write(UnsafeBufferPointer(rebasing: field[index..<min(index + width, field.count)]))
            }
            index += width
        }
        if end < field.count { put("…") }
    }

    /// The bytes of a UTF-8 sequence that starts with `byte`.
    private static func width(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// Where a field longer than ``cellCharacters`` stops so that it fits with an ellipsis, or nil
    /// when it fits whole.
    static func cut(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard field.count > cellCharacters else { return nil }
        var units = 0
        var index = 0
        var end: Int?
        while index < field.count {
            let width = width(field[index])
            let added = width == 4 ? 2 : 1
            if end == nil && units + added > cellCharacters - 1 { end = index }
            units += added
            if units > cellCharacters { return end }
            index += width
        }
        return nil
    }

    /// `_x` and four hex digits and `_` at `index`: text a reader would take for an escape.
    private static func startsEscape(_ field: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 6 < field.count, field[index + 1] == UInt8(ascii: "x"), field[index + 6] == UInt8(ascii: "_") else { return false }
        return (index + 2..<index + 6).allSatisfy { Character(Unicode.Scalar(field[$0])).isHexDigit }
    }

    private mutating func controlEscape(_ value: UInt16) {
        let hex = Array("0123456789ABCDEF".utf8)
        put("_x")
        for shift in stride(from: 12, through: 0, by: -4) { write(hex[Int(value >> UInt16(shift) & 0xF)]) }
        write(UInt8(ascii: "_"))
    }
}
