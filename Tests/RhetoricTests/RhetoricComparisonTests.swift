import Foundation
import Testing
@testable import Rhetoric

/// Two meetings; speakers xi (0), putin (1), joint, narration. Terms: 安全 (0), 贸易 (1), 历史 (2).
/// Meeting 0: xi 安全×2 贸易×1; putin 贸易×1. Meeting 1: xi 历史×1; putin 安全×1 历史×2.
@Suite struct ComparisonStageTests {
    static let tables = AnalysisTables(
        meetings: [Meeting(date: MeetingDate(year: 2023, month: 3, day: 21)!, city: ""),
                   Meeting(date: MeetingDate(year: 2025, month: 5, day: 8)!, city: "")],
        terms: ["安全", "贸易", "历史"],
        sentences: [[], []],
        counts: [[2, 2, 0], [1, 0, 3]],
        speakers: ["xi", "putin", "joint", "narration"],
        speakerCounts: [[[0: 2, 1: 1], [1: 1], [:], [:]], [[2: 1], [0: 1, 2: 2], [:], [:]]],
        speakerSentences: [[2, 1, 0, 0], [1, 2, 0, 0]],
        compared: (0, 1))
    static let themes = try! ThemeList(parsing: "security: [安全]\ntrade: [贸易, 关税]\nhistory: [历史, 安全]\n", file: "t.yaml")

    @Test func speakerSharesOfTokens() {
        let rows = SpeakerStage.rows(Self.tables)
        // Meeting 0: 4 tokens, xi 3 (0.75), putin 1 (0.25); all: 8 tokens, xi 4 (0.5).
        #expect(rows.count == 12)
        #expect(rows[0] == SpeakerStage.Row(meeting: 0, speaker: 0, sentences: 2, tokens: 3, share: 0.75))
        #expect(rows[1] == SpeakerStage.Row(meeting: 0, speaker: 1, sentences: 1, tokens: 1, share: 0.25))
        #expect(rows[8] == SpeakerStage.Row(meeting: nil, speaker: 0, sentences: 3, tokens: 4, share: 0.5))
    }

    @Test func speakerKeynessSetsXiAgainstPutin() {
        var options = KeynessStage.Options()
        options.priorScale = 4
        let rows = SpeakerStage.keyness(Self.tables, options: options)
        // Meeting 0: a = xi's 安全 2, b = putin's 0, c = 3, d = 1: E1 = 3·2/4 = 1.5, E2 = 0.5,
        // G² = 2·2·ln(2/1.5) = 1.150728; log ratio log2((2/3)/(0.5/1)) = 0.415037.
        let security = rows.first { $0.target == 0 && $0.term == 0 }!
        #expect(security.count == 2 && security.countRest == 0)
        #expect(abs(security.g2 - 1.150728) < 1e-6)
        #expect(abs(security.logRatio - 0.415037) < 1e-6)
        // The `all` rows come last, with the meeting count as their target.
        #expect(rows.last?.target == 2)
    }

    @Test func themeHitsRatesAndShares() {
        let rows = ThemeStage.rows(Self.tables, themes: Self.themes)
        // Meeting 0, all speakers, 4 tokens: security 2, trade 2, history 2 (安全 sits in two themes);
        // per_10k = 5000 each; share = 2/6.
        let first = rows.prefix(3)
        #expect(first.map(\.hits) == [2, 2, 2])
        #expect(first.allSatisfy { $0.meeting == 0 && $0.speaker == nil && $0.per10k == 5000 && abs($0.share! - 1.0 / 3) < 1e-12 })
        // Meeting 0, putin: 1 token, trade 1 → per_10k 10000, share 1; security 0, share 0.
        let putin = rows.filter { $0.meeting == 0 && $0.speaker == 1 }
        #expect(putin.map(\.hits) == [0, 1, 0])
        #expect(putin[1].per10k == 10000 && putin[1].share == 1)
        // No theme hit at all (joint): share is undefined.
        #expect(rows.first { $0.meeting == 0 && $0.speaker == 2 }?.share == nil)
        // All meetings, all speakers: 8 tokens; history = 历史 3 + 安全 3 = 6 → 7500 per 10k.
        let history = rows.first { $0.meeting == nil && $0.speaker == nil && $0.theme == 2 }!
        #expect(history.hits == 6 && history.per10k == 7500)
    }

