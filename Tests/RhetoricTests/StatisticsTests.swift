import Testing
@testable import Rhetoric

/// Every formula against a value worked out by hand (the working is in the comments).
@Suite struct StatisticsTests {
    func close(_ x: Double?, _ y: Double, _ tolerance: Double = 1e-6) -> Bool {
        guard let x else { return false }
        return abs(x - y) < tolerance
    }

    @Test func tfidfAndRates() {
        // 3 of 6 tokens, 2 meetings, used by 1: 0.5 · (ln(3/2) + 1) = 0.702733.
        #expect(close(Statistics.tfidf(count: 3, tokens: 6, meetings: 2, documentFrequency: 1), 0.702733))
        // Used by every meeting: idf = ln(3/3) + 1 = 1.
        #expect(close(Statistics.tfidf(count: 2, tokens: 6, meetings: 2, documentFrequency: 2), 1.0 / 3))
        #expect(Statistics.per10k(3, 6) == 5000)
        #expect(Statistics.per10k(3, 0) == 0)
    }

    @Test func g2() {
        // a=3, b=0, c=6, d=3: E1 = 6·3/9 = 2, E2 = 1; G² = 2·3·ln(3/2) = 2.432791.
        #expect(close(Statistics.signedG2(a: 3, b: 0, c: 6, d: 3), 2.432791))
        // Same rate on both sides: 0.
        #expect(Statistics.signedG2(a: 2, b: 1, c: 6, d: 3) == 0)
        // a=1, b=2: G² = 2(1·ln(1/2) + 2·ln(2/1)) = 1.386294, negative because 1/6 < 2/3.
        #expect(close(Statistics.signedG2(a: 1, b: 2, c: 6, d: 3), -1.386294))
        // Zero in the target, a=0, b=3, c=6, d=3: E1 = 2, E2 = 1, G² = 2(0 + 3·ln 3) = 6.591674, negative.
        #expect(close(Statistics.signedG2(a: 0, b: 3, c: 6, d: 3), -6.591674))
    }

    @Test func logRatio() {
        // (3/6) / (0.5/3) = 3: log2 3 = 1.584963 (0.5 in place of the zero).
        #expect(close(Statistics.logRatio(a: 3, b: 0, c: 6, d: 3), 1.584963))
        #expect(Statistics.logRatio(a: 2, b: 1, c: 6, d: 3) == 0)
        // (1/4) / (4/8) = 1/2: −1.
        #expect(Statistics.logRatio(a: 1, b: 4, c: 4, d: 8) == -1)
    }

    @Test func logOddsZ() {
        // α0 = 9, a=3, b=0, c=6, d=3: α = 9·3/9 = 3, a+α = 6, b+α = 3;
        // δ = ln(6/(6+9−6)) − ln(3/(3+9−3)) = ln 2; σ² = 1/6 + 1/3 = 1/2; z = ln 2 / √½ = 0.980258.
        #expect(close(Statistics.logOddsZ(a: 3, b: 0, c: 6, d: 3, priorScale: 9), 0.980258))
        // α0 = 1000: α = 333.333…; δ = ln(336.333/669.667) − ln(333.333/669.667) = 0.008960,
        // σ = √(1/336.333 + 1/333.333) = 0.077286, z = 0.115929.
        #expect(close(Statistics.logOddsZ(a: 3, b: 0, c: 6, d: 3, priorScale: 1000), 0.115929))
        // The same rate on both sides gives 0.
        #expect(close(Statistics.logOddsZ(a: 2, b: 1, c: 6, d: 3, priorScale: 1000), 0))
    }

    @Test func cooccurrenceMeasures() {
        // S=10, n_a=4, n_b=5, n_ab=3: table 3 1 / 2 4, expected 2 2 / 3 3.
        // G² = 2(3 ln(3/2) + ln(1/2) + 2 ln(2/3) + 4 ln(4/3)) = 1.726092.
        #expect(close(Statistics.dunningG2(pair: 3, a: 4, b: 5, sentences: 10), 1.726092))
        // pmi = log2(10·3/(4·5)) = log2 1.5 = 0.584963; npmi = 0.584963 / −log2 0.3 = 0.336773.
        #expect(close(Statistics.pmi(pair: 3, a: 4, b: 5, sentences: 10), 0.584963))
        #expect(close(Statistics.npmi(pair: 3, a: 4, b: 5, sentences: 10), 0.336773))
        #expect(Statistics.jaccard(pair: 3, a: 4, b: 5) == 0.5)
        // A pair in every sentence: npmi is 1 by definition (−log2 1 = 0).
        #expect(Statistics.npmi(pair: 3, a: 3, b: 3, sentences: 3) == 1)
        #expect(Statistics.dunningG2(pair: 3, a: 3, b: 3, sentences: 3) == 0)
        // Always together, half the sentences: G² = 2(2·2·ln 2) = 5.545177, npmi = 1.
        #expect(close(Statistics.dunningG2(pair: 2, a: 2, b: 2, sentences: 4), 5.545177))
        #expect(close(Statistics.npmi(pair: 2, a: 2, b: 2, sentences: 4), 1))
    }

