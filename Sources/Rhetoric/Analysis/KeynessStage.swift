/// What each meeting stresses compared with all the others: keywords by log-likelihood, with its
/// p-value, the effect size (log ratio), the prior-smoothed log-odds z-score, and whether the
/// difference is key (``Significance``).
public enum KeynessStage {
    public struct Options: Sendable, Equatable {
        /// α0 of the informative Dirichlet prior (`--prior-scale`).
        public var priorScale = 1000.0
        /// Rows with |G²| at least this are kept (3.84 is p < 0.05 with one degree of freedom).
        public var minimumG2 = 3.84
        /// The top rows by G² of each meeting are kept whatever their G².
        public var top = 100
        /// When a row is key.
        public var significance = Significance()

        public init() {}
    }

    public struct Row: Sendable, Equatable {
        public var target: Int
        public var term: Int32
        public var count: Int
        public var countRest: Int
        public var per10k: Double
        public var per10kRest: Double
        public var g2: Double
        /// The p-value of `g2` (χ², one degree of freedom), uncorrected.
        public var pValue: Double
        public var logRatio: Double
        public var logOddsZ: Double
        /// Significant after Bonferroni correction, frequent and large enough (see ``Significance``).
        public var key: Bool
    }

    /// Each meeting against the rest of the corpus; by meeting, then G² descending, then term.
    public static func rows(_ tables: AnalysisTables, options: Options) -> [Row] {
        guard tables.meetings.count >= 2 else { return [] }
        let totals = tables.terms.indices.map(tables.total)
        let allTokens = tables.tokens.reduce(0, +)
        var rows: [Row] = []
        for m in tables.meetings.indices {
            let counts = tables.counts[m]
            rows += compare(
                target: m, counts: counts, rest: zip(totals, counts).map { $0 - $1 },
                tokens: tables.tokens[m], restTokens: allTokens - tables.tokens[m], tables: tables, options: options)
        }
        return rows
    }

    /// Rows for one target against one reference, filtered and sorted. `target` labels the rows.
    public static func compare(target: Int, counts: [Int], rest: [Int], tokens c: Int, restTokens d: Int,
                               tables: AnalysisTables, options: Options) -> [Row] {
        guard c > 0, d > 0 else { return [] }
        var all: [Row] = []
        for term in counts.indices where counts[term] + rest[term] > 0 {
            let a = counts[term], b = rest[term]
            let g2 = Statistics.signedG2(a: a, b: b, c: c, d: d), logRatio = Statistics.logRatio(a: a, b: b, c: c, d: d)
            all.append(Row(
                target: target, term: Int32(term), count: a, countRest: b,
                per10k: Statistics.per10k(a, c), per10kRest: Statistics.per10k(b, d),
                g2: g2, pValue: Statistics.pValue(g2: g2), logRatio: logRatio,
                logOddsZ: Statistics.logOddsZ(a: a, b: b, c: c, d: d, priorScale: options.priorScale),
                key: options.significance.isKey(g2: g2, count: a, logRatio: logRatio, tests: tables.testedTerms)))
        }
        // Ties by count (more evidence first), then by term.
        all.sort {
            $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.count != $1.count ? $0.count > $1.count : tables.precedes($0.term, $1.term)
        }
        return all.enumerated().filter { $0.offset < options.top || abs($0.element.g2) >= options.minimumG2 }.map(\.element)
    }
}
