import Foundation

/// Builds CSV text the way spreadsheets read it: RFC 4180 quoting, `\n` line ends, `.` decimals
/// with a fixed number of places, so the same numbers always give the same bytes.
///
/// No cell is ever run as a formula: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading apostrophe (the OWASP rule for CSV injection), which Excel and
/// LibreOffice show as text; a number (`-3.841459`) is left as it is. Control characters other than
/// tab and line ends never reach a cell.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) {
        appendRow(header)
    }

    public mutating func appendRow(_ fields: [String]) {
        text += fields.map(CSVWriter.quote).joined(separator: ",")
        text += "\n"
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
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let integer = scalars.prefix { ("0"..."9").contains($0) }
        guard !integer.isEmpty else { return false }
        let rest = scalars.dropFirst(integer.count)
        guard let point = rest.first else { return true }
        let fraction = rest.dropFirst()
        return point == "." && !fraction.isEmpty && fraction.allSatisfy { ("0"..."9").contains($0) }
    }
}
