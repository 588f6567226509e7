/// Who said how much, and what one speaker stresses that the other does not.
public enum SpeakerStage {
    public struct Row: Sendable, Equatable {
        /// A meeting index, or nil for all meetings.
        public var meeting: Int?
        public var speaker: Int
        public var sentences: Int
        public var tokens: Int
        /// The speaker's tokens over the meeting's tokens.
        public var share: Double
    }

    /// Every speaker in every meeting (zeros included, so charts line up), then over all meetings.
    public static func rows(_ tables: AnalysisTables) -> [Row] {
        var rows: [Row] = []
        for meeting in tables.meetings.indices.map(Optional.some) + [nil] {
            let meetings = meeting.map { [$0] } ?? Array(tables.meetings.indices)
            let total = meetings.reduce(0) { $0 + tables.tokens[$1] }
            for speaker in tables.speakers.indices {
                let tokens = meetings.reduce(0) { $0 + tables.speakerTokens[$1][speaker] }
                rows.append(Row(meeting: meeting, speaker: speaker,
                                sentences: meetings.reduce(0) { $0 + tables.speakerSentences[$1][speaker] },
                                tokens: tokens, share: total > 0 ? Double(tokens) / Double(total) : 0))
            }
        }
        return rows
    }

    /// The first compared speaker against the second, per meeting and then over all meetings
    /// (target index = the meeting count), with keyness's formulas and filter. The words that find
    /// speech (``AnalysisTables/speechMachinery``) are left out of the counts and the totals: they
    /// measure the attribution, not what was said.
    public static func keyness(_ tables: AnalysisTables, options: KeynessStage.Options) -> [KeynessStage.Row] {
        guard let (first, second) = tables.compared else { return [] }
        var rows: [KeynessStage.Row] = []
        for meeting in tables.meetings.indices.map(Optional.some) + [nil] {
            var a = tables.denseCounts(speaker: first, meeting: meeting)
            var b = tables.denseCounts(speaker: second, meeting: meeting)
            for term in tables.speechMachinery {
                a[Int(term)] = 0
                b[Int(term)] = 0
            }
            rows += KeynessStage.compare(target: meeting ?? tables.meetings.count, counts: a, rest: b,
                                         tokens: a.reduce(0, +), restTokens: b.reduce(0, +), tables: tables, options: options)
        }
        return rows
    }
}
