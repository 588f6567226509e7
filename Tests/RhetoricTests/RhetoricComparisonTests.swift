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
        let rows = ShiftStage.rows(Self.tables, significance: Significance())
        let status = Dictionary(uniqueKeysWithValues: rows.map { (Self.tables.terms[Int($0.term)], $0.status) })
        #expect(status == ["安全": .steady, "贸易": .gone, "历史": .new])
        // 安全: 2 of 4 then 1 of 4: E = 1.5 each; G² = 2(1·ln(1/1.5) + 2·ln(2/1.5)) = 2(−0.405465 + 0.575364) = 0.339798, negative;
        // p = erfc(√(0.339798/2)) = 0.559946; not key.
        let security = rows.first { $0.term == 0 }!
        #expect(abs(security.g2 + 0.339798) < 1e-6)
        #expect(abs(security.pValue - 0.559946) < 1e-6 && !security.key)
        #expect(security.change == -2500 && security.per10kFrom == 5000)
        #expect(abs(security.logRatio + 1) < 1e-12)
        #expect(rows.map { abs($0.g2) } == rows.map { abs($0.g2) }.sorted(by: >))
    }

    @Test func diffSelectsMeetingsByIdOrYearAndListsTheValidOnes() throws {
        #expect(try DiffStage.meetings("2025", in: Self.tables) == [1])
        #expect(try DiffStage.meetings("2023-03-21", in: Self.tables) == [0])
        #expect(try DiffStage.meetings("2023-2025", in: Self.tables) == [0, 1])
        #expect(try DiffStage.meetings("2020-2023", in: Self.tables) == [0])
        #expect(throws: RhetoricError(file: "2024", "no such meeting, year or range of years (2013-2022); the meetings are 2023-03-21, 2025-05-08")) {
            try DiffStage.meetings("2024", in: Self.tables)
        }
        #expect(throws: RhetoricError.self) { try DiffStage.meetings("2025-2023", in: Self.tables) }
        let changes = DiffStage.themes(before: [0], after: [1], tables: Self.tables, themes: Self.themes)
        #expect(changes.map { Self.themes.themes[$0.theme].name } == ["history", "security", "trade"])
    }

    @Test func diff2023To2025ShowsTheWarAndTariffLanguage2025AddsButNoKeyChange() throws {
        let (corpus, segmented) = AttributionTests.seeds
        let tables = AnalysisTables(corpus: corpus, segmented: segmented)
        let rows = DiffStage.terms(before: try DiffStage.meetings("2023", in: tables), after: try DiffStage.meetings("2025", in: tables),
                                   tables: tables, significance: Significance())
        let new = Set(rows.filter { $0.status == .new }.map { tables.terms[Int($0.term)] })
        #expect(new.isSuperset(of: ["二战", "伟大卫国战争", "世界反法西斯战争", "正确二战史观", "高关税"]))
        let sides = DiffReport.Sides(before: "2023", after: "2025", meetings: ([2], [3]), speaker: nil, significance: Significance())
        let text = DiffReport.text(sides, rows: rows,
                                   themes: DiffStage.themes(before: [2], after: [3], tables: tables, themes: .defaults), themeList: .defaults,
                                   concepts: DiffStage.themes(before: [2], after: [3], tables: tables, themes: .concepts),
                                   conceptList: .concepts, tables: tables, top: 10)
        // Two meetings of about a thousand terms: nothing passes the corrected test, and the report says so.
        #expect(!rows.contains { $0.key })
        #expect(text.components(separatedBy: "no significant change").count == 3)
        #expect(text.contains("fewer than 2000: its differences are indicative"))
        #expect(text.contains("伟大卫国战争") && text.contains("History and WW II") && text.contains("second world war"))
        // 高关税 occurs once: counted among the rare new terms, not listed.
        #expect(!text.contains("高关税") && text.contains("terms used fewer than 3 times"))
    }
}

