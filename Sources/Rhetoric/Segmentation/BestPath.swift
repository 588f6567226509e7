/// Chooses the words of a run of text between punctuation: the best path through every candidate
/// word, with ICU's own segmentation as one source of candidates.
///
/// Candidates are every word of the ``WordTrie`` that starts and ends at a place the run may be cut
/// (between two Han characters, or at one of ICU's boundaries: a Latin word or a number is never cut
/// inside), ICU's own words, and each character alone. A path is scored, in order of precedence:
/// 1. the characters it covers with entries of the user's lexicons (they win wherever they match,
///    even inside a longer entry of another list);
/// 2. the characters it covers with domain lexicon entries, then with phrases, each of which counts
///    only where it starts at a word boundary of ICU's segmentation or of the vocabulary's best
///    path (so `大国` is never cut out of `重大/国际`) and, if it lies inside a word of that path,
///    only where ICU has a boundary at both its ends (`中国` is not cut out of `发展中国家`, where
///    ICU has `发展/中/国家`; `主权` is out of `各/自主权`, where ICU has `各自/主权`);
/// 3. the fewest lexicon and phrase tokens (the longest entries);
/// 4. the sum of the natural logs of the words' probabilities in the general vocabulary, as jieba
///    does (an unknown word or character counts as one occurrence; ICU's words the vocabulary lacks
///    likewise).
/// Ties go to the longer first word. Runs of single characters left on the path that together are
/// no word (a date's 年, 月, 日 or 号 after its digits aside, which joins its number) go through the
/// ``HiddenMarkovModel``, which joins unknown words such as transliterated
/// names; then weak pieces of a name written by its sound are joined (``Transliteration``).
/// A value type: its scratch space is mutated in place, without the exclusivity checks a class's
/// properties would cost in the inner loops.
struct BestPath {
    struct Token: Equatable {
        /// Offsets in the paragraph's UTF-16 buffer.
        var start: Int
        var end: Int
        /// The token's node in the trie, or -1 (a word no list knows).
        var node: Int32
    }

    /// A path's score from some position to the end of the run; larger is better.
    struct Score: Comparable {
        var user = 0
        var domain = 0
        var phrase = 0
        /// Minus the number of lexicon and phrase tokens.
        var fewerTokens = 0
        var logProbability = 0.0

        static func < (a: Score, b: Score) -> Bool {
            (a.user, a.domain, a.phrase, a.fewerTokens, a.logProbability) < (b.user, b.domain, b.phrase, b.fewerTokens, b.logProbability)
        }
    }

    let trie: WordTrie
    let hmm: HiddenMarkovModel
    let unknown: Double

    // Scratch space, reused from run to run (positions 0...n of the current run).
    private var cut: [Bool] = []
    private var icuBoundary: [Bool] = []
    private var vocabularyBoundary: [Bool] = []
    /// The end of the vocabulary path's word that holds each position.
    private var vocabularyWordEnd: [Int] = []
    /// A candidate word, with what route needs of the trie copied in (so the route's loop reads
    /// only this array).
    struct Candidate {
        var end: Int32
        /// The word's node, or -1 (ICU's word or a character the vocabulary lacks).
        var node: Int32
        /// Its natural log probability in the vocabulary, or that of an unknown word.
        var logProbability: Float
        var layers: WordTrie.Layers
    }

    /// The candidates, grouped by start: those of `p` are
    /// `candidates[firstCandidate[p]..<firstCandidate[p + 1]]`.
    private var candidates: [Candidate] = []
    private var firstCandidate: [Int] = []
    private var scores: [Score] = []
    private var probabilities: [Double] = []
    private var path: [(end: Int, node: Int32)] = []
    /// A direct-mapped cache of the trie's transitions (packed like the trie's slots, a missing
    /// child as 0xFFFFFF): news text repeats its words, and 512 KB of recent transitions stay in the
    /// processor's cache where the trie's 16 MB do not.
    private var transitions = [UInt64](repeating: 0, count: 1 << 16)

