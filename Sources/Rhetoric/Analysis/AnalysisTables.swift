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

    public init(meetings: [Meeting], terms: [String], sentences: [[[Int32]]], counts: [[Int]],
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
        let order = terms.indices.sorted { terms[$0].unicodeScalars.lexicographicallyPrecedes(terms[$1].unicodeScalars) }
        var rank = Array(repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = position }
        codePointRank = rank
    }

    /// Builds the tables from the segmented corpus: each document's tokens count for its meeting,
    /// and each sentence's for its speaker.
    public init(corpus: Corpus, segmented: SegmentedCorpus) {
        let meetingIndex = Dictionary(uniqueKeysWithValues: corpus.meetings.enumerated().map { ($1.date, $0) })
        let vocabularySize = segmented.vocabulary.count
        let speakers = segmented.config.speakers
        var counts = Array(repeating: Array(repeating: 0, count: vocabularySize), count: corpus.meetings.count)
        var sentences = Array(repeating: [[Int32]](), count: corpus.meetings.count)
        var speakerCounts = Array(repeating: Array(repeating: [Int32: Int](), count: speakers.ids.count), count: corpus.meetings.count)
        var speakerSentences = Array(repeating: Array(repeating: 0, count: speakers.ids.count), count: corpus.meetings.count)
        for (document, tokens) in zip(corpus.documents, segmented.documents) {
            let m = meetingIndex[document.meeting.date]!
            for sentence in tokens.sentences {
                let terms = sentence.terms
                let s = Int(sentence.speaker)
                for id in terms {
                    counts[m][Int(id)] += 1
                    speakerCounts[m][s][id, default: 0] += 1
                }
                speakerSentences[m][s] += 1
                sentences[m].append(Array(Set(terms)).sorted())
            }
        }
        self.init(meetings: corpus.meetings, terms: segmented.vocabulary.terms, sentences: sentences, counts: counts,
                  speakers: speakers.ids, speakerCounts: speakerCounts, speakerSentences: speakerSentences,
                  compared: speakers.compared,
                  dispersion: AnalysisTables.dispersion(corpus: corpus, segmented: segmented, meetingIndex: meetingIndex, counts: counts))
        speechMachinery = Set(speakers.machinery.compactMap { segmented.vocabulary.id(of: $0) })
    }

    /// Each meeting's DP for each of its terms (see ``Statistics/dp(parts:totalTokens:)``), in one
    /// pass over the sentences: a sentence without the term adds its share of tokens, so only the
    /// sentences holding a term are visited for it.
    static func dispersion(corpus: Corpus, segmented: SegmentedCorpus, meetingIndex: [MeetingDate: Int], counts: [[Int]]) -> [[Int32: Double]] {
        let totals = counts.map { $0.reduce(0, +) }
        var sums = Array(repeating: [Int32: (deviation: Double, covered: Double)](), count: counts.count)
        var local: [Int32: Int] = [:]
        for (document, tokens) in zip(corpus.documents, segmented.documents) {
            let m = meetingIndex[document.meeting.date]!
            let total = Double(totals[m])
            for sentence in tokens.sentences {
                local.removeAll(keepingCapacity: true)
                var length = 0
                for term in sentence.tokens where term != SegmentedDocument.separator {
                    local[term, default: 0] += 1
                    length += 1
                }
                let share = Double(length) / total
                for (term, count) in local {
                    let v = Double(count) / Double(counts[m][Int(term)])
                    let sum = sums[m][term] ?? (0, 0)
                    sums[m][term] = (sum.deviation + abs(v - share), sum.covered + share)
                }
            }
        }
        return sums.map { $0.mapValues { 0.5 * ($0.deviation + 1 - $0.covered) } }
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
