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
        let number = { (field: String) in withBytes(field, SheetXML.isNumber) }
        #expect(number("-3.841459") && number("5.68931e-04") && number("42") && number("0") && number("1E+20"))
        #expect(!number("2013-03-22") && !number("nan") && !number("inf") && !number("-inf") && !number(""))
        #expect(!number("-") && !number("1.") && !number(".5") && !number("0x10") && !number("1e") && !number("12 "))
        // A workbook's text cell never runs, so the CSV's protective apostrophe goes; others stay.
        #expect(unescaped("'=1+1") == "=1+1")
        #expect(unescaped("'@SUM") == "@SUM")
        #expect(unescaped("'tis") == "'tis")
        #expect(unescaped("'") == "'")
    }

    @Test func cellsAreEscapedAndCutAsSpreadsheetMLWantsThem() {
        let cell = { (text: String) -> String in
            var xml = SheetXML()
            xml.text(text, .at(row: 2, column: 27))
            return String(decoding: xml.bytes, as: UTF8.self)
        }
        #expect(cell("两国") == "<c r=\"AB2\" t=\"inlineStr\"><is><t>两国</t></is></c>")
        #expect(cell("a<b & c>d") == "<c r=\"AB2\" t=\"inlineStr\"><is><t>a&lt;b &amp; c&gt;d</t></is></c>")
        #expect(cell(" x") == "<c r=\"AB2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> x</t></is></c>")
        // What XML cannot hold, and text that reads as an escape, in SpreadsheetML's _xHHHH_.
        #expect(cell("a\u{1}b\rc\td_x0041_e_x41_\u{FFFF}").contains("<t>a_x0001_b_x000D_c\td_x005F_x0041_e_x41__xFFFF_</t>"))
        // Past 32,767 characters a cell is cut with an ellipsis, never inside a character.
        let long = String(repeating: "合", count: 40_000)
        #expect(cell(long) == "<c r=\"AB2\" t=\"inlineStr\"><is><t>\(String(repeating: "合", count: 32_766))…</t></is></c>")
        let astral = "a" + String(repeating: "𠀀", count: 20_000)
        #expect(cell(astral).contains("<t>a\(String(repeating: "𠀀", count: 16_382))…</t>"))
        #expect(cell(String(repeating: "x", count: 32_767)).count == 32_767 + 45)
        var number = SheetXML()
        number.startRow(3)
        withBytes("-1.5e-03") { number.number($0, .at(row: 3, column: 0)) }
        number.endRow()
        #expect(String(decoding: number.bytes, as: UTF8.self) == "<row r=\"3\"><c r=\"A3\"><v>-1.5e-03</v></c></row>")
        // Each cell's reference has its own row's number and column's letters, past Z and past the
        // 256 columns whose letters are made once.
        var rows = SheetXML()
        rows.startRow(9)
        rows.text("a", .at(row: 9, column: 0))
        withBytes("1") { rows.number($0, .at(row: 9, column: 300)) }
        rows.endRow()
        rows.startRow(10)
        withBytes("2") { rows.number($0, .at(row: 10, column: 25)) }
        withBytes("3") { rows.number($0, .at(row: 10, column: 26)) }
        rows.endRow()
        #expect(String(decoding: rows.bytes, as: UTF8.self) == "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"KO9\"><v>1</v></c></row>"
            + "<row r=\"10\"><c r=\"Z10\"><v>2</v></c><c r=\"AA10\"><v>3</v></c></row>")
        // A table's rows have no references: each row follows the one before, each cell the cell
        // before, an empty cell holding an empty field's place.
        var next = SheetXML()
        next.startRow()
        next.text("b")
        next.blank()
        withBytes("4") { next.number($0) }
        next.endRow()
        #expect(String(decoding: next.bytes, as: UTF8.self) == "<row><c t=\"inlineStr\"><is><t>b</t></is></c><c/><c><v>4</v></c></row>")
        #expect([0, 25, 26, 701, 702, 16_383].map(SheetXML.columnName) == ["A", "Z", "AA", "ZZ", "AAA", "XFD"])
        #expect(SheetXML.range(columns: 4, rows: 14) == "A1:D14")
        // Excel's width of 11 characters: (11 · 7 + 5) / 7 pixels in 256ths, 2998/256.
        #expect(WorkbookReport.columnWidth(11) == "11.7109375" && WorkbookReport.columnWidth(80) == "50.7109375")
        #expect(WorkbookPackage.reference("about", "A1:D14") == "about!$A$1:$D$14")
        #expect(WorkbookPackage.reference("it's", "A1:AB2") == "'it''s'!$A$1:$AB$2")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func deflatedPiecesJoinIntoOneStreamThatZipReadersCheck() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var random = SplitMix(seed: 7)
        let text = (0..<200_000).map { _ in UInt8(ascii: "a") + UInt8(random.next() % 6) }
        // The text in pieces of uneven sizes (an empty one among them), and a small entry in one.
        let cuts = [0, 1, 70_000, 70_000, 150_001, text.count]
        let pieces = try zip(cuts, cuts.dropFirst()).enumerated().map { index, range in
            try #require(DeflatedPiece(Array(text[range.0..<range.1]), last: index == cuts.count - 2))
        }
        // Bytes deflate cannot shrink, in two pieces: stored, within the bound.
        let noise = (0..<300_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let stored = [try #require(DeflatedPiece(Array(noise[..<100_000]), last: false)), try #require(DeflatedPiece(Array(noise[100_000...]), last: true))]
        let archive = try ZipArchive.bytes([ZipArchive.Entry(name: "text.txt", pieces: pieces),
                                            ZipArchive.Entry(name: "dir/b.xml", pieces: [try #require(DeflatedPiece(Array("<b/>".utf8), last: true))]),
                                            ZipArchive.Entry(name: "noise.bin", pieces: stored)])
        let path = directory + "/a.zip"
        try Data(archive).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, zipfile, hashlib
            z = zipfile.ZipFile(sys.argv[1])
            print(z.testzip(), z.namelist(), len(z.read("text.txt")), hashlib.sha256(z.read("text.txt")).hexdigest(), z.read("dir/b.xml").decode(),
                  hashlib.sha256(z.read("noise.bin")).hexdigest())
            """
        let read = try output(of: "/usr/bin/python3", ["-c", script, path])
        #expect(read == "None ['text.txt', 'dir/b.xml', 'noise.bin'] 200000 \(SHA256.hex(text)) <b/> \(SHA256.hex(noise))\n")
    }

    /// A piece's bytes do not depend on the thread that deflates it: thousands of pieces of the
    /// sizes a sheet makes (a tail of a hundred bytes, rows of up to 64 KB), deflated on two
    /// workers at once, are the bytes one worker makes. (igzip's levels 1 to 3 fail this.)
    @Test func aPieceDeflatesToTheSameBytesOnAnyThread() throws {
        var random = SplitMix(seed: 11)
        let rows = (0..<2_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"inlineStr\"><is><t>合作\(random.next() % 1000)</t></is></c></row>" }.joined()
        let text = Array(rows.utf8)
        let pieces = (0..<4_000).map { index -> Range<Int> in
            let count = index % 3 == 0 ? 1 + Int(random.next() % 300) : 1 + Int(random.next() % 65_536)
            let start = Int(random.next() % UInt64(text.count - count))
            return start..<start + count
        }
        let deflate = { @Sendable (range: Range<Int>) -> [UInt8] in DeflatedPiece(Array(text[range]), last: range.count % 2 == 0).map { Array($0.compressed) } ?? [] }
        let one = Parallel.map(pieces, jobs: 1, deflate)
        #expect(one.allSatisfy { !$0.isEmpty })
        for _ in 0..<2 {
            let same = Parallel.map(pieces, jobs: 2, deflate) == one
            #expect(same)
        }
    }

    /// CRC-32's check value (of `123456789`, 0xCBF43926 in every table of the zlib polynomial),
    /// whole and from pieces combined; an empty piece changes nothing.
    @Test func theCRCOfPiecesIsTheCRCOfTheirBytes() throws {
        let check: UInt32 = 0xCBF4_3926
        let whole = try #require(DeflatedPiece(Array("123456789".utf8), last: true))
        #expect(whole.crc == check)
        let pieces = try ["1", "2345", "", "6789"].map { try #require(DeflatedPiece(Array($0.utf8), last: false)) }
        #expect(ZipArchive.crc(pieces) == check)
        #expect(ZipArchive.crc([whole]) == check && ZipArchive.crc([]) == 0)
        // A long second piece: x^(8n) over many bits of n.
        let long = Array(repeating: UInt8(ascii: "a"), count: 1_000_003)
        let a = try #require(DeflatedPiece(Array("xyz".utf8), last: false)), b = try #require(DeflatedPiece(long, last: true))
        #expect(ZipArchive.crc([a, b]) == (try #require(DeflatedPiece(Array("xyz".utf8) + long, last: true))).crc)
    }

    /// Pieces kept in a cache make the same workbook; a table grown at its end reuses the pieces
    /// before the change, and one whose first row changed makes its first piece alone again.
    @Test func cachedSheetPiecesMakeTheSameWorkbookAndAreReusedForTheSameRows() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = SheetPieceCache(folder: CacheFolder(directory))
        /// Rows `词i,i,合作…`; `first` stands for the first row's count (as long, so no piece moves).
        func table(_ rows: [Int], first: String? = nil) -> String {
            var csv = CSVWriter(header: ["term", "count", "text"])
            for i in rows {
                csv.appendRow(["词\(i)", i == rows.first ? first ?? String(i) : String(i), String(repeating: "合作", count: 40 + i % 40)])
            }
            return csv.text
        }
        func entries() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: directory)) }
        func pieces(_ rows: [Int]) -> Int {
            WorkbookReport.Table(name: "phrases", csv: CSVSource(text: table(rows)), holds: "", limit: 25_000).pieces.count
        }
        let original = Array(0..<12_000)
        #expect(pieces(original) >= 4)
        // Each new table also has a new `about` sheet (its row count), but for the last: 12,000 rows again.
        for (rows, first, made) in [(original, nil, pieces(original) + 1), (original, nil, 0), (original + [12_000], nil, 2),
                                    (original + [12_000], nil, 0), (original, "9", 1)] {
            let cold = try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: table(rows, first: first)))], jobs: 2, rowLimit: 25_000)
            let before = try entries()
            #expect(try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: table(rows, first: first)))], jobs: 2, rowLimit: 25_000,
                                            cache: cache) == cold)
            #expect(try entries().subtracting(before).count == made, "\(rows.count) rows")
        }
        // A damaged entry is made again; the workbook stays the same. The victim is one of the pieces
        // of the first table below, which makes it again (any other entry would stay damaged).
        for name in try entries() { try FileManager.default.removeItem(atPath: directory + "/" + name) }
        _ = try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: table(original)))], rowLimit: 25_000, cache: cache)
        let victim = try #require(try entries().sorted().first)
        for damage: (inout [UInt8]) -> Void in [{ $0[$0.count / 2] ^= 1 }, { $0.removeLast(3) }, { $0 = Array("RHETSHPC".utf8) }] {
            var bytes = try #require(FileManager.default.contents(atPath: directory + "/" + victim).map { [UInt8]($0) })
            #expect(SheetPieceCache.decode(bytes) != nil)
            damage(&bytes)
            #expect(SheetPieceCache.decode(bytes) == nil)
            try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + victim))
            for rows in [original, original + [12_000], [-1] + original] {
                #expect(try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: table(rows)))], rowLimit: 25_000, cache: cache)
                        == WorkbookReport.xlsx([("phrases.csv", CSVSource(text: table(rows)))], rowLimit: 25_000))
            }
        }
        #expect(try entries().allSatisfy { CacheFolder.kind(of: $0) == .entry })
    }

    /// Rows added to one meeting of a long table (a document added to a corpus) change the pieces
    /// of that meeting alone: the later meetings' rows fall one row further down the sheet, and
    /// their pieces, which have no row numbers, come from the cache.
    @Test func rowsAddedToOneMeetingLeaveTheOtherMeetingsPiecesInTheCache() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = SheetPieceCache(folder: CacheFolder(directory))
        func table(extra: Int) -> String {
            var csv = CSVWriter(header: ["meeting", "term", "count", "text"])
            for (meeting, count) in [("2024-01-01", 3_000), ("2024-06-01", 3_000 + extra), ("2025-03-01", 3_000)] {
                for i in 0..<count { csv.appendRow([meeting, "词\(i)", String(i), String(repeating: "合作", count: 30 + i % 40)]) }
            }
            return csv.text
        }
        func entries() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: directory)) }
        let before = WorkbookReport.Table(name: "keyness", csv: CSVSource(text: table(extra: 0)), holds: "", limit: 25_000)
        let after = WorkbookReport.Table(name: "keyness", csv: CSVSource(text: table(extra: 1)), holds: "", limit: 25_000)
        let meetingPieces = after.pieces.count / 3
        #expect(meetingPieces >= 3 && before.pieces.count == after.pieces.count)
        _ = try WorkbookReport.xlsx([("keyness.csv", CSVSource(text: table(extra: 0)))], jobs: 2, rowLimit: 25_000, cache: cache)
        let made = try entries()
        let workbook = try WorkbookReport.xlsx([("keyness.csv", CSVSource(text: table(extra: 1)))], jobs: 2, rowLimit: 25_000, cache: cache)
        #expect(workbook == (try WorkbookReport.xlsx([("keyness.csv", CSVSource(text: table(extra: 1)))], rowLimit: 25_000)))
        // The second meeting's last piece, which gained the row, and the `about` sheet (its row count).
        #expect(try entries().subtracting(made).count == 2)
        guard openpyxl else { return }
        let path = directory + "/meetings.xlsx"
        try Data(workbook).write(to: URL(fileURLWithPath: path))
        let script = """
            import openpyxl, sys
            rows = list(openpyxl.load_workbook(sys.argv[1], read_only=True)["keyness"].iter_rows(values_only=True))
            print(len(rows), rows[0][:3], rows[3001][:3], rows[6001][:3], rows[6002][:3], rows[9001][:3])
            """
        let read = try output(of: "/usr/bin/python3", ["-c", script, path])
        #expect(read == "9002 ('meeting', 'term', 'count') ('2024-06-01', '词0', 0) ('2024-06-01', '词3000', 3000) "
                + "('2025-03-01', '词0', 0) ('2025-03-01', '词2999', 2999)\n")
    }

    @Test func aLongTableIsCutIntoPiecesThatMakeTheSameWorkbookForAnyJobs() throws {
        var csv = CSVWriter(header: ["term", "count", "text"])
        for i in 0..<30_000 { csv.appendRow(["词\(i)", String(i), String(repeating: "合作", count: i % 40)]) }
        let table = WorkbookReport.Table(name: "phrases", csv: CSVSource(text: csv.text), holds: "", limit: 25_000)
        #expect(table.pieces.count > 2 && table.rows == 30_000 && table.shown == 24_999)
        // The pieces cover the shown rows one after the other.
        #expect(table.pieces.first?.lowerBound == Array("term,count,text\n".utf8).count)
        for (a, b) in zip(table.pieces, table.pieces.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
        let one = try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: csv.text))], jobs: 1, rowLimit: 25_000)
        #expect(try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: csv.text))], jobs: 2, rowLimit: 25_000) == one)
        // The same table as a report file (with the byte-order mark `--bom` gives it), mapped.
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data([0xEF, 0xBB, 0xBF] + csv.bytes).write(to: URL(fileURLWithPath: directory + "/phrases.csv"))
        let mapped = try CSVSource(mapping: directory + "/phrases.csv")
        #expect(mapped.withBytes { Array($0) } == csv.bytes)
        // Pages let go (part of them, past the end, all) read back from the file.
        mapped.release(5_000..<900_000)
        mapped.release(csv.bytes.count - 10..<csv.bytes.count + 100_000)
        #expect(mapped.withBytes { Array($0) } == csv.bytes)
        mapped.release()
        #expect(try WorkbookReport.xlsx([("phrases.csv", mapped)], jobs: 2, rowLimit: 25_000) == one)
        try Data().write(to: URL(fileURLWithPath: directory + "/empty.csv"))
        #expect(try CSVSource(mapping: directory + "/empty.csv").withBytes { $0.count } == 0)
        #expect(throws: RhetoricError.self) { try CSVSource(mapping: directory + "/missing.csv") }
        guard openpyxl else { return }
        try Data(one).write(to: URL(fileURLWithPath: directory + "/long.xlsx"))
        let script = """
            import openpyxl, sys
            rows = list(openpyxl.load_workbook(sys.argv[1], read_only=True)["phrases"].iter_rows(values_only=True))
            print(len(rows), rows[1][:2], rows[12345][:2], rows[24999][:2], rows[25000][0][:16])
            """
        let read = try output(of: "/usr/bin/python3", ["-c", script, directory + "/long.xlsx"])
        #expect(read == "25001 ('词0', 0) ('词12344', 12344) ('词24998', 24998) … 5001 more rows\n")
    }

    @Test func aTablePastTheRowLimitSaysSo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var csv = CSVWriter(header: ["term", "count"])
        for i in 0..<5 { csv.appendRow(["t\(i)", String(i)]) }
        let bytes = try WorkbookReport.xlsx([("phrases.csv", CSVSource(text: csv.text))], rowLimit: 3)
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

    @Test func aLongTableOfMeetingsKeepsTheFirstRowsOfEachMeeting() throws {
        // The cap c is the largest with Σ min(size, c) ≤ room, worked by hand.
        #expect(WorkbookReport.share([10, 2, 10], room: 12) == 5)
        #expect(WorkbookReport.share([10, 2, 10], room: 13) == 5)
        #expect(WorkbookReport.share([10, 2, 10], room: 22) == 10)
        #expect(WorkbookReport.share([3, 100, 50], room: 60) == 28)
        #expect(WorkbookReport.share([4, 4], room: 0) == 0 && WorkbookReport.share([], room: 5) == 0)
        // Past two figures the cap is rounded down: 3 × 3,846 = 11,538 ≤ 11,540 < 3 × 3,847, shown as
        // 3,800; 340 and 100 fit exactly; 1,000 + 2 × 12,345 fits 12,345, shown as 12,000.
        #expect(WorkbookReport.share([5000, 5000, 5000], room: 11_540) == 3800)
        #expect(WorkbookReport.share([5000, 5000, 5000], room: 1_020) == 340)
        #expect(WorkbookReport.share([5000, 5000, 5000], room: 300) == 100)
        #expect(WorkbookReport.share([1000, 20000, 20000], room: 25_690) == 12_000)
        // Ten rows of 2024-01-01, two of 2024-06-01, ten of all, on a sheet of 12 rows and the note.
        var csv = CSVWriter(header: ["meeting", "term", "count"])
        var expected: [String] = []
        for (meeting, count) in [("2024-01-01", 10), ("2024-06-01", 2), ("all", 10)] {
            for i in 0..<count {
                csv.appendRow([meeting, "词\(i)", String(i)])
                if i < 5 { expected.append("\(meeting),词\(i),\(i)\n") }
            }
        }
        let table = WorkbookReport.Table(name: "keyness", csv: CSVSource(text: csv.text), holds: "", limit: 13)
        #expect(table.rows == 22 && table.shown == 12 && table.perMeeting == 5)
        // A piece for each meeting: the first's five rows, the second's two, all's five.
        let text = csv.text
        let pieces = table.pieces.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(pieces == [expected[..<5].joined(), expected[5..<7].joined(), expected[7...].joined()])
        // A table that fits, or one without meetings, is shown from the top as before.
        #expect(WorkbookReport.Table(name: "keyness", csv: CSVSource(text: text), holds: "", limit: 23).perMeeting == nil)
        var plain = CSVWriter(header: ["term", "count"])
        for i in 0..<22 { plain.appendRow(["词\(i)", String(i)]) }
        let first = WorkbookReport.Table(name: "phrases", csv: CSVSource(text: plain.text), holds: "", limit: 13)
        #expect(first.perMeeting == nil && first.shown == 12 && first.pieces.count == 1)
        guard openpyxl else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/meetings.xlsx"
        try Data(try WorkbookReport.xlsx([("keyness.csv", CSVSource(text: text))], rowLimit: 13)).write(to: URL(fileURLWithPath: path))
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            for row in wb["keyness"].iter_rows(min_row=2, values_only=True): print(",".join("" if v is None else str(v) for v in row))
            print(wb["about"]["D2"].value)
            """
        let read = try output(of: "/usr/bin/python3", ["-c", script, path]).split(separator: "\n").map(String.init)
        #expect(read.count == 14 && read[..<12].map { $0 + "\n" } == expected)
        #expect(read[12].hasPrefix("… 10 more rows: a sheet here holds the first 5 rows of each meeting"))
        #expect(read[13].hasSuffix("only the first 5 rows of each meeting are on the sheet, the CSV file has them all"))
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