    @Test func pValueOfG2() {
        // The 5% and 1% critical values of χ² with one degree of freedom (tables): 3.841459, 6.634897.
        #expect(close(Statistics.pValue(g2: 3.841459), 0.05))
        #expect(close(Statistics.pValue(g2: 6.634897), 0.01))
        // The sign of G² (which side is higher) does not change the tail; G² = 0 gives p = 1.
        #expect(close(Statistics.pValue(g2: -3.841459), 0.05))
        #expect(Statistics.pValue(g2: 0) == 1)
    }

    @Test func keyNeedsBonferroniCountAndEffect() {
        let rule = Significance()
        // 1,000 tests: p must be ≤ 0.05/1000 = 0.00005; χ²₁ at 0.00005 is 16.448664.
        #expect(rule.isKey(g2: 16.5, count: 3, logRatio: 1, tests: 1000))
        #expect(!rule.isKey(g2: 16.4, count: 3, logRatio: 1, tests: 1000))
        // With one test 3.841459 (p = 0.05) is enough.
        #expect(rule.isKey(g2: 3.842, count: 3, logRatio: -1, tests: 1))
        // Too rare or too small a ratio, however strong the G².
        #expect(!rule.isKey(g2: 100, count: 2, logRatio: 3, tests: 1))
        #expect(!rule.isKey(g2: 100, count: 30, logRatio: 0.99, tests: 1))
    }

    @Test func logDiceAndMI3() {
        // n_ab = 2, n_a = 4, n_b = 4: 14 + log2(4/8) = 13.
        #expect(close(Statistics.logDice(pair: 2, a: 4, b: 4), 13))
        // Always together: 14 + log2(2·3/6) = 14.
        #expect(close(Statistics.logDice(pair: 3, a: 3, b: 3), 14))
        // S = 16: log2(2³ · 16 / (4 · 4)) = log2 8 = 3.
        #expect(close(Statistics.mi3(pair: 2, a: 4, b: 4, sentences: 16), 3))
        // n_ab = 3, n_a = 4, n_b = 5, S = 10: log2(27 · 10 / 20) = log2 13.5 = 3.754888.
        #expect(close(Statistics.mi3(pair: 3, a: 4, b: 5, sentences: 10), 3.754888))
    }

    @Test func dpOverParts() {
        // Three parts of 2, 3 and 5 tokens (s = 0.2, 0.3, 0.5); the term once in the first and once
        // in the third (v = 0.5, 0, 0.5): 0.5 · (|0.5−0.2| + |0−0.3| + |0.5−0.5|) = 0.3.
        #expect(close(Statistics.dp(parts: [(1, 2), (0, 3), (1, 5)], totalTokens: 10), 0.3))
        // Parts without the term may be left out: they add their share of tokens.
        #expect(close(Statistics.dp(parts: [(1, 2), (1, 5)], totalTokens: 10), 0.3))
        // Spread exactly like the text: 0. All in one part of a tenth: 0.5 · (0.9 + 0.9) = 0.9.
        #expect(close(Statistics.dp(parts: [(1, 2), (1, 3), (1, 5)].map { ($0.0 * $0.1, $0.1) }, totalTokens: 10), 0))
        #expect(close(Statistics.dp(parts: [(4, 1)], totalTokens: 10), 0.9))
    }

    @Test func slopeAndSpearman() {
        // x̄ = 2021, ȳ = 7/3: Σ(x−x̄)(y−ȳ) = 3, Σ(x−x̄)² = 2, slope 1.5.
        #expect(close(Statistics.slope(x: [2020, 2021, 2022], y: [1, 2, 4]), 1.5))
        #expect(Statistics.slope(x: [2020, 2020], y: [1, 2]) == nil)
        // y ranks with a tie: [1.5, 1.5, 3]; Pearson with [1, 2, 3] = 1.5/√3 = 0.866025.
        #expect(Statistics.averageRanks([1, 1, 2]) == [1.5, 1.5, 3])
        #expect(close(Statistics.spearman([2020, 2021, 2022], [1, 1, 2]), 0.866025))
        #expect(Statistics.spearman([1, 2, 3], [3, 2, 1]) == -1)
        #expect(Statistics.spearman([1, 2, 3], [5, 5, 5]) == nil)
    }

