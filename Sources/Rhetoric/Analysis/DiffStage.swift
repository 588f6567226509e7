/// Two sides of the corpus compared: meetings chosen by id, year or range of years, pooled per
/// side, for every speaker or one.
public enum DiffStage {
    /// The meetings a user's selector names: a meeting id (`2023-03-21`), a year (`2023`), which pools
    /// that year's meetings, or a range of years (`2013-2022`), which pools every meeting in it.
    /// Throws with the valid choices when nothing matches.
    public static func meetings(_ selector: String, in tables: AnalysisTables) throws(RhetoricError) -> [Int] {
        let years = yearRange(selector)
        let chosen = tables.meetings.indices.filter { m in
            tables.meetings[m].id == selector || years?.contains(tables.meetings[m].date.year) == true
        }
        guard !chosen.isEmpty else {
            let ids = tables.meetings.map(\.id).joined(separator: ", ")
            throw RhetoricError(file: selector, "no such meeting, year or range of years (2013-2022); the meetings are \(ids)")
        }
        return chosen
    }

    /// `2023` or `2013-2022` as the years it covers.
    static func yearRange(_ selector: String) -> ClosedRange<Int>? {
        let parts = selector.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
              let first = Int(parts[0]), let last = Int(parts[parts.count - 1]), first <= last
        else { return nil }
        return first...last
    }

    /// Term rows of `after` against `before` (one speaker's words, or everyone's), with
    /// ``ShiftStage``'s columns and formulas; from and to are 0 and 1.
    public static func terms(before: [Int], after: [Int], speaker: Int? = nil, tables: AnalysisTables,
                             significance: Significance) -> [ShiftStage.Row] {
        ShiftStage.compare(from: 0, to: 1, countsFrom: pooled(before, speaker, tables), countsTo: pooled(after, speaker, tables),
                           tables: tables, significance: significance)
    }

    public struct ThemeChange: Sendable, Equatable {
        public var theme: Int
        public var per10kBefore: Double
        public var per10kAfter: Double
        public var change: Double { per10kAfter - per10kBefore }
    }

    /// Each theme's (or concept's) rate on both sides, by change descending (then theme order).
    public static func themes(before: [Int], after: [Int], speaker: Int? = nil, tables: AnalysisTables,
                              themes: ThemeList) -> [ThemeChange] {
        let a = pooled(before, speaker, tables), b = pooled(after, speaker, tables)
        let ta = a.reduce(0, +), tb = b.reduce(0, +)
        return themes.termIDs(in: tables.terms).enumerated().map { theme, ids in
            ThemeChange(theme: theme, per10kBefore: Statistics.per10k(ids.reduce(0) { $0 + a[Int($1)] }, ta),
                        per10kAfter: Statistics.per10k(ids.reduce(0) { $0 + b[Int($1)] }, tb))
        }.sorted { $0.change != $1.change ? $0.change > $1.change : $0.theme < $1.theme }
    }

    /// The term counts of `meetings` together, of one speaker or all.
    static func pooled(_ meetings: [Int], _ speaker: Int?, _ tables: AnalysisTables) -> [Int] {
        guard let speaker else {
            var counts = Array(repeating: 0, count: tables.terms.count)
            for m in meetings { for (t, c) in tables.counts[m].enumerated() { counts[t] += c } }
            return counts
        }
        var counts = Array(repeating: 0, count: tables.terms.count)
        for m in meetings { for (t, c) in tables.speakerCounts[m][speaker] { counts[Int(t)] += c } }
        return counts
    }
}
