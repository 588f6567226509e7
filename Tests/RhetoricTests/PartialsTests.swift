import Foundation
import Testing
@testable import Rhetoric

/// Partials: what each file contributes, cached between runs and merged from anywhere. Whatever
/// the route, the reports must be those of one cold run.
@Suite struct PartialsTests {
    /// Every file of a reports folder, by name.
    func files(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return files
    }

    /// A copy of the seeds in a fresh folder, without the files named in `leaving` (and their
    /// manifest lines).
    func seedsCopy(in directory: String, leaving: Set<String> = []) throws -> String {
        let corpus = directory + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: seedsDirectory) where !leaving.contains(name) {
            try FileManager.default.copyItem(atPath: seedsDirectory + "/" + name, toPath: corpus + "/" + name)
        }
        let manifest = try String(contentsOfFile: seedsDirectory + "/meetings.csv", encoding: .utf8)
            .split(separator: "\n").filter { line in !leaving.contains { line.hasPrefix($0) } }
        try (manifest.joined(separator: "\n") + "\n").write(toFile: corpus + "/meetings.csv", atomically: false, encoding: .utf8)
        return corpus
    }

    /// The cache folder's files and their modification times but its usage file (``CacheUsage``);
    /// unless `all`, only those that are not entries of the run as a whole (the trie) or of its
    /// reports (workbook pieces, a meeting's co-occurrence counts, rows and layouts).
    func entries(_ cache: String, all: Bool = false) throws -> [String: Date] {
        let reportKinds = [SheetPieceCache.fileExtension, TrieCache.fileExtension, CooccurrenceCache.fileExtension,
                           CSVBlockCache.fileExtension, LayoutCache.fileExtension]
        var entries: [String: Date] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] where name != CacheUsage.fileName
        && (all || !reportKinds.contains(where: { name.hasSuffix("." + $0) })) {
            entries[name] = try FileManager.default.attributesOfItem(atPath: cache + "/" + name)[.modificationDate] as? Date
        }
        return entries
    }

    @Test func twoHalvesMergedGiveTheReportsOfOneRunByteForByte() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for part in ["1/2", "2/2"] {
            let made = try runRhetoric(["partials", "-c", seedsDirectory, "--no-cache", "--part", part,
                                        "-o", directory + "/\(part.prefix(1)).partials"])
            #expect(made.code == 0, "\(made.err)")
        }
        // Given in the other order: the merge sorts by path.
        let merged = try runRhetoric(["merge", directory + "/2.partials", directory + "/1.partials", "-c", seedsDirectory,
                                      "-o", directory + "/merged", "-q"])
        #expect(merged.code == 0, "\(merged.err)")
        let run = try runRhetoric(["run", "-c", seedsDirectory, "--no-cache", "-o", directory + "/run", "-q"])
        #expect(run.code == 0, "\(run.err)")
        let (a, b) = (try files(directory + "/merged"), try files(directory + "/run"))
        #expect(a.count == 17 && a == b, "\(a.keys.sorted().filter { a[$0] != b[$0] })")
        // A file in both halves, or partials made under other settings, are refused by name.
        let twice = try runRhetoric(["merge", directory + "/1.partials", directory + "/1.partials", "-c", seedsDirectory, "-o", directory + "/twice"])
        #expect(twice.code == 1 && twice.err.contains("is in the partials twice"), "\(twice.err)")
        let other = try runRhetoric(["merge", directory + "/1.partials", "-c", seedsDirectory, "--keep-numbers", "-o", directory + "/other"])
        #expect(other.code == 1 && other.err.contains("1.partials: made under other settings"), "\(other.err)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/twice") && !FileManager.default.fileExists(atPath: directory + "/other"))
    }

    @Test func aPartialReadsBackWholeAndDamageIsNamed() throws {
        var options = Pipeline.Options()
        options.corpus = seedsDirectory
        let pipeline = Pipeline(options: options)
        let (bytes, count) = try pipeline.partialsFile { $0.indices }
        #expect(count == 5)
        let speakers = SegmentationConfig.defaults().speakers.ids.count
        let (_, partials) = try PartialsFile.decode(bytes, file: "all.partials", speakers: speakers)
        let (corpus, segmented) = try pipeline.load()
        #expect(partials.map(\.record.file) == corpus.records.map(\.file).sorted())
        for document in corpus.documents {
            let partial = partials.first { $0.record.file == document.file }!
            #expect(partial.record.cleaned.paragraphs == document.cleaned.paragraphs)
            #expect(partial.record.cleaned.title == document.cleaned.title && partial.record.meeting == document.meeting)
            #expect(partial.record.fingerprint == TextFingerprint(document.cleaned))
            // The same sentences, whose ids name the same terms in the partial's own list.
            let merged = segmented.documents[corpus.documents.firstIndex { $0.file == document.file }!]
            #expect(partial.segmented.sentences == merged.sentences)
            #expect(partial.segmented.tokens.map { $0 < 0 ? [] : Array(partial.terms.units($0)) }
                    == merged.tokens.map { $0 < 0 ? [] : Array(segmented.vocabulary.units($0)) })
        }
        #expect(PartialsFile.encode(partials, settings: "s") == PartialsFile.encode(partials, settings: "s"))
        #expect(segmented.documents.count == 5)
        // Not a partials file; a flipped byte (the checksum); a file cut short.
        #expect(throws: RhetoricError.self) { try PartialsFile.decode(Array("file,date\n".utf8), file: "x", speakers: speakers) }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        let damage = #expect(throws: RhetoricError.self) { try PartialsFile.decode(flipped, file: "x", speakers: speakers) }
        #expect(damage?.description.contains("checksum") == true)
        #expect(throws: RhetoricError.self) { try PartialsFile.decode(Array(bytes.prefix(bytes.count - 40)), file: "x", speakers: speakers) }
        // A well-formed file whose speaker index is out of range is refused too, not trusted.
        #expect(throws: RhetoricError.self) { try PartialsFile.decode(bytes, file: "x", speakers: 1) }
    }

    /// 300 documents, each of its own few terms of a small shared vocabulary in an order of its
    /// own, as term lists and sentences of local ids: merged in runs on two workers, the terms and
    /// every document's terms are those of one merge, and the ids follow first appearance.
    @Test func termTablesMergedInRunsGiveTheIdsOfOneMerge() throws {
        var random = SplitMix(seed: 15)
        let words = (0..<400).map { "词\($0)" }
        let documents = (0..<300).map { _ -> (TermTable.List, SegmentedDocument) in
            var table = TermTable()
            var document = SegmentedDocument()
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let ids = (0..<(1 + Int(random.next() % 9))).map { _ in table.intern(words[Int(random.next() % 400)]) }
                document.append(.init(paragraph: 0, start: 0, end: 0, number: 1, speaker: 0, rule: .default, tokenStart: 0, tokenEnd: 0),
                                ids: ids + [SegmentedDocument.separator])
            }
            return (table.list, document)
        }
        let terms = documents.map { list, document in document.tokens.map { $0 < 0 ? "" : String(decoding: list.units($0), as: UTF16.self) } }
        #expect(SegmentedCorpus.runs(count: 300, jobs: 2) == [0..<150, 150..<300])
        #expect(SegmentedCorpus.runs(count: 100, jobs: 2) == [0..<100])
        let one = try SegmentedCorpus(merging: documents, config: .defaults(), trie: SharedTrie(.defaults()), jobs: 1)
        let two = try SegmentedCorpus(merging: documents, config: .defaults(), trie: SharedTrie(.defaults()), jobs: 2)
        #expect(two.vocabulary.terms == one.vocabulary.terms)
        #expect(two.documents.map(\.tokens) == one.documents.map(\.tokens))
        #expect(two.documents.map { $0.tokens.map { $0 < 0 ? "" : two.vocabulary.term($0) } } == terms)
        var seen: [String] = []
        for document in terms { for term in document where !term.isEmpty && !seen.contains(term) { seen.append(term) } }
        #expect(two.vocabulary.terms == seen)
    }

    @Test func aTermListInUTF8IsEachTermsOwnUTF8() {
        var table = TermTable()
        // ASCII, two-byte, CJK, an astral character (a surrogate pair), an empty term.
        let terms = ["G20", "é", "中方", "𠀀合作", "", "a𝄞b"]
        for term in terms { _ = table.intern(term) }
        // Lone surrogates (a high one at a term's end, a low one alone) become U+FFFD.
        let lone: [[UInt16]] = [[0x4E2D, 0xD800], [0xDC00, 0x41], [0xD83D, 0xD83D, 0xDE00]]
        for units in lone { _ = units.withUnsafeBufferPointer { table.intern($0) } }
        let utf8 = table.list.utf8()
        let expected = terms.map { Array($0.utf8) } + [[0xE4, 0xB8, 0xAD, 0xEF, 0xBF, 0xBD], [0xEF, 0xBF, 0xBD, 0x41],
                                                       [0xEF, 0xBF, 0xBD, 0xF0, 0x9F, 0x98, 0x80]]
        #expect(utf8.starts.count == expected.count + 1)
        #expect((0..<expected.count).map { Array(utf8.bytes[utf8.starts[$0]..<utf8.starts[$0 + 1]]) } == expected)
    }

    @Test func aTermListReadsBackAndRefusesATermTwice() throws {
        var table = TermTable()
        for term in ["中方", "俄方", "", "合作"] { _ = table.intern(term) }
        var writer = ByteWriter()
        table.list.encode(into: &writer)
        var reader = ByteReader(writer.bytes)
        let list = try TermTable.List(decoding: &reader)
        #expect(list == table.list && list.count == 4 && Array(list.units(3)) == Array("合作".utf16))
        var merged = TermTable()
        _ = merged.intern("合作")
        #expect(merged.absorb(list) == [1, 2, 3, 0])
        // 中方 twice: ids that a table would not give back.
        var forged = ByteWriter()
        forged.i32s([0, 2, 4])
        forged.u16s(Array("中方中方".utf16)[...])
        var forgedReader = ByteReader(forged.bytes)
        #expect(throws: ByteReader.Damaged.self) { try TermTable.List(decoding: &forgedReader) }
        // The empty term twice, a term running past the units, starts going back: refused, never read out of bounds.
        for (starts, units) in [([0, 0, 0], ""), ([0, 9, 4], "中方中方"), ([0, 3, 2, 4], "中方中方"), ([0, 2, 4], "中方合作")] {
            var writer = ByteWriter()
            writer.i32s(starts.map(Int32.init)[...])
            writer.u16s(Array(units.utf16)[...])
            var reader = ByteReader(writer.bytes)
            if starts == [0, 2, 4] {
                #expect(try TermTable.List(decoding: &reader).count == 2, "two terms, each once")
            } else {
                #expect(throws: ByteReader.Damaged.self, "\(starts)") { try TermTable.List(decoding: &reader) }
            }
        }
    }

    @Test func theCacheRedoesOnlyTheNewFileAndRebuildsADamagedEntry() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let added = "003_e43c17c6c2395aa3.txt"
        let corpus = try seedsCopy(in: directory, leaving: [added])
        let cache = directory + "/cache"
        let first = try runRhetoric(["run", "-c", corpus, "--cache", cache, "-o", directory + "/reports", "-q"])
        #expect(first.code == 0, "\(first.err)")
        let before = try entries(cache)
        #expect(before.count == 8 && before.keys.filter { $0.hasSuffix(".rows") }.count == 4, "each file's partial and sentence rows")
        let contents = before.keys.reduce(into: [String: Data]()) { $0[$1] = FileManager.default.contents(atPath: cache + "/" + $1) }
        // The user adds a meeting: one new entry, the others untouched.
        try FileManager.default.copyItem(atPath: seedsDirectory + "/" + added, toPath: corpus + "/" + added)
        try FileManager.default.removeItem(atPath: corpus + "/meetings.csv")
        try FileManager.default.copyItem(atPath: seedsDirectory + "/meetings.csv", toPath: corpus + "/meetings.csv")
        let second = try runRhetoric(["run", "-c", corpus, "--cache", cache, "-o", directory + "/reports", "-q"])
        #expect(second.code == 0, "\(second.err)")
        let after = try entries(cache)
        #expect(after.count == 10 && before.allSatisfy { after[$0.key] != nil && contents[$0.key] == FileManager.default.contents(atPath: cache + "/" + $0.key) })
        #expect(before.allSatisfy { after[$0.key]! >= $0.value }, "a hit touches its entry")
        // A damaged entry is ignored, made again, and the reports are those of a cold run; so are
        // damaged sentence rows (of another file) and a damaged trie.
        let victim = cache + "/" + before.keys.sorted().first { $0.hasSuffix(".partials") }!
        var partial = try #require(FileManager.default.contents(atPath: victim))
        partial[partial.count / 2] ^= 0x01
        try partial.write(to: URL(fileURLWithPath: victim))
        let rows = cache + "/" + before.keys.sorted().last { $0.hasSuffix(".rows") }!
        var damaged = try #require(FileManager.default.contents(atPath: rows))
        damaged[damaged.count / 2] ^= 0x01
        try damaged.write(to: URL(fileURLWithPath: rows))
        let tries = try entries(cache, all: true).keys.filter { $0.hasSuffix(".trie") }
        #expect(tries.count == 1, "the segmentation trie is kept")
        var trie = try #require(FileManager.default.contents(atPath: cache + "/" + tries[0]))
        trie[trie.count / 2] ^= 0x01
        try trie.write(to: URL(fileURLWithPath: cache + "/" + tries[0]))
        // And one of each kind the reports keep: a meeting's pairs, its rows, a layout.
        for kind in [CooccurrenceCache.fileExtension, CSVBlockCache.fileExtension, LayoutCache.fileExtension] {
            let name = try #require(try entries(cache, all: true).keys.sorted().first { $0.hasSuffix("." + kind) }, "a \(kind) entry")
            var entry = try #require(FileManager.default.contents(atPath: cache + "/" + name))
            entry[entry.count / 2] ^= 0x01
            try entry.write(to: URL(fileURLWithPath: cache + "/" + name))
        }
        let third = try runRhetoric(["run", "-c", corpus, "--cache", cache, "-o", directory + "/warm", "-q"])
        #expect(third.code == 0, "\(third.err)")
        #expect((FileManager.default.contents(atPath: victim)?.count ?? 0) > 1000)
        #expect(FileManager.default.contents(atPath: rows).flatMap { CacheEntry.body(of: [UInt8]($0), magic: SentenceRowsCache.magic) } != nil,
                "the damaged rows are made again")
        #expect(FileManager.default.contents(atPath: cache + "/" + tries[0]).flatMap { self.trie([UInt8]($0)) } != nil,
                "the damaged trie is made again")
        let cold = try runRhetoric(["run", "-c", corpus, "--no-cache", "--cache", directory + "/unused", "-o", directory + "/cold", "-q"])
        #expect(cold.code == 0, "\(cold.err)")
        #expect(try files(directory + "/warm") == files(directory + "/cold"))
        #expect(try files(directory + "/reports") == files(directory + "/cold"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/unused"), "--no-cache writes no cache")
    }

    /// With the cache, a file's sentence rows are made once (even when a run would leave them in
    /// the cache) and read back the same, or left there, named; its partial is then read without
    /// its text, keeping the counts of it that documents.csv shows.
    @Test func sentenceRowsComeFromTheCacheAndThePartialWithoutItsText() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = Pipeline.Options()
        options.corpus = seedsDirectory
        let pipeline = Pipeline(options: options)
        let (config, source) = (try pipeline.segmentationConfig(), try pipeline.corpusSource())
        let settings = PartialSettings.hash(options, segmentation: config)
        let maker = PartialMaker(source: source, settings: settings, cache: directory, corpus: options.corpus,
                                 speakers: config.speakers.ids.count)
        let worker = PartialMaker.Worker(config: config, trie: SharedTrie(config), cleaning: source.cleaning)
        let file = source.files[0]
        func bytes(_ rows: PartialMaker.Rows?) -> [UInt8]? {
            guard case .made(let rows)? = rows else { return nil }
            return Array(rows)
        }
        let made = try maker.partial(file, worker: worker, rows: config.speakers.ids, deferringRows: true).get()
        let whole = try maker.partial(file, worker: worker).get().partial
        let again = try maker.partial(file, worker: worker, rows: config.speakers.ids).get()
        let rows = try #require(bytes(made.rows), "rows the cache lacks are made")
        #expect(rows.count > 1000 && bytes(again.rows) == rows)
        #expect(rows == SentencesReport.rows(of: whole, speakers: config.speakers.ids), "the rows of the partial with its text")
        let left = try maker.partial(file, worker: worker, rows: config.speakers.ids, deferringRows: true).get()
        guard case .cached(let key)? = left.rows else {
            Issue.record("rows the cache holds are left there")
            return
        }
        #expect(try Array(maker.cachedRows(file, key: key, speakers: config.speakers.ids) { worker }) == rows)
        for partial in [again.partial, left.partial] {
            let (read, original) = (partial.record.cleaned, whole.record.cleaned)
            #expect(read.paragraphs.isEmpty && !original.paragraphs.isEmpty)
            #expect(read.paragraphCount == original.paragraphCount && read.characterCount == original.characterCount)
            #expect(partial.segmented.sentences.count == whole.segmented.sentences.count && partial.terms == whole.terms)
        }
    }

    /// A run leaves the rows the cache holds there until `sentences.csv` is written; rows that are
    /// gone by then are made again from their documents, the same, and kept, but not from a
    /// document that changed since it was counted: that run stops, naming the file.
    @Test func rowsLostFromTheCacheBeforeTheReportAreMadeAgainUnlessTheirFileChanged() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = Pipeline.Options()
        options.corpus = try seedsCopy(in: directory)
        options.cache = directory + "/cache"
        options.output = directory + "/reports"
        options.warnings = false
        try Pipeline(options: options).run()
        let expected = try #require(FileManager.default.contents(atPath: directory + "/reports/" + SentencesReport.fileName)).map { $0 }
        let pipeline = Pipeline(options: options)
        let (source, config) = (try pipeline.corpusSource(), try pipeline.segmentationConfig())
        var spills = 0
        func spilled() throws -> (spill: SentenceSpill, corpus: Corpus) {
            spills += 1
            let spill = try SentenceSpill(path: directory + "/spill-\(spills)")
            let partials = try pipeline.partials(source, config: config, settings: PartialSettings.hash(options, segmentation: config),
                                                 trie: SharedTrie(config), spill: spill, prune: false)
            return (spill, try PartialsMerge.corpus(partials, config: config, trie: SharedTrie(config)).corpus)
        }
        func report(_ run: (spill: SentenceSpill, corpus: Corpus), jobs: Int = 1) throws -> [UInt8] {
            var bytes: [UInt8] = []
            try run.spill.write(run.corpus, jobs: jobs, batch: 2) { bytes += $0 }
            return bytes
        }
        func removeRows() throws -> Int {
            let rows = try FileManager.default.contentsOfDirectory(atPath: options.cache!).filter { $0.hasSuffix("." + SentenceRowsCache.fileExtension) }
            for name in rows { try FileManager.default.removeItem(atPath: options.cache! + "/" + name) }
            return rows.count
        }
        #expect(try report(spilled()) == expected)
        #expect(try report(spilled(), jobs: 2) == expected, "read two at a time, a batch ahead")
        var run = try spilled()
        #expect(try removeRows() == 5)
        #expect(try report(run) == expected)
        run = try spilled()
        #expect(try removeRows() == 5, "made again and kept")
        #expect(try report(run, jobs: 2) == expected, "made again two at a time")
        run = try spilled()
        #expect(try removeRows() == 5, "and kept")
        let changed = source.files[0]
        let text = try String(contentsOfFile: source.path(of: changed), encoding: .utf8)
        try (text + "补充一句。\n").write(toFile: source.path(of: changed), atomically: false, encoding: .utf8)
        #expect(throws: RhetoricError(file: source.path(of: changed), "changed while the reports were being written; run again")) {
            try report(run)
        }
        #expect(throws: RhetoricError(file: source.path(of: changed), "changed while the reports were being written; run again")) {
            try report(run, jobs: 2)
        }
    }

    /// The trie an entry's bytes hold (``TrieCache/decode(size:read:)`` over them), nil if unsound.
    func trie(_ bytes: [UInt8]) -> WordTrie? {
        TrieCache.decode(size: bytes.count) { buffer, offset in
            guard offset + buffer.count <= bytes.count else { return false }
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + buffer.count])) }
            return true
        }
    }

    /// The trie read back from the cache is the one built: the same nodes with the same layers,
    /// probabilities and aliases, the same probability for unknown words, and the same segmentation; a damaged or cut entry reads as none.
    @Test func theTrieReadBackFromTheCacheIsTheOneBuilt() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = SegmentationConfig.defaults()
        let built = config.trie()
        let cache = TrieCache(folder: directory, settings: "settings")
        #expect(cache.load() == nil)
        cache.store(built)
        let read = try #require(cache.load())
        let bytes = try #require(FileManager.default.contents(atPath: directory + "/" + cache.key + "." + TrieCache.fileExtension)).map { $0 }
        #expect(bytes == TrieCache.encode(built))
        #expect(read.nodeCount == built.nodeCount && read.canonical == built.canonical)
        #expect(read.unknownLogProbability == built.unknownLogProbability && built.unknownLogProbability < 0)
        for word in ["中俄", "全面战略协作伙伴关系", "普丁", "一带一路", "的", "多极化", "不在词表里的词"] {
            let node = built.node(of: word)
            #expect(read.node(of: word) == node, "\(word)")
            if node > 0 {
                #expect(read.layers[Int(node)] == built.layers[Int(node)] && read.logProbability[Int(node)] == built.logProbability[Int(node)])
            }
        }
        let text = "习近平同普丁举行会谈，双方同意推动中俄全面战略协作伙伴关系深入发展，共建一带一路。"
        func words(_ trie: WordTrie) throws -> [String] {
            var table = TermTable()
            let segmented = try Segmenter(config: config, trie: trie).segment(try cleanedText(text), into: &table)
            return segmented.tokens.filter { $0 != SegmentedDocument.separator }.map { table.term($0) }
        }
        #expect(try words(read) == words(built) && !(try words(read)).isEmpty)
        #expect(trie(bytes)?.nodeCount == built.nodeCount)
        // A bit flipped in the hash table, and in the rest; an entry cut short, in the table or
        // after it; a magic alone.
        for offset in [100, bytes.count - 100] {
            var damaged = bytes
            damaged[offset] ^= 0x01
            #expect(trie(damaged) == nil, "\(offset)")
        }
        #expect(trie(Array(bytes.dropLast(10))) == nil && trie(Array(bytes.prefix(1000))) == nil)
        #expect(trie(Array("RHETTRIE".utf8)) == nil)
        try Data(bytes.dropLast(10)).write(to: URL(fileURLWithPath: directory + "/" + cache.key + "." + TrieCache.fileExtension))
        #expect(cache.load() == nil)
    }

    @Test func pruningRemovesTheEntriesUsedLeastRecentlyDownToTheLimitSparingTheRunsOwn() throws {
        func entry(_ name: String, _ size: Int, _ used: Int) -> CacheFolder.Entry { .init(name: name, size: size, used: used) }
        let entries = [entry("d", 500, 1000), entry("b", 200, 200), entry("a", 100, 100), entry("c", 300, 300), entry("e", 50, 200)]
        // 1,150 bytes; by last use: a (100), then b and e (200, ties by name), c (300), d (1000).
        #expect(CacheFolder.victims(entries, limit: 2000, usedSince: 900).isEmpty)
        #expect(CacheFolder.victims(entries, limit: 1150, usedSince: 900).isEmpty)
        #expect(CacheFolder.victims(entries, limit: 1000, usedSince: 900) == ["a", "b"])   // 1,150 - 100 - 200 = 850
        #expect(CacheFolder.victims(entries, limit: 850, usedSince: 900) == ["a", "b"])
        #expect(CacheFolder.victims(entries, limit: 849, usedSince: 900) == ["a", "b", "e"]) // 800
        #expect(CacheFolder.victims(entries, limit: 0, usedSince: 900) == ["a", "b", "e", "c"]) // d is the run's
        #expect(CacheFolder.victims(entries, limit: 0, usedSince: 250) == ["a", "b", "e"])
        #expect(CacheFolder.victims([], limit: 0, usedSince: 0).isEmpty)

        // Names of 32 digits (the hash entries are named by), and of 64 (earlier builds' SHA-256).
        let hex = String(repeating: "0123456789abcdef", count: 2), old = String(repeating: hex, count: 2)
        #expect(CacheFolder.kind(of: hex + ".partials") == .entry)
        #expect(CacheFolder.kind(of: hex + ".partials.123.456.tmp") == .temporary)
        #expect(CacheFolder.kind(of: old + ".sheetpiece") == .entry)
        #expect(CacheFolder.kind(of: old + ".rows.1.2.tmp") == .temporary)
        for other in [hex.uppercased() + ".partials", String(hex.dropLast()) + ".partials", hex + "0.partials", hex + ".partial",
                      String(old.dropLast()) + ".partials", old + "0.partials", "." + hex + ".partials", hex + "..partials",
                      hex + ".partials.tmp", hex + ".partials.1..tmp", hex + ".partials.1.x.tmp", hex + ".partials.1.2.tmp.bak",
                      "notes.txt", hex, ""] {
            #expect(CacheFolder.kind(of: other) == nil, "\(other)")
        }
    }

    /// Pruning scans the entries only when the usage file says they may pass the limit, or its
    /// scan is an hour old; what is written in between is added to it.
    /// Reading an entry, or opening it, makes it the latest used (the time pruning goes by); a
    /// missing entry reads as none.
    @Test func readingOrOpeningAnEntryTouchesIt() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let folder = CacheFolder(directory)
        let (read, opened) = (String(repeating: "0123456789abcdef", count: 4), String(repeating: "fedcba9876543210", count: 4))
        folder.write(read, kind: PartialsFile.fileExtension, [1, 2, 3])
        folder.write(opened, kind: TrieCache.fileExtension, [4])
        let paths = [directory + "/" + read + "." + PartialsFile.fileExtension, directory + "/" + opened + "." + TrieCache.fileExtension]
        for path in paths {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)], ofItemAtPath: path)
        }
        #expect(folder.read(read, kind: PartialsFile.fileExtension) == [1, 2, 3])
        close(try #require(folder.open(opened, kind: TrieCache.fileExtension)))
        for path in paths {
            let used = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
            #expect(used > Date(timeIntervalSinceNow: -600), "\(path)")
        }
        #expect(folder.read(opened, kind: PartialsFile.fileExtension) == nil)
        // Written again, an entry is replaced whole; no temporary file stays.
        folder.write(read, kind: PartialsFile.fileExtension, [5, 6])
        #expect(folder.read(read, kind: PartialsFile.fileExtension) == [5, 6])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == paths.map { ($0 as NSString).lastPathComponent }.sorted())
    }

    @Test func pruningScansOnlyWhenTheUsageMayPassTheLimit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let folder = CacheFolder(directory)
        let hex = String(repeating: "0123456789abcdef", count: 4)
        let now = Int(time(nil))
        folder.write(hex, kind: PartialsFile.fileExtension, Array(repeating: 7, count: 100))
        folder.prune(limit: 1000, usedSince: now - 60)
        #expect(CacheUsage.read(directory) == CacheUsage(bytes: 100, scanned: now) || CacheUsage.read(directory)?.scanned == now + 1,
                "the first prune scans: 100 bytes")
        // An entry nothing wrote (so the figure does not know it), a day old and over the limit.
        let planted = String(repeating: "fedcba9876543210", count: 4) + "." + PartialsFile.fileExtension
        try Data(repeating: 1, count: 2000).write(to: URL(fileURLWithPath: directory + "/" + planted))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)], ofItemAtPath: directory + "/" + planted)
        let scanned = try #require(CacheUsage.read(directory)).scanned
        folder.write(String(hex.reversed()), kind: SentenceRowsCache.fileExtension, Array(repeating: 7, count: 300))
        folder.prune(limit: 1000, usedSince: now - 60)
        #expect(FileManager.default.fileExists(atPath: directory + "/" + planted), "400 bytes by the figure: no scan")
        #expect(CacheUsage.read(directory) == CacheUsage(bytes: 400, scanned: scanned))
        // A write that takes the figure past the limit makes the next prune scan, which finds the planted entry.
        folder.write(hex, kind: SheetPieceCache.fileExtension, Array(repeating: 7, count: 700))
        folder.prune(limit: 1000, usedSince: now - 60)
        #expect(!FileManager.default.fileExists(atPath: directory + "/" + planted))
        #expect(CacheUsage.read(directory)?.bytes == 1100, "what is left: 100 + 300 + 700, all used since the run began")
        // A scan an hour old is made again whatever the figure says.
        try Data(repeating: 1, count: 2000).write(to: URL(fileURLWithPath: directory + "/" + planted))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)], ofItemAtPath: directory + "/" + planted)
        folder.prune(limit: 1100, usedSince: now - 60)
        #expect(FileManager.default.fileExists(atPath: directory + "/" + planted))
        CacheUsage(bytes: 1100, scanned: now - CacheUsage.rescanAfter).write(directory)
        folder.prune(limit: 1100, usedSince: now - 60)
        #expect(!FileManager.default.fileExists(atPath: directory + "/" + planted))
        // A file of that name the program did not write is neither read nor replaced.
        try Data("the user's own notes\n".utf8).write(to: URL(fileURLWithPath: directory + "/" + CacheUsage.fileName))
        folder.prune(limit: 1100, usedSince: now - 60)
        #expect(FileManager.default.contents(atPath: directory + "/" + CacheUsage.fileName) == Data("the user's own notes\n".utf8))
    }

    @Test func aRunPrunesItsCacheToTheLimitAndTouchesNothingElse() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try seedsCopy(in: directory)
        let cache = directory + "/cache"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        // Another build's entry (a day old, named by SHA-256 as builds before XXH3 named them), a
        // write cut off two hours ago, one begun just now, and the user's own files, one of them
        // named almost like an entry.
        let hex = String(repeating: "0123456789abcdef", count: 4)
        let old = Date(timeIntervalSinceNow: -86_400), cutOff = Date(timeIntervalSinceNow: -7200)
        let planted: [(name: String, time: Date)] = [(hex + ".partials", old), (hex + ".partials.7.8.tmp", cutOff),
                                                      (hex + ".partials.9.9.tmp", Date()), ("notes.txt", old),
                                                      (hex.uppercased() + ".partials", old)]
        for file in planted {
            try Data("x".utf8).write(to: URL(fileURLWithPath: cache + "/" + file.name))
            try FileManager.default.setAttributes([.modificationDate: file.time], ofItemAtPath: cache + "/" + file.name)
        }
        let oldPiece = String(repeating: "fedcba9876543210", count: 4) + ".sheetpiece"
        try Data("x".utf8).write(to: URL(fileURLWithPath: cache + "/" + oldPiece))
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: cache + "/" + oldPiece)
        let kept = try runRhetoric(["run", "-c", corpus, "--cache", cache, "-o", directory + "/reports", "-q"])
        #expect(kept.code == 0, "\(kept.err)")
        let all = try entries(cache, all: true)
        let pieces = all.keys.filter { $0.hasSuffix(".sheetpiece") && $0 != oldPiece }
        #expect(pieces.count >= 16 && all[oldPiece] != nil, "the workbook's pieces are kept")
        #expect(try entries(cache).count == planted.count - 1 + 10, "within the default limit only the cut-off write goes")
        #expect(try entries(cache)[hex + ".partials.7.8.tmp"] == nil)
        // An entry used by no run for a day, dated back: it goes, with the other build's, at limit 0.
        let run = try entries(cache).keys.filter { CacheFolder.kind(of: $0) == .entry && $0 != hex + ".partials" }.sorted()
        #expect(run.count == 10, "a partial and sentence rows for each of the five files")
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: cache + "/" + run[0])
        let pruned = try runRhetoric(["run", "-c", corpus, "--cache", cache, "--cache-limit", "0", "-o", directory + "/reports", "-q"])
        #expect(pruned.code == 0, "\(pruned.err)")
        let left = try entries(cache)
        #expect(Set(left.keys) == Set(run + [hex + ".partials.9.9.tmp", "notes.txt", hex.uppercased() + ".partials"]),
                "the run's ten entries (the dated one used again) and every file not an old entry")
        #expect(left[run[0]]! > old, "a hit touches its entry")
        let leftPieces = try entries(cache, all: true).keys.filter { $0.hasSuffix(".sheetpiece") }
        #expect(Set(leftPieces) == Set(pieces),
                "the old piece goes, the run's stay")
        let refused = try runRhetoric(["run", "-c", corpus, "--cache", cache, "--cache-limit", "1073741825", "-o", directory + "/reports", "-q"])
        #expect(refused.code == 2 && refused.err.contains("--cache-limit"))
    }

    /// Files are read newest first (what a rerun must clean and segment is started at once), ties in
    /// path order; the partials still come back in path order.
    @Test func filesAreScheduledNewestFirst() {
        #expect(Pipeline.newestFirst([5, 9, 5, 1, 9]) == [1, 4, 0, 2, 3])
        #expect(Pipeline.newestFirst([]) == [])
    }

    @Test func aPartialsTextIsValidUTF8AndItsUTF16LengthIsCountedOnTheBytes() throws {
        // a (1 byte, 1 unit), é (2, 1), 条 (3, 1), 😀 (4 bytes, 2 units: a surrogate pair).
        for (text, units) in [("", 0), ("a", 1), ("é", 1), ("条约", 2), ("😀", 2), ("a😀条é", 5)] {
            var writer = ByteWriter()
            writer.string(text)
            var reader = ByteReader(writer.bytes)
            let read = try reader.text()
            #expect(read.string == text && read.utf16Count == units && read.utf16Count == text.utf16.count)
        }
        // A lone continuation byte, a cut four-byte sequence: refused, not repaired.
        for bytes: [UInt8] in [[1, 0, 0, 0, 0x80], [3, 0, 0, 0, 0xF0, 0x9F, 0x98]] {
            var reader = ByteReader(bytes)
            #expect(throws: ByteReader.Damaged.self) { try reader.text() }
        }
        // Counted eight bytes at a time and then one by one: every length and alignment of a text
        // that mixes all four widths gives Swift's own counts, as a partial read without its text does.
        let mixed = "a条é😀约b😀😀éé条条x"
        for start in 0...mixed.utf8.count {
            for end in start...mixed.utf8.count {
                let bytes = Array(mixed.utf8[mixed.utf8.index(mixed.utf8.startIndex, offsetBy: start)..<mixed.utf8.index(mixed.utf8.startIndex, offsetBy: end)])
                guard let piece = String(validating: bytes, as: UTF8.self) else { continue }
                var writer = ByteWriter()
                writer.string(piece)
                var reader = ByteReader(writer.bytes)
                let counts = try reader.textCounts()
                #expect(counts.utf16 == piece.utf16.count && counts.characters == piece.unicodeScalars.count, "\(piece)")
            }
        }
    }
}
