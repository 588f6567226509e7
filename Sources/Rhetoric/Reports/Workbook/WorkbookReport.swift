import Foundation

/// `rhetoric.xlsx`: every CSV table as a sheet of one workbook, for the analyst who opens the
/// reports in Excel or LibreOffice, whose CSV import guesses the encoding (两国 turns to mojibake)
/// and reads meeting ids as dates. Counts and statistics are stored as numbers, meeting ids, terms
/// and every other label as text; the header row is frozen under an autofilter; a first sheet says
/// what each sheet holds. The sheets are made from the CSV texts themselves, so the two can never
/// disagree.
///
/// On a large corpus the sentences and pairs are millions of cells and over 100 MB of XML, so the
/// sheets are written here rather than by a library that compresses them on one thread: each
/// sheet's rows are cut into pieces of about ``pieceBytes`` of CSV, and every piece is turned into
/// XML and deflated by whichever worker is free (``DeflatedPiece``), then joined in order into the
/// zip file (``ZipArchive``). The bytes do not depend on `jobs`.
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
    /// meetings) would make the file slow to write and to open, so its sheet shows the first rows
    /// of each meeting (``share(_:room:)``), or the first rows of a table without meetings, and
    /// ends with a note; the CSV file keeps every row.
    public static let sheetRows = 100_000

    /// The most rows of each meeting a sheet of `room` rows shows when a table of meetings with
    /// `sizes` rows does not fit: the largest cap `c` with `Σ min(size, c) ≤ room`, so that every
    /// meeting (and `all`) keeps its first rows (in the tables ranked by strength, its strongest)
    /// rather than the last meetings losing all of theirs.
    ///
    /// The cap is rounded down to two significant figures (3,846 → 3,800), so that a meeting or
    /// document added to a large corpus seldom moves it: the other meetings then show the same rows,
    /// whose pieces the cache holds (``SheetPieceCache``), rather than one row fewer each, which
    /// changes a piece of every meeting.
    static func share(_ sizes: [Int], room: Int) -> Int {
        var (low, high) = (0, sizes.max() ?? 0)
        while low < high {
            let cap = (low + high + 1) / 2
            if sizes.reduce(0, { $0 + min($1, cap) }) <= room { low = cap } else { high = cap - 1 }
        }
        var unit = 1
        while low >= unit * 100 { unit *= 10 }
        return low / unit * unit
    }

    /// How many of a table's first rows set its column widths.
    static let widthRows = 200

    /// The CSV bytes whose rows make one piece: about 1 MB of XML, small enough that the largest
    /// sheet is shared among the workers.
    static let pieceBytes = 256 * 1024

    /// How much of a table is scanned before its pages are let go (``CSVSource/release(_:)``).
    static let scanBytes = 8 << 20

    /// The workbook's bytes (see ``archive(_:jobs:rowLimit:cache:)``).
    static func xlsx(_ files: [(name: String, csv: CSVSource)], jobs: Int = 1, rowLimit: Int? = nil,
                     cache: SheetPieceCache? = nil) throws(RhetoricError) -> [UInt8] {
        try archive(files, jobs: jobs, rowLimit: rowLimit, cache: cache).bytes
    }

    /// The workbook for the reports (file name → CSV), to be written piece by piece; tables not
    /// among `files` are left out. `rowLimit`, the last row number a sheet may use, is
    /// ``sheetRows`` unless a test sets a smaller one. With a `cache`, pieces of rows made before
    /// are read from it, and new ones kept.
    static func archive(_ files: [(name: String, csv: CSVSource)], jobs: Int = 1, rowLimit: Int? = nil,
                        cache: SheetPieceCache? = nil) throws(RhetoricError) -> ZipArchive.Archive {
        let sources = Dictionary(files.map { ($0.name, $0.csv) }, uniquingKeysWith: { first, _ in first })
        let limit = rowLimit ?? sheetRows
        // Scanned largest first, so that the sentences (most of the bytes) do not start last while
        // the other workers wait; kept in the catalog's order.
        let files = ReportCatalog.tables.filter { sources[$0] != nil }
        let sizes = files.map { file in sources[file]!.withBytes { $0.count } }
        let order = files.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        let tables = Parallel.map(files, jobs: jobs, order: order) { (file: String) -> Table in
            Table(name: (file as NSString).deletingPathExtension, csv: sources[file]!, holds: ReportCatalog.descriptions[file] ?? "", limit: limit)
        }
        var about = CSVWriter(header: ["sheet", "file", "rows", "what it holds"])
        for table in tables {
            let note = table.shown < table.rows ? "; only \(table.cut) are on the sheet, the CSV file has them all" : ""
            about.appendRow([table.name, table.name + ".csv", String(table.rows), table.holds + note])
        }
        let sheets = [Table(name: "about", csv: CSVSource(text: about.text), holds: "", limit: limit)] + tables
        let pieces = sheets.indices.flatMap { sheet in sheets[sheet].parts.map { (sheet: sheet, part: $0) } }
        let deflated = try Parallel.map(pieces, jobs: jobs) { (piece: (sheet: Int, part: Table.Part)) throws(RhetoricError) -> DeflatedPiece in
            let key = cache.flatMap { cache in sheets[piece.sheet].key(piece.part, in: cache) }
            if let cache, let key, let kept = cache.load(key) { return kept }
            guard let deflated = DeflatedPiece(sheets[piece.sheet].xml(piece.part, selected: piece.sheet == 0), last: piece.part == .tail) else {
                throw RhetoricError(file: fileName, "cannot compress the sheet \(sheets[piece.sheet].name)")
            }
            if let cache, let key { cache.store(key, deflated) }
            return deflated
        }
        var entries: [ZipArchive.Entry] = []
        let package = WorkbookPackage.parts(sheets.map { WorkbookPackage.SheetEntry(name: $0.name, filter: $0.filter) },
                                            title: "rhetoric reports", author: "rhetoric")
        for part in package {
            guard let piece = DeflatedPiece(Array(part.xml.utf8), last: true) else {
                throw RhetoricError(file: fileName, "cannot compress \(part.name)")
            }
            entries.append(ZipArchive.Entry(name: part.name, pieces: [piece]))
        }
        var next = 0
        for sheet in sheets.indices {
            let count = sheets[sheet].parts.count
            entries.append(ZipArchive.Entry(name: WorkbookPackage.worksheetPath(sheet), pieces: Array(deflated[next..<next + count])))
            next += count
        }
        do {
            return try ZipArchive.Archive(entries)
        } catch {
            throw RhetoricError(file: fileName, "\(error.entry) passes the 4 GB a zip file holds without ZIP64")
        }
    }

    /// A table's CSV with what its sheet needs: the header, the column widths (from the first
    /// ``widthRows`` rows), the row count, and where each piece of the rows the sheet shows starts.
    struct Table: Sendable {
        /// What one worker writes of the sheet: the part before the rows (with the header row), a
        /// piece of rows (an index into ``pieces``), or the part after them.
        enum Part: Equatable, Sendable {
            case head
            case rows(Int)
            case tail
        }

        var name: String
        let csv: CSVSource
        var holds: String
        /// The last row number the sheet may use.
        var limit: Int
        var header: [String] = []
        var widths: [Double] = []
        var rows = 0
        /// The rows the sheet shows: a last row number of `limit` leaves room for the note.
        var shown = 0
        /// When a table too long for its sheet has a `meeting` column, the most rows of each
        /// meeting (and of `all`) the sheet shows; nil when it shows the first rows.
        var perMeeting: Int?
        /// Pieces of the shown rows: their CSV bytes.
        var pieces: [Range<Int>] = []

        init(name: String, csv: CSVSource, holds: String, limit: Int) {
            (self.name, self.csv, self.holds, self.limit) = (name, csv, holds, limit)
            var start = 0
            // Where each row ends, and with a `meeting` column, which meeting it is of (by first appearance).
            var ends: [Int] = []
            var meetings: [Int32] = []
            csv.withBytes { bytes in
                var records = CSVRecords(bytes)
                guard records.next() else { return }
                header = records.buffer.withUnsafeBufferPointer { buffer in
                    records.fields.indices.map { String(decoding: records.field($0, in: buffer), as: UTF8.self) }
                }
                widths = header.map { Double(TextNormalizer.displayWidth($0)) + 3 }
                start = records.offset
                // The column widths from the first rows, read field by field.
                var sample = records
                for _ in 0..<WorkbookReport.widthRows {
                    guard sample.next() else { break }
                    sample.buffer.withUnsafeBufferPointer { buffer in
                        for column in sample.fields.indices where column < widths.count {
                            let field = String(decoding: sample.field(column, in: buffer), as: UTF8.self)
                            widths[column] = max(widths[column], Double(TextNormalizer.displayWidth(field.prefix(60))) + 1)
                        }
                    }
                }
                // Every row's end, and its meeting, without copying its fields.
                let column = header.firstIndex(of: "meeting")
                var index: [[UInt8]: Int32] = [:]
                var last: (key: Range<Int>, meeting: Int32) = (0..<0, -1)
                var field = 0..<0
                var scanned = 0
                while records.skip(column: column ?? -1, field: &field) {
                    rows += 1
                    ends.append(records.offset)
                    if column != nil {
                        // Rows come grouped by meeting: most are of the meeting of the row before.
                        if last.meeting < 0 || !bytes[field].elementsEqual(bytes[last.key]) {
                            let key = Array(bytes[field])
                            let meeting = index[key] ?? Int32(index.count)
                            index[key] = meeting
                            last = (field, meeting)
                        }
                        meetings.append(last.meeting)
                    }
                    if records.offset - scanned >= WorkbookReport.scanBytes {
                        csv.release(scanned..<records.offset)
                        scanned = records.offset
                    }
                }
            }
            csv.release()
            let room = limit - 1
            var taken: [Int] = []
            if rows > room && !meetings.isEmpty {
                var sizes = Array(repeating: 0, count: Int(meetings.max()!) + 1)
                for meeting in meetings { sizes[Int(meeting)] += 1 }
                perMeeting = WorkbookReport.share(sizes, room: room)
                taken = Array(repeating: 0, count: sizes.count)
            }
            // Pieces of consecutive shown rows, each ended at about pieceBytes, at a row left out and
            // where the meeting changes: rows that change in one meeting (when a document is added)
            // leave the pieces of the others as they were.
            var piece: Int?
            var end = start
            for row in 0..<rows {
                let rowStart = row == 0 ? start : ends[row - 1]
                var shows = row < room
                if let perMeeting {
                    let meeting = Int(meetings[row])
                    shows = taken[meeting] < perMeeting
                    taken[meeting] += shows ? 1 : 0
                }
                if let open = piece, !shows || (!meetings.isEmpty && meetings[row] != meetings[row - 1]) {
                    pieces.append(open..<rowStart)
                    piece = nil
                }
                guard shows else { continue }
                shown += 1
                end = ends[row]
                let open = piece ?? rowStart
                piece = open
                if end - open >= WorkbookReport.pieceBytes {
                    pieces.append(open..<end)
                    piece = nil
                }
            }
            if let open = piece { pieces.append(open..<end) }
        }

        /// What the sheet says of the rows it leaves out (after "only …").
        var cut: String {
            perMeeting.map { "the first \($0) rows of each meeting" } ?? "the first \(shown) rows"
        }

        var parts: [Part] { [.head] + pieces.indices.map { .rows($0) } + [.tail] }

        /// The range of the autofilter: the header and the shown rows; nil without columns.
        var filter: String? { header.isEmpty ? nil : SheetXML.range(columns: header.count, rows: shown + 1) }

        /// A part's XML; `selected` for the sheet the workbook opens on.
        func xml(_ part: Part, selected: Bool) -> [UInt8] {
            switch part {
            case .head: head(selected: selected)
            case .rows(let index): rows(pieces[index])
            case .tail: tail()
            }
        }

        /// The worksheet up to its rows: the used range, the frozen header, the widths, the
        /// header row in bold.
        private func head(selected: Bool) -> [UInt8] {
            var xml = SheetXML(capacity: 4096)
            xml.append(WorkbookPackage.declaration)
            xml.append("<worksheet xmlns=\"\(WorkbookPackage.main)\" xmlns:r=\"\(WorkbookPackage.relationships)\">")
            xml.append("<dimension ref=\"\(SheetXML.range(columns: header.count, rows: shown + 1 + (shown < rows ? 1 : 0)))\"/>")
            xml.append("<sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">")
            xml.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            xml.append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
            if !widths.isEmpty {
                xml.append("<cols>")
                for (column, width) in widths.enumerated() {
                    xml.append("<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(WorkbookReport.columnWidth(width))\" customWidth=\"1\"/>")
                }
                xml.append("</cols>")
            }
            xml.append("<sheetData>")
            if !header.isEmpty {
                xml.startRow(1)
                for (column, name) in header.enumerated() { xml.text(name, .at(row: 1, column: column), bold: true) }
                xml.endRow()
            }
            return xml.bytes
        }

        /// Whether each column's cells are text (``WorkbookReport/textColumns``).
        private var asText: [Bool] { header.map { WorkbookReport.textColumns.contains($0) } }

        /// The cache's name for a piece of rows; nil for the head and tail, which are a few bytes.
        func key(_ part: Part, in cache: SheetPieceCache) -> String? {
            guard case .rows(let index) = part else { return nil }
            defer { csv.release(pieces[index]) }
            return csv.withBytes { bytes in cache.key(csv: UnsafeBufferPointer(rebasing: bytes[pieces[index]]), text: asText) }
        }

        /// A piece of rows, each cell a number or text by its column; an empty field makes an empty
        /// cell before others and none at the end of its row. No row or cell has its reference
        /// (``SheetXML``): the piece's XML is its rows' alone, the same wherever they fall.
        private func rows(_ piece: Range<Int>) -> [UInt8] {
            let asText = asText
            var xml = SheetXML(capacity: piece.count * 2 + 4096)
            csv.withBytes { bytes in
                var records = CSVRecords(UnsafeBufferPointer(rebasing: bytes[piece]))
                while records.next() {
                    xml.startRow()
                    records.buffer.withUnsafeBufferPointer { buffer in
                        var blanks = 0
                        for column in records.fields.indices {
                            guard records.fields[column].count > 0 else {
                                blanks += 1
                                continue
                            }
                            for _ in 0..<blanks { xml.blank() }
                            blanks = 0
                            let field = records.field(column, in: buffer)
                            if !(column < asText.count && asText[column]) && SheetXML.isNumber(field) {
                                xml.number(field)
                            } else {
                                xml.text(UnsafeBufferPointer(rebasing: field[WorkbookReport.textStart(field)...]))
                            }
                        }
                    }
                    xml.endRow()
                }
            }
            csv.release(piece)
            return xml.bytes
        }

        /// After the rows: the note of rows left out, the autofilter, the page margins.
        private func tail() -> [UInt8] {
            var xml = SheetXML(capacity: 1024)
            if shown < rows {
                xml.startRow(shown + 2)
                xml.text("… \(rows - shown) more rows: a sheet here holds \(cut); the CSV file has them all", .at(row: shown + 2, column: 0))
                xml.endRow()
            }
            xml.append("</sheetData>")
            if let filter { xml.append("<autoFilter ref=\"\(filter)\"/>") }
            xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
            return xml.bytes
        }
    }

    /// A column width of `characters` (at most 50) as SpreadsheetML stores it: in whole pixels of
    /// Calibri 11's 7-pixel digit with 5 pixels of padding, in 256ths (ECMA-376 §18.3.1.13).
    static func columnWidth(_ characters: Double) -> String {
        let width = min(characters, 50)
        return String(Double(Int((width * 7 + 5) / 7 * 256)) / 256)
    }

    /// Where the cell's text starts: after the apostrophe that keeps a CSV cell from running as a
    /// formula (a workbook's text cell never runs), otherwise at the first byte.
    static func textStart(_ field: UnsafeBufferPointer<UInt8>) -> Int {
        guard field.count > 1, field[0] == UInt8(ascii: "'"),
              CSVWriter.formulaStarts.contains(Unicode.Scalar(field[1])) else { return 0 }
        return 1
    }
}
