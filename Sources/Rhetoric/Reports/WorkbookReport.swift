import CXLSX
import Foundation

/// `rhetoric.xlsx`: every CSV table as a sheet of one workbook, for the analyst who opens the
/// reports in Excel or LibreOffice, whose CSV import guesses the encoding (两国 turns to mojibake)
/// and reads meeting ids as dates. Counts and statistics are stored as numbers, meeting ids, terms
/// and every other label as text; the header row is frozen under an autofilter; a first sheet says
/// what each sheet holds. The sheets are made from the CSV texts themselves, so the two can never
/// disagree.
///
/// The CSV is read on its bytes (``CSVRecords``) and the sheets are filled side by side, `jobs` at
/// a time: on a large corpus the sentences and pairs are millions of cells.
public enum WorkbookReport {
    public static let fileName = "rhetoric.xlsx"

    /// Columns that hold labels, written as text even where they look like numbers or dates.
    static let textColumns: Set<String> = [
        "meeting", "date", "from", "to", "first_seen", "last_seen", "city", "file", "title", "outlet", "status",
        "converted_from_traditional", "term", "term_a", "term_b", "phrase", "speaker", "theme", "concept", "terms",
        "rule", "text", "key",
    ]

    /// The most rows a sheet takes (the format allows 1,048,576). A workbook is for reading and
    /// filtering; a table longer than this (the sentences of a large corpus, the pairs of many
    /// meetings) would make the file slow to write and to open, so its sheet ends with a note and
    /// the CSV file keeps every row.
    public static let sheetRows = 100_000

    /// How many of a table's first rows set its column widths.
    static let widthRows = 200

