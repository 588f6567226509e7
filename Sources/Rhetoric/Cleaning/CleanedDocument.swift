/// A report reduced to what was said and narrated: its paragraphs, and the metadata found on the way.
public struct CleanedDocument: Sendable, Equatable {
    /// The title from front matter, a `标题:` line, the HTML `<title>`, or else the first heading.
    public var title: String?
    /// The publication date as the source writes it (front matter `date:`, `发布时间：`).
    public var publishedDate: String?
    public var author: String?
    /// City and day of the first dateline (`新华社莫斯科3月21日电`), which the cleaner removes.
    public var dateline: Dateline?
    public var paragraphs: [Paragraph]
    /// Paragraphs dropped because they repeat one already seen in the document.
    public var duplicateParagraphsRemoved: Int
    /// What the user should hear about how the document was read (text a parser lost, a block that
    /// looked like front matter but was read as text).
    public var warnings: [String] = []

    public struct Dateline: Sendable, Equatable {
        public var city: String
        public var month: Int
        public var day: Int
    }

    /// The first month and day the report names: the dateline's, else the first `M月D日` of the body.
    /// With the publication year it dates the meeting.
    public var leadDay: (month: Int, day: Int)? {
        if let dateline { return (dateline.month, dateline.day) }
        for paragraph in paragraphs where paragraph.kind == .body {
            if let match = paragraph.text.firstMatch(of: #/(\d{1,2})月(\d{1,2})日/#),
               let month = Int(match.output.1), let day = Int(match.output.2) {
                return (month, day)
            }
        }
        return nil
    }

    /// Characters of body text (Unicode scalars, paragraph breaks not counted).
    public var characterCount: Int {
        paragraphs.reduce(0) { $0 + $1.text.unicodeScalars.count }
    }

    /// The body as `rhetoric clean` prints it: one paragraph per line, headings marked with `# `.
    public var text: String {
        paragraphs.map { ($0.kind == .heading ? "# " : "") + $0.text + "\n" }.joined()
    }
}
