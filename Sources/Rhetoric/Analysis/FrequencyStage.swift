/// What each meeting says most: counts, rates and tf-idf per meeting.
public enum FrequencyStage {
    public struct Row: Sendable, Equatable {
        public var meeting: Int
        public var term: Int32
        public var count: Int
        public var per10k: Double
        /// 1 = the meeting's most frequent term; ties in code point order.
        public var rank: Int
        public var tfidf: Double
        /// Gries's DP of the term over the meeting's sentences (see ``Statistics/dp(parts:totalTokens:)``).
        public var dp: Double
    }

    /// Every term a meeting uses, by meeting (date order) then rank.
    public static func rows(_ tables: AnalysisTables) -> [Row] {
        let meetingCount = tables.meetings.count
        let documentFrequency = tables.terms.indices.map(tables.documentFrequency)
        var rows: [Row] = []
        for m in tables.meetings.indices {
            let used = tables.counts[m].indices.filter { tables.counts[m][$0] > 0 }.map(Int32.init)
            let ordered = used.sorted { a, b in
                let ca = tables.counts[m][Int(a)], cb = tables.counts[m][Int(b)]
                return ca != cb ? ca > cb : tables.precedes(a, b)
            }
            for (position, term) in ordered.enumerated() {
                let count = tables.counts[m][Int(term)]
                rows.append(Row(
                    meeting: m, term: term, count: count, per10k: Statistics.per10k(count, tables.tokens[m]),
                    rank: position + 1,
                    tfidf: Statistics.tfidf(count: count, tokens: tables.tokens[m], meetings: meetingCount,
                                            documentFrequency: documentFrequency[Int(term)]),
                    dp: tables.dispersion[m][term] ?? 0))
            }
        }
        return rows
    }

    /// Term ids used anywhere, by total count descending, then code point.
    public static func termsByTotal(_ tables: AnalysisTables) -> [(term: Int32, total: Int)] {
        tables.terms.indices.map { (Int32($0), tables.total($0)) }.filter { $0.1 > 0 }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : tables.precedes($0.0, $1.0)
        }
    }
}
