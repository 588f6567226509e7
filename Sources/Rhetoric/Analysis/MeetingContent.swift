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
    /// SHA-256 (hex) of the terms' strings in that order, then each sentence's count and local ids.
    let digest: String

    init(_ tables: AnalysisTables, meeting: Int) {
        let sentences = tables.sentences[meeting]
        var local = Array(repeating: Int32(-1), count: tables.terms.count)
        var terms: [Int32] = []
        for term in sentences.terms where local[Int(term)] < 0 {
            local[Int(term)] = 0
            terms.append(term)
        }
        terms.sort { tables.precedes($0, $1) }
        for (position, term) in terms.enumerated() { local[Int(term)] = Int32(position) }
        var hasher = SHA256()
        hasher.update(field: "meeting content")
        // The strings go to the digest in one buffer, each ended by a zero byte: thousands of calls
        // into libcrypto would cost more than the hashing.
        var strings: [UInt8] = []
        for term in terms {
            strings += tables.terms[Int(term)].utf8
            strings.append(0)
        }
        hasher.update(strings)
        // Local ids keep a sentence's ascending order only by chance; the digest takes them as stored,
        // which the run's order decides, so it is sorted first.
        var coded: [Int32] = []
        coded.reserveCapacity(sentences.terms.count + sentences.count)
        for index in sentences.indices {
            let range = sentences.range(index)
            coded.append(Int32(range.count))
            let start = coded.count
            for term in sentences.terms[range] { coded.append(local[Int(term)]) }
            coded[start...].sort()
        }
        coded.withUnsafeBytes { hasher.update($0.bindMemory(to: UInt8.self)) }
        (self.terms, self.local, digest) = (terms, local, hasher.hex())
    }
}