    @Test func shiftsBetweenConsecutiveMeetings() {
        let rows = ShiftStage.rows(Self.tables)
        let status = Dictionary(uniqueKeysWithValues: rows.map { (Self.tables.terms[Int($0.term)], $0.status) })
        #expect(status == ["安全": .steady, "贸易": .gone, "历史": .new])
        // 安全: 2 of 4 then 1 of 4: E = 1.5 each; G² = 2(1·ln(1/1.5) + 2·ln(2/1.5)) = 2(−0.405465 + 0.575364) = 0.339798, negative.
        let security = rows.first { $0.term == 0 }!
        #expect(abs(security.g2 + 0.339798) < 1e-6)
        #expect(security.change == -2500 && security.per10kFrom == 5000)
        #expect(abs(security.logRatio + 1) < 1e-12)
        #expect(rows.map { abs($0.g2) } == rows.map { abs($0.g2) }.sorted(by: >))
    }

    @Test func diffSelectsMeetingsByIdOrYearAndListsTheValidOnes() throws {
        #expect(try DiffStage.meetings("2025", in: Self.tables) == [1])
        #expect(try DiffStage.meetings("2023-03-21", in: Self.tables) == [0])
        #expect(throws: RhetoricError(file: "2024", "no such meeting or year; the meetings are 2023-03-21, 2025-05-08")) {
            try DiffStage.meetings("2024", in: Self.tables)
        }
        let changes = DiffStage.themes(before: [0], after: [1], tables: Self.tables, themes: Self.themes)
        #expect(changes.map { Self.themes.themes[$0.theme].name } == ["history", "security", "trade"])
    }

    @Test func diff2023To2025ShowsTheWarAndTariffLanguage2025Adds() throws {
        let (corpus, segmented) = AttributionTests.seeds
        let tables = AnalysisTables(corpus: corpus, segmented: segmented)
        let rows = DiffStage.terms(before: try DiffStage.meetings("2023", in: tables), after: try DiffStage.meetings("2025", in: tables), tables: tables)
        let new = Set(rows.filter { $0.status == .new }.map { tables.terms[Int($0.term)] })
        #expect(new.isSuperset(of: ["二战", "伟大卫国战争", "世界反法西斯战争", "正确二战史观", "高关税"]))
        let text = DiffReport.text(before: "2023", after: "2025", pooled: ([2], [3]), rows: rows,
                                   themes: DiffStage.themes(before: [2], after: [3], tables: tables, themes: .defaults),
                                   themeList: .defaults, tables: tables, top: 10)
        #expect(text.contains("高关税") && text.contains("伟大卫国战争") && text.contains("history_and_ww2"))
    }
}

@Suite struct ConcordanceTests {
    @Test func aTermIsFoundOnlyWhereItIsAToken() throws {
        let (corpus, segmented) = AttributionTests.seeds
        let lines = try Concordance.lines(of: "构建", corpus: corpus, segmented: segmented, width: 6)
        let occurrences = corpus.documents.map { $0.cleaned.text.components(separatedBy: "构建").count - 1 }.reduce(0, +)
        #expect(lines.count == occurrences)
        #expect(lines.allSatisfy { $0.term == "构建" && $0.left.count <= 6 && $0.right.count <= 6 })
        #expect(lines.contains { $0.meeting == "2023-03-21" && $0.speaker == "xi" && $0.right.hasPrefix("人类命运") })
        // 大国 occurs inside 重大国际 in the text, but only its real uses are found.
        let great = try Concordance.lines(of: "大国", corpus: corpus, segmented: segmented, width: 4)
        #expect(!great.contains { $0.left.hasSuffix("重") })
        #expect(try Concordance.lines(of: "不存在的词", corpus: corpus, segmented: segmented, width: 4).isEmpty)
    }

    @Test func filtersByMeetingAndSpeaker() throws {
        let (corpus, segmented) = AttributionTests.seeds
        let meeting = MeetingDate(year: 2026, month: 5, day: 20)!
        let putin = segmented.config.speakers.ids.firstIndex(of: "putin")!
        let lines = try Concordance.lines(of: "俄中", corpus: corpus, segmented: segmented, width: 8, meeting: meeting, speaker: putin)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.meeting == "2026-05-20" && $0.speaker == "putin" })
        let text = ConcordanceReport.text(lines, width: 8)
        #expect(text.split(separator: "\n").allSatisfy { $0.contains(" [俄中] ") })
    }
}
