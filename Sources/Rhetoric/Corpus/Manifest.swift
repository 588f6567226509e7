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
    /// Rows that could not be used, each an error naming its line. A run reports them all at once.
    public var problems: [RhetoricError] = []

    public init(entries: [Entry] = []) {
        self.entries = Dictionary(entries.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Parses the manifest text; `file` names it in errors. Text that is not CSV with a header
    /// throws, unless its first row is plainly one of the manifest's (a document's name and a date:
    /// the line a run tells the user to add, pasted into a new file), when the columns are
    /// ``header``'s in order; a bad row goes to ``problems``.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        var table = try CSVTable(parsing: text, file: file)
        if table.column("file") == nil, table.header.count >= 2, Manifest.isDocumentName(table.header[0]),
           MeetingDate(iso: table.header[1]) != nil {
            table.rows.insert(CSVTable.Row(line: 1, fields: table.header), at: 0)
            table.header = Manifest.header
        }
        guard let fileColumn = table.column("file"), let dateColumn = table.column("date") else {
            throw RhetoricError(file: file, line: 1, "the header must name the columns \(Manifest.header.joined(separator: ","))")
        }
        let cityColumn = table.column("city")
        let labelColumn = table.column("label")
        let encodingColumn = table.column("encoding")
        var entries: [String: Entry] = [:]
        var problems: [RhetoricError] = []
        for row in table.rows {
            func field(_ column: Int?) -> String {
                guard let column, column < row.fields.count else { return "" }
                return row.fields[column].trimmingSpaces()
            }
            let name = field(fileColumn)
            guard !name.isEmpty else {
                problems.append(RhetoricError(file: file, line: row.line, "the file column is empty"))
                continue
            }
            guard let date = MeetingDate(iso: field(dateColumn)) else {
                problems.append(RhetoricError(file: file, line: row.line, """
                    '\(field(dateColumn))' is not a date from \(MeetingDate.years.lowerBound) to \(MeetingDate.years.upperBound); \
                    write it as YYYY-MM-DD
                    """))
                continue
            }
            if let earlier = entries[name] {
                problems.append(RhetoricError(file: file, line: row.line, "\(name) is listed twice (first on line \(earlier.line))"))
                continue
            }
            let encoding = field(encodingColumn)
            if !encoding.isEmpty && rx_charset_exists(encoding) == 0 {
                problems.append(RhetoricError(file: file, line: row.line, "unknown encoding '\(encoding)' (try UTF-8, GB18030, Big5, UTF-16LE)"))
                continue
            }
            entries[name] = Entry(file: name, date: date, city: field(cityColumn), label: field(labelColumn),
                                  encoding: encoding, line: row.line)
        }
        self.entries = entries
        self.problems = problems
    }

    /// Whether a name is one a corpus reads as a document (``Cleaner/Format``: `.txt`, `.md`, `.html`, …).
    static func isDocumentName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return Cleaner.Format(fileExtension: String(name[name.index(after: dot)...])) != nil
    }
}