    @Test func fixedFormatting() {
        #expect(Format.decimal(1.0 / 3) == "0.333333")
        #expect(Format.decimal(-0.0000001) == "0.000000")
        #expect(Format.decimal(2.5) == "2.500000")
        #expect(Format.decimal(.nan) == "")
        #expect(Format.decimal(-1.5) == "-1.500000")
        #expect(Format.decimal(0.0000005) == "0.000001")
        #expect(Format.decimal(-0.0000004) == "0.000000")
        #expect(Format.decimal(1234.56789, places: 1) == "1234.6")
        #expect(Format.decimal(2.0, places: 0) == "2")
        #expect(Format.decimal(1e20) == "100000000000000000000.000000")
        #expect(Format.decimal(0.05, places: 2) == "0.05")
        #expect(Format.decimal(-12.0009, places: 3) == "-12.001")
        // 1/7 = 0.1428571…: six significant digits (1.42857, the seventh is 1), then the exponent.
        #expect(Format.probability(1.0 / 7) == "1.42857e-01")
        #expect(Format.probability(3.84e-300) == "3.84000e-300")
        #expect(Format.probability(1) == "1.00000e+00")
        #expect(Format.probability(0) == "0")
        #expect(Format.probability(.nan) == "")
    }

    /// A row of typed cells: commas between cells only, integers and decimals as the formatting
    /// above writes them, nil and NaN as empty cells, text quoted as ``CSVWriter/quote(_:)`` does.
    @Test func typedCellsMakeTheRowOfTheirTexts() {
        var csv = CSVWriter(header: ["a", "b", "c", "d", "e", "f", "g"])
        csv.integer(-1_234_567)
        csv.integer(0)
        csv.decimal(2.0 / 3)
        csv.decimal(nil)
        csv.decimal(.infinity)
        csv.probability(0.5)
        csv.text("=x, y")
        csv.endRow()
        csv.integer(Int.min)
        csv.endRow()
        #expect(csv.text == "a,b,c,d,e,f,g\n-1234567,0,0.666667,,,5.00000e-01,\"'=x, y\"\n-9223372036854775808\n")
    }
}

