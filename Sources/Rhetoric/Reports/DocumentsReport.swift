/// `documents.csv`: one row per document, so a user can check that every file was read, dated and
/// cleaned as expected before trusting any number built on it.
public enum DocumentsReport {
    public static let fileName = "documents.csv"
    public static let header = ["meeting", "date", "year", "city", "file", "title", "outlet", "chars", "paragraphs",
                                "duplicate_paragraphs_removed", "converted_from_traditional", "status"]

    /// Every file read, counted or not; an undated empty file has empty meeting cells.
    public static func csv(_ corpus: Corpus) -> String {
        var csv = CSVWriter(header: header)
        for record in corpus.records {
            let meeting = record.meeting
            csv.appendRow([
                meeting?.id ?? "", meeting?.date.description ?? "", meeting.map { String($0.date.year) } ?? "",
                meeting?.city ?? "", record.file, record.cleaned.title ?? "", record.cleaned.outlet ?? "",
                String(record.cleaned.characterCount), String(record.cleaned.paragraphCount),
                String(record.cleaned.duplicateParagraphsRemoved), String(record.cleaned.simplified), record.status.rawValue,
            ])
        }
        return csv.text
    }
}