/// Three meetings of 500 terms; A rises tenfold in the last, B barely moves, xi says all of A.
@Suite struct DiffTests {
    static let tables = AnalysisTables(
        meetings: [2013, 2020, 2026].map { Meeting(date: MeetingDate(year: $0, month: 1, day: 1)!, city: "") },
        terms: ["A", "B", "rest"],
        sentences: [[], [], []],
        counts: [[2, 5, 493], [2, 5, 493], [40, 8, 452]],
        speakers: ["xi", "narration"],
        speakerCounts: [[[0: 2, 2: 98], [1: 5, 2: 395]], [[0: 2, 2: 98], [1: 5, 2: 395]], [[0: 40, 2: 60], [1: 8, 2: 392]]],
        speakerSentences: [[1, 1], [1, 1], [1, 1]])

    @Test func rangesPoolMeetingsAndOnlyKeyChangesAreListed() throws {
        let before = try DiffStage.meetings("2013-2020", in: Self.tables), after = try DiffStage.meetings("2026", in: Self.tables)
        #expect(before == [0, 1] && after == [2])
        let rows = DiffStage.terms(before: before, after: after, tables: Self.tables, significance: Significance())
        let a = rows.first { $0.term == 0 }!, b = rows.first { $0.term == 1 }!
        // A: 4 of 1000 then 40 of 500; E = 44·1000/1500 = 29.333 and 14.667:
        // G² = 2(4 ln(4/29.333) + 40 ln(40/14.667)) = 64.325; p · 3 terms far below 0.05; log2(0.08/0.004) = 4.32.
        #expect(abs(a.g2 - 64.325) < 1e-3 && a.key && a.status == .rising)
        // B: 10 of 1000 then 8 of 500: E = 12 and 6, G² = 2(10 ln(10/12) + 8 ln(8/6)) = 0.956; log2 1.6 = 0.68.
        #expect(abs(b.g2 - 0.956) < 1e-3 && !b.key && b.status == .steady)
        let sides = DiffReport.Sides(before: "2013-2020", after: "2026", meetings: (before, after), speaker: nil, significance: Significance())
        let text = DiffReport.text(sides, rows: rows, themes: [], themeList: .defaults, concepts: [], conceptList: .concepts,
                                   tables: Self.tables, top: 10)
        let rose = text.components(separatedBy: "\nRose\n")[1].components(separatedBy: "\nFell\n")
        #expect(rose[0].contains("A ") && !rose[0].contains("B "))
        #expect(rose[1].hasPrefix("no significant change"))
        #expect(text.contains("2013-2020: 2013-01-01, 2020-01-01 (1000 terms)"))
        #expect(text.contains("Note: 2026 has 500 terms, fewer than 2000: its differences are indicative."))
    }

    @Test func oneSpeakersWordsAreComparedAgainstTheirOwnTotal() throws {
        let rows = DiffStage.terms(before: [0, 1], after: [2], speaker: 0, tables: Self.tables, significance: Significance())
        // Xi's A: 4 of 200 then 40 of 100.
        let a = rows.first { $0.term == 0 }!
        #expect(a.countFrom == 4 && a.countTo == 40 && a.per10kFrom == 200 && a.per10kTo == 4000)
        let sides = DiffReport.Sides(before: "2013-2020", after: "2026", meetings: ([0, 1], [2]), speaker: "xi", significance: Significance())
        let text = DiffReport.text(sides, rows: rows, themes: [], themeList: .defaults, concepts: [], conceptList: .concepts,
                                   tables: Self.tables, top: 10)
        #expect(text.hasPrefix("2013-2020 → 2026, xi's words"))
        #expect(text.contains("(200 terms)") && text.contains("(100 terms)"))
    }
}