    /// The workbook's bytes for the rendered reports (file name → CSV text); tables not among
    /// `files` are left out. `temporaryDirectory` holds libxlsxwriter's working files; `rowLimit`,
    /// the last row number a sheet may use, is ``sheetRows`` unless a test sets a smaller one.
    public static func xlsx(_ files: [(name: String, contents: String)], jobs: Int = 1, temporaryDirectory: String = NSTemporaryDirectory(),
                            rowLimit: Int? = nil) throws(RhetoricError) -> [UInt8] {
        let path = (temporaryDirectory as NSString).appendingPathComponent("rhetoric-\(getpid())-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let book = rx_xlsx_open(path, temporaryDirectory) else {
            throw RhetoricError(file: path, "cannot start the workbook")
        }
        let contents = Dictionary(files.map { ($0.name, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let tables = Parallel.map(ReportCatalog.tables.filter { contents[$0] != nil }, jobs: jobs) { (file: String) -> Table in
            Table(name: (file as NSString).deletingPathExtension, text: contents[file]!, holds: ReportCatalog.descriptions[file] ?? "")
        }
        let limit = rowLimit ?? min(sheetRows, Int(rx_xlsx_max_row()))
        var about = CSVWriter(header: ["sheet", "file", "rows", "what it holds"])
        for table in tables {
            let note = table.rows >= limit ? "; only the first \(limit - 1) rows are on the sheet, the CSV file has them all" : ""
            about.appendRow([table.name, table.name + ".csv", String(table.rows), table.holds + note])
        }
        // Sheets are added and their headers written one by one, then filled side by side.
        var sheets: [Sheet] = []
        var failure: Int32 = 0
        for table in [Table(name: "about", text: about.text, holds: "")] + tables {
            guard let handle = rx_xlsx_add_sheet(book, table.name) else { failure = -1; break }
            let sheet = Sheet(table: table, handle: handle, limit: limit)
            failure = sheet.begin(in: book)
            guard failure == 0 else { break }
            sheets.append(sheet)
        }
        if failure == 0 {
            failure = Parallel.map(sheets, jobs: jobs) { $0.fill() }.first { $0 != 0 } ?? 0
        }
        let closed = rx_xlsx_close(book)
        guard failure == 0, closed == 0, let data = FileManager.default.contents(atPath: path) else {
            let code = failure != 0 ? failure : closed
            throw RhetoricError(file: path, "cannot write the workbook: \(code > 0 ? String(cString: rx_xlsx_error(code)) : "no sheet")")
        }
        return [UInt8](data)
    }

    /// A table's CSV text with what the sheet needs before its cells: the header, the column
    /// widths (from the first ``widthRows`` rows) and the row count.
    struct Table: Sendable {
        var name: String
        var text: String
        var holds: String
        var header: [String] = []
        var widths: [Double] = []
        var rows = 0

        init(name: String, text: String, holds: String) {
            (self.name, self.text, self.holds) = (name, text, holds)
            var text = text
            text.withUTF8 { bytes in
                var records = CSVRecords(bytes)
                guard records.next() else { return }
                header = records.buffer.withUnsafeBufferPointer { buffer in
                    records.fields.indices.map { String(decoding: records.field($0, in: buffer), as: UTF8.self) }
                }
                widths = header.map { Double(TextNormalizer.displayWidth($0)) + 3 }
                while records.next() {
                    rows += 1
                    guard rows <= WorkbookReport.widthRows else { continue }
                    records.buffer.withUnsafeBufferPointer { buffer in
                        for column in records.fields.indices where column < widths.count {
                            let field = String(decoding: records.field(column, in: buffer), as: UTF8.self)
                            widths[column] = max(widths[column], Double(TextNormalizer.displayWidth(field.prefix(60))) + 1)
                        }
                    }
                }
            }
        }
    }

    /// A table on its worksheet. libxlsxwriter's worksheet handle is not Sendable to Swift; each
    /// sheet is filled by one worker only and constant-memory sheets share nothing while filled
    /// (the one format, the header's, is indexed when the workbook opens).
    struct Sheet: @unchecked Sendable {
        var table: Table
        var handle: OpaquePointer
        var limit: Int

        /// The rows the sheet shows: a last row number of `limit` leaves room for the note.
        var shown: Int { min(table.rows, limit - 1) }

        /// The header in bold, frozen under an autofilter over the shown rows, and the column
        /// widths. Returns 0 or libxlsxwriter's error.
        func begin(in book: OpaquePointer) -> Int32 {
            var status = rx_xlsx_freeze_header(handle, UInt32(shown), UInt32(table.header.count))
            for (column, width) in table.widths.enumerated() where status == 0 {
                status = rx_xlsx_width(handle, UInt32(column), min(width, 50))
            }
            for (column, name) in table.header.enumerated() where status == 0 {
                status = rx_xlsx_header(book, handle, 0, UInt32(column), name)
            }
            return status
        }

        /// Every shown row, each cell as a number or as text by its column, in constant memory;
        /// past the last shown row, a note of how many rows were left out. Returns 0 or
        /// libxlsxwriter's error.
        func fill() -> Int32 {
            let asText = table.header.map { WorkbookReport.textColumns.contains($0) }
            var status: Int32 = 0
            var text = table.text
            text.withUTF8 { bytes in
                var records = CSVRecords(bytes)
                _ = records.next()
                var row = 0
                while row < shown, status == 0, records.next() {
                    row += 1
                    records.buffer.withUnsafeBufferPointer { buffer in
                        for column in records.fields.indices where status == 0 && records.fields[column].count > 0 {
                            status = cell(records.field(column, in: buffer), row: row, column: column,
                                          asText: column < asText.count && asText[column])
                        }
                    }
                }
            }
            if status == 0 && shown < table.rows {
                status = rx_xlsx_string(handle, UInt32(shown + 1), 0,
                                        "… \(table.rows - shown) more rows: a sheet here holds \(limit - 1); the CSV file has them all")
            }
            return status
        }

        /// One non-empty field, NUL-terminated in its buffer, as a number or as text.
        private func cell(_ field: UnsafeBufferPointer<UInt8>, row: Int, column: Int, asText: Bool) -> Int32 {
            if !asText, let number = WorkbookReport.number(field) {
                return rx_xlsx_number(handle, UInt32(row), UInt32(column), number)
            }
            let start = UnsafeRawPointer(field.baseAddress! + WorkbookReport.textStart(field))
            return rx_xlsx_string(handle, UInt32(row), UInt32(column), start.assumingMemoryBound(to: CChar.self))
        }
    }

    /// A CSV field the reports wrote as a number (`-3.841459`, `5.68931e-04`), or nil.
    static func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let first = field.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
              let value = Double(String(decoding: field, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Where the cell's text starts: after the apostrophe that keeps a CSV cell from running as a
    /// formula (a workbook's text cell never runs), otherwise at the first byte.
    static func textStart(_ field: UnsafeBufferPointer<UInt8>) -> Int {
        guard field.count > 1, field[0] == UInt8(ascii: "'"),
              CSVWriter.formulaStarts.contains(Unicode.Scalar(field[1])) else { return 0 }
        return 1
    }
}
