import Foundation
import Testing
@testable import Rhetoric

/// Runs the CLI and fails the test, instead of hanging it, if the run takes more than `limit` seconds.
func runWithin(_ limit: Double, _ arguments: [String]) throws -> (code: Int32, err: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: rhetoricBinary)
    process.arguments = arguments
    let err = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = err
    try process.run()
    let deadline = Date().addingTimeInterval(limit)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
        process.terminate()
        process.waitUntilExit()
        return nil
    }
    return (process.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
}

@Suite struct HostileInputTests {
    /// A 421-byte "billion laughs": each list holds nine aliases of the one before, and an alias is
    /// used as a mapping key, which makes a naive loader hash the whole exponential tree.
    static let bomb = """
        title: 会谈
        a: &a [x,x,x,x,x,x,x,x,x]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        k: &k [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        ? *k : 1

        """

    @Test func aYAMLBombInFrontMatterIsAnErrorNamingTheLine() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("b.md", "---\n" + Self.bomb + "---\n双方同意加强合作。\n")
        let result = try #require(try runWithin(10, ["run", "--corpus", tiny.corpus, "--out", tiny.reports, "--quiet"]),
                                  "the run hung")
        #expect(result.code == 1)
        #expect(result.err.contains("b.md:3: YAML anchors and aliases are not allowed (found an anchor at column 4)"), "\(result.err)")
    }

    @Test(arguments: ["--themes", "--speakers"])
    func aYAMLBombAsAConfigurationFileIsAnError(option: String) throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("bomb.yaml", Self.bomb, in: tiny.root)
        let result = try #require(try runWithin(10, ["run", "--corpus", tiny.corpus, "--out", tiny.reports, "--quiet",
                                                     option, tiny.root + "/bomb.yaml"]), "the run hung")
        #expect(result.code == 1)
        #expect(result.err.contains("bomb.yaml:2: YAML anchors and aliases are not allowed"))
    }

    @Test func aliasesAndAnchorsAreFoundWhereverANodeStarts() {
        for yaml in ["a: *x\n", "- &x 1\n", "? *k\n: 1\n", "a: [1, *x]\n", "a: {b: &c 2}\n", "a:\n  - - *x\n"] {
            #expect(throws: RhetoricError.self, "\(yaml)") { try YAMLFile.check(yaml, file: "f.yaml") }
        }
        for yaml in ["a: '*quoted*'\n", "a: \"&x\"\n", "a: x*y & z\n", "a: 1 # *comment\n", "a: |\n  *literal\n  &text\nb: 2\n",
                     "title: Xi's *visit*\n"] {
            #expect(throws: Never.self, "\(yaml)") { try YAMLFile.check(yaml, file: "f.yaml") }
        }
        #expect(throws: RhetoricError.self) { try YAMLFile.check(String(repeating: "[", count: 100), file: "f.yaml") }
    }

    @Test func threeHundredUnclosedDivsGiveThreeHundredParagraphs() throws {
        let html = "<html><body>" + (1...300).map { "<div><p>双方同意在第\($0)个领域加强合作。</p>" }.joined() + "</body></html>"
        let document = try cleanedText(html, format: .html)
        #expect(document.paragraphs.count == 300)
        #expect(document.paragraphs.last?.text == "双方同意在第300个领域加强合作。")
        #expect(document.warnings.isEmpty)
    }

    @Test func aHundredThousandNestedElementsKeepTheirText() throws {
        let html = String(repeating: "<div>", count: 100_000) + "<p>中俄双方同意加强合作。</p>" + String(repeating: "</div>", count: 100_000)
        let document = try cleanedText(html, format: .html)
        #expect(document.paragraphs.map(\.text) == ["中俄双方同意加强合作。"])
    }

    @Test func cdataCommentsProcessingInstructionsAndTheDoctypeAreNeverText() throws {
        let html = """
            <!DOCTYPE html [ <!ENTITY x "实体文字"> <!ELEMENT a ANY> ]>
            <html><body><p>正文开头<![CDATA[隐藏数据]]>正文结尾。</p><!-- 注释文字 --><?php echo "处理指令"; ?>
            <p>第二段文字。</p></body></html>
            """
        let text = try cleanedText(html, format: .html).text
        #expect(text == "正文开头正文结尾。\n第二段文字。\n")
    }

    @Test func aTextThatOpensWithARuleKeepsItsArticle() throws {
        let article = (1...20).map { "第\($0)段：双方同意加强各领域合作，推动两国关系不断向前发展。" }.joined(separator: "\n\n")
        let document = try cleanedText("---\n\n" + article + "\n\n---\n\n结尾一段，双方表示满意。\n")
        #expect(document.characterCount > 600)
        #expect(document.paragraphs.count == 21)
    }

    @Test func formulasNeverReachACell() throws {
        #expect(CSVWriter.quote("=HYPERLINK(\"http://x\",\"click\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"")
        for (field, written) in [("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("+7", "'+7"), ("-x", "'-x"),
                                 ("\tcmd", "'\tcmd"), ("-3.841459", "-3.841459"), ("12", "12"), ("中俄", "中俄"),
                                 ("a\u{1B}[31mb\u{202E}c", "a[31mbc")] {
            #expect(CSVWriter.quote(field) == written, "\(field)")
        }
    }

    @Test func formulasFromTheCorpusAndALexiconAreNeutralisedInEveryReport() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("b.md", "---\ntitle: '=HYPERLINK(\"http://evil.example\",\"click\")'\n---\n双方讨论了=1+1和@SUM问题。\n")
        try tiny.write("meetings.csv", "file,date,city,label\na.txt,2024-05-16,Beijing,\nb.md,2024-05-17,=cmd|' /C calc'!A0,\n")
        try tiny.write("lexicon.txt", "=1+1\n@SUM\n", in: tiny.root)
        let result = try tiny.run(["--lexicon", tiny.root + "/lexicon.txt"])
        #expect(result.code == 0, "\(result.err)")
        for name in tiny.listing(tiny.reports) where name.hasSuffix(".csv") {
            let rows = try CSVTable(parsing: try String(contentsOfFile: tiny.reports + "/" + name, encoding: .utf8), file: name).rows
            for field in rows.flatMap(\.fields) {
                if let first = field.unicodeScalars.first, CSVWriter.formulaStarts.contains(first) {
                    #expect(CSVWriter.isNumber(field), "\(name): \(field)")
                }
            }
        }
        let documents = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        #expect(documents.contains("'=HYPERLINK") && documents.contains("'=cmd|"))
        let frequency = try String(contentsOfFile: tiny.reports + "/frequency.csv", encoding: .utf8)
        #expect(frequency.contains(",'=1+1,") && frequency.contains(",'@SUM,"))
        let kwic = try runRhetoric(["kwic", "=1+1", "--csv", "--corpus", tiny.corpus, "--lexicon", tiny.root + "/lexicon.txt"])
        #expect(kwic.code == 0 && kwic.out.contains(",'=1+1,"), "\(kwic.err)")
    }

    @Test(arguments: [
        ["run", "--jobs", "9223372036854775807"], ["run", "--jobs", "0"], ["run", "--jobs", "1025"],
        ["kwic", "中俄", "--width", "9223372036854775807"], ["kwic", "中俄", "--width", "1000000000"], ["kwic", "中俄", "--width", "0"],
        ["run", "--prior-scale", "nan"], ["run", "--prior-scale", "-1"], ["run", "--phrase-min-score", "inf"],
        ["run", "--max-pairs", "-5"], ["diff", "2013", "2026", "--top", "0"],
    ])
    func outOfRangeNumbersAreUsageErrors(arguments: [String]) throws {
        let result = try runRhetoric(arguments + ["--corpus", seedsDirectory])
        #expect(result.code == 2, "\(arguments): \(result.err)")
        #expect(result.err.hasPrefix("error: "))
    }

    @Test func everyProblemIsListedInOneRun() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("undated1.txt", "两国元首举行会谈，双方同意加强合作。\n")
        try tiny.write("undated2.txt", "新华社莫斯科5月8日电 两国元首举行会谈。\n")
        try Data(Array("双方同意加强合作。".utf8) + [0xE4, 0xB8] + Array("两国元首举行会谈。两国元首举行会谈。".utf8))
            .write(to: URL(fileURLWithPath: tiny.corpus + "/broken.txt"))
        try tiny.write("meetings.csv", "file,date,city,label\na.txt,2024-05-16,Beijing,\nbroken.txt,2024-13-01,Beijing,\n")
        let result = try tiny.run()
        #expect(result.code == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("meetings.csv:3: '2024-13-01' is not a date") })
        #expect(lines.contains { $0.contains("broken.txt (byte 27): not valid UTF-8") })
        #expect(lines.contains { $0.contains("undated1.txt: no meeting date") && $0.hasSuffix("undated1.txt,YYYY-MM-DD,CITY,") })
        #expect(lines.contains { $0.contains("undated2.txt: no meeting date") && $0.hasSuffix("undated2.txt,YYYY-MM-DD,Moscow,") })
        #expect(result.err.contains("2 files have no meeting date; add these lines to"))
        #expect(!FileManager.default.fileExists(atPath: tiny.reports))
    }

    @Test func aFileNameThatIsNotUTF8IsRead() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        // 中.txt with its name in GBK, as a Windows archive leaves it.
        let name: [UInt8] = [0xD6, 0xD0, 0x2E, 0x74, 0x78, 0x74]
        let path = Array(tiny.corpus.utf8) + [0x2F] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(descriptor >= 0)
        let text = Array("中俄双方同意深化全面战略协作伙伴关系。\n".utf8)
        _ = text.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        try tiny.write("meetings.csv", "file,date,city,label\na.txt,2024-05-16,Beijing,\n\\xD6\\xD0.txt,2024-05-16,Beijing,\n")
        let result = try tiny.run()
        #expect(result.code == 0, "\(result.err)")
        let documents = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        #expect(documents.contains(",\\xD6\\xD0.txt,"))
        #expect(documents.contains(",ok\n"))
    }

    @Test func controlCharactersReachNeitherAReportNorTheTerminal() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("b.md", "---\ntitle: \"会谈\\e[31m红色\\u202E倒置\\0\"\n---\n双方同意加强合作。\n")
        try tiny.write("meetings.csv", "file,date,city,label\na.txt,2024-05-16,Beijing,\nb.md,2024-05-16,Beijing,\n")
        try tiny.write("empty\u{1B}[2J.txt", "")
        let result = try tiny.run()
        #expect(result.code == 0, "\(result.err)")
        #expect(!result.err.unicodeScalars.contains { Display.isControl($0) && $0 != "\n" })
        #expect(result.err.contains("empty\\u{1B}[2J.txt: no Chinese text"))
        // The workbook is zipped XML made from these CSV texts, so checking them covers its cells.
        for name in tiny.listing(tiny.reports) where name != WorkbookReport.fileName {
            let bytes = FileManager.default.contents(atPath: tiny.reports + "/" + name) ?? Data()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { Display.isControl($0) && $0 != "\n" }, "\(name)")
        }
        let documents = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        #expect(documents.contains("会谈[31m红色倒置"))
    }

    @Test func aDateOutside1900To2100IsAnError() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("b.txt", "发布时间：0000-01-01\n\n双方同意加强合作。\n")
        let result = try tiny.run()
        #expect(result.code == 1)
        #expect(result.err.contains("b.txt: no meeting date: the manifest has no line for this file and its publication date '0000-01-01' is not a date from 1900 to 2100"))
    }

    @Test func aCorpusWithNothingToCountLeavesTheReportsAsTheyWere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.removeItem(atPath: scratch.corpus + "/003_e43c17c6c2395aa3.txt")
        try scratch.write("meetings.csv", "file,date,city,label\nenglish.txt,2025-05-08,Moscow,\n")
        try scratch.write("english.txt", "Xi and Putin met in Moscow.\n")
        let result = try scratch.run()
        #expect(result.code == 1)
        #expect(result.err.contains("no document has Chinese text to count; the reports were left as they were"))
        #expect(scratch.reportsUntouched)
    }
}
