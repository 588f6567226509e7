/// `phrases.csv`: the corpus's frozen phrases (`phrases.txt`) and how often each was counted.
public enum PhrasesReport {
    public static let fileName = "phrases.csv"
    public static let header = ["phrase", "count", "meetings"]

    /// Rows by count descending, then phrase in code point order; a phrase the corpus never uses
    /// has a count of 0.
    public static func csv(_ phrases: WordList, _ tables: AnalysisTables) -> String {
        let index = tables.termIndex()
        let rows = phrases.words.map { phrase in
            (phrase: phrase, count: index[phrase].map { tables.total(Int($0)) } ?? 0,
             meetings: index[phrase].map { tables.documentFrequency(Int($0)) } ?? 0)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.phrase.unicodeScalars.lexicographicallyPrecedes($1.phrase.unicodeScalars) }
        var csv = CSVWriter(header: header)
        for row in rows { csv.appendRow([row.phrase, String(row.count), String(row.meetings)]) }
        return csv.text
    }
}
