import CXLSX
import Foundation

/// `rhetoric.xlsx`: every CSV table as a sheet of one workbook, for the analyst who opens the
/// reports in Excel or LibreOffice, whose CSV import guesses the encoding (两国 turns to mojibake)
/// and reads meeting ids as dates. Counts and statistics are stored as numbers, meeting ids, terms
/// and every other label as text; the header row is frozen under an autofilter; a first sheet says
/// what each sheet holds. The sheets are made from the CSV texts themselves, so the two can never
/// disagree.
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
        // The tables are parsed side by side; libxlsxwriter then writes the sheets one by one.
        let sheets = Parallel.map(ReportCatalog.tables, jobs: jobs) { (file: String) -> Sheet? in
            guard let text = contents[file], let table = try? CSVTable(parsing: text, file: file) else { return nil }
            return Sheet(name: (file as NSString).deletingPathExtension, header: table.header,
                         rows: table.rows.map(\.fields), holds: ReportCatalog.descriptions[file] ?? "")
        }.compactMap { $0 }
        let limit = rowLimit ?? min(sheetRows, Int(rx_xlsx_max_row()))
        let about = Sheet(name: "about", header: ["sheet", "file", "rows", "what it holds"], rows: sheets.map { sheet in
            let note = sheet.rows.count >= limit ? "; only the first \(limit - 1) rows are on the sheet, the CSV file has them all" : ""
            return [sheet.name, sheet.name + ".csv", String(sheet.rows.count), sheet.holds + note]
        }, holds: "")
        var failure: Int32 = 0
        for sheet in [about] + sheets where failure == 0 {
            guard let handle = rx_xlsx_add_sheet(book, sheet.name) else { failure = -1; break }
            failure = write(sheet, to: handle, in: book, limit: limit)
        }
        let closed = rx_xlsx_close(book)
        guard failure == 0, closed == 0, let data = FileManager.default.contents(atPath: path) else {
            let code = failure != 0 ? failure : closed
            throw RhetoricError(file: path, "cannot write the workbook: \(code > 0 ? String(cString: rx_xlsx_error(code)) : "no sheet")")
        }
        return [UInt8](data)
    }

    struct Sheet: Sendable {
        var name: String
        var header: [String]
        var rows: [[String]]
        var holds: String
    }

    /// One table on its sheet: the header in bold, frozen under an autofilter, each cell as a
    /// number or as text by its column, widths from the first rows. Past the sheet's last row a
    /// final row says how many rows were left out. Returns 0 or libxlsxwriter's error.
    static func write(_ table: Sheet, to sheet: OpaquePointer, in book: OpaquePointer, limit: Int) -> Int32 {
        let asText = table.header.map { textColumns.contains($0) }
        var widths = table.header.map { Double(TextNormalizer.displayWidth($0)) + 3 }
        for row in table.rows.prefix(200) {
            for (column, field) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], Double(TextNormalizer.displayWidth(field.prefix(60))) + 1)
            }
        }
        let shown = min(table.rows.count, limit - 1)
        var status: Int32 = 0
        func check(_ code: Int32) { if status == 0 { status = code } }
        // Row by row, in constant memory: the filter's range and the widths come before the cells.
        check(rx_xlsx_freeze_header(sheet, UInt32(shown), UInt32(table.header.count)))
        for (column, width) in widths.enumerated() { check(rx_xlsx_width(sheet, UInt32(column), min(width, 50))) }
        for (column, name) in table.header.enumerated() { check(rx_xlsx_header(book, sheet, 0, UInt32(column), name)) }
        for (index, row) in table.rows.prefix(shown).enumerated() {
            for (column, field) in row.enumerated() where !field.isEmpty {
                if column >= asText.count || !asText[column], let number = number(field) {
                    check(rx_xlsx_number(sheet, UInt32(index + 1), UInt32(column), number))
                } else {
                    check(rx_xlsx_string(sheet, UInt32(index + 1), UInt32(column), unescaped(field)))
                }
            }
        }
        if shown < table.rows.count {
            check(rx_xlsx_string(sheet, UInt32(shown + 1), 0, "… \(table.rows.count - shown) more rows: a sheet here holds \(limit - 1); the CSV file has them all"))
        }
        return status
    }

    /// A CSV field the reports wrote as a number (`-3.841459`, `5.68931e-04`), or nil.
    static func number(_ field: String) -> Double? {
        guard let first = field.unicodeScalars.first, first == "-" || ("0"..."9").contains(first),
              let value = Double(field), value.isFinite else { return nil }
        return value
    }

    /// The cell text without the apostrophe that keeps a CSV cell from running as a formula: a
    /// workbook's text cell never runs.
    static func unescaped(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, CSVWriter.formulaStarts.contains(second) else { return field }
        return String(field.dropFirst())
    }
}
