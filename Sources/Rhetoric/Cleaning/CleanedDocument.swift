/// A report reduced to what was said and narrated: its paragraphs, the metadata found on the way,
/// and the record of every line dropped or changed.
public struct CleanedDocument: Sendable, Equatable {
    /// The headline: front matter `title`, a `标题：` line, the HTML `<h1>` or `<title>`, or the
    /// headline-like line before the lead that restates it (see ``TitleFinder``).
    public var title: String?
    /// The publication date as the source writes it (front matter `date:`, `发布时间：`, a timestamp
    /// line, the page's link).
    public var publishedDate: String?
    public var author: String?
    /// Who published the report (`新华社`, `人民日报`, `央视`, `ZAKER`), when the page says.
    public var outlet: String?
    /// The first dateline (`新华社莫斯科3月21日电`), which the cleaner removes.
    public var dateline: Dateline?
    public var paragraphs: [Paragraph]
    /// Paragraphs dropped because they repeat one already seen in the document.
    public var duplicateParagraphsRemoved: Int
    /// Whether the text was converted from Traditional characters.
    public var simplified = false
    /// What the user should hear about how the document was read (text a parser lost, a block that
    /// looked like front matter but was read as text).
    public var warnings: [String] = []
    /// Every line dropped or changed, and why: `rhetoric clean --explain`.
    public var decisions: [CleaningDecision] = []
    /// What ``releaseText()`` kept of the paragraphs it emptied.
    private var released: Released?

    struct Released: Sendable, Equatable {
        var characters: Int
        var paragraphs: Int
    }

    public init(paragraphs: [Paragraph] = [], duplicateParagraphsRemoved: Int = 0) {
        self.paragraphs = paragraphs
        self.duplicateParagraphsRemoved = duplicateParagraphsRemoved
    }

    public struct Dateline: Sendable, Equatable {
        public var agency: String
        public var city: String
        public var month: Int?
        /// Nil when the wire gives no date (`俄罗斯卫星通讯社莫斯科电`).
        public var day: Int?
    }

    /// The first month and day the report names: the dateline's, else the first `M月D日` of the body.
    /// With the publication date it dates the meeting.
    public var leadDay: (month: Int, day: Int)? {
        if let dateline, let month = dateline.month, let day = dateline.day { return (month, day) }
        for paragraph in paragraphs where paragraph.kind == .body {
            if let day = CleanedDocument.firstMonthDay(paragraph.text) { return day }
        }
        return nil
    }

    /// The first `M月D日` of a text.
    static func firstMonthDay(_ text: String) -> (month: Int, day: Int)? {
        let groups = PublicationDate.digitGroups(text)
        for (index, group) in groups.enumerated().dropLast() where group.after == "月" && groups[index + 1].after == "日"
            && groups[index + 1].before == "月" {
            if (1...12).contains(group.value) && (1...31).contains(groups[index + 1].value) { return (group.value, groups[index + 1].value) }
        }
        return nil
    }

    /// Characters of body text (Unicode scalars, paragraph breaks not counted), counted on the
    /// UTF-8: every byte that does not continue a scalar starts one.
    public var characterCount: Int {
        released?.characters ?? paragraphs.reduce(0) { count, paragraph in
            var text = paragraph.text
            return count + text.withUTF8 { utf8 in utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        }
    }

    /// Paragraphs kept.
    public var paragraphCount: Int { released?.paragraphs ?? paragraphs.count }

    /// Lets go of the paragraphs (and the record of decisions), keeping only their counts: for a
    /// run whose sentences have been written out (``SentenceSpill``), on which nothing else reads
    /// the text.
    mutating func releaseText() {
        releaseText(characters: characterCount, paragraphs: paragraphCount)
    }

    /// Empties the paragraphs, keeping these counts of them.
    mutating func releaseText(characters: Int, paragraphs count: Int) {
        released = Released(characters: characters, paragraphs: count)
        paragraphs = []
        decisions = []
    }

    /// The body as `rhetoric clean` prints it: one paragraph per line, headings marked with `# `.
    public var text: String {
        paragraphs.map { ($0.kind == .heading ? "# " : "") + $0.text + "\n" }.joined()
    }
}
