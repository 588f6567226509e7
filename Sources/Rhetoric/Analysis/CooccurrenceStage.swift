/// What goes with what: pairs of terms that share sentences, per meeting and over all meetings.
public enum CooccurrenceStage {
    public struct Row: Sendable, Equatable {
        /// A meeting index, or nil for all meetings.
        public var meeting: Int?
        /// The pair, `termA` before `termB` in code point order.
        public var termA: Int32
        public var termB: Int32
        /// Sentences holding both, each term, and in all.
        public var count: Int
        public var countA: Int
        public var countB: Int
        public var sentences: Int
        public var pmi: Double
        public var npmi: Double
        public var llr: Double
        public var jaccard: Double
        public var logDice: Double
        public var mi3: Double
    }

    /// Rows for each meeting in date order, then all meetings; within each, by llr descending, then
    /// the terms. A pair counts at most once per sentence; pairs under `minimumCount` are left out,
    /// and only the `maximumPairs` strongest of each meeting are kept, so that a large corpus still
    /// gives a file a spreadsheet opens. Meetings are counted `jobs` at a time; all meetings' counts
    /// are their sum.
    public static func rows(_ tables: AnalysisTables, minimumCount: Int, maximumPairs: Int = .max, jobs: Int = 1) -> [Row] {
        let perMeeting = Parallel.map(Array(tables.meetings.indices), jobs: jobs) { count(tables.sentences[$0]) }
        var all = Counts()
        for counts in perMeeting {
            all.sentences += counts.sentences
            all.terms.merge(counts.terms, uniquingKeysWith: +)
            all.pairs.merge(counts.pairs, uniquingKeysWith: +)
        }
        var rows: [Row] = []
        for (m, counts) in perMeeting.enumerated() {
            rows += score(counts, meeting: m, tables: tables, minimumCount: minimumCount).prefix(maximumPairs)
        }
        rows += score(all, meeting: nil, tables: tables, minimumCount: minimumCount).prefix(maximumPairs)
        return rows
    }

    /// Sentence, term and pair counts of one set of sentences.
    struct Counts: Sendable {
        var sentences = 0
        var terms: [Int32: Int] = [:]
        /// Keyed by the two ids, smaller first, packed into 64 bits.
        var pairs: [UInt64: Int] = [:]
    }

    /// Counts of sentences given as sorted lists of distinct term ids.
    static func count(_ sentences: [[Int32]]) -> Counts {
        var counts = Counts(sentences: sentences.count)
        for sentence in sentences {
            for (i, a) in sentence.enumerated() {
                counts.terms[a, default: 0] += 1
                for b in sentence[(i + 1)...] {
                    counts.pairs[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), default: 0] += 1
                }
            }
        }
        return counts
    }

    /// The scored pairs of one set of counts, strongest first.
    static func score(_ counts: Counts, meeting: Int?, tables: AnalysisTables, minimumCount: Int) -> [Row] {
        let s = counts.sentences
        var rows: [Row] = []
        for (key, count) in counts.pairs where count >= minimumCount {
            var a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key)
            if tables.precedes(b, a) { swap(&a, &b) }
            let na = counts.terms[a]!, nb = counts.terms[b]!
            rows.append(Row(
                meeting: meeting, termA: a, termB: b, count: count, countA: na, countB: nb, sentences: s,
                pmi: Statistics.pmi(pair: count, a: na, b: nb, sentences: s),
                npmi: Statistics.npmi(pair: count, a: na, b: nb, sentences: s),
                llr: Statistics.dunningG2(pair: count, a: na, b: nb, sentences: s),
                jaccard: Statistics.jaccard(pair: count, a: na, b: nb),
                logDice: Statistics.logDice(pair: count, a: na, b: nb),
                mi3: Statistics.mi3(pair: count, a: na, b: nb, sentences: s)))
        }
        return rows.sorted {
            if $0.llr != $1.llr { return $0.llr > $1.llr }
            if $0.termA != $1.termA { return tables.precedes($0.termA, $1.termA) }
            return tables.precedes($0.termB, $1.termB)
        }
    }
}
