/// `sentences.csv`: every counted sentence with its speaker and the rule that assigned it, its text
/// and its terms. The audit trail of attribution (check a label, then correct it with
/// `--speaker-overrides`), and the bridge to R and pandas: the rows hold every count.
public enum SentencesReport {
    public static let fileName = "sentences.csv"
    public static let header = ["meeting", "file", "paragraph", "sentence", "speaker", "rule", "text", "terms"]

    /// Documents in corpus order, sentences in text order; `paragraph` counts the cleaned
    /// paragraphs from 1, `sentence` the sentences of the paragraph from 1. The text is the
    /// sentence's span of its paragraph without spaces at either end.
    ///
    /// The largest report (about twice the corpus), so it is made on bytes (each text cut from its
    /// paragraph's UTF-8 by ``UTF16Cursor``, each term's UTF-8 made once) and handed to `write` a
    /// piece of about `pieceBytes` (a document's rows at least) at a time, never held whole.
    public static func write(_ corpus: Corpus, _ segmented: SegmentedCorpus, pieceBytes: Int = 1 << 20,
                             to write: (UnsafeBufferPointer<UInt8>) throws(RhetoricError) -> Void) throws(RhetoricError) {
        var csv = CSVWriter(header: header)
        let termBytes = segmented.vocabulary.terms.map { Array($0.utf8) }
        let speakers = segmented.config.speakers.ids
        var field: [UInt8] = []
        for (document, sentences) in zip(corpus.documents, segmented.documents) {
            var paragraphs = document.cleaned.paragraphs.map(\.text)
            var cursor = (paragraph: -1, offsets: UTF16Cursor())
            for sentence in sentences.sentences {
                csv.text(document.meeting.id)
                csv.text(document.file)
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
                for (index, term) in sentences.terms(of: sentence).enumerated() {
                    if index > 0 { field.append(UInt8(ascii: " ")) }
                    field += termBytes[Int(term)]
                }
                field.withUnsafeBufferPointer { csv.text(utf8: $0) }
                csv.endRow()
            }
            if csv.bytes.count >= pieceBytes { try csv.drain(into: write) }
        }
        try csv.drain(into: write)
    }
}
