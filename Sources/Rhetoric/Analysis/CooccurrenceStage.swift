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

        /// The row's statistics in the order the cache keeps them (``CooccurrenceCache``).
        static func statistics(_ row: Row) -> [Double] { [row.pmi, row.npmi, row.llr, row.jaccard, row.logDice, row.mi3] }
    }

    /// Rows for each meeting in date order, then all meetings; within each, by llr descending, then
    /// the terms. A pair counts at most once per sentence; pairs under `minimumCount` are left out,
    /// and only the `maximumPairs` strongest of each meeting are kept, so that a large corpus still
    /// gives a file a spreadsheet opens. Meetings are counted and scored `jobs` at a time, each
    /// keeping its term counts (one per vocabulary entry) only while it is scored; all meetings'
    /// pair counts are the meetings' summed. With a `cache`, a meeting whose sentences it has seen
    /// is read from it rather than counted.
    public static func rows(_ tables: AnalysisTables, minimumCount: Int, maximumPairs: Int = .max, jobs: Int = 1,
                            cache: CooccurrenceCache? = nil) -> Output {
        combined(meetings(tables, minimumCount: minimumCount, maximumPairs: maximumPairs, jobs: jobs, cache: cache),
                 tables, minimumCount: minimumCount, maximumPairs: maximumPairs)
    }

    /// One meeting's rows, its pair counts (for all meetings' counts) and its cache key (nil without a cache).
    public struct Meeting: Sendable {
        var rows: [Row]
        var pairs: PairCounts.Slots
        var key: String?
    }

    /// Each meeting's rows and counts, `jobs` at a time: the first half of ``rows(_:minimumCount:maximumPairs:jobs:cache:)``.
    public static func meetings(_ tables: AnalysisTables, minimumCount: Int, maximumPairs: Int = .max, jobs: Int = 1,
                                cache: CooccurrenceCache? = nil) -> [Meeting] {
        let vocabulary = tables.terms.count
        return Parallel.map(Array(tables.meetings.indices), jobs: jobs) { (meeting: Int) -> Meeting in
            let cached = cache.map { cache in
                let content = MeetingContent(tables, meeting: meeting)
                return (cache: cache, content: content, key: cache.key(content, minimumCount: minimumCount, maximumPairs: maximumPairs))
            }
            if let cached, let entry = cached.cache.load(cached.key),
               let kept = counted(entry, content: cached.content, meeting: meeting, tables: tables) {
                return Meeting(rows: kept.rows, pairs: kept.pairs, key: cached.key)
            }
            let counts = count(tables.sentences[meeting], vocabulary: vocabulary)
            let rows = strongest(counts, meeting: meeting, tables: tables, minimumCount: minimumCount, maximumPairs: maximumPairs)
            if let cached { cached.cache.store(cached.key, entry(counts, rows: rows, content: cached.content)) }
            return Meeting(rows: rows, pairs: counts.pairs.slots, key: cached?.key)
        }
    }

    /// The meetings' rows, then all meetings' rows, scored on the sum of the meetings' pair counts:
    /// the second half of ``rows(_:minimumCount:maximumPairs:jobs:cache:)``, on one worker, which the
    /// run gives it beside the other stages.
    public static func combined(_ perMeeting: [Meeting], _ tables: AnalysisTables, minimumCount: Int, maximumPairs: Int = .max) -> Output {
        let vocabulary = tables.terms.count
        var all = Counts(vocabulary: vocabulary, pairs: perMeeting.map(\.pairs.count).max() ?? 0)
        for sentences in tables.sentences {
            all.sentences += sentences.count
            for term in sentences.terms { all.terms[Int(term)] += 1 }
        }
        for meeting in perMeeting { all.pairs.merge(meeting.pairs) }
        let overall = strongest(all, meeting: nil, tables: tables, minimumCount: minimumCount, maximumPairs: maximumPairs)
        // Sized once: grown row by row, the array of a large corpus's rows (13 MB on the bench) is
        // copied at every doubling.
        var rows: [Row] = []
        rows.reserveCapacity(perMeeting.reduce(overall.count) { $0 + $1.rows.count })
        for meeting in perMeeting { rows += meeting.rows }
        rows += overall
        return Output(rows: rows, keys: perMeeting.map(\.key))
    }

    /// The rows, and each meeting's cache key (nil without a cache): its rows are a function of the
    /// key alone, so what is rendered of them can be kept under it too.
    public struct Output: Sendable {
        public var rows: [Row]
        public var keys: [String?]
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
            row(meeting: meeting, a: pair.a, b: pair.b, count: pair.count, countA: Int(counts.terms[Int(pair.a)]),
                countB: Int(counts.terms[Int(pair.b)]), sentences: s, llr: pair.llr)
        }
    }

    /// The row of a pair, its llr already known.
    static func row(meeting: Int?, a: Int32, b: Int32, count: Int, countA: Int, countB: Int, sentences: Int, llr: Double) -> Row {
        Row(meeting: meeting, termA: a, termB: b, count: count, countA: countA, countB: countB, sentences: sentences,
            pmi: Statistics.pmi(pair: count, a: countA, b: countB, sentences: sentences),
            npmi: Statistics.npmi(pair: count, a: countA, b: countB, sentences: sentences),
            llr: llr,
            jaccard: Statistics.jaccard(pair: count, a: countA, b: countB),
            logDice: Statistics.logDice(pair: count, a: countA, b: countB),
            mi3: Statistics.mi3(pair: count, a: countA, b: countB, sentences: sentences))
    }

    /// What the cache keeps of a meeting's counts and rows, in its local ids.
    static func entry(_ counts: Counts, rows: [Row], content: MeetingContent) -> CooccurrenceCache.Entry {
        var pairs: [(key: UInt64, count: Int32)] = []
        pairs.reserveCapacity(counts.pairs.count)
        counts.pairs.forEach { key, count in
            let (a, b) = PairCounts.pair(key)
            let (x, y) = (content.local[Int(a)], content.local[Int(b)])
            pairs.append((PairCounts.key(min(x, y), max(x, y)), Int32(count)))
        }
        pairs.sort { $0.key < $1.key }
        let keys = pairs.map(\.key)
        let kept = rows.map { row in
            let key = PairCounts.key(content.local[Int(row.termA)], content.local[Int(row.termB)])
            var (low, high) = (0, keys.count)
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return Int32(low)
        }
        return CooccurrenceCache.Entry(sentences: counts.sentences, terms: content.terms.map { counts.terms[Int($0)] },
                                       pairs: keys, counts: pairs.map(\.count), kept: kept,
                                       statistics: rows.flatMap { row in Row.statistics(row).map(\.bitPattern) })
    }

    /// A meeting's rows and pair counts from its cache entry, in the run's term ids; nil if the entry
    /// does not fit the meeting. Local ids follow code point order, so a pair's first term is `termA`.
    /// The pairs stay a list, the entry's counts beside their keys in the run's ids: they are only
    /// summed into all meetings' counts.
    static func counted(_ entry: CooccurrenceCache.Entry, content: MeetingContent, meeting: Int,
                        tables: AnalysisTables) -> (rows: [Row], pairs: PairCounts.Slots)? {
        guard entry.terms.count == content.terms.count, entry.sentences == tables.sentences[meeting].count else { return nil }
        let keys = entry.pairs.map { key in
            let (x, y) = PairCounts.pair(key)
            let (a, b) = (content.terms[Int(x)], content.terms[Int(y)])
            return PairCounts.key(min(a, b), max(a, b))
        }
        let pairs = PairCounts.Slots(keys: keys, counts: entry.counts, count: keys.count)
        let rows = entry.kept.indices.map { k in
            let index = Int(entry.kept[k])
            let (x, y) = PairCounts.pair(entry.pairs[index])
            let statistic = { (column: Int) in Double(bitPattern: entry.statistics[6 * k + column]) }
            return Row(meeting: meeting, termA: content.terms[Int(x)], termB: content.terms[Int(y)], count: Int(entry.counts[index]),
                       countA: Int(entry.terms[Int(x)]), countB: Int(entry.terms[Int(y)]), sentences: entry.sentences,
                       pmi: statistic(0), npmi: statistic(1), llr: statistic(2), jaccard: statistic(3), logDice: statistic(4),
                       mi3: statistic(5))
        }
        return (rows, pairs)
    }
}
