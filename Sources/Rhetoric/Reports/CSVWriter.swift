import Foundation

/// Builds CSV text the way spreadsheets read it: RFC 4180 quoting, CRLF-free `\n` line ends,
/// `.` decimals with a fixed number of places, so the same numbers always give the same bytes.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) {
        appendRow(header)
    }

    public mutating func appendRow(_ fields: [String]) {
        text += fields.map(CSVWriter.quote).joined(separator: ",")
        text += "\n"
    }

    /// Quotes a field when it holds a comma, quote, CR or LF, or starts or ends with a space.
    public static func quote(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
