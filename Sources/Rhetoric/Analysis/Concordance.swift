import Foundation

/// Keyword in context: every occurrence of a term, found through segmentation, so a term matches
/// only where it is a token (`构建` is not found inside another word). A query is one term, every
/// term containing a string, or every term a regular expression matches.
public enum Concordance {
    public struct Line: Sendable, Equatable {
        public var meeting: String
        public var speaker: String
        public var file: String
        public var left: String
        public var term: String
        public var right: String
    }

    /// What to look for among the corpus's terms.
    public enum Query {
        /// One term, whole.
        case term(String)
        /// Every term that contains the text (`--contains 关税`: 关税, 高关税, 加征关税).
        case contains(String)
        /// Every term an ICU regular expression finds a match in (`--regex '条约$'`).
        case regex(NSRegularExpression)

        /// The ids of the vocabulary's terms the query matches.
        func ids(in vocabulary: TermTable) -> Set<Int32> {
            switch self {
            case .term(let term):
                return vocabulary.id(of: term).map { [$0] } ?? []
            case .contains(let text):
                return Set((0..<Int32(vocabulary.count)).filter { TextScan.contains(vocabulary.term($0), text) })
            case .regex(let expression):
                return Set((0..<Int32(vocabulary.count)).filter { id in
                    let term = vocabulary.term(id)
                    return expression.firstMatch(in: term, range: NSRange(term.startIndex..., in: term)) != nil
                })
            }
        }
    }

    /// How to order the lines: as they stand in the corpus, or alphabetically by the context just
    /// left of the term (read leftwards) or right of it.
    public enum Order: String, Sendable, CaseIterable {
        case text, left, right
    }

    /// Occurrences of the query's terms, optionally in one meeting and by one speaker, with `width`
    /// characters of the paragraph on each side.
    public static func lines(of query: Query, corpus: Corpus, segmented: SegmentedCorpus, width: Int,
                             meeting: MeetingDate? = nil, speaker: Int? = nil, order: Order = .text) -> [Line] {
        let ids = query.ids(in: segmented.vocabulary)
        guard !ids.isEmpty else { return [] }
        let speakers = segmented.config.speakers.ids
        // Looked up by id for every token of the corpus: a flag per term, not a hashed set.
        var wanted = [Bool](repeating: false, count: segmented.vocabulary.count)
        for id in ids where Int(id) < wanted.count { wanted[Int(id)] = true }
        var lines: [Line] = []
        // Context is decoded from a window of code units a few times `width` wide, never from the
        // whole paragraph: a frequent term stands in thousands of long paragraphs.
        let window = 4 * width + 8
        for (document, segmentedDocument) in zip(corpus.documents, segmented.documents) {
            if let meeting, document.meeting.date != meeting { continue }
            var paragraph = (index: -1, units: [UInt16]())
            for sentence in segmentedDocument.sentences
            where segmentedDocument.tokens(of: sentence).contains(where: { $0 >= 0 && wanted[Int($0)] }) && (speaker == nil || Int(sentence.speaker) == speaker) {
                if paragraph.index != Int(sentence.paragraph) {
                    paragraph = (Int(sentence.paragraph), Array(document.cleaned.paragraphs[Int(sentence.paragraph)].text.utf16))
                }
                let units = paragraph.units
                for (id, range) in locate(ids, in: sentence, of: segmentedDocument, units: units, vocabulary: segmented.vocabulary) {
                    let left = units[max(0, range.lowerBound - window)..<range.lowerBound]
                    let right = units[range.upperBound..<min(units.count, range.upperBound + window)]
                    lines.append(Line(
                        meeting: document.meeting.id, speaker: speakers[Int(sentence.speaker)], file: document.file,
                        left: String(String(decoding: left, as: UTF16.self).suffix(width)),
                        term: segmented.vocabulary.term(id),
                        right: String(String(decoding: right, as: UTF16.self).prefix(width))))
                }
            }
        }
        switch order {
        case .text: return lines
        case .left: return stableSorted(lines) { Array($0.left.unicodeScalars.reversed()) }
        case .right: return stableSorted(lines) { Array($0.right.unicodeScalars) }
        }
    }

    /// The longer terms that contain `term`, with how often each occurs in the corpus, most first:
    /// where a term a user looks for also stands inside other words (条约 in 中俄睦邻友好合作条约).
    public static func longerTerms(containing term: String, segmented: SegmentedCorpus) -> [(term: String, count: Int)] {
        let ids = Query.contains(term).ids(in: segmented.vocabulary).subtracting(Query.term(term).ids(in: segmented.vocabulary))
        guard !ids.isEmpty else { return [] }
        var counts: [Int32: Int] = [:]
        for document in segmented.documents {
            for sentence in document.sentences {
                for id in document.tokens(of: sentence) where ids.contains(id) { counts[id, default: 0] += 1 }
            }
        }
        return counts.map { (segmented.vocabulary.term($0.key), $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term.unicodeScalars.lexicographicallyPrecedes($1.term.unicodeScalars) }
    }

    static func stableSorted(_ lines: [Line], by key: (Line) -> [Unicode.Scalar]) -> [Line] {
        lines.enumerated().map { ($0.offset, key($0.element), $0.element) }
            .sorted { $0.1 != $1.1 ? $0.1.lexicographicallyPrecedes($1.1) : $0.0 < $1.0 }
            .map(\.2)
    }

    /// Where the sentence's occurrences of the ids stand in the paragraph: its tokens are found in
    /// order, each after the one before.
    static func locate(_ ids: Set<Int32>, in sentence: SegmentedDocument.Sentence, of document: SegmentedDocument, units: [UInt16],
                       vocabulary: TermTable) -> [(Int32, Range<Int>)] {
        var ranges: [(Int32, Range<Int>)] = []
        var cursor = Int(sentence.start)
        let end = min(Int(sentence.end), units.count)
        for token in document.terms(of: sentence) {
            let needle = Array(vocabulary.units(token))
            guard let found = firstIndex(of: needle, in: units, from: cursor, to: end) else { continue }
            if ids.contains(token) { ranges.append((token, found..<found + needle.count)) }
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
