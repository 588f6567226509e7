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
    /// gives a file a spreadsheet opens. Meetings are counted and scored `jobs` at a time, each
    /// keeping its term counts (one per vocabulary entry) only while it is scored; all meetings'
    /// pair counts are the meetings' summed.
    public static func rows(_ tables: AnalysisTables, minimumCount: Int, maximumPairs: Int = .max, jobs: Int = 1) -> [Row] {
        let vocabulary = tables.terms.count
        let perMeeting = Parallel.map(Array(tables.meetings.indices), jobs: jobs) { (meeting: Int) -> (rows: [Row], pairs: PairCounts) in
            let counts = count(tables.sentences[meeting], vocabulary: vocabulary)
            return (strongest(counts, meeting: meeting, tables: tables, minimumCount: minimumCount, maximumPairs: maximumPairs), counts.pairs)
        }
        var all = Counts(vocabulary: vocabulary, pairs: perMeeting.map(\.pairs.count).max() ?? 0)
        for sentences in tables.sentences {
            all.sentences += sentences.count
            for term in sentences.terms { all.terms[Int(term)] += 1 }
        }
        for meeting in perMeeting { all.pairs.merge(meeting.pairs) }
        return perMeeting.flatMap(\.rows)
            + strongest(all, meeting: nil, tables: tables, minimumCount: minimumCount, maximumPairs: maximumPairs)
    }

    /// Sentence, term and pair counts of one set of sentences.
    struct Counts: Sendable {
        var sentences = 0
        /// Sentences holding each term id.
        var terms: [Int32]
        var pairs: PairCounts

        init(vocabulary: Int, pairs: Int) {
            terms = Array(repeating: 0, count: vocabulary)
            self.pairs = PairCounts(capacity: pairs)
        }
    }

    /// Counts of sentences given as sorted lists of distinct term ids below `vocabulary`.
    static func count(_ sentences: SentenceTerms, vocabulary: Int) -> Counts {
        var counts = Counts(vocabulary: vocabulary, pairs: 1024)
        counts.sentences = sentences.count
        sentences.terms.withUnsafeBufferPointer { terms in
            for index in sentences.indices {
                let sentence = sentences.range(index)
                for i in sentence { counts.terms[Int(terms[i])] += 1 }
                counts.pairs.addPairs(of: UnsafeBufferPointer(rebasing: terms[sentence]))
            }
        }
        return counts
    }

    /// The `maximumPairs` strongest pairs of one set of counts, strongest first. Only their llr
    /// decides which, so the other statistics are computed for the kept pairs alone.
    static func strongest(_ counts: Counts, meeting: Int?, tables: AnalysisTables, minimumCount: Int, maximumPairs: Int) -> [Row] {
        let s = counts.sentences
        var candidates: [(a: Int32, b: Int32, count: Int, llr: Double)] = []
        counts.pairs.forEach { key, count in
            guard count >= minimumCount else { return }
            var (a, b) = PairCounts.pair(key)
            if tables.precedes(b, a) { swap(&a, &b) }
            let llr = Statistics.dunningG2(pair: count, a: Int(counts.terms[Int(a)]), b: Int(counts.terms[Int(b)]), sentences: s)
            candidates.append((a, b, count, llr))
        }
        let kept = TopSelection.first(maximumPairs, of: candidates) { x, y in
            if x.llr != y.llr { return x.llr > y.llr }
            if x.a != y.a { return tables.precedes(x.a, y.a) }
            return tables.precedes(x.b, y.b)
        }
        return kept.map { pair in
            let (count, na, nb) = (pair.count, Int(counts.terms[Int(pair.a)]), Int(counts.terms[Int(pair.b)]))
            return Row(
                meeting: meeting, termA: pair.a, termB: pair.b, count: count, countA: na, countB: nb, sentences: s,
                pmi: Statistics.pmi(pair: count, a: na, b: nb, sentences: s),
                npmi: Statistics.npmi(pair: count, a: na, b: nb, sentences: s),
                llr: pair.llr,
                jaccard: Statistics.jaccard(pair: count, a: na, b: nb),
                logDice: Statistics.logDice(pair: count, a: na, b: nb),
                mi3: Statistics.mi3(pair: count, a: na, b: nb, sentences: s))
        }
    }
}