    init(trie: WordTrie, hmm: HiddenMarkovModel = .jieba) {
        self.trie = trie
        self.hmm = hmm
        unknown = Double(trie.unknownLogProbability)
    }

    /// Sets `array` to `count` copies of `value`, keeping its storage.
    private static func reset<T>(_ array: inout [T], _ value: T, count: Int) {
        array.removeAll(keepingCapacity: true)
        array.append(contentsOf: repeatElement(value, count: count))
    }

    /// The tokens of the run `range` of `text`, whose ICU segments are `segments` (absolute ranges,
    /// each with whether it is Han, which may be cut between characters).
    mutating func tokens(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, segments: ArraySlice<(range: Range<Int>, han: Bool)>) -> [Token] {
        let a = range.lowerBound, n = range.count
        BestPath.reset(&cut, false, count: n + 1)
        BestPath.reset(&icuBoundary, false, count: n + 1)
        for segment in segments {
            icuBoundary[segment.range.lowerBound - a] = true
            icuBoundary[segment.range.upperBound - a] = true
            if segment.han {
                for p in segment.range where !UTF16.isTrailSurrogate(text[p]) { cut[p - a] = true }
            }
        }
        for p in 0...n where icuBoundary[p] { cut[p] = true }
        let layered = collectCandidates(text, a, n, segments: segments)
        // The vocabulary's own path comes first: where lexicon entries and phrases count depends on it.
        routeByProbability(n)
        if layered {
            markVocabularyPath(n)
            if !layersFollowPath(n) { routeByLayers(n) }
        }
        return Transliteration.join(joinUnknown(text, a, n), text, trie: trie)
    }

    /// Sets ``vocabularyBoundary`` and ``vocabularyWordEnd`` from the vocabulary's path.
    private mutating func markVocabularyPath(_ n: Int) {
        BestPath.reset(&vocabularyBoundary, false, count: n + 1)
        BestPath.reset(&vocabularyWordEnd, n, count: n + 1)
        var p = 0
        while p < n {
            vocabularyBoundary[p] = true
            let q = path[p].end
            for inside in p..<q { vocabularyWordEnd[inside] = q }
            p = q
        }
        vocabularyBoundary[n] = true
    }

    /// Whether a lexicon entry or phrase from `p` to `q` counts (see the type's comment).
    @inline(__always)
    private func aligns(_ p: Int, _ q: Int) -> Bool {
        guard icuBoundary[p] || vocabularyBoundary[p] else { return false }
        return q > vocabularyWordEnd[p] || (icuBoundary[p] && icuBoundary[q]) || (vocabularyBoundary[p] && vocabularyBoundary[q])
    }

    /// Collects every candidate word of the run, grouped by start (see ``firstCandidate``); returns
    /// whether it has lexicon entries or phrases.
    private mutating func collectCandidates(_ text: UnsafeBufferPointer<UInt16>, _ a: Int, _ n: Int,
                                   segments: ArraySlice<(range: Range<Int>, han: Bool)>) -> Bool {
        candidates.removeAll(keepingCapacity: true)
        BestPath.reset(&firstCandidate, 0, count: n + 1)
        var layeredEntries = false
        var segmentIndex = segments.startIndex
        let layered: WordTrie.Layers = [.user, .domain, .phrase]
        let wordLike: WordTrie.Layers = [.vocabulary, .user, .domain, .phrase]
        for p in 0..<n {
            firstCandidate[p] = candidates.count
            guard cut[p] else { continue }
            while segmentIndex < segments.endIndex && segments[segmentIndex].range.upperBound - a <= p { segmentIndex += 1 }
            let icuEnd = segmentIndex < segments.endIndex && segments[segmentIndex].range.lowerBound - a == p
                ? segments[segmentIndex].range.upperBound - a : -1
            var next = p + 1
            while next < n && !cut[next] { next += 1 }
            var node = WordTrie.root
            var q = p
            var knownICU = false, knownSingle = false
            while q < n {
                node = child(node, text[a + q])
                if node < 0 { break }
                q += 1
                let layers = trie.layers[Int(node)]
                guard cut[q], !layers.isDisjoint(with: wordLike) else { continue }
                candidates.append(Candidate(end: Int32(q), node: node, logProbability: layers.contains(.vocabulary)
                    ? trie.logProbability[Int(node)] : Float(unknown), layers: layers))
                if !layers.isDisjoint(with: layered) { layeredEntries = true }
                if layers.contains(.vocabulary) {
                    if q == icuEnd { knownICU = true }
                    if q == next { knownSingle = true }
                }
            }
            // ICU's word, and the character alone, where the vocabulary lacks them.
            if icuEnd > p && !knownICU { candidates.append(Candidate(end: Int32(icuEnd), node: -1, logProbability: Float(unknown), layers: [])) }
            if !knownSingle && next != icuEnd { candidates.append(Candidate(end: Int32(next), node: -1, logProbability: Float(unknown), layers: [])) }
        }
        firstCandidate[n] = candidates.count
        return layeredEntries
    }

