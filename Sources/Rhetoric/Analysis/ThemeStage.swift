/// How much of each meeting, and of each speaker's words, is about each theme.
public enum ThemeStage {
    public struct Row: Sendable, Equatable {
        /// A meeting index, or nil for all meetings.
        public var meeting: Int?
        /// A speaker index, or nil for all speakers.
        public var speaker: Int?
        public var theme: Int
        /// Occurrences of the theme's terms.
        public var hits: Int
        /// `10000 · hits / tokens` of the meeting and speaker.
        public var per10k: Double
        /// `hits / Σ hits of all themes` in the meeting and speaker; nil when no theme is hit.
        public var share: Double?
    }

    /// By meeting (all last), speaker (all first, then in the speaker file's order, unless
    /// `bySpeaker` is false), theme (in the theme file's order). A term counts once per theme however
    /// many of its entries match it.
    public static func rows(_ tables: AnalysisTables, themes: ThemeList, bySpeaker: Bool = true) -> [Row] {
        let themeTerms = themes.termIDs(in: tables.terms)
        var rows: [Row] = []
        for meeting in tables.meetings.indices.map(Optional.some) + [nil] {
            let meetings = meeting.map { [$0] } ?? Array(tables.meetings.indices)
            for speaker in [nil] + (bySpeaker ? tables.speakers.indices.map(Optional.some) : []) {
                let count: (Int32) -> Int = { term in
                    meetings.reduce(0) { total, m in
                        total + (speaker.map { tables.speakerCounts[m][$0][term] ?? 0 } ?? tables.counts[m][Int(term)])
                    }
                }
                let tokens = meetings.reduce(0) { total, m in total + (speaker.map { tables.speakerTokens[m][$0] } ?? tables.tokens[m]) }
                let hits = themeTerms.map { $0.reduce(0) { $0 + count($1) } }
                let all = hits.reduce(0, +)
                for (theme, hit) in hits.enumerated() {
                    rows.append(Row(meeting: meeting, speaker: speaker, theme: theme, hits: hit,
                                    per10k: Statistics.per10k(hit, tokens), share: all > 0 ? Double(hit) / Double(all) : nil))
                }
            }
        }
        return rows
    }
}
