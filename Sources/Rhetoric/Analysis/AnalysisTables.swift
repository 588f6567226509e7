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
    public var sentences: [SentenceTerms]
    /// Each term id's position when terms are sorted by Unicode code points: the tie-break everywhere.
    public var codePointRank: [Int]
    /// Speaker ids (named speakers, joint, narration).
    public var speakers: [String]
    /// `speakerCounts[meeting][speaker]`: term id → count.
    public var speakerCounts: [[[Int32: Int]]]
    /// Tokens and sentences per meeting and speaker.
    public var speakerTokens: [[Int]]
    public var speakerSentences: [[Int]]
    /// The two speakers set against each other in speaker keyness.
    public var compared: (Int, Int)?
    /// The terms that find speech (cue verbs, titles, speakers' names: ``SpeakerList/machinery``),
    /// which speaker keyness leaves out.
    public var speechMachinery: Set<Int32> = []
    /// `dispersion[meeting][term]`: Gries's DP of each term the meeting uses, over its sentences.
    public var dispersion: [[Int32: Double]]
    /// V, the distinct terms used in the corpus: how many tests a keyness table makes.
    public let testedTerms: Int

    public init(meetings: [Meeting], terms: [String], sentences: [SentenceTerms], counts: [[Int]],
                speakers: [String] = [], speakerCounts: [[[Int32: Int]]]? = nil, speakerSentences: [[Int]]? = nil,
                compared: (Int, Int)? = nil, dispersion: [[Int32: Double]]? = nil) {
        self.meetings = meetings
        self.terms = terms
        self.sentences = sentences
        self.counts = counts
        self.speakers = speakers
        let speakerCounts = speakerCounts ?? meetings.map { _ in speakers.map { _ in [:] } }
        self.speakerCounts = speakerCounts
        speakerTokens = speakerCounts.map { $0.map { $0.values.reduce(0, +) } }
        self.speakerSentences = speakerSentences ?? meetings.map { _ in speakers.map { _ in 0 } }
        self.compared = compared
        self.dispersion = dispersion ?? meetings.map { _ in [:] }
        tokens = counts.map { $0.reduce(0, +) }
        testedTerms = terms.indices.filter { term in counts.contains { $0[term] > 0 } }.count
        // UTF-8's byte order is code point order, and bytes compare faster than scalars.
        let order = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
        var rank = Array(repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = position }
        codePointRank = rank
    }

    /// Builds the tables from the segmented corpus: each document's tokens count for its meeting,
    /// and each sentence's for its speaker. Meetings are counted `jobs` at a time, each on its own.
    public init(corpus: Corpus, segmented: SegmentedCorpus, jobs: Int = 1) {
        let meetingIndex = Dictionary(uniqueKeysWithValues: corpus.meetings.enumerated().map { ($1.date, $0) })
        var byMeeting = Array(repeating: [SegmentedDocument](), count: corpus.meetings.count)
        for (document, tokens) in zip(corpus.documents, segmented.documents) {
            byMeeting[meetingIndex[document.meeting.date]!].append(tokens)
        }
        let vocabularySize = segmented.vocabulary.count
        let speakers = segmented.config.speakers
        let tallies = Parallel.map(byMeeting, jobs: jobs, worker: { MeetingTally.Scratch(terms: vocabularySize, speakers: speakers.ids.count) }) {
            (scratch: MeetingTally.Scratch, documents: [SegmentedDocument]) in MeetingTally(documents, scratch: scratch)
        }
        self.init(meetings: corpus.meetings, terms: segmented.vocabulary.terms, sentences: tallies.map(\.sentences),
                  counts: tallies.map(\.counts), speakers: speakers.ids, speakerCounts: tallies.map(\.speakerCounts),
                  speakerSentences: tallies.map(\.speakerSentences), compared: speakers.compared,
                  dispersion: tallies.map(\.dispersion))
        speechMachinery = Set(speakers.machinery.compactMap { segmented.vocabulary.id(of: $0) })
    }

    /// A speaker's counts as a dense array over all terms, in one meeting or (nil) all of them.
    public func denseCounts(speaker: Int, meeting: Int?) -> [Int] {
        var dense = Array(repeating: 0, count: terms.count)
        for m in meeting.map({ [$0] }) ?? Array(meetings.indices) {
            for (term, count) in speakerCounts[m][speaker] { dense[Int(term)] += count }
        }
        return dense
    }

    /// Term id by term string.
    public func termIndex() -> [String: Int32] {
        Dictionary(terms.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
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