    /// The trie's child of `node` along `unit`, through ``transitions``.
    @inline(__always)
    private mutating func child(_ node: Int32, _ unit: UInt16) -> Int32 {
        if node == WordTrie.root { return trie.child(node, unit) }
        let key = WordTrie.key(node, unit)
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
        let cached = transitions[slot]
        if cached >> 24 == key {
            let value = Int32(truncatingIfNeeded: cached & 0xFF_FFFF)
            return value == 0xFF_FFFF ? -1 : value
        }
        let found = trie.child(node, unit)
        transitions[slot] = key << 24 | UInt64(found < 0 ? 0xFF_FFFF : UInt32(found))
        return found
    }

    /// Sets ``path`` to the end and node of the first word of the most probable path from each
    /// position, by the vocabulary (and ICU) alone: jieba's route.
    private mutating func routeByProbability(_ n: Int) {
        BestPath.reset(&probabilities, 0, count: n + 1)
        BestPath.reset(&path, (n, -1), count: n + 1)
        // The candidates through their buffer: slicing the array in the inner loop retained and
        // released it; the arrays written are taken out of `self` meanwhile, as in routeByLayers.
        var path = self.path, probabilities = self.probabilities
        self.path = []
        self.probabilities = []
        defer { (self.path, self.probabilities) = (path, probabilities) }
        candidates.withUnsafeBufferPointer { candidates in
            for p in stride(from: n - 1, through: 0, by: -1) where cut[p] {
                var best = -Double.infinity
                for candidate in candidates[firstCandidate[p]..<firstCandidate[p + 1]] {
                    guard candidate.node < 0 || candidate.layers.contains(.vocabulary) else { continue }
                    let q = Int(candidate.end)
                    let score = Double(candidate.logProbability) + probabilities[q]
                    if score > best || (score == best && q > path[p].end) {
                        best = score
                        path[p] = (q, candidate.node)
                    }
                }
                probabilities[p] = best
            }
        }
    }

    /// Sets ``path`` to the best path by the layers' precedence (see the type's comment), a domain
    /// entry or phrase counting where it ``aligns(_:_:)``.
    private mutating func routeByLayers(_ n: Int) {
        BestPath.reset(&scores, Score(), count: n + 1)
        BestPath.reset(&path, (n, -1), count: n + 1)
        // As in routeByProbability; taken out of `self`, they can be written while aligns reads it.
        var path = self.path, scores = self.scores
        self.path = []
        self.scores = []
        defer { (self.path, self.scores) = (path, scores) }
        candidates.withUnsafeBufferPointer { candidates in
            for p in stride(from: n - 1, through: 0, by: -1) where cut[p] {
                var best: Score? = nil
                for candidate in candidates[firstCandidate[p]..<firstCandidate[p + 1]] {
                    let layers = candidate.layers, q = Int(candidate.end)
                    var score = scores[q]
                    if layers.contains(.user) {
                        score.user += q - p
                        score.fewerTokens -= 1
                    } else if !layers.isDisjoint(with: [.domain, .phrase]) && aligns(p, q) {
                        if layers.contains(.domain) { score.domain += q - p } else { score.phrase += q - p }
                        score.fewerTokens -= 1
                    } else if candidate.node >= 0 && !layers.contains(.vocabulary) {
                        continue
                    }
                    score.logProbability += Double(candidate.logProbability)
                    if let current = best, !(score > current || (score == current && q > path[p].end)) { continue }
                    best = score
                    path[p] = (q, candidate.node)
                }
                if let best { scores[p] = best }
            }
        }
    }

