import Foundation

/// Finds multiword terms the corpus repeats, such as `战略 协作` or `产业链 供应链`: candidates for
/// the corpus's phrases file, which `rhetoric phrases` shows and writes and every command then reads
/// as a word list (so that a run never re-discovers, and adding a meeting changes nothing already
/// counted).
///
/// A candidate is a run of 2–4 adjacent tokens inside a sentence (no stopword, punctuation or
/// sentence edge between them), none of which is a lexicon term (lexicon terms take precedence and
/// are never merged into a phrase), that neither begins nor ends with a function character (a
/// one-character stopword such as 的 or 中: `中的`, `框架内的` are fragments, not phrases). Its
/// association is the normalised pointwise mutual information of the run against its parts, scaled
/// to at most 1 whatever the length n:
///
///     p(g) = count(g) / N,   p(t) = count(t) / N      (N: tokens in the corpus)
///     npmi(g) = log2( p(g) / ∏ p(t_i) ) / ((n − 1) · −log2 p(g))
///
/// It is 1 when the parts never occur apart (each p(t_i) = p(g)) and near 0 when they co-occur by
/// chance. A run is a phrase when it occurs at least `minimumCount` times and scores at least
/// `minimumScore`.
public struct PhraseFinder: Sendable {
    public struct Options: Sendable, Equatable {
        public var minimumCount = 4
        public var minimumScore = 0.6
        public var longest = 4

        public init() {}
    }

    /// A candidate: its parts, score and count.
    public struct Phrase: Sendable, Equatable {
        public var parts: [Int32]
        public var score: Double
        public var count: Int
    }

    /// What a token may be in a phrase.
    public struct Role: Sendable {
        /// Never part of a phrase (a lexicon term).
        public var excluded = false
        /// May not start one (it begins with a function character).
        public var opensNot = false
        /// May not end one (it ends with a function character).
        public var closesNot = false

        public init(excluded: Bool = false, opensNot: Bool = false, closesNot: Bool = false) {
            self.excluded = excluded
            self.opensNot = opensNot
            self.closesNot = closesNot
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// The candidates that pass both thresholds, ordered by length then parts (a fixed order).
    /// `roles[id]` says what each token may be. Sentences are counted in `jobs` chunks whose counts
    /// are summed.
    public func candidates(in sentences: [[Int32]], roles: [Role], jobs: Int = 1) -> [Phrase] {
        let chunk = max(1, (sentences.count + jobs - 1) / max(jobs, 1))
        let chunks = stride(from: 0, to: sentences.count, by: chunk).map { Array(sentences[$0..<min($0 + chunk, sentences.count)]) }
        var unigrams: [Int32: Int] = [:]
        var ngrams: [UInt128: Int] = [:]
        for counts in Parallel.map(chunks, jobs: jobs, { count($0, roles: roles) }) {
            unigrams.merge(counts.unigrams, uniquingKeysWith: +)
            ngrams.merge(counts.ngrams, uniquingKeysWith: +)
        }
        let tokens = Double(unigrams.values.reduce(0, +))
        var found: [Phrase] = []
        for (key, count) in ngrams where count >= options.minimumCount {
            let gram = NGram.parts(key)
            guard !roles[Int(gram[0])].opensNot, !roles[Int(gram[gram.count - 1])].closesNot else { continue }
            let pGram = Double(count) / tokens
            let pParts = gram.reduce(1.0) { $0 * Double(unigrams[$1]!) / tokens }
            let score = PhraseFinder.npmi(pGram: pGram, pParts: pParts, n: gram.count)
            if score >= options.minimumScore {
                found.append(Phrase(parts: gram, score: score, count: count))
            }
        }
        return found.sorted {
            $0.parts.count != $1.parts.count ? $0.parts.count < $1.parts.count : $0.parts.lexicographicallyPrecedes($1.parts)
        }
    }

    /// Token and n-gram counts of some sentences.
    func count(_ sentences: [[Int32]], roles: [Role]) -> (unigrams: [Int32: Int], ngrams: [UInt128: Int]) {
        var unigrams: [Int32: Int] = [:]
        var ngrams: [UInt128: Int] = [:]
        for sentence in sentences {
            var runStart = 0
            for (index, term) in sentence.enumerated() {
                if term == SegmentedDocument.separator {
                    runStart = index + 1
                    continue
                }
                unigrams[term, default: 0] += 1
                // Runs of 2…longest tokens ending here, none of them a lexicon term.
                var key = NGram.key([term])
                guard !roles[Int(term)].excluded else { continue }
                var start = index - 1
                while start >= runStart && index - start < options.longest && !roles[Int(sentence[start])].excluded {
                    key = NGram.prepend(sentence[start], to: key)
                    ngrams[key, default: 0] += 1
                    start -= 1
                }
            }
        }
        return (unigrams, ngrams)
    }

    /// `log2(pGram / pParts) / ((n − 1)·(−log2 pGram))`, and 1 when the run is every window (pGram = 1).
    public static func npmi(pGram: Double, pParts: Double, n: Int) -> Double {
        guard pGram < 1 else { return 1 }
        return log2(pGram / pParts) / (Double(n - 1) * -log2(pGram))
    }
}

/// Up to four term ids packed into one integer key, 32 bits each (id + 1, so 0 marks "no term").
enum NGram {
    static func key(_ parts: [Int32]) -> UInt128 {
        parts.enumerated().reduce(0) { append($1.element, to: $0, at: $1.offset) }
    }

    static func append(_ term: Int32, to key: UInt128, at position: Int) -> UInt128 {
        key | UInt128(UInt32(term) + 1) << (32 * position)
    }

    static func prepend(_ term: Int32, to key: UInt128) -> UInt128 {
        key << 32 | UInt128(UInt32(term) + 1)
    }

    static func parts(_ key: UInt128) -> [Int32] {
        var parts: [Int32] = []
        var rest = key
        while rest != 0 {
            parts.append(Int32(truncatingIfNeeded: UInt32(truncatingIfNeeded: rest) - 1))
            rest >>= 32
        }
        return parts
    }
}
