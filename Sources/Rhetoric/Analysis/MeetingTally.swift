/// One meeting's rows of ``AnalysisTables``, counted from its documents alone, so that meetings
/// can be counted side by side. Counting goes through dense arrays indexed by term id (a worker's
/// ``Scratch``, reused from meeting to meeting); only the terms a meeting touched are read back.
struct MeetingTally: Sendable {
    /// Term id → count, over all terms.
    var counts: [Int]
    /// Each sentence's distinct term ids, ascending.
    var sentences: SentenceTerms
    /// Per speaker, term id → count.
    var speakerCounts: [[Int32: Int]]
    var speakerSentences: [Int]
    /// Gries's DP of each term the meeting uses, over its sentences.
    var dispersion: [Int32: Double]

    /// A worker's arrays, as long as the vocabulary, zero between meetings.
    final class Scratch {
        let terms: Int
        let speakers: Int
        /// Per speaker, term id → count, one vocabulary after another.
        var speakerCounts: [Int]
        var deviation: [Double]
        var covered: [Double]
        /// Occurrences of each term in the current sentence.
        var local: [Int32]

        init(terms: Int, speakers: Int) {
            self.terms = terms
            self.speakers = speakers
            speakerCounts = Array(repeating: 0, count: terms * speakers)
            deviation = Array(repeating: 0, count: terms)
            covered = Array(repeating: 0, count: terms)
            local = Array(repeating: 0, count: terms)
        }
    }

    /// DP (``Statistics/dp(parts:totalTokens:)``) in one pass over the sentences: a sentence without
    /// a term adds its share of tokens to the term's uncovered part, so only the sentences holding
    /// the term are visited for it; each term's sums add up in sentence order. The loops over tokens
    /// write through the arrays' memory (a class's arrays otherwise pay an access and a uniqueness
    /// check per token).
    init(_ documents: [SegmentedDocument], scratch: Scratch) {
        let terms = scratch.terms
        var counts = Array(repeating: 0, count: terms)
        var speakerSentences = Array(repeating: 0, count: scratch.speakers)
        var sentences = SentenceTerms()
        var used: [Int32] = []
        counts.withUnsafeMutableBufferPointer { counts in
            scratch.speakerCounts.withUnsafeMutableBufferPointer { speakerCounts in
                for document in documents {
                    document.tokens.withUnsafeBufferPointer { tokens in
                        for sentence in document.sentences {
                            let s = Int(sentence.speaker)
                            speakerSentences[s] += 1
                            let row = s * terms
                            for i in sentence.tokenRange where tokens[i] != SegmentedDocument.separator {
                                let id = Int(tokens[i])
                                if counts[id] == 0 { used.append(Int32(id)) }
                                counts[id] += 1
                                speakerCounts[row + id] += 1
                            }
                        }
                    }
                }
            }
        }
        let total = Double(counts.reduce(0, +))
        var distinct: [Int32] = []
        counts.withUnsafeBufferPointer { counts in
            scratch.local.withUnsafeMutableBufferPointer { local in
                scratch.deviation.withUnsafeMutableBufferPointer { deviation in
                    scratch.covered.withUnsafeMutableBufferPointer { covered in
                        for document in documents {
                            document.tokens.withUnsafeBufferPointer { tokens in
                                for sentence in document.sentences {
                                    distinct.removeAll(keepingCapacity: true)
                                    var length = 0
                                    for i in sentence.tokenRange where tokens[i] != SegmentedDocument.separator {
                                        let id = tokens[i]
                                        if local[Int(id)] == 0 { distinct.append(id) }
                                        local[Int(id)] += 1
                                        length += 1
                                    }
                                    let share = Double(length) / total
                                    for id in distinct {
                                        let v = Double(local[Int(id)]) / Double(counts[Int(id)])
                                        deviation[Int(id)] += abs(v - share)
                                        covered[Int(id)] += share
                                        local[Int(id)] = 0
                                    }
                                    distinct.sort()
                                    sentences.append(distinct)
                                }
                            }
                        }
                    }
                }
            }
        }
        sentences.shrink()
        var dispersion: [Int32: Double] = [:]
        dispersion.reserveCapacity(used.count)
        for id in used {
            dispersion[id] = 0.5 * (scratch.deviation[Int(id)] + 1 - scratch.covered[Int(id)])
            scratch.deviation[Int(id)] = 0
            scratch.covered[Int(id)] = 0
        }
        // Each speaker's terms are among the meeting's: read back there, rather than listed per token.
        var speakerCounts = Array(repeating: [Int32: Int](), count: scratch.speakers)
        for s in speakerCounts.indices {
            for id in used where scratch.speakerCounts[s * terms + Int(id)] != 0 {
                speakerCounts[s][id] = scratch.speakerCounts[s * terms + Int(id)]
                scratch.speakerCounts[s * terms + Int(id)] = 0
            }
        }
        self.counts = counts
        self.sentences = sentences
        self.speakerCounts = speakerCounts
        self.speakerSentences = speakerSentences
        self.dispersion = dispersion
    }
}
