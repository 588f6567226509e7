/// One meeting's sentences apart from the run's term ids: its distinct terms in code point order
/// (their positions are the meeting's local ids) and a digest of their strings and of every
/// sentence's local ids. Term ids number the whole corpus, so a document added to one meeting can
/// shift every other meeting's ids; its digest stays the same while its sentences do, which is what
/// lets a rerun take that meeting's co-occurrence counts and rows from the cache.
struct MeetingContent: Sendable {
    /// The run's term id of each local id: the meeting's terms in code point order.
    let terms: [Int32]
    /// The local id of each of the run's term ids, -1 for a term the meeting lacks.
    let local: [Int32]
    /// The hash (``ContentHash``, hex) of the terms' strings in that order, then each sentence's
    /// count and local ids.
    let digest: String

    init(_ tables: AnalysisTables, meeting: Int) {
        let sentences = tables.sentences[meeting]
        var local = Array(repeating: Int32(-1), count: tables.terms.count)
        var terms: [Int32] = []
        for term in sentences.terms where local[Int(term)] < 0 {
            local[Int(term)] = 0
            terms.append(term)
        }
        let rank = tables.codePointRank
        terms.sort { rank[Int($0)] < rank[Int($1)] }
        for (position, term) in terms.enumerated() { local[Int(term)] = Int32(position) }
        var hasher = ContentHash()
        hasher.update(field: "meeting content")
        // The strings go to the digest in one buffer, each ended by a zero byte: thousands of calls
        // into the hash library would cost more than the hashing.
        var strings: [UInt8] = []
        for term in terms {
            strings += tables.terms[Int(term)].utf8
            strings.append(0)
        }
        hasher.update(strings)
        // Each sentence as its count, then its local ids ascending: stored ascending by the run's ids,
        // they are sorted again (a sentence holds a few dozen, so by insertion).
        var coded = [Int32](repeating: 0, count: sentences.terms.count + sentences.count)
        coded.withUnsafeMutableBufferPointer { coded in
            local.withUnsafeBufferPointer { local in
                sentences.terms.withUnsafeBufferPointer { ids in
                    var end = 0
                    for index in sentences.indices {
                        let range = sentences.range(index)
                        coded[end] = Int32(range.count)
                        let start = end + 1
                        end = start
                        for i in range {
                            let id = local[Int(ids[i])]
                            var slot = end
                            while slot > start && coded[slot - 1] > id {
                                coded[slot] = coded[slot - 1]
                                slot -= 1
                            }
                            coded[slot] = id
                            end += 1
                        }
                    }
                }
            }
        }
        coded.withUnsafeBytes { hasher.update($0.bindMemory(to: UInt8.self)) }
        (self.terms, self.local, digest) = (terms, local, hasher.hex())
    }
}
