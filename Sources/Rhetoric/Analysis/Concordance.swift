/// Keyword in context: every occurrence of a term, found through segmentation, so a term matches
/// only where it is a token (`构建` is not found inside another word).
public enum Concordance {
    public struct Line: Sendable, Equatable {
        public var meeting: String
        public var speaker: String
        public var file: String
        public var left: String
        public var term: String
        public var right: String
    }

    /// Occurrences of `term`, optionally in one meeting and by one speaker, with `width` characters
    /// of the paragraph on each side. In document order.
    public static func lines(of term: String, corpus: Corpus, segmented: SegmentedCorpus, width: Int,
                             meeting: MeetingDate? = nil, speaker: Int? = nil) -> [Line] {
        guard let id = segmented.vocabulary.id(of: term) else { return [] }
        let speakers = segmented.config.speakers.ids
        var lines: [Line] = []
        for (document, tokens) in zip(corpus.documents, segmented.documents) {
            if let meeting, document.meeting.date != meeting { continue }
            for sentence in tokens.sentences where sentence.terms.contains(id) && (speaker == nil || Int(sentence.speaker) == speaker) {
                let units = Array(document.cleaned.paragraphs[Int(sentence.paragraph)].text.utf16)
                for range in locate(id, in: sentence, units: units, vocabulary: segmented.vocabulary) {
                    lines.append(Line(
                        meeting: document.meeting.id, speaker: speakers[Int(sentence.speaker)], file: document.file,
                        left: String(String(decoding: units[..<range.lowerBound], as: UTF16.self).suffix(width)),
                        term: term,
                        right: String(String(decoding: units[range.upperBound...], as: UTF16.self).prefix(width))))
                }
            }
        }
        return lines
    }

    /// Where the sentence's occurrences of `id` stand in the paragraph: its tokens are found in
    /// order, each after the one before.
    static func locate(_ id: Int32, in sentence: SegmentedDocument.Sentence, units: [UInt16], vocabulary: TermTable) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = Int(sentence.start)
        let end = min(Int(sentence.end), units.count)
        for token in sentence.terms {
            let needle = Array(vocabulary.units(token))
            guard let found = firstIndex(of: needle, in: units, from: cursor, to: end) else { continue }
            if token == id { ranges.append(found..<found + needle.count) }
            cursor = found + needle.count
        }
        return ranges
    }

    static func firstIndex(of needle: [UInt16], in units: [UInt16], from start: Int, to end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        for i in start...(end - needle.count) where units[i] == needle[0] && units[i..<i + needle.count].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
