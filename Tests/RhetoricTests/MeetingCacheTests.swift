import Foundation
import Testing
@testable import Rhetoric

/// What a rerun reads back of each meeting (co-occurrence counts, their CSV rows, the page's
/// layouts) is what it would have computed, whatever ids the terms have in the new run; a damaged
/// entry is made again.
@Suite struct MeetingCacheTests {
    /// ``StageTests/tables`` after a meeting is added before both (terms C, B, A then; D, A, C, B
    /// now): the same two meetings, every term under another id.
    static let shifted = AnalysisTables(
        meetings: [Meeting(date: MeetingDate(year: 2019, month: 1, day: 1)!, city: "W"),
                   Meeting(date: MeetingDate(year: 2020, month: 1, day: 1)!, city: "X"),
                   Meeting(date: MeetingDate(year: 2021, month: 1, day: 1)!, city: "Y")],
        terms: ["D", "A", "C", "B"],
        sentences: [[[0, 3]], [[1, 3], [1, 2], [1, 3]], [[2, 3], [2]]],
        counts: [[1, 0, 0, 1], [0, 3, 1, 2], [0, 0, 2, 1]])

    func files(_ folder: String, _ kind: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix("." + kind) }.sorted()
    }

    @Test func aMeetingsPairsComeBackUnderTheNewRunsTermIds() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = CooccurrenceCache(folder: CacheFolder(directory))
        let first = CooccurrenceStage.rows(StageTests.tables, minimumCount: 1, cache: cache)
        #expect(first.rows == CooccurrenceStage.rows(StageTests.tables, minimumCount: 1).rows)
        #expect(files(directory, CooccurrenceCache.fileExtension).count == 2)

        let fresh = CooccurrenceStage.rows(Self.shifted, minimumCount: 1).rows
        let cached = CooccurrenceStage.rows(Self.shifted, minimumCount: 1, cache: cache)
        #expect(cached.rows == fresh)
        #expect(cached.keys[1] == first.keys[0] && cached.keys[2] == first.keys[1], "the same sentences, the same entries")
        #expect(files(directory, CooccurrenceCache.fileExtension).count == 3, "only the new meeting is counted and kept")
        // Meeting X's A–B pair (2 of 3 sentences) under X's local ids A 0, B 1, C 2.
        let key = try #require(first.keys[0])
        let entry = try #require(cache.load(key))
        #expect(entry.terms == [3, 2, 1] && entry.sentences == 3)
        #expect(entry.pairs == [PairCounts.key(0, 1), PairCounts.key(0, 2)] && entry.counts == [2, 1])

        // Its rows' statistics, six each, are the rows'.
        let rows = first.rows.filter { $0.meeting == 0 }
        #expect(entry.statistics == rows.flatMap { [$0.pmi, $0.npmi, $0.llr, $0.jaccard, $0.logDice, $0.mi3].map(\.bitPattern) })
        // A sound entry is what the rows are made of: one that keeps no rows gives none, and the
        // statistics it holds are those shown, not computed again.
        var emptied = entry
        (emptied.kept, emptied.statistics) = ([], [])
        cache.store(key, emptied)
        #expect(!CooccurrenceStage.rows(Self.shifted, minimumCount: 1, cache: cache).rows.contains { $0.meeting == 1 })
        var altered = entry
        altered.statistics[2] = 99.5.bitPattern
        cache.store(key, altered)
        #expect(CooccurrenceStage.rows(Self.shifted, minimumCount: 1, cache: cache).rows.first { $0.meeting == 1 }?.llr == 99.5)
        // Statistics that are not six a row make the entry unsound: counted again.
        altered.statistics.removeLast()
        cache.store(key, altered)
        #expect(cache.load(key) == nil)
        // A damaged one is counted again and replaced.
        let path = directory + "/" + key + "." + CooccurrenceCache.fileExtension
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(CooccurrenceStage.rows(Self.shifted, minimumCount: 1, cache: cache).rows == fresh)
        #expect(cache.load(key) == entry)
    }

    @Test func aMeetingsContentDigestIgnoresTermIdsButNotItsSentences() {
        let before = MeetingContent(StageTests.tables, meeting: 0)
        let after = MeetingContent(Self.shifted, meeting: 1)
        #expect(before.digest == after.digest)
        #expect(before.terms == [2, 1, 0] && after.terms == [1, 3, 2], "A, B, C in each run's ids")
        #expect(MeetingContent(Self.shifted, meeting: 0).digest != before.digest)
        var moved = Self.shifted
        moved.sentences[1] = [[1, 3], [1, 2], [1, 2]]
        #expect(MeetingContent(moved, meeting: 1).digest != before.digest, "one sentence's B became C")
    }

    /// `cooccurrence.csv` as it is handed to its file, piece by piece.
    func csv(_ rows: [CooccurrenceStage.Row], _ tables: AnalysisTables, keys: [String?] = [], blocks: CSVBlockCache? = nil) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try StageReports.cooccurrence(rows, tables, keys: keys, blocks: blocks) { bytes += $0 }
        return bytes
    }

    @Test func cooccurrenceRowsFromTheCacheAreTheRowsFormatted() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = CooccurrenceStage.rows(Self.shifted, minimumCount: 1, cache: CooccurrenceCache(folder: CacheFolder(directory)))
        let plain = try csv(output.rows, Self.shifted)
        let blocks = CSVBlockCache(folder: CacheFolder(directory))
        #expect(try csv(output.rows, Self.shifted, keys: output.keys, blocks: blocks) == plain)
        #expect(files(directory, CSVBlockCache.fileExtension).count == 3, "one block per meeting; all meetings' rows are not kept")
        #expect(try csv(output.rows, Self.shifted, keys: output.keys, blocks: blocks) == plain)
        // The meeting's name is part of the key: the same sentences under another date are rows of their own.
        var renamed = Self.shifted
        renamed.meetings[1] = Meeting(date: MeetingDate(year: 2020, month: 2, day: 2)!, city: "X")
        let text = String(decoding: try csv(output.rows, renamed, keys: output.keys, blocks: blocks), as: UTF8.self)
        #expect(text.contains("\n2020-02-02") && !text.contains("\n2020-01-01"))
        for name in files(directory, CSVBlockCache.fileExtension) {
            var bytes = try #require(FileManager.default.contents(atPath: directory + "/" + name))
            bytes[8] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        #expect(try csv(output.rows, Self.shifted, keys: output.keys, blocks: blocks) == plain,
                "damaged blocks are formatted again")
    }

    @Test func aLayoutFromTheCacheIsTheLayoutComputedToTheBit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let layouts = LayoutCache(folder: CacheFolder(directory))
        let layout = NetworkLayout(width: 420, height: 420)
        let edges = [(0, 1, 1.0), (1, 2, 0.4), (0, 3, 0.25)]
        let computed = layout.positions(count: 4, edges: edges)
        let bits = { (positions: [(x: Double, y: Double)]) in positions.flatMap { [$0.x.bitPattern, $0.y.bitPattern] } }
        #expect(bits(layouts.positions(layout, count: 4, edges: edges)) == bits(computed))
        #expect(files(directory, LayoutCache.fileExtension).count == 1)
        #expect(bits(layouts.positions(layout, count: 4, edges: edges)) == bits(computed), "read back")
        let other = [(0, 1, 1.0), (1, 2, 0.5), (0, 3, 0.25)]
        #expect(bits(layouts.positions(layout, count: 4, edges: other)) == bits(layout.positions(count: 4, edges: other)))
        #expect(files(directory, LayoutCache.fileExtension).count == 2, "another weight, another entry")
    }
}
