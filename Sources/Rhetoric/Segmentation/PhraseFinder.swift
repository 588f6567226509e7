import Foundation

/// Finds multiword terms the corpus repeats, such as `战略 协作` or `产业链 供应链`, so that they
/// count as one term downstream.
///
/// A candidate is a run of 2–4 adjacent tokens inside a sentence (no stopword, punctuation or
/// sentence edge between them) none of which is a lexicon term: lexicon terms take precedence and
/// are never merged into a phrase. Its association is the normalised pointwise mutual information
/// of the run against its parts, scaled to at most 1 whatever the length n:
///
///     p(g) = count(g) / N,   p(t) = count(t) / N      (N: tokens in the corpus)
///     npmi(g) = log2( p(g) / ∏ p(t_i) ) / ((n − 1) · −log2 p(g))
///
/// It is 1 when the parts never occur apart (each p(t_i) = p(g)) and near 0 when they co-occur by
/// chance. A run is a
/// phrase when it occurs at least `minimumCount` times and scores at least `minimumScore`.
/// Phrases are then applied left to right, longest first; a phrase whose applied count falls under
/// the minimum is dropped.
public struct PhraseFinder: Sendable {
    public struct Options: Sendable, Equatable {
        public var minimumCount = 4
        public var minimumScore = 0.6
        public var longest = 4

        public init() {}
    }

    /// A discovered phrase: its parts and, once applied, its count and the meetings using it.
    public struct Phrase: Sendable, Equatable {
        public var parts: [Int32]
        public var score: Double
        public var count = 0
        public var meetings = 0
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// The candidates that pass both thresholds, ordered by length then parts (a fixed order).
    public func candidates(in sentences: [[Int32]], isLexicon: (Int32) -> Bool) -> [Phrase] {
        var unigrams: [Int32: Int] = [:]
        var ngrams: [[Int32]: Int] = [:]
        for sentence in sentences {
            for run in sentence.split(separator: SegmentedDocument.separator) {
                let run = Array(run)
                for term in run { unigrams[term, default: 0] += 1 }
                for n in 2...options.longest where run.count >= n {
                    for start in 0...(run.count - n) {
                        let gram = Array(run[start..<start + n])
                        if gram.contains(where: isLexicon) { continue }
                        ngrams[gram, default: 0] += 1
                    }
                }
            }
        }
        let tokens = Double(unigrams.values.reduce(0, +))
        var found: [Phrase] = []
        for (gram, count) in ngrams where count >= options.minimumCount {
            let pGram = Double(count) / tokens
            let pParts = gram.reduce(1.0) { $0 * Double(unigrams[$1]!) / tokens }
            let score = PhraseFinder.npmi(pGram: pGram, pParts: pParts, n: gram.count)
            if score >= options.minimumScore {
                found.append(Phrase(parts: gram, score: score))
            }
        }
        return found.sorted {
            $0.parts.count != $1.parts.count ? $0.parts.count < $1.parts.count : $0.parts.lexicographicallyPrecedes($1.parts)
        }
    }

    /// `log2(pGram / pParts) / ((n − 1)·(−log2 pGram))`, and 1 when the run is every window (pGram = 1).
    public static func npmi(pGram: Double, pParts: Double, n: Int) -> Double {
        guard pGram < 1 else { return 1 }
        return log2(pGram / pParts) / (Double(n - 1) * -log2(pGram))
    }

    /// Rewrites `tokens`, replacing each occurrence of a phrase's parts (longest first, left to right)
    /// by `ids[phrase index]`; `onMatch` is told which phrase matched.
    public static func apply(_ phrases: [Phrase], ids: [Int32], to tokens: [Int32], onMatch: (Int) -> Void = { _ in }) -> [Int32] {
        guard !phrases.isEmpty else { return tokens }
        var index: [[Int32]: Int] = [:]
        var longest = 0
        for (position, phrase) in phrases.enumerated() {
            index[phrase.parts] = position
            longest = max(longest, phrase.parts.count)
        }
        return apply(index: index, longest: longest, ids: ids, to: tokens, onMatch: onMatch)
    }

    static func apply(index: [[Int32]: Int], longest: Int, ids: [Int32], to tokens: [Int32], onMatch: (Int) -> Void) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(tokens.count)
        var position = 0
        outer: while position < tokens.count {
            if tokens[position] != SegmentedDocument.separator {
                for n in stride(from: min(longest, tokens.count - position), through: 2, by: -1) {
                    if let phrase = index[Array(tokens[position..<position + n])] {
                        result.append(ids[phrase])
                        onMatch(phrase)
                        position += n
                        continue outer
                    }
                }
            }
            result.append(tokens[position])
            position += 1
        }
        return result
    }
}
