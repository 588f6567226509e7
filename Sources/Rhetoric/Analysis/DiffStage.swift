/// Two sides of the corpus compared: meetings chosen by id or by year, pooled per side.
public enum DiffStage {
    /// The meetings a user's selector names: a meeting id (`2023-03-21`) or a year (`2023`), which
    /// pools all of that year's meetings. Throws with the valid choices when nothing matches.
    public static func meetings(_ selector: String, in tables: AnalysisTables) throws(RhetoricError) -> [Int] {
        let chosen = tables.meetings.indices.filter {
            tables.meetings[$0].id == selector || String(tables.meetings[$0].date.year) == selector
        }
        guard !chosen.isEmpty else {
            let ids = tables.meetings.map(\.id).joined(separator: ", ")
            throw RhetoricError(file: selector, "no such meeting or year; the meetings are \(ids)")
        }
        return chosen
    }

    /// Term rows of `after` against `before`, with ``ShiftStage``'s columns and formulas; from and to
    /// are 0 and 1.
    public static func terms(before: [Int], after: [Int], tables: AnalysisTables) -> [ShiftStage.Row] {
        ShiftStage.compare(from: 0, to: 1, countsFrom: pooled(before, tables), countsTo: pooled(after, tables), tables: tables)
    }

    public struct ThemeChange: Sendable, Equatable {
        public var theme: Int
        public var per10kBefore: Double
        public var per10kAfter: Double
        public var change: Double { per10kAfter - per10kBefore }
    }

    /// Each theme's rate on both sides, by change descending (then theme order).
    public static func themes(before: [Int], after: [Int], tables: AnalysisTables, themes: ThemeList) -> [ThemeChange] {
        let a = pooled(before, tables), b = pooled(after, tables)
        let ta = a.reduce(0, +), tb = b.reduce(0, +)
        let index = tables.termIndex()
        return themes.themes.enumerated().map { theme, entry in
            let ids = entry.terms.compactMap { index[$0] }
            return ThemeChange(theme: theme, per10kBefore: Statistics.per10k(ids.reduce(0) { $0 + a[Int($1)] }, ta),
                               per10kAfter: Statistics.per10k(ids.reduce(0) { $0 + b[Int($1)] }, tb))
        }.sorted { $0.change != $1.change ? $0.change > $1.change : $0.theme < $1.theme }
    }

    static func pooled(_ meetings: [Int], _ tables: AnalysisTables) -> [Int] {
        var counts = Array(repeating: 0, count: tables.terms.count)
        for m in meetings { for (t, c) in tables.counts[m].enumerated() { counts[t] += c } }
        return counts
    }
}
