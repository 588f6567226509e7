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
    }

    /// Rows for each meeting in date order, then all meetings; within each, by llr descending, then
    /// the terms. A pair counts at most once per sentence; pairs under `minimumCount` are left out,
    /// and only the `maximumPairs` strongest of each meeting are kept, so that a large corpus still
    /// gives a file a spreadsheet opens.
    public static func rows(_ tables: AnalysisTables, minimumCount: Int, maximumPairs: Int = .max) -> [Row] {
        var rows: [Row] = []
        for m in tables.meetings.indices {
            rows += pairs(in: tables.sentences[m], meeting: m, tables: tables, minimumCount: minimumCount).prefix(maximumPairs)
        }
        rows += pairs(in: tables.sentences.flatMap { $0 }, meeting: nil, tables: tables, minimumCount: minimumCount).prefix(maximumPairs)
        return rows
    }

    /// The scored pairs of one set of sentences (each a sorted list of distinct term ids).
    static func pairs(in sentences: [[Int32]], meeting: Int?, tables: AnalysisTables, minimumCount: Int) -> [Row] {
        var termCounts: [Int32: Int] = [:]
        var pairCounts: [UInt64: Int] = [:]
        for sentence in sentences {
            for (i, a) in sentence.enumerated() {
                termCounts[a, default: 0] += 1
                for b in sentence[(i + 1)...] {
                    pairCounts[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), default: 0] += 1
                }
            }
        }
        let s = sentences.count
        var rows: [Row] = []
        for (key, count) in pairCounts where count >= minimumCount {
            var a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key)
            if tables.precedes(b, a) { swap(&a, &b) }
            let na = termCounts[a]!, nb = termCounts[b]!
            rows.append(Row(
                meeting: meeting, termA: a, termB: b, count: count, countA: na, countB: nb, sentences: s,
                pmi: Statistics.pmi(pair: count, a: na, b: nb, sentences: s),
                npmi: Statistics.npmi(pair: count, a: na, b: nb, sentences: s),
                llr: Statistics.dunningG2(pair: count, a: na, b: nb, sentences: s),
                jaccard: Statistics.jaccard(pair: count, a: na, b: nb)))
        }
        return rows.sorted {
            if $0.llr != $1.llr { return $0.llr > $1.llr }
            if $0.termA != $1.termA { return tables.precedes($0.termA, $1.termA) }
            return tables.precedes($0.termB, $1.termB)
        }
    }
}
