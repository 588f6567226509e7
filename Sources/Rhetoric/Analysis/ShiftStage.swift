/// What changed from one meeting to the next.
public enum ShiftStage {
    public struct Row: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var term: Int32
        public var countFrom: Int
        public var countTo: Int
        public var per10kFrom: Double
        public var per10kTo: Double
        /// `per10kTo − per10kFrom`.
        public var change: Double
        /// `log2((countTo/tokensTo) / (countFrom/tokensFrom))`, 0.5 for a zero count.
        public var logRatio: Double
        /// Signed G² of `to` against `from`: positive when the term rose.
        public var g2: Double
        /// The p-value of `g2`, uncorrected.
        public var pValue: Double
        /// A key change: significant after Bonferroni correction, `count_from + count_to` at least the
        /// minimum count, and |log ratio| large enough (see ``Significance``).
        public var key: Bool
        /// `new` (absent before), `gone` (absent after), `rising`/`falling` (a key change, by its
        /// sign), else `steady`.
        public var status: ChangeStatus
    }

    /// Each pair of consecutive meetings by date; within a pair by |G²| descending, then count, then term.
    public static func rows(_ tables: AnalysisTables, significance: Significance) -> [Row] {
        guard tables.meetings.count >= 2 else { return [] }
        return (1..<tables.meetings.count).flatMap { to in
            compare(from: to - 1, to: to, countsFrom: tables.counts[to - 1], countsTo: tables.counts[to], tables: tables,
                    significance: significance)
        }
    }

    /// Every term used on either side; `from` and `to` label the rows.
    public static func compare(from: Int, to: Int, countsFrom: [Int], countsTo: [Int], tables: AnalysisTables,
                               significance: Significance) -> [Row] {
        let d = countsFrom.reduce(0, +), c = countsTo.reduce(0, +)
        guard c > 0, d > 0 else { return [] }
        var rows: [Row] = []
        for term in countsTo.indices where countsTo[term] + countsFrom[term] > 0 {
            let a = countsTo[term], b = countsFrom[term]
            let g2 = Statistics.signedG2(a: a, b: b, c: c, d: d), logRatio = Statistics.logRatio(a: a, b: b, c: c, d: d)
            let key = significance.isKey(g2: g2, count: a + b, logRatio: logRatio, tests: tables.testedTerms)
            let status: ChangeStatus = b == 0 ? .new : a == 0 ? .gone : !key ? .steady : g2 > 0 ? .rising : .falling
            let before = Statistics.per10k(b, d), after = Statistics.per10k(a, c)
            rows.append(Row(from: from, to: to, term: Int32(term), countFrom: b, countTo: a, per10kFrom: before,
                            per10kTo: after, change: after - before, logRatio: logRatio, g2: g2,
                            pValue: Statistics.pValue(g2: g2), key: key, status: status))
        }
        return rows.sorted {
            abs($0.g2) != abs($1.g2) ? abs($0.g2) > abs($1.g2)
                : $0.countFrom + $0.countTo != $1.countFrom + $1.countTo ? $0.countFrom + $0.countTo > $1.countFrom + $1.countTo
                : tables.precedes($0.term, $1.term)
        }
    }
}
