/// The immutable tables every analysis stage reads: per-meeting term counts and per-sentence term
/// sets, all under integer term ids. Built once after segmentation; the stages then run
/// concurrently over them without copying.
public struct AnalysisTables: Sendable {
    /// Meetings in date order; meeting indices below index this array.
    public var meetings: [Meeting]
    /// Term strings by id.
    public var terms: [String]
    /// `counts[meeting][term]`.
    public var counts: [[Int]]
    /// Tokens (counted terms) per meeting.
    public var tokens: [Int]
    /// Per meeting, each sentence's distinct term ids, ascending.
    public var sentences: [[[Int32]]]
    /// Each term id's position when terms are sorted by Unicode code points: the tie-break everywhere.
    public var codePointRank: [Int]

    public init(meetings: [Meeting], terms: [String], sentences: [[[Int32]]], counts: [[Int]]) {
        self.meetings = meetings
        self.terms = terms
        self.sentences = sentences
        self.counts = counts
        tokens = counts.map { $0.reduce(0, +) }
        let order = terms.indices.sorted { terms[$0].unicodeScalars.lexicographicallyPrecedes(terms[$1].unicodeScalars) }
        var rank = Array(repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = position }
        codePointRank = rank
    }

    /// Builds the tables from the segmented corpus: each document's tokens count for its meeting.
    public init(corpus: Corpus, segmented: SegmentedCorpus) {
        let meetingIndex = Dictionary(uniqueKeysWithValues: corpus.meetings.enumerated().map { ($1.date, $0) })
        let vocabularySize = segmented.vocabulary.count
        var counts = Array(repeating: Array(repeating: 0, count: vocabularySize), count: corpus.meetings.count)
        var sentences = Array(repeating: [[Int32]](), count: corpus.meetings.count)
        for (document, tokens) in zip(corpus.documents, segmented.documents) {
            let m = meetingIndex[document.meeting.date]!
            for sentence in tokens.sentences {
                let terms = sentence.terms
                for id in terms { counts[m][Int(id)] += 1 }
                sentences[m].append(Array(Set(terms)).sorted())
            }
        }
        self.init(meetings: corpus.meetings, terms: segmented.vocabulary.terms, sentences: sentences, counts: counts)
    }

    /// Orders term ids by code point.
    public func precedes(_ a: Int32, _ b: Int32) -> Bool {
        codePointRank[Int(a)] < codePointRank[Int(b)]
    }

    /// A term's count over all meetings.
    public func total(_ term: Int) -> Int {
        counts.reduce(0) { $0 + $1[term] }
    }

    /// How many meetings use the term.
    public func documentFrequency(_ term: Int) -> Int {
        counts.reduce(0) { $0 + ($1[term] > 0 ? 1 : 0) }
    }
}
