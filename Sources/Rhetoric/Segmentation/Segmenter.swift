/// Turns cleaned paragraphs into sentences of term ids.
///
/// For each paragraph: convert to Simplified if needed; split into sentences with ICU's sentence
/// iterator; segment each sentence with ICU's word iterator, once. At every ICU word boundary the
/// lexicon is tried first: its longest entry starting there becomes one token, whatever ICU made
/// of those characters (`习 / 近平` becomes `习近平`). If the match ends inside an ICU word, the rest
/// of that word is segmented again the same way. Trying the lexicon only at ICU's boundaries keeps
/// entries from matching across real words (`大国` is not found in `重大 / 国际`). Word tokens
/// (letters, ideographs, kana, and numbers with ``SegmentationConfig/keepNumbers``) that are not
/// stopwords are kept. Each sentence is attributed to a speaker (see ``attribute``). Everything runs
/// on the paragraph's UTF-16 buffer; a string is made only for a term seen for the first time.
///
/// A segmenter owns ICU iterators and is not thread-safe: each worker makes its own.
public final class Segmenter {
    public let config: SegmentationConfig
    private let words: Breaker
    private let sentences: Breaker
    private var simplifier: Transliterator?

    public init(config: SegmentationConfig) throws(RhetoricError) {
        self.config = config
        words = try Breaker(.word)
        sentences = try Breaker(.sentence)
    }

    /// Segments `document`, interning terms into `terms`.
    public func segment(_ document: CleanedDocument, into terms: inout TermTable) throws(RhetoricError) -> SegmentedDocument {
        let convert: Bool
        switch config.simplify {
        case .never: convert = false
        case .always: convert = true
        case .auto: convert = document.paragraphs.contains { Simplifier.isTraditional($0.text) }
        }
        if convert && simplifier == nil { simplifier = try Simplifier.open() }
        var result = SegmentedDocument(sentences: [], simplified: convert)
        for (index, paragraph) in document.paragraphs.enumerated() {
            var units = Array(paragraph.text.utf16)
            if convert, let simplifier { units = simplifier.apply(units) }
            units.withUnsafeBufferPointer { buffer in
                var attribution = Attribution(speakers: config.speakers, heading: paragraph.kind == .heading)
                for range in sentences.sentences(in: buffer) {
                    let sentence = UnsafeBufferPointer(rebasing: buffer[range])
                    let speaker = attribution.next(sentence)
                    let tokens = segmentSentence(sentence, into: &terms)
                    if tokens.contains(where: { $0 != SegmentedDocument.separator }) {
                        result.sentences.append(.init(paragraph: Int32(index), start: Int32(range.lowerBound),
                                                      end: Int32(range.upperBound), speaker: Int32(speaker), tokens: tokens))
                    }
                }
            }
        }
        return result
    }

    /// The tokens of one sentence.
    func segmentSentence(_ text: UnsafeBufferPointer<UInt16>, into terms: inout TermTable) -> [Int32] {
        var tokens: [Int32] = []
        segment(text, into: &terms, tokens: &tokens)
        return tokens
    }

    private func segment(_ text: UnsafeBufferPointer<UInt16>, into terms: inout TermTable, tokens: inout [Int32]) {
        var segments: [(range: Range<Int>, kind: Breaker.Segment)] = []
        words.forEachSegment(in: text) { range, kind in segments.append((range, kind)) }
        var index = 0
        while index < segments.count {
            let (range, kind) = segments[index]
            let match = config.lexicon.longestMatch(in: text, at: range.lowerBound)
            guard match > 0 else {
                append(UnsafeBufferPointer(rebasing: text[range]), kind, into: &terms, tokens: &tokens)
                index += 1
                continue
            }
            let end = range.lowerBound + match
            tokens.append(terms.intern(UnsafeBufferPointer(rebasing: text[range.lowerBound..<end])))
            while index < segments.count && segments[index].range.upperBound <= end { index += 1 }
            if index < segments.count && segments[index].range.lowerBound < end {
                // The match ends inside an ICU word: segment the rest of that word on its own.
                segment(UnsafeBufferPointer(rebasing: text[end..<segments[index].range.upperBound]), into: &terms, tokens: &tokens)
                index += 1
            }
        }
    }

    /// Appends an ICU segment: its id if it is a kept word, else a separator.
    private func append(_ token: UnsafeBufferPointer<UInt16>, _ kind: Breaker.Segment, into terms: inout TermTable, tokens: inout [Int32]) {
        switch kind {
        case .word where keeps(token), .number where config.keepNumbers:
            tokens.append(terms.intern(token))
        case .other where token.allSatisfy(Segmenter.isSpace):
            break
        default:
            if tokens.last != SegmentedDocument.separator { tokens.append(SegmentedDocument.separator) }
        }
    }

    private func keeps(_ token: UnsafeBufferPointer<UInt16>) -> Bool {
        if config.stopwords.contains(token) { return false }
        if config.keepSingleCharacters { return true }
        return !(token.count == 1 || (token.count == 2 && UTF16.isLeadSurrogate(token[0])))
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x3000 || unit == 0xA0
    }
}
