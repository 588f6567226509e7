/// Turns a collected report into its cleaned paragraphs.
///
/// The stages, each in its own type: front matter (``FrontMatter``) and HTML (``HTMLBlock``) are
/// taken apart; each line is normalised (``TextNormalizer``); metadata header lines and chrome are
/// dropped (``Artefacts``); hard-wrapped columns are joined (``Unwrapper``); then, per paragraph,
/// photo captions, bylines and datelines go and repeated paragraphs are dropped.
public struct Cleaner: Sendable {
    /// How the source is written.
    public enum Format: Sendable {
        case text, markdown, html

        /// The format for a file extension, or nil for files the corpus does not read.
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "txt": self = .text
            case "md", "markdown": self = .markdown
            case "html", "htm": self = .html
            default: return nil
            }
        }
    }

    public init() {}

    /// Cleans decoded `text`; `file` names the source in errors.
    public func clean(_ text: String, format: Format, file: String) throws(RhetoricError) -> CleanedDocument {
        var body = Cleaner.unifyLineEnds(text)
        var document = CleanedDocument(paragraphs: [], duplicateParagraphsRemoved: 0)
        var warning: String? = nil
        if let split = try FrontMatter.split(body, file: file, warning: &warning) {
            document.title = split.matter.title
            document.publishedDate = split.matter.date
            document.author = split.matter.author
            body = split.body
        }
        if let warning { document.warnings.append(warning) }
        let candidates: [Candidate]
        if format == .html || HTMLBlock.looksLikeHTML(body) {
            candidates = try htmlCandidates(body, file: file, into: &document)
        } else {
            candidates = textCandidates(body, markdown: format == .markdown, into: &document)
        }
        filter(candidates, into: &document)
        if document.title == nil {
            document.title = document.paragraphs.first { $0.kind == .heading }?.text
        }
        return document
    }

    /// A paragraph before the per-paragraph filters; captions known from markup are flagged.
    struct Candidate {
        var paragraph: Paragraph
        var isCaption = false
    }

    static func unifyLineEnds(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var first = true
        while let scalar = scalars.next() {
            defer { first = false }
            if first && scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                result.append("\n")
                if let next = scalars.next(), next != "\n" { result.append(next) }
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }

    private func textCandidates(_ body: String, markdown: Bool, into document: inout CleanedDocument) -> [Candidate] {
        var items: [Unwrapper.Item] = []
        var skipKeywordList = false
        for raw in body.lines {
            let text = TextNormalizer.normalize(raw)
            if text.isEmpty {
                items.append(.blank)
                continue
            }
            if skipKeywordList {
                skipKeywordList = false
                if Cleaner.isKeywordList(text) {
                    items.append(.boundary)
                    continue
                }
            }
            if let (key, value) = Artefacts.headerLine(text) {
                record(key: key, value: value, into: &document)
                skipKeywordList = value.isEmpty && key.hasPrefix("关键")
                items.append(.boundary)
                continue
            }
            if Artefacts.isChrome(text) || Artefacts.isRule(text) {
                items.append(.boundary)
                continue
            }
            if markdown, let heading = text.wholeMatch(of: #/#{1,6}\s+(.+?)\s*#*/#) {
                items.append(.heading(String(heading.output.1)))
                continue
            }
            items.append(.line(text, indented: TextNormalizer.isIndented(raw)))
            if Artefacts.trailingCredit(in: text) != nil {
                items.append(.boundary)
            }
        }
        return Unwrapper().paragraphs(from: items).map { Candidate(paragraph: $0) }
    }

    private func htmlCandidates(_ body: String, file: String, into document: inout CleanedDocument) throws(RhetoricError) -> [Candidate] {
        var candidates: [Candidate] = []
        var afterImage = false
        let (blocks, lost) = try HTMLBlock.parse(body, file: file)
        if lost > 0 {
            document.warnings.append("the HTML parser lost \(lost) characters of the page's text; they are not counted")
        }
        for block in blocks {
            defer { afterImage = block.kind == .image }
            let text = TextNormalizer.normalize(block.text)
            guard !text.isEmpty else { continue }
            switch block.kind {
            case .title:
                if document.title == nil { document.title = text }
            case .image:
                break
            case .heading:
                candidates.append(Candidate(paragraph: Paragraph(text, kind: .heading)))
            case .caption:
                candidates.append(Candidate(paragraph: Paragraph(text), isCaption: true))
            case .loose, .paragraph:
                if let (key, value) = Artefacts.headerLine(text) {
                    record(key: key, value: value, into: &document)
                    continue
                }
                // Text set directly beside an image, outside any paragraph, is the image's caption.
                candidates.append(Candidate(paragraph: Paragraph(text), isCaption: block.kind == .loose && afterImage))
            }
        }
        return candidates
    }

    private func record(key: String, value: String, into document: inout CleanedDocument) {
        guard !value.isEmpty else { return }
        switch key {
        case "标题", "原标题":
            if document.title == nil { document.title = value }
        case "发布时间", "发表时间", "发布日期", "日期", "更新时间":
            if document.publishedDate == nil { document.publishedDate = value }
        case "作者":
            if document.author == nil { document.author = value }
        default:
            break
        }
    }

    /// A line of space-separated keywords, as sites print under `关键词：`.
    static func isKeywordList(_ text: String) -> Bool {
        text.contains(" ") && !text.unicodeScalars.contains(where: Unwrapper.clausePunctuation.contains)
    }

    private func filter(_ candidates: [Candidate], into document: inout CleanedDocument) {
        var kept: [Paragraph] = []
        var seen: Set<ExactText> = []
        var previousKept = false
        for candidate in candidates {
            var paragraph = candidate.paragraph
            let keptBefore = previousKept
            previousKept = false
            if candidate.isCaption || Artefacts.isChrome(paragraph.text) || Artefacts.isBracketedByline(paragraph.text) {
                continue
            }
            if Artefacts.isCreditOnly(paragraph.text) {
                // A credit standing alone closes the caption paragraph just before it.
                if keptBefore, let caption = kept.popLast() { seen.remove(ExactText(text: caption.text)) }
                continue
            }
            if Artefacts.trailingCredit(in: paragraph.text) != nil { continue }
            if let dateline = Artefacts.dateline(in: paragraph.text) {
                if document.dateline == nil {
                    document.dateline = .init(city: dateline.city, month: dateline.month, day: dateline.day)
                }
                paragraph.text = dateline.rest
                if paragraph.text.isEmpty { continue }
            }
            if !seen.insert(ExactText(text: paragraph.text)).inserted {
                document.duplicateParagraphsRemoved += 1
                continue
            }
            kept.append(paragraph)
            previousKept = true
        }
        document.paragraphs = kept
    }
}
