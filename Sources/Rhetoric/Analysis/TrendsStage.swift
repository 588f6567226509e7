/// What rose and fell: each frequent term's rate across the meetings in date order.
public enum TrendsStage {
    public struct Row: Sendable, Equatable {
        public var term: Int32
        public var total: Int
        public var meetingsPresent: Int
        public var firstSeen: Int
        public var lastSeen: Int
        /// Least-squares slope of per_10k against the meeting date in years.
        public var slopePerYear: Double?
        /// Rank correlation of per_10k with the date (average ranks for ties).
        public var spearman: Double?
        /// `new` (only in the latest meeting), `gone` (absent from the latest, present before),
        /// `rising` (Spearman ≥ 0.7), `falling` (≤ −0.7), else `steady`.
        public var status: ChangeStatus
        /// per_10k in each meeting, in date order.
        public var per10k: [Double]
    }

    /// Terms with a total count of at least `minimumCount`, by total descending, then term.
    public static func rows(_ tables: AnalysisTables, minimumCount: Int) -> [Row] {
        let years = tables.meetings.map(\.date.fractionalYear)
        let latest = tables.meetings.count - 1
        var rows: [Row] = []
        for (term, total) in FrequencyStage.termsByTotal(tables) where total >= minimumCount {
            let counts = tables.counts.map { $0[Int(term)] }
            let rates = zip(counts, tables.tokens).map { Statistics.per10k($0, $1) }
            let present = counts.indices.filter { counts[$0] > 0 }
            let spearman = Statistics.spearman(years, rates)
            rows.append(Row(
                term: term, total: total, meetingsPresent: present.count, firstSeen: present.first!, lastSeen: present.last!,
                slopePerYear: Statistics.slope(x: years, y: rates), spearman: spearman,
                status: status(present: present, latest: latest, spearman: spearman), per10k: rates))
        }
        return rows
    }

    static func status(present: [Int], latest: Int, spearman: Double?) -> ChangeStatus {
        if present == [latest] && latest > 0 { return .new }
        if present.last! < latest { return .gone }
        if let spearman, spearman >= 0.7 { return .rising }
        if let spearman, spearman <= -0.7 { return .falling }
        return .steady
    }
}
