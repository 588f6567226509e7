import Foundation
import Testing
@testable import Rhetoric

/// LibreOffice, if installed (`make test` and CI install libreoffice-calc-nogui).
let soffice: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Debian's Python with openpyxl (`make test` and CI install python3-openpyxl).
let openpyxl: Bool = FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/openpyxl")

/// Runs a program and returns its standard output; records an issue if it fails.
func output(of program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(program) \(arguments.joined(separator: " "))")
    return text
}

/// `body` applied to the UTF-8 bytes of `text`.
func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    var text = text
    return text.withUTF8(body)
}

/// The text a CSV field puts in a workbook cell: without the apostrophe that only guards the CSV.
func unescaped(_ field: String) -> String {
    withBytes(field) { String(decoding: UnsafeBufferPointer(rebasing: $0[WorkbookReport.textStart($0)...]), as: UTF8.self) }
}

/// Whether a workbook cell read back (`read`) says what the CSV field (`written`) says: the same
/// text, or the same number to the CSV's precision.
func sameCell(_ read: String, _ written: String) -> Bool {
    if read == unescaped(written) { return true }
    guard let a = Double(read), let b = Double(written) else { return false }
    return abs(a - b) <= 1e-9 * max(1, abs(b))
}

@Suite struct WorkbookTests {
    @Test func numbersAreTheReportsNumbersAndNothingElse() {
        let number = { (field: String) in withBytes(field, WorkbookReport.number) }
        #expect(number("-3.841459") == -3.841459)
        #expect(number("5.68931e-04") == 0.000568931)
        #expect(number("42") == 42)
        #expect(number("2013-03-22") == nil)
        #expect(number("nan") == nil && number("inf") == nil && number("") == nil)
        // A workbook's text cell never runs, so the CSV's protective apostrophe goes; others stay.
        #expect(unescaped("'=1+1") == "=1+1")
        #expect(unescaped("'@SUM") == "@SUM")
        #expect(unescaped("'tis") == "'tis")
        #expect(unescaped("'") == "'")
    }

    @Test func aTablePastTheRowLimitSaysSo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var csv = CSVWriter(header: ["term", "count"])
        for i in 0..<5 { csv.appendRow(["t\(i)", String(i)]) }
        let bytes = try WorkbookReport.xlsx([("phrases.csv", csv.text)], temporaryDirectory: directory, rowLimit: 3)
        #expect(bytes.starts(with: Array("PK".utf8)))
        // The sheet holds the header, two rows and the note: a row limit of 3 leaves out 3 of 5.
        let path = directory + "/small.xlsx"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        if openpyxl {
            let script = """
                import openpyxl, sys
                wb = openpyxl.load_workbook(sys.argv[1])
                print(wb.sheetnames)
                for row in wb["phrases"].iter_rows(values_only=True): print(row)
                print(wb["about"]["D2"].value)
                """
            let text = try output(of: "/usr/bin/python3", ["-c", script, path])
            #expect(text.contains("['about', 'phrases']"))
            #expect(text.contains("('t1', 1)") && !text.contains("('t2', 2)"))
            #expect(text.contains("3 more rows"))
            #expect(text.contains("only the first 2 rows are on the sheet"))
        }
    }

    @Test(.enabled(if: openpyxl, "needs openpyxl: apt-get install python3-openpyxl"))
    func openpyxlReadsNumbersAsNumbersAndIdsAndChineseAsText() throws {
        let reports = try SeedReports()
        defer { reports.remove() }
        // For every sheet: each cell's Python type and value beside the CSV's field, one JSON array a line.
        let script = """
            import csv, json, openpyxl, sys, os
            folder = sys.argv[1]
            wb = openpyxl.load_workbook(os.path.join(folder, "rhetoric.xlsx"), read_only=True)
            print(json.dumps(wb.sheetnames))
            for name in wb.sheetnames[1:]:
                rows = list(csv.reader(open(os.path.join(folder, name + ".csv"), encoding="utf-8")))
                cells = list(wb[name].iter_rows(values_only=True))
                print(json.dumps([name, len(rows), len(cells)]))
                for written, read in zip(rows[1:], cells[1:]):
                    for c, field in enumerate(written):
                        value = read[c] if c < len(read) else None
                        kind = "none" if value is None else "number" if isinstance(value, (int, float)) else "text"
                        print(json.dumps([name, rows[0][c], kind, "" if value is None else str(value), field], ensure_ascii=False))
            """
        let lines = try output(of: "/usr/bin/python3", ["-c", script, reports.folder]).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [Any]
        }
        #expect(lines[0] as? [String] == ["about"] + ReportCatalog.tables.map { ($0 as NSString).deletingPathExtension })
        var numbers = 0, ids = 0, chinese = 0
        for line in lines.dropFirst() {
            if line.count == 3 {
                #expect(line[1] as? Int == line[2] as? Int, "\(line[0]): every row of the CSV is on the sheet")
                continue
            }
            let (sheet, column, kind, value, field) = (line[0] as! String, line[1] as! String, line[2] as! String, line[3] as! String, line[4] as! String)
            if ["count", "count_rest", "hits", "tokens", "sentences", "chars", "rank", "total_count"].contains(column) {
                #expect(kind == "number", "\(sheet).\(column) = \(field)")
                numbers += 1
            }
            if ["meeting", "first_seen", "last_seen", "from", "to"].contains(column), field.hasPrefix("20") {
                #expect(kind == "text" && value == field, "\(sheet).\(column) = \(field)")
                ids += 1
            }
            if field.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { chinese += 1 }
            #expect(field.isEmpty ? kind == "none" : sameCell(value, field), "\(sheet).\(column): \(value) for \(field)")
        }
        #expect(numbers > 10_000 && ids > 10_000 && chinese > 10_000)
    }

    @Test(.enabled(if: soffice != nil, "needs LibreOffice: apt-get install libreoffice-calc-nogui"))
    func libreOfficeOpensEverySheetWithTheReportsValues() throws {
        let reports = try SeedReports()
        defer { reports.remove() }
        let converted = reports.folder + "/converted"
        // Each sheet to its own UTF-8 CSV (the trailing -1), as LibreOffice itself reads the workbook.
        _ = try output(of: soffice!, ["-env:UserInstallation=file://\(reports.folder)/profile", "--headless", "--convert-to",
                                      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                      "--outdir", converted, reports.folder + "/rhetoric.xlsx"])
        for name in ReportCatalog.tables {
            let sheet = (name as NSString).deletingPathExtension
            let read = try CSVTable(parsing: try String(contentsOfFile: "\(converted)/rhetoric-\(sheet).csv", encoding: .utf8), file: sheet)
            let written = try CSVTable(parsing: try String(contentsOfFile: reports.folder + "/" + name, encoding: .utf8), file: name)
            #expect(read.header == written.header)
            #expect(read.rows.count == written.rows.count, "\(sheet)")
            var mismatches: [String] = []
            for (a, b) in zip(read.rows, written.rows) {
                for (x, y) in zip(a.fields, b.fields) where !sameCell(x, y) { mismatches.append("\(x) for \(y)") }
            }
            #expect(mismatches.isEmpty, "\(sheet): \(mismatches.prefix(5))")
        }
        let frequency = try String(contentsOfFile: "\(converted)/rhetoric-frequency.csv", encoding: .utf8)
        #expect(frequency.contains("\n2013-03-22,合作,15,"))
    }
}
