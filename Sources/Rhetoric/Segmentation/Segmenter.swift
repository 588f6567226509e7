/// Turns cleaned paragraphs into sentences of term ids.
///
/// For each paragraph (already Simplified: see ``Simplifier``): run ICU's word iterator once over it; end a
/// sentence after each segment of sentence-final punctuation (。！？!?) and the closing quotes or
/// brackets after it; give each run of words between punctuation to ``BestPath``, which chooses the
/// words; then keep the terms (see ``keep``). Each sentence is attributed to a speaker. Everything
/// runs on the paragraph's UTF-16 buffer; a string is made only for a term seen for the first time.
///
/// A segmenter owns an ICU iterator and scratch space and is not thread-safe: each worker makes its own.
public final class Segmenter {
    public let config: SegmentationConfig
    let trie: WordTrie
    private let words: Breaker
    private var path: BestPath
    private let anniversary: Int32
    /// The ICU segments of the run being segmented, reused from run to run.
    private var run: [(range: Range<Int>, han: Bool)] = []
    /// ICU's segments of the paragraph being segmented, and where each of its sentences starts.
    private var segments: [(range: Range<Int>, kind: Breaker.Segment)] = []
    private var sentenceStarts: [Int] = []
    /// A direct-mapped cache from trie nodes to the current document's term ids.
    private var termOfNode = [(node: Int32, term: Int32)](repeating: (-1, -1), count: 4096)

    /// A segmenter for `config`, walking `trie` (``SegmentationConfig/trie()``, built once and shared).
    public init(config: SegmentationConfig, trie: WordTrie) throws(RhetoricError) {
        self.config = config
        self.trie = trie
        words = try Breaker()
        path = BestPath(trie: trie)
        anniversary = trie.node(of: "周年")
    }

    /// Segments `document` (the corpus file `file`, whose speaker overrides apply), interning terms
    /// into `terms`.
    public func segment(_ document: CleanedDocument, file: String? = nil, into terms: inout TermTable) throws(RhetoricError) -> SegmentedDocument {
        var result = SegmentedDocument()
        for slot in termOfNode.indices { termOfNode[slot] = (-1, -1) }
        let sentencePerParagraph = Attribution.isWrittenASentenceAParagraph(document.paragraphs)
        var attribution = Attribution(speakers: config.speakers, sentencePerParagraph: sentencePerParagraph,
                                      transcript: Attribution.isTranscript(document.paragraphs, speakers: config.speakers))
        // A text under its own title, or signed below it, is its author's, unless a paragraph
        // announces where it starts.
        if let author = document.title.flatMap(config.speakers.fullTextAuthor(title:)) ?? document.author.flatMap(config.speakers.signature),
           !document.paragraphs.contains(where: { config.speakers.announcesFullText($0.text) }) {
            attribution.giveText(to: author)
        }
        var unclaimed = Set<Int>()
        let overrides = config.speakerOverrides.entries(for: file)
        for (index, paragraph) in document.paragraphs.enumerated() {
            attribution.beginParagraph(heading: paragraph.kind == .heading)
            Array(paragraph.text.utf16).withUnsafeBufferPointer { buffer in
                splitSentences(buffer)
                for sentence in 0..<sentenceStarts.count - 1 {
                    let first = sentenceStarts[sentence], end = sentenceStarts[sentence + 1]
                    let range = segments[first].range.lowerBound..<segments[end - 1].range.upperBound
                    let text = UnsafeBufferPointer(rebasing: buffer[range])
                    let decision = attribution.next(text)
                    var (speaker, rule) = (decision.speaker, decision.rule)
                    // A quotation's tag gives its earlier sentences to the same speaker: those of the
                    // paragraph back to the one it opened in, and the whole paragraphs before that it
                    // ran over, except what a cue of their own gave someone; so does evidence of a
                    // speech going on, the paragraph's sentences before it.
                    for earlier in result.sentences.indices.reversed() where !decision.quotation.isEmpty {
                        let before = result.sentences[earlier]
                        let inParagraph = before.paragraph == Int32(index)
                        guard inParagraph ? Int(before.number) >= decision.quotation.lowerBound
                                : Int(before.paragraph) >= index - decision.quotedParagraphs else { break }
                        if inParagraph ? decision.quotation.contains(Int(before.number)) : [.default, .continuation].contains(before.rule) {
                            result.sentences[earlier].speaker = Int32(speaker)
                            result.sentences[earlier].rule = rule
                        }
                    }
                    let opening = text.drop(while: { SpeakerList.isLeadingFiller($0) })
                    if let override = overrides.first(where: { opening.starts(with: $0.units) }) {
                        attribution.override(override.speakerIndex)
                        (speaker, rule) = (override.speakerIndex, .override)
                        result.overridden.insert(override.line)
                    }
                    let tokenStart = result.tokens.count
                    // A label (`[高峰]:`) names who speaks: its words are not theirs. A label alone
                    // on its line leaves no sentence.
                    var spoken = first
                    while decision.labelEnd > 0, spoken < end, segments[spoken].range.lowerBound < range.lowerBound + decision.labelEnd {
                        spoken += 1
                    }
                    appendTokens(buffer, segments[spoken..<end], to: &result.tokens, into: &terms)
                    if result.tokens[tokenStart...].contains(where: { $0 != SegmentedDocument.separator }) {
                        if decision.unclaimed && rule == .default { unclaimed.insert(result.sentences.count) }  // not overridden
                        result.sentences.append(.init(paragraph: Int32(index), start: Int32(range.lowerBound), end: Int32(range.upperBound),
                                                      number: Int32(sentence + 1), speaker: Int32(speaker), rule: rule,
                                                      tokenStart: Int32(tokenStart), tokenEnd: Int32(result.tokens.count)))
                    } else {
                        result.tokens.removeSubrange(tokenStart...)
                    }
                }
            }
        }
        if sentencePerParagraph && !unclaimed.isEmpty {
            Attribution.bridgingGaps(&result.sentences, unclaimed: unclaimed, speakers: config.speakers)
        }
        result.shrink()
        return result
    }

