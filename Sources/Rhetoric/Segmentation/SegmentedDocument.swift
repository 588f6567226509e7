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

    /// Sentences with their ids rewritten through `map` (local → global).
    func remapped(_ map: [Int32]) -> SegmentedDocument {
        var copy = self
        for index in copy.sentences.indices {
            copy.sentences[index].tokens = copy.sentences[index].tokens.map { $0 < 0 ? $0 : map[Int($0)] }
        }
        return copy
    }
}