@Suite struct ConceptTests {
    @Test func globsMatchWholeTerms() {
        func glob(_ pattern: String, _ text: String) -> Bool {
            ThemeList.glob(Array(pattern.unicodeScalars), matches: Array(text.unicodeScalars))
        }
        #expect(glob("中俄*", "中俄") && glob("中俄*", "中俄关系") && !glob("中俄*", "俄中关系"))
        #expect(glob("*关税*", "高关税") && glob("*关税*", "关税") && !glob("*关税*", "关系"))
        #expect(glob("*条约", "睦邻友好合作条约") && !glob("*条约", "条约国"))
        #expect(glob("全球?倡议", "全球X倡议") && !glob("全球?倡议", "全球倡议") && glob("全球*倡议", "全球倡议"))
        #expect(glob("a*b*c", "aXbYbZc") && !glob("a*b*c", "aXbYbZ"))
        #expect(!ThemeList.isPattern("中俄") && ThemeList.isPattern("中俄*"))
    }

    @Test func aGroupPoolsItsVariantsAndUnmatchedEntriesAreNamed() throws {
        let list = try ThemeList(parsing: "sino_russian: [中俄*, 俄中*]\ntariffs: ['*关税*', 贸易战, 不存在]\n", file: "c.yaml")
        let terms = ["中俄", "中俄关系", "俄中两国", "高关税", "关系"]
        #expect(list.termIDs(in: terms) == [[0, 1, 2], [3]])
        #expect(list.unmatched(in: terms).map { "\($0.theme):\($0.entry)" } == ["tariffs:贸易战", "tariffs:不存在"])
        // 中俄 falls and 中俄关系 rises, but the concept counts both: 4 + 1 + 3 = 8 of 20 in the first meeting.
        let tables = AnalysisTables(
            meetings: [2020, 2021].map { Meeting(date: MeetingDate(year: $0, month: 1, day: 1)!, city: "") },
            terms: terms, sentences: [[], []], counts: [[4, 1, 3, 0, 12], [1, 6, 3, 1, 9]])
        let rows = ThemeStage.rows(tables, themes: list, bySpeaker: false)
        let csv = try CSVTable(parsing: String(decoding: StageReports.concepts(rows, tables, concepts: list), as: UTF8.self), file: "concepts.csv")
        #expect(csv.header == ["meeting", "concept", "hits", "per_10k", "terms"])
        #expect(csv.rows[0].fields == ["2020-01-01", "sino_russian", "8", "4000.000000", "中俄 4; 俄中两国 3; 中俄关系 1"])
        #expect(csv.rows[2].fields == ["2021-01-01", "sino_russian", "10", "5000.000000", "中俄关系 6; 俄中两国 3; 中俄 1"])
        #expect(csv.rows[4].fields == ["all", "sino_russian", "18", "4500.000000", "中俄关系 7; 俄中两国 6; 中俄 5"])
        #expect(csv.rows[1].fields == ["2020-01-01", "tariffs", "0", "0.000000", ""])
    }
}

@Suite struct ConcordanceTests {
    @Test func aTermIsFoundOnlyWhereItIsAToken() throws {
        let (corpus, segmented) = AttributionTests.seeds
        let lines = Concordance.lines(of: .term("构建"), corpus: corpus, segmented: segmented, width: 6)
        let occurrences = corpus.documents.map { $0.cleaned.text.components(separatedBy: "构建").count - 1 }.reduce(0, +)
        #expect(lines.count == occurrences)
        #expect(lines.allSatisfy { $0.term == "构建" && $0.left.count <= 6 && $0.right.count <= 6 })
        #expect(lines.contains { $0.meeting == "2023-03-21" && $0.speaker == "xi" && $0.right.hasPrefix("人类命运") })
        // 大国 occurs inside 重大国际 in the text, but only its real uses are found.
        let great = Concordance.lines(of: .term("大国"), corpus: corpus, segmented: segmented, width: 4)
        #expect(!great.contains { $0.left.hasSuffix("重") })
        #expect(Concordance.lines(of: .term("不存在的词"), corpus: corpus, segmented: segmented, width: 4).isEmpty)
    }

