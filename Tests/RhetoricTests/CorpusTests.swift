import Foundation
import Testing
@testable import Rhetoric

@Suite struct CorpusTests {
    @Test func theSeedsAreTheFiveMeetingsWithTheirDates() throws {
        let corpus = try Corpus.load(try CorpusSource(directory: seedsDirectory), jobs: 2)
        #expect(corpus.meetings.map(\.id) == ["2013-03-22", "2022-02-04", "2023-03-21", "2025-05-08", "2026-05-20"])
        #expect(corpus.meetings.map(\.city) == ["Moscow", "Beijing", "Moscow", "Moscow", "Beijing"])
        #expect(corpus.documents.map(\.file) == ["001_fcc7e1297d7c3b9d.txt", "004_6e24b730c9e4fd8b.txt",
                                                  "000_54381d582db1526f.txt", "003_e43c17c6c2395aa3.txt",
                                                  "002_a9c9841912dcbb44.txt"])
    }

    @Test func aFileIsReadWholeWhateverItsSizeAndWhatItsStatusSaidOfIt() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for size in [0, 1, 4095, 4096, 65536, 200_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
            let path = folder + "/\(size).bin"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try FileBytes.read(path) == bytes)
        }
        // A file whose status gives no size (as /proc's) is read on to its end.
        let status = try FileBytes.read("/proc/self/status")
        #expect(status.count > 100 && status.starts(with: Array("Name:".utf8)))
    }

    @Test func theSeedsCopiedAreByteForByteTheCollectedOnes() throws {
        let shared = packageRoot + "/../shared/seeds"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: shared) else { return }
        for name in names {
            #expect(FileManager.default.contents(atPath: shared + "/" + name) == FileManager.default.contents(atPath: seedsDirectory + "/" + name))
        }
    }

    @Test func withoutAManifestLineTheDateComesFromMetadataAndTheLead() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write([
            "a.txt": "标题: 会谈\n发布时间：2013-03-23\n\n新华社莫斯科3月22日电 两国元首举行会谈。\n",
            "b.md": "---\ndate: Sat, 05 Feb 2022 20:22:00 GMT\n---\n国家主席习近平 2 月 4 日下午同普京会谈。\n",
            "c.txt": "发布时间：2014-01-02\n\n12月30日，两国元首通电话。\n",
        ], in: directory)
        let corpus = try Corpus.load(try CorpusSource(directory: directory), jobs: 1)
        #expect(corpus.documents.map(\.meeting.id) == ["2013-03-22", "2013-12-30", "2022-02-04"])
        #expect(corpus.documents[0].meeting.city == "Moscow")
    }

    @Test func theManifestWinsOverMetadata() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write([
            "a.txt": "发布时间：2013-03-23\n\n3月22日，两国元首举行会谈。\n",
            "meetings.csv": "file,date,city,label\na.txt,2013-03-21,Moscow,talks\n",
        ], in: directory)
        let corpus = try Corpus.load(try CorpusSource(directory: directory), jobs: 1)
        #expect(corpus.meetings == [Meeting(date: MeetingDate(year: 2013, month: 3, day: 21)!, city: "Moscow", label: "talks")])
    }

    @Test func anUndatableDocumentIsAnErrorShowingTheManifestLineToAdd() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write(["a.txt": "两国元首举行会谈。\n"], in: directory)
        let source = try CorpusSource(directory: directory)
        do {
            _ = try Corpus.load(source, jobs: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].file == directory + "/a.txt")
            #expect(error.errors[0].message.contains("Add this line to \(directory)/meetings.csv: a.txt,YYYY-MM-DD,CITY,"))
        }
    }

    @Test func aManifestRowForAMissingFileNamesItsLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write(["a.txt": "正文。\n", "meetings.csv": "file,date\na.txt,2013-03-22\ngone.txt,2014-01-01\n"], in: directory)
        #expect(try CorpusSource(directory: directory).manifest.problems
                == [RhetoricError(file: directory + "/meetings.csv", line: 3, "gone.txt is not in \(directory)")])
    }

    @Test func aCopyIsADocumentWithNineTenthsOfItsSentencesInAnEarlierOne() {
        var earlier = NearDuplicates.Earlier()
        #expect(earlier.original(of: Array(1...10)) == nil)
        earlier.add("a.txt", sentences: Array(1...8))
        // 8 of 10 sentences in a.txt are not enough.
        #expect(earlier.original(of: Array(1...10)) == nil)
        earlier.add("b.txt", sentences: Array(1...9))
        earlier.add("c.txt", sentences: Array(100...200))
        earlier.add("d.txt", sentences: Array(1...10))
        // 9 of 10 in b.txt: a copy of it, though d.txt (later) holds all 10; none of 11 in a.txt, b.txt
        // or c.txt with 9, but d.txt with 10 of 11.
        #expect(earlier.original(of: Array(1...10)) == "b.txt")
        #expect(earlier.original(of: Array(1...11)) == "d.txt")
        #expect(earlier.original(of: Array(0...11)) == nil, "10 of 12")
        #expect(earlier.original(of: []) == nil)
        // Sentences counted by their letters, digits and Han characters: a comma more is the same sentence.
        let one = CleanedDocument(paragraphs: [Paragraph("两国元首同意，继续深化合作。Hello world!", kind: .body)])
        let other = CleanedDocument(paragraphs: [Paragraph("两国元首同意继续深化合作。Hello, world!", kind: .body)])
        #expect(NearDuplicates.sentences(of: one) == NearDuplicates.sentences(of: other))
        #expect(NearDuplicates.sentences(of: one).count == 2)
    }

    /// The walk takes each entry's type from the folder listing where the filesystem gives it:
    /// files and links to files are read, folders are walked, links to folders and dangling links
    /// are not followed, hidden entries and reports folders are left out.
    @Test func theWalkReadsFilesAndLinkedFilesButFollowsNoLinkedFolder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let manager = FileManager.default
        for folder in ["corpus/2024", "corpus/reports", "elsewhere/deep"] {
            try manager.createDirectory(atPath: directory + "/" + folder, withIntermediateDirectories: true)
        }
        try write(["a.txt": "甲。", "notes.csv": "x", ".hidden.txt": "乙。", "2024/b.md": "丙。",
                   "reports/" + OutputFolder.markerName: "", "reports/c.txt": "丁。"], in: directory + "/corpus")
        try write(["linked.txt": "戊。", "deep/d.txt": "己。"], in: directory + "/elsewhere")
        try manager.createSymbolicLink(atPath: directory + "/corpus/link.txt", withDestinationPath: directory + "/elsewhere/linked.txt")
        try manager.createSymbolicLink(atPath: directory + "/corpus/deep", withDestinationPath: directory + "/elsewhere/deep")
        try manager.createSymbolicLink(atPath: directory + "/corpus/gone.txt", withDestinationPath: directory + "/elsewhere/none.txt")
        let source = try CorpusSource(directory: directory + "/corpus")
        #expect(source.files.map(\.name) == ["2024/b.md", "a.txt", "link.txt"])
        #expect(source.ignored.map(\.name) == ["notes.csv"])
        #expect(source.reportFolders.map(\.name) == ["reports"])
        // A manifest cell loses its spaces, tabs, byte-order marks and ideographic spaces at either end.
        #expect(" \u{3000}北京\t\u{FEFF}".trimmingSpaces() == "北京")
        #expect("e\u{301} ".trimmingSpaces() == "e\u{301}" && " \t".trimmingSpaces() == "" && "".trimmingSpaces() == "")
        #expect("[ 上海 ]".dropFirst().dropLast().trimmingSpaces() == "上海")
    }

    /// Copies are looked for within each meeting, the meetings side by side: which files are
    /// copies, and of what, does not depend on how many at a time.
    @Test func nearDuplicatesAreFoundMeetingByMeetingWhateverTheJobs() {
        // Each file's text digest its own (its name's first letter), but f's.
        func record(_ file: String, _ day: Int, _ sentences: ClosedRange<UInt64>) -> DocumentRecord {
            let digest = [UInt8](repeating: 0, count: 31) + [file == "f.txt" ? UInt8(ascii: "a") : file.utf8.first!]
            return DocumentRecord(file: file, meeting: Meeting(date: MeetingDate(year: 2024, month: 5, day: day)!, city: "", label: ""),
                                  cleaned: CleanedDocument(), status: .ok, warnings: [],
                                  fingerprint: TextFingerprint(digest: digest, sentences: Array(sentences)))
        }
        // In path order: b copies a (9 of its 10 in a); d shares a's sentences but is of another
        // meeting; e copies d; f has the same text as a (an exact copy, across meetings); g is its
        // own; h copies c (10 of 10) in a third meeting.
        let records = [record("a.txt", 1, 1...10), record("b.txt", 1, 2...11), record("c.txt", 3, 50...59),
                       record("d.txt", 2, 1...10), record("e.txt", 2, 1...9), record("f.txt", 2, 70...80),
                       record("g.txt", 1, 30...40), record("h.txt", 3, 50...59)]
        for jobs in 1...3 {
            let corpus = Corpus(records: records, jobs: jobs)
            let status = Dictionary(uniqueKeysWithValues: corpus.records.map { ($0.file, $0.status) })
            #expect(status == ["a.txt": .ok, "b.txt": .duplicate, "c.txt": .ok, "d.txt": .ok, "e.txt": .duplicate,
                               "f.txt": .duplicate, "g.txt": .ok, "h.txt": .duplicate], "jobs \(jobs)")
            let warned = corpus.warnings.sorted()
            #expect(warned.count == 4 && warned[0].hasPrefix("b.txt: shares 90% or more of its sentences with a.txt")
                    && warned[1].hasPrefix("e.txt: shares 90% or more of its sentences with d.txt")
                    && warned[2] == "f.txt: the same text as a.txt; listed as duplicate and counted once"
                    && warned[3].hasPrefix("h.txt: shares 90% or more of its sentences with c.txt"), "\(warned)")
        }
    }

    @Test func aFingerprintIsTheDigestOfTheCleanedTextAndItsSentencesAscending() {
        let cleaned = CleanedDocument(paragraphs: [Paragraph("标题", kind: .heading), Paragraph("正文。", kind: .body)])
        let fingerprint = TextFingerprint(cleaned)
        // sha256("# 标题\n正文。\n"), from Python's hashlib.
        let hex = fingerprint.digest.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == "147554bfe1b6cd16f75d9c31bb056f36d9558d3378b4822527cfbe487d3e1a7a")
        let many = CleanedDocument(paragraphs: [Paragraph("第三句话很长很长。第一句话很长很长。第二句话很长很长。第一句话很长很长。")])
        let sentences = TextFingerprint(many).sentences
        #expect(sentences.count == 3 && sentences == sentences.sorted())
        // The same text as a heading is another text.
        #expect(TextFingerprint(CleanedDocument(paragraphs: [Paragraph("标题", kind: .body)])).digest != fingerprint.digest)
    }

    /// `sentences.csv` as a run makes it: each document's rows kept as its partial is made (here
    /// in reverse order, as workers may finish), or read when the report comes to them, the report
    /// copied out in corpus order. Checked
    /// against rows made the plain way, from the loaded corpus's text and vocabulary.
    @Test func sentenceRowsKeptAsTheDocumentsAreReadMakeTheReportInCorpusOrder() throws {
        var options = Pipeline.Options()
        options.corpus = seedsDirectory
        let pipeline = Pipeline(options: options)
        let (corpus, segmented) = try pipeline.load()
        var expected: [[String]] = []
        for (document, sentences) in zip(corpus.documents, segmented.documents) {
            for sentence in sentences.sentences {
                let units = Array(document.cleaned.paragraphs[Int(sentence.paragraph)].text.utf16)[Int(sentence.start)..<Int(sentence.end)]
                let text = String(decoding: units, as: UTF16.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}\u{FEFF}"))
                let terms = sentences.terms(of: sentence).map { segmented.vocabulary.term($0) }.joined(separator: " ")
                expected.append([document.meeting.id, document.file, String(sentence.paragraph + 1), String(sentence.number),
                                 segmented.config.speakers.ids[Int(sentence.speaker)], sentence.rule.rawValue, text, terms])
            }
        }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = try pipeline.segmentationConfig()
        let source = try pipeline.corpusSource()
        let maker = PartialMaker(source: source, settings: PartialSettings.hash(pipeline.options, segmentation: config),
                                 cache: nil, corpus: options.corpus, speakers: config.speakers.ids.count)
        let worker = PartialMaker.Worker(config: config, trie: SharedTrie(config), cleaning: source.cleaning)
        let spill = try SentenceSpill(path: directory + "/spill")
        for (index, file) in source.files.reversed().enumerated() {
            let whole = try maker.partial(file, worker: worker).get()
            let made = try maker.partial(file, worker: worker, rows: config.speakers.ids).get()
            #expect(whole.rows == nil)
            guard case .made(let rows)? = made.rows else {
                Issue.record("without a cache, rows are made")
                continue
            }
            // Every other document's rows are read as the report is written, as a rerun's cached ones are.
            if index % 2 == 0 {
                try spill.add(rows, of: made.partial.record.file)
            } else {
                spill.add(of: made.partial.record.file) { rows }
            }
            // The text is let go; documents.csv's counts of it stay.
            let (cleaned, original) = (made.partial.record.cleaned, whole.partial.record.cleaned)
            #expect(cleaned.paragraphs.isEmpty && original.paragraphCount > 0)
            #expect(cleaned.paragraphCount == original.paragraphCount && cleaned.characterCount == original.characterCount)
        }
        var whole: [UInt8] = []
        try spill.write(corpus) { whole += $0 }
        let table = try CSVTable(parsing: String(decoding: whole, as: UTF8.self), file: SentencesReport.fileName)
        #expect(table.header == SentencesReport.header && expected.count > 200)
        #expect(table.rows.map(\.fields) == expected)
        // Handed out in pieces of the size asked, which join into the whole.
        var pieces: [[UInt8]] = []
        try spill.write(corpus, pieceBytes: 4096) { pieces.append(Array($0)) }
        #expect(pieces.count > 2 && pieces.dropFirst().dropLast().allSatisfy { $0.count == 4096 } && Array(pieces.joined()) == whole)
        // The rows read elsewhere read ahead on other threads, in batches of any size: the same report.
        for (jobs, batch) in [(2, 1), (2, 2), (3, 3), (2, 64)] {
            var ahead: [UInt8] = []
            try spill.write(corpus, jobs: jobs, batch: batch) { ahead += $0 }
            #expect(ahead == whole, "jobs \(jobs), batch \(batch)")
        }
        // A document the corpus does not count (a duplicate, say) has no rows.
        let left = corpus.documents[1].file
        let fewer = Corpus(records: corpus.records.filter { $0.file != left })
        var some: [UInt8] = []
        try spill.write(fewer) { some += $0 }
        let kept = try CSVTable(parsing: String(decoding: some, as: UTF8.self), file: SentencesReport.fileName).rows.map(\.fields)
        #expect(kept == expected.filter { $0[1] != left } && kept.count < expected.count)
        // Cut short by another program: an error naming the file, not a short report.
        try Data().write(to: URL(fileURLWithPath: directory + "/spill"))
        #expect { try spill.write(corpus) { _ in } } throws: { error in
            "\(error)".contains(directory + "/spill") && "\(error)".contains("Input/output error")
        }
        // A run leaves nothing of it in the reports: the folder holds what its marker lists.
        options.output = directory + "/reports"
        try Pipeline(options: options).run()
        let marker = try String(contentsOfFile: options.output + "/" + OutputFolder.markerName, encoding: .utf8)
        let listed = try FileManager.default.contentsOfDirectory(atPath: options.output).filter { $0 != OutputFolder.markerName }
        #expect(listed.count == 17 && listed.allSatisfy { marker.contains($0) } && !listed.contains { $0.hasPrefix(".") })
    }

    @Test func documentsTableListsEachSeed() throws {
        let corpus = try Corpus.load(try CorpusSource(directory: seedsDirectory), jobs: 2)
        let rows = try CSVTable(parsing: DocumentsReport.csv(corpus), file: "documents.csv")
        #expect(rows.header == DocumentsReport.header)
        let first = rows.rows[0].fields
        #expect(first[0] == "2013-03-22")
        #expect(first[2] == "2013")
        #expect(first[4] == "001_fcc7e1297d7c3b9d.txt")
        #expect(first[6] == "新华社")
        #expect(rows.rows.map { $0.fields[6] } == ["新华社", "ZAKER", "新华社", "人民日报", "新华社"])
        #expect(rows.rows.map { $0.fields[9] } == ["15", "0", "0", "0", "0"])
        #expect(rows.rows.map { $0.fields[10] } == ["false", "false", "false", "false", "false"])
    }
}

