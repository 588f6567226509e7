import Foundation

/// Builds CSV text the way spreadsheets read it: RFC 4180 quoting, `\n` line ends, `.` decimals
/// with a fixed number of places, so the same numbers always give the same bytes.
///
/// No cell is ever run as a formula: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading apostrophe (the OWASP rule for CSV injection), which Excel and
/// LibreOffice show as text; a number (`-3.841459`) is left as it is. Control characters other than
/// tab and line ends never reach a cell.
///
/// The text is built as UTF-8 bytes: a field that needs no care (nearly all of them) is checked and
/// copied byte by byte, so a report of millions of cells makes no `String` per cell.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(header: [String]) {
        appendRow(header)
    }

    /// Rows alone: a piece of a table whose header is written elsewhere.
    public init() {}

    /// The CSV text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands the bytes built so far to `write` and starts again from none (keeping the storage):
    /// a report too large to hold goes to its file in pieces.
    public mutating func drain(into write: (UnsafeBufferPointer<UInt8>) throws(RhetoricError) -> Void) throws(RhetoricError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(RhetoricError) in try write(buffer) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Whether the current row has a cell, so the next one needs a comma before it.
    private var rowStarted = false

    public mutating func appendRow(_ fields: [String]) {
        for field in fields { text(field) }
        endRow()
    }

    /// A text cell of the current row.
    public mutating func text(_ field: String) {
        var field = field
        field.withUTF8 { text(utf8: $0) }
    }

    /// A text cell from its UTF-8 bytes.
    public mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        if CSVWriter.isPlain(utf8) {
            bytes.append(contentsOf: utf8)
        } else if CSVWriter.needsOnlyQuotes(utf8) {
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: CSVWriter.quote(String(decoding: utf8, as: UTF8.self)).utf8)
        }
    }

    /// A whole number, its digits written straight into the bytes (no `String` per cell: the
    /// reports hold millions of them).
    public mutating func integer(_ value: Int) {
        separate()
        Format.appendInteger(value, to: &bytes)
    }

    /// A number with `places` decimals as ``Format/decimal(_:places:)`` writes it; nil or a value
    /// that is not finite is an empty cell.
    public mutating func decimal(_ value: Double?, places: Int = 6) {
        separate()
        if let value { Format.appendDecimal(value, places: places, to: &bytes) }
    }

    /// A probability as ``Format/probability(_:)`` writes it.
    public mutating func probability(_ value: Double) {
        separate()
        Format.appendProbability(value, to: &bytes)
    }

    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        rowStarted = false
    }

    private mutating func separate() {
        if rowStarted { bytes.append(UInt8(ascii: ",")) }
        rowStarted = true
    }

    /// A field as written: made formula-safe, then quoted when it holds a comma, quote, CR or LF,
    /// or starts or ends with a space.
    public static func quote(_ field: String) -> String {
        let safe = formulaSafe(field)
        let needsQuotes = safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The field without control characters (but tab, CR and LF), with an apostrophe before a
    /// leading `=`, `+`, `-`, `@`, tab or CR unless the field is a number.
    public static func formulaSafe(_ field: String) -> String {
        var text = field
        if text.unicodeScalars.contains(where: { Display.isControl($0) && !"\t\r\n".unicodeScalars.contains($0) }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !Display.isControl($0) || "\t\r\n".unicodeScalars.contains($0) }))
        }
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first), !isNumber(text) else { return text }
        return "'" + text
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// An optional minus, digits, and optionally a point and digits: what the reports write as numbers.
    static func isNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isNumber)
    }

    static func isNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = utf8.first == UInt8(ascii: "-") ? 1 : 0
        let integerStart = index
        while index < utf8.count, isDigit(utf8[index]) { index += 1 }
        guard index > integerStart else { return false }
        guard index < utf8.count else { return true }
        guard utf8[index] == UInt8(ascii: ".") else { return false }
        index += 1
        let fractionStart = index
        while index < utf8.count, isDigit(utf8[index]) { index += 1 }
        return index > fractionStart && index == utf8.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether the field is written exactly as it is: no byte that needs quoting, no control
    /// character (``Display/isControl(_:)`` in UTF-8: C0, DEL, C1 `C2 80…9F`, U+061C `D8 9C`,
    /// U+200E/F `E2 80 8E/8F`, U+202A…E `E2 80 AA…AE`, U+2066…9 `E2 81 A6…A9`), no space at either
    /// end, and no formula start unless it is a number.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return false }
        if first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "@") { return false }
        if first == UInt8(ascii: "-") && !isNumber(utf8) { return false }
        return !holdsSpecial(utf8, quoted: false)
    }

    /// Whether a field that is not plain is written as ``quote(_:)`` would write it by quoting its
    /// bytes alone (each `"` doubled): it starts with no formula character and holds no control
    /// character but line breaks, so nothing is taken out or put before it.
    static func needsOnlyQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, !formulaStarts.contains(Unicode.Scalar(first)) else { return false }
        return !holdsSpecial(utf8, quoted: true)
    }

    /// Whether the bytes hold what a plain field cannot (a control character as ``isPlain(_:)``
    /// lists them, a comma, a quote); when `quoted`, what a quoted one cannot (a control character
    /// other than CR and LF).
    private static func holdsSpecial(_ utf8: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Bool {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "\""):
                if !quoted { return true }
            case 0x00...0x1F, 0x7F:
                return true
            case 0xC2:
                if index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) { return true }
            case 0xD8:
                if index + 1 < utf8.count, utf8[index + 1] == 0x9C { return true }
            case 0xE2 where index + 2 < utf8.count:
                let (second, third) = (utf8[index + 1], utf8[index + 2])
                if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return true }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }
}
