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
    /// The largest report (about twice the corpus), so it is made on bytes (each text transcoded
    /// from the paragraph's UTF-16, each term's UTF-8 made once) and handed to `write` a piece of
    /// about `pieceBytes` (a document's rows at least) at a time, never held whole.
    public static func write(_ corpus: Corpus, _ segmented: SegmentedCorpus, pieceBytes: Int = 1 << 20,
                             to write: (UnsafeBufferPointer<UInt8>) throws(RhetoricError) -> Void) throws(RhetoricError) {
        var csv = CSVWriter(header: header)
        let termBytes = segmented.vocabulary.terms.map { Array($0.utf8) }
        let speakers = segmented.config.speakers.ids
        var field: [UInt8] = []
        for (document, sentences) in zip(corpus.documents, segmented.documents) {
            let paragraphs = document.cleaned.paragraphs.map { Array($0.text.utf16) }
            for sentence in sentences.sentences {
                csv.appendFields([document.meeting.id, document.file, String(sentence.paragraph + 1), String(sentence.number),
                                  speakers[Int(sentence.speaker)], sentence.rule.rawValue])
                field.removeAll(keepingCapacity: true)
                paragraphs[Int(sentence.paragraph)].withUnsafeBufferPointer { units in
                    var (start, end) = (Int(sentence.start), Int(sentence.end))
                    while start < end, isTrimmedSpace(UInt32(units[start])) { start += 1 }
                    while end > start, isTrimmedSpace(UInt32(units[end - 1])) { end -= 1 }
                    UTF16Transcoding.append(UnsafeBufferPointer(rebasing: units[start..<end]), to: &field)
                }
                csv.appendSeparator()
                field.withUnsafeBufferPointer { csv.appendField($0) }
                field.removeAll(keepingCapacity: true)
                for (index, term) in sentences.terms(of: sentence).enumerated() {
                    if index > 0 { field.append(UInt8(ascii: " ")) }
                    field += termBytes[Int(term)]
                }
                csv.appendSeparator()
                field.withUnsafeBufferPointer { csv.appendField($0) }
                csv.endRow()
            }
            if csv.bytes.count >= pieceBytes { try csv.drain(into: write) }
        }
        try csv.drain(into: write)
    }
}