@Suite struct ReportsTests {
    @Test func committedReportsEqualAFreshRun() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = Pipeline.Options()
        options.corpus = seedsDirectory
        options.output = directory + "/reports"
        try Pipeline(options: options).run()
        let committed = packageRoot + "/reports"
        let fresh = try FileManager.default.contentsOfDirectory(atPath: options.output).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: committed).sorted() == fresh,
                "reports/ holds other files than a fresh run: run make and commit reports/")
        for name in fresh {
            #expect(FileManager.default.contents(atPath: committed + "/" + name) == FileManager.default.contents(atPath: options.output + "/" + name),
                    "reports/\(name) differs from a fresh run: run make and commit reports/")
        }
    }

    @Test func outputIsTheSameForAnyNumberOfJobs() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var outputs: [[String: Data]] = []
        for jobs in [1, 2, 3] {
            var options = Pipeline.Options()
            options.corpus = seedsDirectory
            options.output = directory + "/reports-\(jobs)"
            options.jobs = jobs
            try Pipeline(options: options).run()
            let names = try FileManager.default.contentsOfDirectory(atPath: options.output)
            outputs.append(Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: options.output + "/" + $0)!) }))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    /// Workers take the items in the order given; the results come back in the items' order and a
    /// failure is that of the first failing item, whatever the number of workers.
    @Test func aParallelMapTakesItsItemsInTheOrderGivenAndAnswersInTheirs() throws {
        struct Failure: Error, Equatable { let item: Int }
        final class Started: @unchecked Sendable {
            private let lock = NSLock()
            private var items: [Int] = []
            func add(_ item: Int) { lock.withLock { items.append(item) } }
            var first: Int? { lock.withLock { items.first } }
        }
        let items = Array(0..<40)
        let order = Array(items.reversed())
        for jobs in [1, 2, 3] {
            let started = Started()
            #expect(Parallel.map(items, jobs: jobs, order: order) { (item: Int) -> Int in
                started.add(item)
                return item * 3
            } == items.map { $0 * 3 })
            // Until the first item starts, each worker has taken at most one: one of the first `jobs`.
            let first = try #require(started.first)
            #expect(jobs == 1 ? first == items[0] : order.prefix(jobs).contains(first), "\(jobs) jobs")
            #expect(throws: Failure(item: 10)) {
                try Parallel.map(items, jobs: jobs, order: order) { (item: Int) throws(Failure) -> Int in
                    guard item != 10 && item != 30 else { throw Failure(item: item) }
                    return item
                }
            }
        }
    }

    @Test func aFailedRunLeavesThePreviousReportsIntact() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = directory + "/corpus", out = directory + "/reports"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "old".write(toFile: out + "/documents.csv", atomically: false, encoding: .utf8)
        try OutputFolder.marker(listing: ["documents.csv"]).write(toFile: out + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        try "没有日期的文章。".write(toFile: corpus + "/a.txt", atomically: false, encoding: .utf8)
        var options = Pipeline.Options()
        options.corpus = corpus
        options.output = out
        #expect(throws: InputErrors.self) { try Pipeline(options: options).run() }
        #expect(try String(contentsOfFile: out + "/documents.csv", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["corpus", "reports"])
    }

    @Test func aByteOrderMarkIsAddedOnRequest() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A streamed report: its pieces, one after the other, after the mark.
        let streamed = ReportWriter.Contents.streamed { write throws(RhetoricError) in
            var csv = CSVWriter(header: ["a", "b"])
            try csv.drain(into: write)
            csv.appendRow(["1", "2"])
            try csv.drain(into: write)
            try csv.drain(into: write)
        }
        try ReportWriter.write([("a.csv", .text("x\n")), ("b.json", .bytes(Array("{}".utf8))), ("c.csv", streamed)],
                               to: OutputFolder(directory + "/r"), corpus: nil, bom: true)
        #expect(FileManager.default.contents(atPath: directory + "/r/a.csv") == Data([0xEF, 0xBB, 0xBF, 0x78, 0x0A]))
        #expect(FileManager.default.contents(atPath: directory + "/r/b.json") == Data("{}".utf8))
        #expect(FileManager.default.contents(atPath: directory + "/r/c.csv") == Data([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".tmp-") }.isEmpty)
    }
}