/// The stages on a tiny hand-made corpus:
/// meeting 0 (2020-01-01): sentences {A B}, {A C}, {A B}: A 3, B 2, C 1, 6 tokens;
/// meeting 1 (2021-01-01): sentences {B C}, {C}: B 1, C 2, 3 tokens.
@Suite struct StageTests {
    @Test func meetingsCountedSideBySideGiveTheTablesOfOnePassAndGriesDP() throws {
        var options = Pipeline.Options()
        options.corpus = seedsDirectory
        let (corpus, segmented) = try Pipeline(options: options).load()
        let one = AnalysisTables(corpus: corpus, segmented: segmented, jobs: 1)
        let two = AnalysisTables(corpus: corpus, segmented: segmented, jobs: 2)
        #expect(one.counts == two.counts && one.sentences == two.sentences && one.speakerCounts == two.speakerCounts
                && one.speakerSentences == two.speakerSentences && one.dispersion == two.dispersion)
        // Each meeting against its sentences counted here: distinct terms, speakers' counts, DP.
        for (m, meeting) in corpus.meetings.enumerated() {
            let documents = zip(corpus.documents, segmented.documents).filter { $0.0.meeting.date == meeting.date }.map(\.1)
            let sentences = documents.flatMap { document in document.sentences.map { (speaker: $0.speaker, terms: document.terms(of: $0)) } }
            let total = sentences.reduce(0) { $0 + $1.terms.count }
            #expect(one.tokens[m] == total && one.sentences[m].map(Array.init) == sentences.map { Array(Set($0.terms)).sorted() })
            for s in one.speakers.indices {
                let spoken = sentences.filter { Int($0.speaker) == s }
                #expect(one.speakerSentences[m][s] == spoken.count)
                #expect(one.speakerCounts[m][s] == spoken.flatMap(\.terms).reduce(into: [Int32: Int]()) { $0[$1, default: 0] += 1 })
            }
            for term in one.dispersion[m].keys.sorted().prefix(40) {
                let parts = sentences.map { (count: $0.terms.filter { $0 == term }.count, tokens: $0.terms.count) }
                #expect(abs(one.dispersion[m][term]! - Statistics.dp(parts: parts, totalTokens: total)) < 1e-12)
            }
        }
    }

    @Test func sentenceTermsKeepEachSentenceApartInOneArray() {
        var sentences: SentenceTerms = [[1, 2], [], [0, 2, 5]]
        #expect(sentences.count == 3 && sentences.terms == [1, 2, 0, 2, 5])
        #expect(sentences.range(0) == 0..<2 && sentences.range(1) == 2..<2 && sentences.range(2) == 2..<5)
        #expect(sentences.map(Array.init) == [[1, 2], [], [0, 2, 5]])
        sentences.append([7])
        sentences.shrink()
        #expect(sentences.map(Array.init) == [[1, 2], [], [0, 2, 5], [7]] && sentences == [[1, 2], [], [0, 2, 5], [7]])
    }

    static let tables = AnalysisTables(
        meetings: [Meeting(date: MeetingDate(year: 2020, month: 1, day: 1)!, city: "X"),
                   Meeting(date: MeetingDate(year: 2021, month: 1, day: 1)!, city: "Y")],
        terms: ["C", "B", "A"],
        sentences: [[[1, 2], [0, 2], [1, 2]], [[0, 1], [0]]],
        counts: [[1, 2, 3], [2, 1, 0]])

    @Test func frequencyRanksByCountThenCodePoint() {
        let rows = FrequencyStage.rows(Self.tables)
        #expect(rows.map { "\($0.meeting)\(Self.tables.terms[Int($0.term)])\($0.rank)" } == ["0A1", "0B2", "0C3", "1C1", "1B2"])
        #expect(rows[0].per10k == 5000)
        #expect(abs(rows[0].tfidf - 0.702733) < 1e-6)
    }

    @Test func keynessAgainstTheRest() {
        var options = KeynessStage.Options()
        options.priorScale = 9
        let rows = KeynessStage.rows(Self.tables, options: options)
        let first = rows.filter { $0.target == 0 }
        // A: G² 2.432791; B: 0; C: −1.386294 (sorted by G² descending).
        #expect(first.map { Self.tables.terms[Int($0.term)] } == ["A", "B", "C"])
        #expect(abs(first[0].g2 - 2.432791) < 1e-6)
        #expect(abs(first[0].logRatio - 1.584963) < 1e-6)
        #expect(abs(first[0].logOddsZ - 0.980258) < 1e-6)
        #expect(abs(first[2].g2 + 1.386294) < 1e-6)
        #expect(first[0].countRest == 0 && first[0].per10kRest == 0)
        options.top = 1
        #expect(KeynessStage.rows(Self.tables, options: options).filter { $0.target == 0 }.count == 1,
                "only the top row passes when no |G²| reaches 3.84")
    }

    @Test func cooccurrencePerMeetingAndAll() {
        let rows = CooccurrenceStage.rows(Self.tables, minimumCount: 1).rows
        // Meeting 0: A–B in 2 of 3 sentences (n_A 3, n_B 2), A–C in 1; meeting 1: B–C in 1 of 2.
        let pairs = rows.map { "\($0.meeting.map(String.init) ?? "all"):\(Self.tables.terms[Int($0.termA)])\(Self.tables.terms[Int($0.termB)]):\($0.count)/\($0.sentences)" }
        #expect(pairs.sorted() == ["0:AB:2/3", "0:AC:1/3", "1:BC:1/2", "all:AB:2/5", "all:AC:1/5", "all:BC:1/5"])
        #expect(rows.last?.meeting == nil)
        let ab = rows.first { $0.meeting == 0 && $0.count == 2 }!
        // pmi = log2(3·2/(3·2)) = 0, jaccard = 2/(3+2−2).
        #expect(ab.pmi == 0 && abs(ab.jaccard - 2.0 / 3) < 1e-12)
        #expect(CooccurrenceStage.rows(Self.tables, minimumCount: 2).rows.count == 2)
        // At most one pair per meeting and for all: the strongest by llr.
        let capped = CooccurrenceStage.rows(Self.tables, minimumCount: 1, maximumPairs: 1).rows
        #expect(capped.map(\.meeting) == [0, 1, nil])
        #expect(capped[0] == rows.first { $0.meeting == 0 })
    }

    @Test func trendsStatuses() {
        // Three meetings a year apart, 10 tokens each ("rest" fills the count up).
        let tables = AnalysisTables(
            meetings: (2020...2022).map { Meeting(date: MeetingDate(year: $0, month: 1, day: 1)!, city: "") },
            terms: ["up", "down", "new", "gone", "rest"],
            sentences: [[], [], []],
            counts: [[1, 4, 0, 3, 2], [2, 2, 0, 3, 3], [4, 1, 3, 0, 2]])
        let rows = TrendsStage.rows(tables, minimumCount: 1)
        let status = Dictionary(uniqueKeysWithValues: rows.map { (tables.terms[Int($0.term)], $0.status) })
        #expect(status["up"] == .rising)
        #expect(status["down"] == .falling)
        #expect(status["new"] == .new)
        #expect(status["gone"] == .gone)
        let up = rows.first { tables.terms[Int($0.term)] == "up" }!
        #expect(up.firstSeen == 0 && up.lastSeen == 2 && up.meetingsPresent == 3)
        #expect(up.spearman == 1)
        // per_10k 1000, 2000, 4000 a year apart: slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 3000/2 = 1500 per year
        // (2020-01-01 to 2022-01-01 is exactly two years in fractional years).
        #expect(abs(up.slopePerYear! - 1500) < 1e-6)
        #expect(status["rest"] == .steady)
    }
}
