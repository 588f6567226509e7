import CICU

/// `meetings.csv`: which meeting each corpus file reports on (`file,date,city,label`, and an optional
/// `encoding` column for files whose encoding must not be detected). Users edit it by hand when they add
/// a meeting, so every problem is reported with its line number.
public struct Manifest: Sendable {
    public struct Entry: Sendable, Equatable {
        /// File name relative to the corpus folder.
        public var file: String
        public var date: MeetingDate
        public var city: String
        public var label: String
        /// The file's encoding when it must not be detected (an ICU converter name).
        public var encoding: String = ""
        public var line: Int
    }

    public static let fileName = "meetings.csv"
    public static let header = ["file", "date", "city", "label", "encoding"]

    public var entries: [String: Entry]

    public init(entries: [Entry] = []) {
        self.entries = Dictionary(entries.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Parses the manifest text; `file` names it in errors.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        let table = try CSVTable(parsing: text, file: file)
        guard let fileColumn = table.column("file"), let dateColumn = table.column("date") else {
            throw RhetoricError(file: file, line: 1, "the header must name the columns \(Manifest.header.joined(separator: ","))")
        }
        let cityColumn = table.column("city")
        let labelColumn = table.column("label")
        let encodingColumn = table.column("encoding")
        var entries: [String: Entry] = [:]
        for row in table.rows {
            func field(_ column: Int?) -> String {
                guard let column, column < row.fields.count else { return "" }
                return row.fields[column].trimmingSpaces()
            }
            let name = field(fileColumn)
            guard !name.isEmpty else {
                throw RhetoricError(file: file, line: row.line, "the file column is empty")
            }
            guard let date = MeetingDate(iso: field(dateColumn)) else {
                throw RhetoricError(file: file, line: row.line, "'\(field(dateColumn))' is not a date; write it as YYYY-MM-DD")
            }
            if let earlier = entries[name] {
                throw RhetoricError(file: file, line: row.line, "\(name) is listed twice (first on line \(earlier.line))")
            }
            let encoding = field(encodingColumn)
            if !encoding.isEmpty && rx_charset_exists(encoding) == 0 {
                throw RhetoricError(file: file, line: row.line, "unknown encoding '\(encoding)' (try UTF-8, GB18030, Big5, UTF-16LE)")
            }
            entries[name] = Entry(file: name, date: date, city: field(cityColumn), label: field(labelColumn),
                                  encoding: encoding, line: row.line)
        }
        self.entries = entries
    }
}
