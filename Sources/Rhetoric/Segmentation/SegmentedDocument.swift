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
        /// Term ids with separators.
        public var tokens: [Int32]

        /// The term ids alone.
        public var terms: [Int32] { tokens.filter { $0 != SegmentedDocument.separator } }
    }

    public var sentences: [Sentence]
    /// The lines of the speaker overrides that matched a sentence of this document.
    public var overridden: Set<Int> = []

    /// Rewrites the sentences' ids through `map` (local → global) in place: when the document is
    /// the only holder of its arrays, as in a merge, no second copy of its tokens is made.
    mutating func remap(_ map: [Int32]) {
        for index in sentences.indices {
            sentences[index].tokens.withUnsafeMutableBufferPointer { tokens in
                for t in tokens.indices where tokens[t] >= 0 { tokens[t] = map[Int(tokens[t])] }
            }
        }
    }
}