    /// Fills ``segments`` with ICU's word segments of a paragraph, from one pass of the iterator, and
    /// ``sentenceStarts`` with the index of each sentence's first segment (and, last, their count).
    func splitSentences(_ text: UnsafeBufferPointer<UInt16>) {
        var found = segments, starts = sentenceStarts
        found.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        segments = []
        sentenceStarts = []
        starts.append(0)
        var ended = false
        words.forEachSegment(in: text) { range, kind in
            var closing = false, terminal = false
            if kind == .other {
                closing = true
                for index in range {
                    let unit = text[index]
                    if Segmenter.isTerminal(unit) { terminal = true }
                    if !Segmenter.isCloser(unit) && !Segmenter.isSpace(unit) { closing = false }
                }
            }
            if ended && !closing {
                starts.append(found.count)
                ended = false
            }
            found.append((range, kind))
            if terminal { ended = true }
        }
        if !found.isEmpty { starts.append(found.count) }
        segments = found
        sentenceStarts = starts
    }

    /// 。！？!? end a sentence; closing quotes and brackets after them belong to it.
    static func isTerminal(_ unit: UInt16) -> Bool {
        unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F || unit == 0x21 || unit == 0x3F
    }

    static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x22, 0x27, 0x3011: true
        default: false
        }
    }

    /// Appends the term ids of one sentence to `result`, with ``SegmentedDocument/separator`` where
    /// punctuation or a dropped token stood (and at its start, where it starts with one).
    func appendTokens(_ text: UnsafeBufferPointer<UInt16>, _ segments: ArraySlice<(range: Range<Int>, kind: Breaker.Segment)>,
                      to result: inout [Int32], into terms: inout TermTable) {
        let start = result.count
        func separate() {
            if result.count == start || result.last != SegmentedDocument.separator { result.append(SegmentedDocument.separator) }
        }
        var run = self.run
        self.run = []
        defer { self.run = run }
        var index = segments.startIndex
        while index < segments.endIndex {
            if segments[index].kind == .other, let close = Segmenter.glossEnd(text, opening: segments[index].range) {
                while index < segments.endIndex && segments[index].range.lowerBound <= close { index += 1 }
                separate()
                continue
            }
            if segments[index].kind == .other, let end = lexiconEntry(text, at: index, segments) {
                // A lexicon entry that starts with a symbol (C++, =1+1) is matched here, outside the runs of words.
                result.append(terms.intern(UnsafeBufferPointer(rebasing: text[segments[index].range.lowerBound..<segments[end - 1].range.upperBound])))
                index = end
                continue
            }
            guard segments[index].kind != .other else {
                if !segments[index].range.allSatisfy({ Segmenter.isSpace(text[$0]) }) { separate() }
                index += 1
                continue
            }
            run.removeAll(keepingCapacity: true)
            while index < segments.endIndex && segments[index].kind != .other {
                let (range, kind) = segments[index]
                run.append((range, kind == .ideographic && Segmenter.isHan(text[range.lowerBound])))
                index += 1
            }
            let found = path.tokens(text, run.first!.range.lowerBound..<run.last!.range.upperBound, segments: run[...])
            var position = 0
            while position < found.count {
                let token = found[position]
                position += 1
                if Segmenter.isNumeral(text, token), position < found.count, found[position].node == anniversary, anniversary >= 0 {
                    result.append(terms.intern(UnsafeBufferPointer(rebasing: text[token.start..<found[position].end])))
                    position += 1
                    continue
                }
                // A date's number and its unit (`5月`, `20日`, `2025年`) are one number.
                if position < found.count, found[position].end == found[position].start + 1, Segmenter.isDateUnit(after: text, found[position].start),
                   (token.start..<token.end).allSatisfy({ Segmenter.isDigit(text[$0]) }) {
                    position += 1
                    if config.keepNumbers {
                        result.append(terms.intern(UnsafeBufferPointer(rebasing: text[token.start..<found[position - 1].end])))
                    } else {
                        separate()
                    }
                    continue
                }
                if let id = keep(text, token, into: &terms) { result.append(id) } else { separate() }
            }
        }
    }

    /// The index past the last segment of the longest user or domain lexicon entry that starts at
    /// segment `index` and ends at a segment's end, if there is one.
    func lexiconEntry(_ text: UnsafeBufferPointer<UInt16>, at index: Int, _ segments: ArraySlice<(range: Range<Int>, kind: Breaker.Segment)>) -> Int? {
        var node = WordTrie.root
        var best: Int? = nil
        var segment = index
        var position = segments[index].range.lowerBound
        while segment < segments.endIndex {
            node = trie.child(node, text[position])
            if node < 0 { break }
            position += 1
            if position == segments[segment].range.upperBound {
                segment += 1
                if !trie.layers[Int(node)].isDisjoint(with: [.user, .domain]) { best = segment }
            }
        }
        return best
    }

    /// The term a token counts as, or nil when it is dropped: a stopword (a lexicon entry never is;
    /// a one-character stopword is kept with ``SegmentationConfig/keepSingleCharacters``) or a
    /// number in digits or Han numerals (kept with ``SegmentationConfig/keepNumbers``). A name
    /// variant counts as its term.
    func keep(_ text: UnsafeBufferPointer<UInt16>, _ token: BestPath.Token, into terms: inout TermTable) -> Int32? {
        let units = UnsafeBufferPointer(rebasing: text[token.start..<token.end])
        let layers = token.node >= 0 ? trie.layers[Int(token.node)] : []
        if layers.contains(.alias), let term = trie.canonical[token.node] { return terms.intern(term) }
        if layers.isDisjoint(with: [.user, .domain]) {
            if layers.contains(.stopword) && !(config.keepSingleCharacters && Segmenter.isOneCharacter(units)) { return nil }
            if !config.keepNumbers && (units.allSatisfy(Segmenter.isDigit) || Segmenter.isHanNumber(units)) { return nil }
        }
        guard token.node >= 0 else { return terms.intern(units) }
        // Most tokens are words of the trie seen before in this document: find their term by node.
        let slot = Int((UInt32(bitPattern: token.node) &* 2_654_435_761) >> 20)
        if termOfNode[slot].node == token.node { return termOfNode[slot].term }
        let term = terms.intern(units)
        termOfNode[slot] = (token.node, term)
        return term
    }

    /// Where a gloss in another script closes, when the punctuation `range` opens one: a bracket
    /// right after a Han character, holding only letters of Latin, Greek or Cyrillic script (at
    /// least two), spaces, dots, hyphens and apostrophes, closed within ``glossLength`` units
    /// (`普京（Владимир Путин）`, `国务卿（U.S. Secretary of State）`, `亚太经合组织（APEC）`), or one
    /// code of letters and digits (`二十国集团（G20）`). The name it glosses is counted; its words in
    /// the other script are not, nor its `of`.
    static func glossEnd(_ text: UnsafeBufferPointer<UInt16>, opening range: Range<Int>) -> Int? {
        let open = range.upperBound - 1
        guard text[open] == 0xFF08 || text[open] == 0x28, range.lowerBound > 0, isHan(text[range.lowerBound - 1]),
              range.dropLast().allSatisfy({ isSpace(text[$0]) }) else { return nil }
        var (letters, digits, spaces) = (0, 0, 0)
        for index in (open + 1)..<min(text.count, open + 1 + glossLength) {
            let unit = text[index]
            if unit == 0xFF09 || unit == 0x29 {
                return letters >= 2 && digits == 0 || letters >= 1 && digits >= 1 && spaces == 0 ? index : nil
            }
            if isGlossLetter(unit) {
                letters += 1
            } else if (0x30...0x39).contains(unit) {
                digits += 1
            } else if isSpace(unit) {
                spaces += 1
            } else if !(unit == 0x2E || unit == 0x2D || unit == 0x27 || unit == 0x2019) {
                return nil
            }
        }
        return nil
    }

    /// The most units a gloss runs to, its brackets aside.
    static let glossLength = 80

    /// A letter of Latin (with its accented forms), Greek or Cyrillic script.
    static func isGlossLetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0xC0...0x24F).contains(unit) && unit != 0xD7 && unit != 0xF7
            || (0x370...0x3FF).contains(unit) || (0x400...0x4FF).contains(unit)
    }

    /// Whether a token is a number in digits or Han numerals (八十), which 周年 joins.
    static func isNumeral(_ text: UnsafeBufferPointer<UInt16>, _ token: BestPath.Token) -> Bool {
        (token.start..<token.end).allSatisfy { isDigit(text[$0]) || hanNumerals.contains(text[$0]) }
    }

    static let hanNumerals: Set<UInt16> = Set("〇零一二三四五六七八九十百千两".utf16)

    /// Whether a token is a number written in Han numerals: one numeral (the `三` of a list's `三、`),
    /// a number below ten thousand as it is read (`二十一`, `七十五`, `一百零五`, `两千`), or digits
    /// written one by one with a zero (`二〇二五`). Runs of numerals that read as no number are names
    /// and stay terms: the plans `十四五` and `九五`, the army's `八一`.
    static func isHanNumber(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard units.allSatisfy({ hanNumerals.contains($0) }) else { return false }
        if units.count == 1 { return true }
        if units.allSatisfy({ hanDigits.contains($0) }) && units.contains(0x3007) { return true }
        // Digits each followed by a smaller unit (千, 百, 十), a zero only before a digit, and a
        // last digit at the end: 十 may open without one.
        var (unit, digit, zero) = (10_000, false, false)
        for code in units {
            if let place = hanUnit(code) {
                guard place < unit, digit || (place == 10 && unit == 10_000) else { return false }
                (unit, digit, zero) = (place, false, false)
            } else if code == 0x96F6 || code == 0x3007 {
                guard !digit, !zero, unit < 10_000 else { return false }
                zero = true
            } else {
                guard !digit else { return false }
                (digit, zero) = (true, false)
            }
        }
        return !zero
    }

    /// The Han digits as a year is written one by one (`二〇二五`).
    static let hanDigits: Set<UInt16> = Set("〇一二三四五六七八九".utf16)

    /// The place a unit stands for: 十, 百, 千.
    static func hanUnit(_ code: UInt16) -> Int? {
        switch code {
        case 0x5341: 10
        case 0x767E: 100
        case 0x5343: 1000
        default: nil
        }
    }

    /// Whether the unit at `index` is a date's 年, 月, 日 or 号 right after a digit (`5月20日`).
    static func isDateUnit(after text: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        guard index > 0, (0x30...0x39).contains(text[index - 1]) else { return false }
        let unit = text[index]
        return unit == 0x5E74 || unit == 0x6708 || unit == 0x65E5 || unit == 0x53F7
    }

    static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || unit == 0x2E || unit == 0x2C || unit == 0x25
    }

    /// Whether a segment starting with `unit` is Han (a BMP ideograph, or a supplementary one's lead surrogate).
    static func isHan(_ unit: UInt16) -> Bool {
        (0x3400...0x4DBF).contains(unit) || (0x4E00...0x9FFF).contains(unit) || (0xF900...0xFAFF).contains(unit)
            || UTF16.isLeadSurrogate(unit)
    }

    static func isOneCharacter(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        units.count == 1 || (units.count == 2 && UTF16.isLeadSurrogate(units[0]))
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0xA0
    }
}
