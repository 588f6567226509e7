import Foundation
import Testing
@testable import Rhetoric

/// A corpus grows one meeting at a time; the user reads `git diff reports/` after each. What was
/// counted for the old meetings must not move, and only differences that pass the significance rule
/// may be called key.
@Suite struct GrowingCorpusTests {
    /// An invented 2027 visit, written for this test in the shape of a news report.
    static let newMeeting = """
        习近平同普京举行会谈

        新华社北京2027年6月1日电 国家主席习近平1日在人民大会堂同俄罗斯总统普京举行会谈。

        习近平指出，中俄两国是山水相连的好邻居。双方要巩固政治互信，扩大能源、农业和科技合作，推进框架内的各项合作，取得更多成果。

        普京表示，俄方愿同中方一道，深化全面战略协作伙伴关系，加强在联合国、上海合作组织和金砖国家等多边框架内的协调。

        会谈后，两国元首共同签署联合声明，并见证了多项合作文件的签署。

        """

    /// Runs the pipeline on `corpus` and returns each table parsed.
    func run(_ corpus: String, into output: String) throws -> [String: CSVTable] {
        var options = Pipeline.Options()
        options.corpus = corpus
        options.output = output
        try Pipeline(options: options).run()
        var tables: [String: CSVTable] = [:]
        for name in ["frequency.csv", "speakers.csv", "themes.csv", "concepts.csv", "sentences.csv", "documents.csv"] {
            let text = try String(contentsOfFile: output + "/" + name, encoding: .utf8)
            tables[name] = try CSVTable(parsing: text, file: name)
        }
        return tables
    }

    /// The rows of `table` for the seeds' meetings (not the new one, not the pooled `all` rows),
    /// without the columns that by design compare a meeting against the rest (tf-idf's idf).
    func oldRows(_ table: CSVTable, dropping dropped: Set<String> = []) -> [[String]] {
        let kept = table.header.indices.filter { !dropped.contains(table.header[$0]) }
        return table.rows.filter { $0.fields[0].hasPrefix("20") && !$0.fields[0].hasPrefix("2027") }
            .map { row in kept.map { row.fields[$0] } }
    }

    @Test func addingAMeetingLeavesTheOldMeetingsCountsAsTheyWere() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = directory + "/corpus"
        try FileManager.default.copyItem(atPath: seedsDirectory, toPath: corpus)
        let before = try run(corpus, into: directory + "/before")
        let phrases = FileManager.default.contents(atPath: corpus + "/phrases.txt")

        try Self.newMeeting.write(toFile: corpus + "/2027.txt", atomically: false, encoding: .utf8)
        let manifest = try String(contentsOfFile: corpus + "/meetings.csv", encoding: .utf8)
        try (manifest + "2027.txt,2027-06-01,Beijing,invented visit\n").write(toFile: corpus + "/meetings.csv", atomically: false, encoding: .utf8)
        let after = try run(corpus, into: directory + "/after")

        #expect(FileManager.default.contents(atPath: corpus + "/phrases.txt") == phrases, "run never rewrites the phrases")
        #expect(after["documents.csv"]!.rows.count == before["documents.csv"]!.rows.count + 1)
        #expect(after["frequency.csv"]!.rows.contains { $0.fields[0] == "2027-06-01" })
        #expect(oldRows(before["speakers.csv"]!).count == 45)
        // Counts, rates, ranks and dispersion of the old meetings are theirs alone.
        #expect(oldRows(before["frequency.csv"]!, dropping: ["tfidf"]) == oldRows(after["frequency.csv"]!, dropping: ["tfidf"]))
        for name in ["speakers.csv", "themes.csv", "concepts.csv", "sentences.csv"] {
            #expect(oldRows(before[name]!) == oldRows(after[name]!), "\(name) changed for the old meetings")
        }
        #expect(oldRows(before["documents.csv"]!) == oldRows(after["documents.csv"]!))
    }

    @Test func aTermThatOccursOnceIsNeverKey() {
        // Meeting 0: "once" 1 of 20 tokens, "thrice" 3 of 20; meeting 1 has neither (200 tokens).
        // Without the Bonferroni and effect-size floors (α = 1, no minimum ratio) both pass on p,
        // so only the count can stop "once".
        let tables = AnalysisTables(
            meetings: [Meeting(date: MeetingDate(year: 2020, month: 1, day: 1)!, city: ""),
                       Meeting(date: MeetingDate(year: 2021, month: 1, day: 1)!, city: "")],
            terms: ["once", "thrice", "rest"],
            sentences: [[], []],
            counts: [[1, 3, 16], [0, 0, 200]])
        var options = KeynessStage.Options()
        options.significance.alpha = 1
        options.significance.minimumLogRatio = 0
        let rows = KeynessStage.rows(tables, options: options).filter { $0.target == 0 }
        let key = Dictionary(uniqueKeysWithValues: rows.map { (tables.terms[Int($0.term)], $0.key) })
        #expect(key["once"] == false)
        #expect(key["thrice"] == true)
    }

    @Test func onTheSeedsNoKeyTermHasFewerThanThreeOccurrences() throws {
        let text = try String(contentsOfFile: packageRoot + "/reports/keyness.csv", encoding: .utf8)
        let table = try CSVTable(parsing: text, file: "keyness.csv")
        let count = table.header.firstIndex(of: "count")!, key = table.header.firstIndex(of: "key")!
        #expect(table.rows.count > 100)
        #expect(!table.rows.contains { $0.fields[key] == "true" && Int($0.fields[count])! < 3 })
        #expect(table.rows.allSatisfy { ["true", "false"].contains($0.fields[key]) })
    }
}
