/// `documents.csv`: one row per document, so a user can check that every file was read, dated and
/// cleaned as expected before trusting any number built on it.
public enum DocumentsReport {
    public static let fileName = "documents.csv"
    public static let header = ["meeting", "date", "year", "city", "file", "title", "chars", "paragraphs",
                                "duplicate_paragraphs_removed"]

    public static func csv(_ corpus: Corpus) -> String {
        var csv = CSVWriter(header: header)
        for document in corpus.documents {
            let meeting = document.meeting
            csv.appendRow([
                meeting.id, meeting.date.description, String(meeting.date.year), meeting.city, document.file,
                document.cleaned.title ?? "", String(document.cleaned.characterCount),
                String(document.cleaned.paragraphs.count), String(document.cleaned.duplicateParagraphsRemoved),
            ])
        }
        return csv.text
    }
}
