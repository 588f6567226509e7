/// `sentences.csv`: every counted sentence with its speaker and the rule that assigned it, its text
/// and its terms. The audit trail of attribution (check a label, then correct it with
/// `--speaker-overrides`), and the bridge to R and pandas: the rows hold every count.
public enum SentencesReport {
    public static let fileName = "sentences.csv"
    public static let header = ["meeting", "file", "paragraph", "sentence", "speaker", "rule", "text", "terms"]

    /// Documents in corpus order, sentences in text order; `paragraph` counts the cleaned
    /// paragraphs from 1, `sentence` the sentences of the paragraph from 1.
    public static func csv(_ corpus: Corpus, _ segmented: SegmentedCorpus) -> String {
        var csv = CSVWriter(header: header)
        let speakers = segmented.config.speakers.ids
        for (document, sentences) in zip(corpus.documents, segmented.documents) {
            let paragraphs = document.cleaned.paragraphs.map { Array($0.text.utf16) }
            for sentence in sentences.sentences {
                let units = paragraphs[Int(sentence.paragraph)][Int(sentence.start)..<Int(sentence.end)]
                let text = String(decoding: units, as: UTF16.self).trimmingSpaces()
                csv.appendRow([
                    document.meeting.id, document.file, String(sentence.paragraph + 1), String(sentence.number),
                    speakers[Int(sentence.speaker)], sentence.rule.rawValue, text,
                    sentence.terms.map(segmented.vocabulary.term).joined(separator: " "),
                ])
            }
        }
        return csv.text
    }
}
