/// `sentences.csv`: every counted sentence with its speaker and the rule that assigned it, its text
/// and its terms. The audit trail of attribution (check a label, then correct it with
/// `--speaker-overrides`), and the bridge to R and pandas: the rows hold every count.
public enum SentencesReport {
    public static let fileName = "sentences.csv"
    public static let header = ["meeting", "file", "paragraph", "sentence", "speaker", "rule", "text", "terms"]

    /// One counted document's rows, from its partial: sentences in text order, `paragraph`
    /// counting the cleaned paragraphs from 1, `sentence` the sentences of the paragraph from 1. The
    /// text is the sentence's span of its paragraph without spaces at either end; the terms are the
    /// document's own, which are the run's (a partial's term list holds their code units).
    ///
    /// Made on bytes: each text cut from its paragraph's UTF-8 by ``UTF16Cursor``, the document's
    /// terms transcoded to UTF-8 once. A run makes the rows as each document is read and keeps them in a
    /// ``SentenceSpill`` rather than keep the text (about the size of the corpus) until rendering.
    static func rows(of partial: DocumentPartial, speakers: [String]) -> [UInt8] {
        var csv = CSVWriter()
        rows(of: partial, speakers: speakers, into: &csv)
        return csv.bytes
    }

    private static func rows(of partial: DocumentPartial, speakers: [String], into csv: inout CSVWriter) {
        guard let meeting = partial.record.meeting?.id else { return }
        let terms = partial.terms.utf8()
        let segmented = partial.segmented
        var paragraphs = partial.record.cleaned.paragraphs.map(\.text)
        var cursor = (paragraph: -1, offsets: UTF16Cursor())
        var field: [UInt8] = []
        for sentence in segmented.sentences {
            csv.text(meeting)
            csv.text(partial.record.file)
            csv.integer(Int(sentence.paragraph) + 1)
            csv.integer(Int(sentence.number))
            csv.text(speakers[Int(sentence.speaker)])
            csv.text(sentence.rule.rawValue)
            let paragraph = Int(sentence.paragraph)
            if paragraph != cursor.paragraph { cursor = (paragraph, UTF16Cursor()) }
            paragraphs[paragraph].withUTF8 { utf8 in
                let start = cursor.offsets.byteIndex(of: Int(sentence.start), in: utf8)
                let end = cursor.offsets.byteIndex(of: Int(sentence.end), in: utf8)
                csv.text(utf8: UnsafeBufferPointer(rebasing: utf8[UTF16Cursor.trimmed(start..<end, in: utf8)]))
            }
            field.removeAll(keepingCapacity: true)
            for term in segmented.tokens(of: sentence) where term != SegmentedDocument.separator {
                if !field.isEmpty { field.append(UInt8(ascii: " ")) }
                field += terms.bytes[terms.starts[Int(term)]..<terms.starts[Int(term) + 1]]
            }
            field.withUnsafeBufferPointer { csv.text(utf8: $0) }
            csv.endRow()
        }
    }
}
