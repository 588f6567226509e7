/// A document as sentences of term ids. Ids index the ``TermTable`` the document was segmented
/// into. ``separator`` marks where a dropped token, punctuation or a sentence edge stood, so that
/// phrase discovery never joins tokens that were not adjacent.
public struct SegmentedDocument: Sendable {
    public static let separator: Int32 = -1

    public struct Sentence: Sendable, Equatable {
        /// Index of the paragraph in the cleaned document.
        public var paragraph: Int32
        /// The sentence's UTF-16 offsets in the paragraph's text.
        public var start: Int32
        public var end: Int32
        /// The sentence's number in its paragraph, from 1 (sentences without terms count too).
        public var number: Int32
        /// Index into the ``SpeakerList``'s ids.
        public var speaker: Int32
        /// What assigned the speaker.
        public var rule: Attribution.Rule
        /// Where its term ids (with separators) lie in the document's ``SegmentedDocument/tokens``.
        public var tokenStart: Int32
        public var tokenEnd: Int32

        public var tokenRange: Range<Int> { Int(tokenStart)..<Int(tokenEnd) }
    }

    public var sentences: [Sentence] = []
    /// Every sentence's term ids with separators, one sentence after another: one array for the
    /// document rather than one per sentence, whose header, allocation and spare capacity would
    /// cost as much as the ids on a large corpus.
    public var tokens: [Int32] = []
    /// The lines of the speaker overrides that matched a sentence of this document.
    public var overridden: Set<Int> = []

    public init() {}

    /// A sentence's term ids, with separators.
    public func tokens(of sentence: Sentence) -> ArraySlice<Int32> { tokens[sentence.tokenRange] }

    /// A sentence's term ids alone.
    public func terms(of sentence: Sentence) -> [Int32] { tokens(of: sentence).filter { $0 != SegmentedDocument.separator } }

    /// Adds `sentence`, whose ids are `ids`, at the end; its token range is set here.
    mutating func append(_ sentence: Sentence, ids: some Collection<Int32>) {
        var sentence = sentence
        sentence.tokenStart = Int32(tokens.count)
        tokens.append(contentsOf: ids)
        sentence.tokenEnd = Int32(tokens.count)
        sentences.append(sentence)
    }

    /// Gives back the spare capacity of the arrays, once every sentence is in.
    mutating func shrink() {
        (tokens, sentences) = (tokens.fitted, sentences.fitted)
    }

    /// Rewrites the ids through `map` (local → global) in place: when the document is the only
    /// holder of its tokens, as in a merge, no second copy of them is made.
    mutating func remap(_ map: [Int32]) {
        tokens.withUnsafeMutableBufferPointer { tokens in
            for t in tokens.indices where tokens[t] >= 0 { tokens[t] = map[Int(tokens[t])] }
        }
    }
}
