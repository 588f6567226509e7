/// `phrases.csv`: the multiword terms discovered in the corpus and counted as single terms.
public enum PhrasesReport {
    public static let fileName = "phrases.csv"
    public static let header = ["phrase", "tokens", "count", "meetings", "score"]

    /// Rows by count descending, then phrase in code point order.
    public static func csv(_ segmented: SegmentedCorpus) -> String {
        let vocabulary = segmented.vocabulary
        let rows = segmented.phrases.map { phrase in
            (phrase: phrase.parts.map(vocabulary.term).joined(), tokens: phrase.parts.map(vocabulary.term).joined(separator: " "),
             count: phrase.count, meetings: phrase.meetings, score: phrase.score)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.phrase.unicodeScalars.lexicographicallyPrecedes($1.phrase.unicodeScalars) }
        var csv = CSVWriter(header: header)
        for row in rows {
            csv.appendRow([row.phrase, row.tokens, String(row.count), String(row.meetings), Format.decimal(row.score)])
        }
        return csv.text
    }
}