    @Test func theContextIsTheParagraphsCharactersBesideTheTerm() throws {
        let (corpus, segmented) = AttributionTests.seeds
        for width in [1, 5, 30] {
            for line in Concordance.lines(of: .term("合作"), corpus: corpus, segmented: segmented, width: width) {
                let paragraphs = corpus.documents.first { $0.file == line.file }!.cleaned.paragraphs.map(\.text)
                #expect(line.left.count == width || paragraphs.contains { $0.hasPrefix(line.left + "合作") }, "\(line.left)")
                #expect(line.right.count == width || paragraphs.contains { $0.hasSuffix("合作" + line.right) }, "\(line.right)")
                #expect(paragraphs.contains { $0.contains(line.left + "合作" + line.right) })
            }
        }
    }

    @Test func containsRegexAndSortFindTheTermsInsideLongerOnes() throws {
        let (corpus, segmented) = AttributionTests.seeds
        // 条约 stands alone 4 times on the seeds and inside the treaty's names 9 times.
        let alone = Concordance.lines(of: .term("条约"), corpus: corpus, segmented: segmented, width: 4)
        let longer = Concordance.longerTerms(containing: "条约", segmented: segmented)
        #expect(alone.count == 4)
        #expect(longer.map { "\($0.term) \($0.count)" } == ["中俄睦邻友好合作条约 7", "睦邻友好合作条约 2"])
        let contains = Concordance.lines(of: .contains("条约"), corpus: corpus, segmented: segmented, width: 4)
        #expect(contains.count == 13 && Set(contains.map(\.term)) == ["条约", "中俄睦邻友好合作条约", "睦邻友好合作条约"])
        let expression = try NSRegularExpression(pattern: "^睦邻.*条约$")
        let regex = Concordance.lines(of: .regex(expression), corpus: corpus, segmented: segmented, width: 4)
        #expect(regex.count == 2 && regex.allSatisfy { $0.term == "睦邻友好合作条约" })
        // Sorted by the right context: the same lines in code-point order of what follows the term.
        let right = Concordance.lines(of: .contains("条约"), corpus: corpus, segmented: segmented, width: 4, order: .right)
        #expect(right.count == 13 && right.map(\.right) == contains.map(\.right).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        let left = Concordance.lines(of: .contains("条约"), corpus: corpus, segmented: segmented, width: 4, order: .left)
        let reversed = left.map { String(String.UnicodeScalarView($0.left.unicodeScalars.reversed())) }
        #expect(reversed == reversed.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    }

    @Test func filtersByMeetingAndSpeaker() throws {
        let (corpus, segmented) = AttributionTests.seeds
        let meeting = MeetingDate(year: 2026, month: 5, day: 20)!
        let putin = segmented.config.speakers.ids.firstIndex(of: "putin")!
        let lines = Concordance.lines(of: .term("俄中"), corpus: corpus, segmented: segmented, width: 8, meeting: meeting, speaker: putin)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.meeting == "2026-05-20" && $0.speaker == "putin" })
        let text = ConcordanceReport.text(lines, width: 8)
        #expect(text.split(separator: "\n").allSatisfy { $0.contains(" [俄中] ") })
    }

    @Test func aThemeMayCarryAReadableLabel() throws {
        let list = try ThemeList(parsing: "world_order: [多极化]\nhistory:\n  label: History and WW II\n  terms: [二战, 历史]\n", file: "t.yaml")
        #expect(list.themes.map(\.label) == ["world order", "History and WW II"])
        #expect(list.themes[1].terms == ["二战", "历史"])
        for bad in ["history: {label: History}\n", "history: {label: History, terms: [二战], colour: red}\n"] {
            #expect(throws: RhetoricError.self) { try ThemeList(parsing: bad, file: "t.yaml") }
        }
        #expect(ThemeList.defaults.themes.allSatisfy { !$0.label.contains("_") })
    }
}