    /// Whether every lexicon entry and phrase that would count lies on the vocabulary's path: then
    /// that path also has the most characters in each layer, and the layered pass would choose it
    /// again.
    private func layersFollowPath(_ n: Int) -> Bool {
        for p in 0..<n where cut[p] {
            for candidate in candidates[firstCandidate[p]..<firstCandidate[p + 1]] where candidate.node >= 0 {
                let layers = candidate.layers
                let counts = layers.contains(.user)
                    || (!layers.isDisjoint(with: [.domain, .phrase]) && aligns(p, Int(candidate.end)))
                if counts && (!vocabularyBoundary[p] || path[p].end != Int(candidate.end)) { return false }
            }
        }
        return true
    }

    /// The path's tokens, with each run of single Han characters that no list joins passed through
    /// the hidden Markov model (unless the run as a whole is a word of the vocabulary, as in jieba).
    private mutating func joinUnknown(_ text: UnsafeBufferPointer<UInt16>, _ a: Int, _ n: Int) -> [Token] {
        var tokens: [Token] = []
        var singles: [(start: Int, node: Int32)] = []
        func flushSingles(until end: Int) {
            defer { singles.removeAll(keepingCapacity: true) }
            guard let first = singles.first else { return }
            let run = UnsafeBufferPointer(rebasing: text[(a + first.start)..<(a + end)])
            let whole = trie.node(of: run)
            if singles.count == 1 || (whole >= 0 && trie.layers[Int(whole)].contains(.vocabulary)) {
                for (index, single) in singles.enumerated() {
                    tokens.append(Token(start: a + single.start, end: a + (index + 1 < singles.count ? singles[index + 1].start : end),
                                        node: single.node))
                }
                return
            }
            var s = first.start
            for length in hmm.words(run) {
                let (start, end) = (a + s, a + s + length)
                s += length
                func node(_ p: Int, _ q: Int) -> Int32 { trie.node(of: UnsafeBufferPointer(rebasing: text[p..<q])) }
                let word = node(start, end)
                // A function character at either end of a word the vocabulary lacks is a word of
                // its own (`日同` is `日/同`, `中说` `中/说`, `一是` `一/是`): the model joins what
                // the vocabulary's path had left apart.
                var cuts = [start]
                if length >= 2, word < 0 || !trie.layers[Int(word)].contains(.vocabulary) {
                    let function = DefaultWordLists.functionCharacters
                    if function.contains(text[start]) { cuts.append(start + 1) }
                    if function.contains(text[end - 1]), end - 1 > cuts.last! { cuts.append(end - 1) }
                }
                cuts.append(end)
                guard cuts.count > 2 else {
                    tokens.append(Token(start: start, end: end, node: word))
                    continue
                }
                for (p, q) in zip(cuts, cuts.dropFirst()) { tokens.append(Token(start: p, end: q, node: node(p, q))) }
            }
        }
        var p = 0
        while p < n {
            let (q, node) = path[p]
            let layers = node >= 0 ? trie.layers[Int(node)] : []
            // A date's unit after its digits stays alone, to join its number (not the word after it).
            if q - p == 1 && layers.isDisjoint(with: [.user, .domain, .phrase]) && TextNormalizer.isHan(Unicode.Scalar(text[a + p]) ?? " ")
                && !Segmenter.isDateUnit(after: text, a + p) {
                singles.append((p, node))
            } else {
                flushSingles(until: p)
                tokens.append(Token(start: a + p, end: a + q, node: node))
            }
            p = q
        }
        flushSingles(until: n)
        return tokens
    }
}
