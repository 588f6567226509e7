/// Turns a collected report into its cleaned paragraphs, recording every line it drops or changes.
///
/// The stages, each in its own type:
/// 1. front matter (``FrontMatter``) and HTML (``HTMLBlock``) are taken apart into lines or blocks;
/// 2. a document written in Traditional characters is converted to Simplified (``Simplifier``), so
///    every later rule is written once;
/// 3. a line into which a site ran its paragraphs is split into them (``RunTogetherParagraphs``);
///    each line is normalised (``TextNormalizer``) and loses stray HTML tags, the outer borders of
///    a flattened table row and pinyin readings (``PinyinReadings``);
/// 4. metadata lines (``Metadata``), chrome (``Artefacts``) and site furniture (``Furniture``) are
///    read as metadata or dropped, each leaving a hard boundary;
/// 5. lines become paragraphs (``Unwrapper``: only column-wrapped documents are unwrapped);
/// 6. captions, bylines, datelines and credits go (``Artefacts``);
/// 7. the prose classifier drops the boilerplate no rule names (``ProseClassifier``); a paragraph
///    holding a speech cue is never dropped;
/// 8. repeated paragraphs go; the title (``TitleFinder``), dates and outlet are read.
public struct Cleaner {
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

    public struct Options: Sendable {
        /// When to convert Traditional characters to Simplified.
        public var simplify = Simplifier.Mode.auto
        /// Whose speech cues keep a paragraph whatever the classifier says, and whose signature
        /// under a title (``SpeakerList/signature(_:)``) is read as the text's author.
        public var speakers = SpeakerList.defaults

        public init() {}
    }

    public let options: Options
    private let converter: ConverterBox

    public init(options: Options = Options()) {
        self.options = options
        converter = ConverterBox()
    }

    /// Opens OpenCC once a cleaner first needs it, and keeps what it learnt of characters. A
    /// cleaner, like the converter, belongs to one worker.
    final class ConverterBox {
        private var converter: ScriptConverter?
        private let characters = TraditionalCharacters()

        func simplify(_ text: String) throws(RhetoricError) -> String {
            try opened().convert(text)
        }

        /// Whether `text` is written in Traditional characters (none counts if OpenCC cannot be opened).
        func isTraditional(_ text: String) -> Bool {
            characters.isTraditional(text) { try? opened() }
        }

        private func opened() throws(RhetoricError) -> ScriptConverter {
            if let converter { return converter }
            let opened = try ScriptConverter()
            converter = opened
            return opened
        }
    }

    /// A line or block of the source, before cleaning.
    struct Unit {
        enum Kind {
            case line(indented: Bool), pageTitle, heading, paragraph, loose, caption, image

            /// A line of a text file or a paragraph of a page: what may hold run-together paragraphs.
            var isText: Bool {
                switch self {
                case .line, .paragraph: true
                default: false
                }
            }
        }
        var text: String
        var kind: Kind
        var number: Int
    }

    /// Cleans decoded `text`; `file` names the source in errors.
    public func clean(_ text: String, format: Format, file: String) throws(RhetoricError) -> CleanedDocument {
        var body = Cleaner.unifyLineEnds(text)
        var document = CleanedDocument()
        var declaredTitle: String? = nil
        var warning: String? = nil
        var firstLine = 1
        var matter = FrontMatter()
        if let split = try FrontMatter.split(body, file: file, warning: &warning) {
            matter = split.matter
            body = split.body
            firstLine = split.bodyLine
        }
        if let warning { document.warnings.append(warning) }
        var units: [Unit]
        if format == .html || HTMLBlock.looksLikeHTML(body) {
            let (blocks, lost) = try HTMLBlock.parse(body, file: file)
            if lost > 0 { document.warnings.append("the HTML parser lost \(lost) characters of the page's text; they are not counted") }
            units = blocks.enumerated().map { index, block in
                let kind: Unit.Kind
                switch block.kind {
                case .title: kind = .pageTitle
                case .heading: kind = .heading
                case .paragraph: kind = .paragraph
                case .loose: kind = .loose
                case .caption: kind = .caption
                case .image: kind = .image
                }
                return Unit(text: block.text, kind: kind, number: index + 1)
            }
        } else {
            units = body.lines.enumerated().map { index, line in
                Unit(text: String(line), kind: .line(indented: TextNormalizer.isIndented(line)), number: firstLine + index)
            }
        }
        try simplify(&units, &matter, into: &document)
        units = Cleaner.joiningSplitDates(units, into: &document)
        declaredTitle = matter.title
        document.publishedDate = matter.date
        document.author = matter.author
        document.outlet = (matter.source ?? matter.author.flatMap(Cleaner.organisation)).flatMap(TitleFinder.outlet)
        var state = LineState()
        let candidates = lines(units, markdown: format == .markdown, state: &state, into: &document)
        declaredTitle = declaredTitle ?? state.fields.title
        document.publishedDate = document.publishedDate ?? state.fields.date ?? state.timestamp ?? state.fields.link
        document.author = document.author ?? state.signature ?? state.fields.author
        document.outlet = document.outlet ?? state.fields.source.flatMap(TitleFinder.outlet) ?? state.printOutlet
        let filtered = filter(candidates, state: &state, into: &document)
        let header = filtered.prefix { !Unwrapper.endsSentence($0.text) || TitleFinder.isHeadlineShaped($0.text) }
        var paragraphs = withoutTrailingHeadlines(classify(filtered, leadLine: state.leadLine, into: &document), into: &document)
        let lead = ProseClassifier.opening(of: paragraphs.lazy.filter { $0.kind == .body }.map(\.text))
        let headings = paragraphs.filter { $0.kind == .heading }.map(\.text)
        let found = TitleFinder.Found(declared: declaredTitle, signed: state.signedTitle, page: state.pageTitles,
                                      header: state.headerHeadline ?? state.datelineHeadline,
                                      headerLines: header.map(\.text).filter(TitleFinder.isHeadlineShaped), headings: headings)
        document.title = TitleFinder.title(found, lead: lead)
        // A post's headline in 【】 opening its lead is a heading above it, as a page's stands.
        if let title = document.title, let index = paragraphs.firstIndex(where: { $0.kind == .body }),
           paragraphs[index].text.hasPrefix("【" + title + "】") {
            let rest = String(paragraphs[index].text.dropFirst(title.count + 2)).trimmingSpaces()
            if !rest.isEmpty {
                document.decisions.append(CleaningDecision(line: paragraphs[index].line, .changed, "headline in brackets",
                                                           paragraphs[index].text, result: rest))
                paragraphs[index].text = rest
                paragraphs.insert(Paragraph(title, kind: .heading, line: paragraphs[index].line), at: index)
            }
        }
        // A headline the classifier dropped as a short line among too little prose (a brief of two
        // paragraphs) is still the page's headline: back above the lead, for the step below.
        if let title = document.title, !paragraphs.contains(where: { $0.text == title }),
           let headline = filtered.first(where: { $0.text == title }),
           let lead = paragraphs.first(where: { $0.kind == .body }), lead.line > headline.line,
           let decision = document.decisions.lastIndex(where: { $0.line == headline.line && $0.rule.hasPrefix("classifier") }) {
            document.decisions.remove(at: decision)
            paragraphs.insert(headline, at: paragraphs.firstIndex { $0.line > headline.line } ?? paragraphs.count)
        }
        // The headline standing in the text above the lead is a heading, not the report's prose;
        // short lines above it that hold no sentence are the site's (a spam line a page was served
        // with, a kicker), not the report.
        if let title = document.title, let index = paragraphs.firstIndex(where: { $0.text == title }),
           paragraphs[..<index].allSatisfy({ paragraph in
               paragraph.kind != .body || (index <= Cleaner.aboveHeadline && TextProfile(paragraph.text).sentenceEnds == 0
                   && paragraph.text.hasAtMost(TitleFinder.longestHeadline))
           }) {
            let kept = paragraphs[..<index].filter { $0.kind != .body }
            for paragraph in paragraphs[..<index] where paragraph.kind == .body {
                document.decisions.append(CleaningDecision(line: paragraph.line, .dropped, "above the headline", paragraph.text))
            }
            paragraphs = kept + paragraphs[index...]
            paragraphs[kept.count].kind = .heading
        }
        // A paper's own dateline (`（吉隆坡13日讯）`) names no agency.
        if document.outlet == nil, let agency = document.dateline.flatMap({ $0.agency.isEmpty ? nil : $0.agency }) ?? state.agency {
            document.outlet = TitleFinder.outlet(agency)
        }
        document.paragraphs = deduplicate(paragraphs, into: &document)
        document.decisions = document.decisions.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return document
    }

    /// The most paragraphs above the headline that are read as the site's when none is a sentence.
    static let aboveHeadline = 3

    /// Converts the document to Simplified characters when it is written in Traditional ones.
    private func simplify(_ units: inout [Unit], _ matter: inout FrontMatter, into document: inout CleanedDocument) throws(RhetoricError) {
        let joined = units.map(\.text).joined(separator: "\n")
        let convert: Bool
        switch options.simplify {
        case .never: convert = false
        case .always: convert = true
        case .auto: convert = converter.isTraditional(joined)
        }
        guard convert else { return }
        let converted = try converter.simplify(joined).split(separator: "\n", omittingEmptySubsequences: false)
        guard converted.count == units.count else { return }
        for index in units.indices { units[index].text = String(converted[index]) }
        for keyPath in [\FrontMatter.title, \FrontMatter.author, \FrontMatter.source] {
            if let value = matter[keyPath: keyPath] { matter[keyPath: keyPath] = try converter.simplify(value) }
        }
        document.simplified = true
    }

    /// What the line pass has read so far.
    struct LineState {
        var fields = Metadata.Fields()
        var timestamp: String?
        var printOutlet: String?
        var pageTitles: [String] = []
        /// The agency an agency tag (`■据新华社`) or a bylines names.
        var agency: String?
        /// After a header such as 相关新闻: headline-like lines are links.
        var inRelatedList = false
        /// Below the report, after a header such as 网友评论 or a theme's `Latest from Blog`: what
        /// every line to the page's end is (readers' comments, other stories).
        var pageEnd: String?
        /// A metadata key with nothing after it (`责任编辑：`): its value is the next line.
        var valueFollows = false
        /// The last line of text so far, and whether a line of prose length has been seen: the
        /// line just before the page's first metadata line is its headline.
        var lastText: String?
        var pastHeader = false
        /// A line has ended a sentence of some length, or held one's end (a column-wrapped line of
        /// prose): a headline seldom does.
        var sentenceSeen = false
        /// The headline-shaped line just before the first metadata line, and a headline a flattened
        /// page ran into the dateline.
        var headerHeadline: String?
        var datelineHeadline: String?
        /// The line signing a speech or signed article under its title (``SpeakerList/signature(_:)``).
        var signature: String?
        /// The line of text before ``lastText``.
        var lineBefore: String?
        /// The headline-shaped line right above the signature: the title it signs.
        var signedTitle: String?
        /// The line the report's lead starts on, its dateline cut: the report's own text, however short.
        var leadLine: Int?
        /// The last line read, if it was a related link: its text without the site's name.
        var relatedLink: String?

        /// Reads a signature: above the text, who wrote it and under which title.
        mutating func noteSignature(_ line: String) {
            guard !sentenceSeen, signature == nil else { return }
            signature = line
            if let last = lastText, TitleFinder.isHeadlineShaped(last) { signedTitle = last }
        }

        /// Takes the last line of text as the page's headline, read just before a metadata line
        /// of the header: not an outlet's name that a page sets above its date (`某某中文`).
        mutating func noteHeaderHeadline() {
            if !pastHeader, !sentenceSeen, headerHeadline == nil, let last = lastText,
               TitleFinder.isHeadlineShaped(last), Cleaner.organisation(last) == nil {
                headerHeadline = last
            }
        }
    }

    /// Whether the last line read, blank lines aside, ends mid-clause (`…深化人文交流，`).
    static func lastLineEndsMidClause(_ items: [Unwrapper.Item]) -> Bool {
        guard case .line(let text, _, _)? = items.last(where: { $0 != .blank }) else { return false }
        return Unwrapper.endsMidClause(text)
    }

    /// A paragraph before the per-paragraph filters; captions known from markup are flagged.
    struct Candidate {
        var paragraph: Paragraph
        var isCaption = false
    }

    /// Normalises each line, reads metadata and drops furniture, then builds paragraphs.
    private func lines(_ units: [Unit], markdown: Bool, state: inout LineState, into document: inout CleanedDocument) -> [Candidate] {
        var items: [Unwrapper.Item] = []
        var candidates: [Candidate] = []
        var afterImage = false
        var isText = false
        // The units still to read, the next one last: a run-together line's paragraphs
        // (``RunTogetherParagraphs``) go back here to be read one by one.
        var pending = Array(units.reversed())
        while let unit = pending.popLast() {
            // Split before normalising, which drops the space between a 。 and a digit.
            if unit.kind.isText, let pieces = RunTogetherParagraphs.split(unit.text) {
                document.decisions.append(CleaningDecision(line: unit.number, .changed, "run-together paragraphs", unit.text,
                                                           result: pieces.map(\.text).joined(separator: " ¶ ")))
                pending += pieces.reversed().map { Unit(text: $0.text, kind: $0.isHeading ? .heading : unit.kind, number: unit.number) }
                continue
            }
            defer { if case .image = unit.kind {} else { afterImage = false } }
            var text = TextNormalizer.normalize(unit.text)
            /// Takes what a rule stripped from the line, if anything, and notes it under the rule's name.
            func take(_ rule: String, _ stripped: String?) {
                guard let stripped else { return }
                document.decisions.append(CleaningDecision(line: unit.number, .changed, rule, text, result: stripped))
                text = stripped
            }
            take("HTML tags", Cleaner.withoutTags(text))
            take("table borders", Cleaner.withoutTableBorders(text))
            take("labels", Cleaner.withoutLabels(text))
            if let (headline, source) = Cleaner.trailingSource(text) {
                state.fields.source = state.fields.source ?? source
                take("source after the headline", headline)
            }
            take("forum noise", ForumNoise.strip(text))
            take("microblog marks", MicroblogMarks.strip(text))
            take("foreign sentences", ForeignSentences.strip(text))
            // A presenter greets the audience before the report's first sentence, if at all.
            if !state.sentenceSeen { take("greeting to the audience", ReaderGreetings.strip(text)) }
            take("pinyin readings", PinyinReadings.strip(text))
            take("time after the text", Cleaner.withoutTrailingTime(text))
            if let (rest, stamp) = Metadata.trailingTimestamp(text) {
                state.timestamp = state.timestamp ?? stamp
                take("timestamp at the end", rest)
            }
            // A flattened page runs the headline into the lead after a space, the line above it.
            if !state.sentenceSeen { take("headline again", Cleaner.withoutHeadline(text, [state.lastText] + state.pageTitles)) }
            // A photo's title with the site's name over its caption, the same words
            // (`高峰和海川在会谈中 - 某某社`, `高峰和海川在会谈中`): the caption goes with the title.
            if !text.isEmpty, let link = state.relatedLink {
                state.relatedLink = nil
                if text == link {
                    document.decisions.append(CleaningDecision(line: unit.number, .dropped, "caption under its title", text))
                    items.append(.boundary)
                    continue
                }
            }
            if !state.pastHeader || state.sentenceSeen, let headline = TitleFinder.withoutSiteName(text) {
                // Below a sentence of the report, such a line is another page's title: a link.
                if state.sentenceSeen, case .line = unit.kind {
                    document.decisions.append(CleaningDecision(line: unit.number, .dropped, "related link", text))
                    state.relatedLink = headline
                    items.append(.boundary)
                    continue
                }
                if !state.pastHeader {
                    document.decisions.append(CleaningDecision(line: unit.number, .changed, "site name", text, result: headline))
                    text = headline
                }
            }
            switch unit.kind {
            case .image:
                afterImage = true
                continue
            case .pageTitle:
                if !text.isEmpty { state.pageTitles.append(text) }
                continue
            default:
                break
            }
            if case .line = unit.kind { isText = true }
            guard !text.isEmpty else {
                items.append(.blank)
                continue
            }
            if let (date, rest) = Metadata.datePrefix(text) {
                if let date { state.fields.fill(.date, date) }
                document.decisions.append(CleaningDecision(line: unit.number, .metadata, "date line", text, result: rest))
                text = rest
                if text.isEmpty {
                    items.append(.boundary)
                    continue
                }
            }
            if Cleaner.isDuration(text) {
                // A player's duration, and, in the report (above it, the page's video is the
                // report's own, its title the headline), the title of a video set in it just above.
                document.decisions.append(CleaningDecision(line: unit.number, .dropped, "video duration", text))
                if case .line(let title, _, let number)? = items.last, state.sentenceSeen, Cleaner.isMediaTitle(title) {
                    items.removeLast()
                    document.decisions.append(CleaningDecision(line: number, .dropped, "video title", title))
                } else if let title = candidates.last?.paragraph, state.sentenceSeen, title.kind == .body, Cleaner.isMediaTitle(title.text) {
                    candidates.removeLast()
                    document.decisions.append(CleaningDecision(line: title.line, .dropped, "video title", title.text))
                }
                items.append(.boundary)
                continue
            }
            // A metadata line a flattened page ran its dateline and lead into: the lead is read on its own.
            if Metadata.fields(of: text) != nil, let start = Artefacts.datelineInside(text) {
                let lead = String(text[start...])
                document.decisions.append(CleaningDecision(line: unit.number, .changed, "lead after metadata", text,
                                                           result: text[..<start] + " ¶ " + lead))
                pending.append(Unit(text: lead, kind: unit.kind, number: unit.number))
                text = String(text[..<start])
            }
            if let rule = furniture(text, state: &state) {
                let isMetadata = rule.hasPrefix("metadata") || rule == "timestamp" || rule == "signature"
                if isMetadata { state.noteHeaderHeadline() }
                document.decisions.append(CleaningDecision(line: unit.number, isMetadata ? .metadata : .dropped, rule, text))
                // A page's number interrupts the text, which runs on across it; so does a print
                // page's running head (its paper's name and day) below a line the page broke off
                // mid-clause.
                if rule != "page number" && !(rule == "timestamp" && state.sentenceSeen && Cleaner.lastLineEndsMidClause(items)) {
                    items.append(.boundary)
                }
                continue
            }
            // A subtitle under the headline (`——在…上的讲话`, `——记…`) is the headline's: one title.
            // A line ending in a clause mark is a list's first item (`——双方将深化能源合作；`), and a
            // headline has one subtitle at most.
            if !state.sentenceSeen, text.hasPrefix("——"), let headline = state.lastText, !TextScan.contains(headline, "——"),
               TitleFinder.isHeadlineShaped(headline), TitleFinder.isHeadlineShaped(text), !Unwrapper.endsMidClause(text),
               Cleaner.replaceLast(headline, with: headline + text, items: &items, candidates: &candidates, isText: isText) {
                document.decisions.append(CleaningDecision(line: unit.number, .changed, "subtitle", text, result: headline + text))
                state.lastText = headline + text
                continue
            }
            // An office on its line and the name on the next sign as one line does (`中华人民共和国主席`
            // / `习近平`, a page's line break between them).
            if text.hasAtMost(SpeakerList.longestName), let office = state.lastText, office.hasAtMost(SpeakerList.longestSignature),
               !text.contains(" "),
               case let signature = office + " " + text, options.speakers.signature(signature) != nil,
               Cleaner.replaceLast(office, with: nil, items: &items, candidates: &candidates, isText: isText) {
                state.lastText = state.lineBefore
                state.noteSignature(signature)
                state.noteHeaderHeadline()
                document.decisions.append(CleaningDecision(line: unit.number, .metadata, "signature", signature))
                items.append(.boundary)
                continue
            }
            (state.lineBefore, state.lastText) = (state.lastText, text)
            if Unwrapper.endsSentence(text) {
                let length = text.unicodeScalars.count
                if length >= TitleFinder.shortestSentence { state.sentenceSeen = true }
                if length > TitleFinder.longestHeadline { state.pastHeader = true }
            } else if TextScan.contains(text, "。"), !text.hasAtMost(TitleFinder.shortestSentence - 1) {
                // A column-wrapped line of prose ends mid-sentence, but holds a sentence's end.
                state.sentenceSeen = true
            }
            switch unit.kind {
            case .line(let indented):
                if markdown, text.hasPrefix("#") {
                    let heading = text.drop { $0 == "#" }.trimmingSpaces()
                    if !heading.isEmpty, text.hasPrefix(String(repeating: "#", count: text.count - text.drop { $0 == "#" }.count) + " ") {
                        items.append(.heading(heading, number: unit.number))
                        continue
                    }
                }
                items.append(.line(text, indented: indented, number: unit.number))
                if Artefacts.trailingCredit(in: text) != nil { items.append(.boundary) }
            case .heading where isText:
                // A heading a text line ran into its paragraph (``RunTogetherParagraphs``).
                items.append(.heading(text, number: unit.number))
            case .heading:
                candidates.append(Candidate(paragraph: Paragraph(text, kind: .heading, line: unit.number)))
            case .caption:
                candidates.append(Candidate(paragraph: Paragraph(text, line: unit.number), isCaption: true))
            case .loose, .paragraph:
                // Text set directly beside an image, outside any paragraph, is the image's caption.
                let looseCaption: Bool
                if case .loose = unit.kind { looseCaption = afterImage } else { looseCaption = false }
                candidates.append(Candidate(paragraph: Paragraph(text, line: unit.number), isCaption: looseCaption))
            case .image, .pageTitle:
                break
            }
        }
        return isText ? Unwrapper(opensWithCue: options.speakers.opensWithCue).paragraphs(from: items).map { Candidate(paragraph: $0) } : candidates
    }

    /// Replaces the last line read, `last`, with `text` (a headline with its subtitle), or removes it
    /// (an office the next line's name signs with), with the blank lines after it; false when `last`
    /// is not the last line.
    private static func replaceLast(_ last: String, with text: String?, items: inout [Unwrapper.Item],
                                    candidates: inout [Candidate], isText: Bool) -> Bool {
        guard isText else {
            guard let candidate = candidates.last, candidate.paragraph.text == last, !candidate.isCaption else { return false }
            if let text { candidates[candidates.count - 1].paragraph.text = text } else { candidates.removeLast() }
            return true
        }
        guard let index = items.lastIndex(where: { $0 != .blank }) else { return false }
        switch items[index] {
        case .line(last, let indented, let number):
            items.removeSubrange(index...)
            if let text { items.append(.line(text, indented: indented, number: number)) }
        case .heading(last, let number):
            items.removeSubrange(index...)
            if let text { items.append(.heading(text, number: number)) }
        default: return false
        }
        return true
    }

    /// The rule a whole line falls under, if it is metadata or furniture; reads what it says into
    /// `state`.
    private func furniture(_ text: String, state: inout LineState) -> String? {
        let profile = TextProfile(text)
        if state.valueFollows {
            state.valueFollows = false
            // A label with nothing after it (`标签:`) may end the page's own fields just above the
            // header of a list of links, which is no value of it.
            if profile.clauseMarks == 0 && !Furniture.isRelatedHeader(text) && profile.sentenceEnds == 0 && (profile.length <= 40 || text.contains(" ")) {
                return "metadata: value"
            }
        }
        if let fields = Metadata.fields(of: text) {
            state.fields.title = state.fields.title ?? fields.title
            state.fields.date = state.fields.date ?? fields.date
            state.fields.author = state.fields.author ?? fields.author
            state.fields.source = state.fields.source ?? fields.source
            state.fields.link = state.fields.link ?? fields.link
            state.valueFollows = fields.valueFollows
            return "metadata"
        }
        // Below the report, a header such as 网友评论 opens the readers' comments, which run to the
        // page's end: sentences of theirs, not the report's; a theme's `Latest from Blog` opens the
        // site's other stories, with their excerpts, to its end; 早前报道 the page's earlier reports
        // of the same event, which would count its story twice.
        if let pageEnd = state.pageEnd { return pageEnd }
        if state.sentenceSeen,
           let pageEnd = Furniture.isCommentsHeader(text) ? "comments" : Furniture.isThemeHeader(text) ? "other stories"
               : Furniture.isEarlierReportsHeader(text) ? "earlier reports" : nil {
            state.pageEnd = pageEnd
            return pageEnd
        }
        // Below a header such as 相关新闻, headlines and their dates are links, not the page's own.
        if Furniture.isRelatedHeader(text) {
            state.inRelatedList = true
            return "related links"
        }
        if state.inRelatedList {
            // A headline may ask or exclaim (`…毕业生怎么办？`): one mark, ending a short line.
            let headline = profile.sentenceEnds == 0
                || profile.sentenceEnds == 1 && profile.length <= 40 && TextScan.hasSuffixAny(text, ["？", "！", "?", "!"]) != nil
            if headline || PublicationDate.parse(text) != nil && profile.length <= 50 { return "related links" }
            state.inRelatedList = false
        }
        if let outlet = Artefacts.printOutlet(text) {
            state.printOutlet = state.printOutlet ?? outlet
            return "print trailer"
        }
        if let (line, rest) = Metadata.timestamp(text, profile) {
            state.timestamp = state.timestamp ?? line
            // The source, perhaps with a counter after it (`来源：某某网 阅读 (1532)`) or the site's
            // address before it (`example.com 太平报`).
            let words = rest.split(separator: " ")
            if state.fields.source == nil,
               let source = Cleaner.organisation(rest) ?? words.first.flatMap({ Cleaner.organisation(String($0)) })
                   ?? words.last.flatMap({ Cleaner.organisation(String($0)) }) {
                state.fields.source = source
            }
            return "timestamp"
        }
        if let outlet = Artefacts.slashBylineOutlet(text) {
            state.fields.source = state.fields.source ?? outlet
            return "byline"
        }
        if Artefacts.isRule(text) { return "rule" }
        if Artefacts.isChrome(text) {
            state.agency = state.agency ?? Artefacts.agencies.first { text.hasPrefix("据" + $0) || text.dropFirst().hasPrefix("据" + $0) }
            return "chrome"
        }
        // An office and a name sign a speech or an article: above the text, who wrote what follows;
        // below a lead announcing the text in full (`…署名文章。全文如下：`), the same signature again.
        if profile.sentenceEnds == 0, profile.spaces > 0, profile.length <= SpeakerList.longestSignature,
           options.speakers.signature(text) != nil {
            state.noteSignature(text)
            return "signature"
        }
        if let rule = Furniture.rule(for: text, profile) { return rule }
        return nil
    }

    /// Drops captions and bylines, strips datelines and credits.
    private func filter(_ candidates: [Candidate], state: inout LineState, into document: inout CleanedDocument) -> [Paragraph] {
        var kept: [Paragraph] = []
        var previousKept = false
        // A short sentence said twice in a row is an image's alt text and its caption.
        let twice = Set(candidates.indices.dropFirst().filter { index in
            let text = candidates[index].paragraph.text
            return text == candidates[index - 1].paragraph.text && Unwrapper.endsSentence(text) && text.hasAtMost(80)
        }.flatMap { [$0 - 1, $0] })
        let linkLists = Furniture.linkLists(candidates.map(\.paragraph.text))
        // ▶ before a speaker's cue (`▶ 习近平指出，…`) marks a list's item, not a caption; ▲, △ or ▼
        // does on two paragraphs in a row crediting no photo, as one alone may open a caption that
        // quotes (`▲普京称，…。（图／东方社）`).
        let captionOpens = candidates.map { Artefacts.isCaptionOpening($0.paragraph.text) }
        let cited = candidates.indices.map { index in
            let text = candidates[index].paragraph.text
            return captionOpens[index] && !candidates[index].isCaption && Artefacts.trailingCredit(in: text) == nil
                && Furniture.withoutBullet(text).map(options.speakers.hasSpeechCue) == true
        }
        let items = Set(candidates.indices.filter { index in
            cited[index] && (candidates[index].paragraph.text.hasPrefix("▶") || (index > 0 && cited[index - 1])
                || (index + 1 < cited.count && cited[index + 1]))
        })
        for (index, candidate) in candidates.enumerated() {
            var paragraph = candidate.paragraph
            let keptBefore = previousKept
            previousKept = false
            func drop(_ rule: String) {
                document.decisions.append(CleaningDecision(line: paragraph.line, .dropped, rule, paragraph.text))
            }
            func change(_ rule: String, _ result: String) {
                document.decisions.append(CleaningDecision(line: paragraph.line, .changed, rule, paragraph.text, result: result))
                paragraph.text = result
            }
            let item = Furniture.withoutBullet(paragraph.text)
            let captionMark = captionOpens[index] && !items.contains(index)
            if candidate.isCaption || twice.contains(index) || captionMark || Artefacts.placesPeopleInPicture(paragraph.text) {
                drop("caption")
                continue
            }
            if linkLists.contains(index) {
                drop("link list")
                continue
            }
            if let item { change("list bullet", item) }
            if Artefacts.isBracketedByline(paragraph.text) {
                state.agency = state.agency ?? Artefacts.agencies.first { paragraph.text.dropFirst().hasPrefix($0) }
                drop("byline")
                continue
            }
            if Artefacts.isCreditOnly(paragraph.text) {
                drop("photo credit")
                // A credit standing alone closes the caption paragraph just before it, unless it
                // credits the photo over the headline; a speaker's cue (`高峰指出，…`) is a report's,
                // not a picture's, and so is a paragraph that is no caption's shape
                // (``Artefacts/couldBeCaption(_:)``) or the page's first line shaped as a headline
                // (`（资料图）` under it and its timestamp is the lead photo's, which has no caption).
                let headline = kept.last.map { $0.line == candidates.first?.paragraph.line && TitleFinder.isHeadlineShaped($0.text)
                    && !Unwrapper.endsSentence($0.text) } ?? false
                if keptBefore, let caption = kept.last, !headline, !Artefacts.creditsTitlePhoto(paragraph.text),
                   Artefacts.couldBeCaption(caption.text), !options.speakers.hasSpeechCue(caption.text) {
                    kept.removeLast()
                    document.decisions.append(CleaningDecision(line: caption.line, .dropped, "caption", caption.text))
                }
                continue
            }
            // An agency's name in brackets after someone's words is no picture's credit: the source
            // credits' rule below takes it off (``isReportSource(_:after:)``).
            if let credit = Artefacts.trailingCredit(in: paragraph.text), case let before = paragraph.text[..<credit.lowerBound].trimmingSpaces(),
               !isReportSource(paragraph.text[credit], after: before) {
                drop("caption")
                // A page that gives a picture's text twice (its alt text, then the caption with the
                // credit): the copy just before goes too, unless it is the lead after the dateline,
                // which a caption repeats; so does a short alt text that names the picture in the
                // caption's words (`海川高峰会谈` above `高峰在会谈中表示，海川…。(图片来源：…)`) below the
                // report's first sentence.
                if keptBefore, let copy = kept.last, copy.line != state.leadLine,
                   copy.text == before || Cleaner.isAltText(copy.text, of: String(before), below: kept.dropLast()) {
                    kept.removeLast()
                    document.decisions.append(CleaningDecision(line: copy.line, .dropped, "caption", copy.text))
                }
                continue
            }
            if let rest = Artefacts.withoutCaptionInside(paragraph.text) { change("caption", rest) }
            if let dateline = Artefacts.dateline(in: paragraph.text) {
                if document.dateline == nil {
                    document.dateline = .init(agency: dateline.agency, city: dateline.city, month: dateline.month, day: dateline.day)
                }
                if dateline.rest.isEmpty {
                    drop("dateline")
                    continue
                }
                // A feature's dateline gives its title (`新华社莫斯科3月22日电 题：“…”`), the headline again.
                if TextScan.hasPrefixAny(dateline.rest, ["题：", "题:"]) != nil, dateline.rest.hasAtMost(TitleFinder.longestHeadline) {
                    drop("dateline and title")
                    continue
                }
                change("dateline", dateline.rest)
                state.leadLine = state.leadLine ?? paragraph.line
            } else if document.dateline == nil, kept.count < 5, let found = Artefacts.datelineAfterHeadline(in: paragraph.text) {
                document.dateline = .init(agency: found.agency, city: found.city, month: found.month, day: found.day)
                // What ends in a photo's credit is the picture's caption, not the headline.
                let caption = Artefacts.trailingCredit(in: found.headline) != nil
                if !caption { state.datelineHeadline = state.datelineHeadline ?? found.headline }
                change(caption ? "caption and dateline" : "headline and dateline", found.rest)
            } else if document.dateline == nil, kept.count < 5, Unwrapper.endsSentence(paragraph.text),
                      let found = Artefacts.cityDash(in: paragraph.text),
                      kept.allSatisfy({ !Unwrapper.endsSentence($0.text) || $0.text == found.rest }) {
                // Only the lead (a sentence, so no headline), perhaps under a summary that repeats it:
                // further down, a place and a dash may open a sentence's own words.
                document.dateline = .init(agency: found.agency, city: found.city, month: nil, day: nil)
                change("dateline", String(found.rest))
                state.leadLine = state.leadLine ?? paragraph.line
            }
            // A paper's bracketed name before the agency it compiled the report from (`【某某报讯】综合
            // 东方社报道：`): the agency is the outlet.
            var paper: String?
            if let source = Artefacts.withoutSourcePrefix(paragraph.text) {
                paper = source.outlet
                change("source in brackets", source.rest)
            }
            if let rest = Artefacts.withoutOwnLeadIn(paragraph.text) { change("own lead-in", rest) }
            if let rest = Artefacts.withoutReporterLeadIn(paragraph.text) { change("reporter's lead-in", rest) }
            if let leadIn = Artefacts.sourceLeadIn(paragraph.text) {
                state.agency = state.agency ?? leadIn.outlet
                change("source lead-in", leadIn.rest)
            }
            state.agency = state.agency ?? paper
            if let label = TextScan.hasPrefixAny(paragraph.text, Furniture.transcriptLabels) {
                let rest = String(paragraph.text.dropFirst(label.count)).trimmingSpaces()
                if rest.isEmpty {
                    drop("transcript label")
                    continue
                }
                change("transcript label", rest)
            }
            if let rest = Artefacts.withoutSourceCredit(paragraph.text) { change("source credit", rest) }
            if let rest = Artefacts.withoutPageJump(paragraph.text) {
                guard !rest.isEmpty else {
                    drop("page jump")
                    continue
                }
                change("page jump", rest)
            }
            kept.append(paragraph)
            previousKept = true
        }
        return kept
    }

    /// Whether `text`, kept just above a caption, is the picture's alt text: at most
    /// ``longestAltText`` characters with no sentence or clause mark, below a sentence of the report,
    /// sharing at least two pairs of Han characters, and half of its own, with the caption (a
    /// sub-heading shares a word or two at most).
    static func isAltText(_ text: String, of caption: String, below earlier: ArraySlice<Paragraph>) -> Bool {
        guard text.hasAtMost(longestAltText) else { return false }
        let profile = TextProfile(text)
        return profile.sentenceEnds == 0 && profile.clauseMarks == 0 && earlier.contains(where: { Unwrapper.endsSentence($0.text) })
            && ProseClassifier.isHeadline(text, of: ProseClassifier.characterPairs(caption), part: 2)
    }

    static let longestAltText = 30

    /// Whether a listed agency's name in brackets ends a report rather than a caption: after
    /// someone's words or more than a caption holds (`海川表示，…。（新华社）`, as Hong Kong
    /// broadcasters end a report).
    private func isReportSource(_ credit: Substring, after text: String) -> Bool {
        Artefacts.isBracketedAgency(credit)
            && (options.speakers.hasSpeechCue(text) || options.speakers.opensWithCue(text) || !Artefacts.couldBeCaption(text))
    }

    /// Drops the paragraphs the prose classifier finds to be boilerplate. The lead a dateline opened
    /// (on `leadLine`) is prose when it ends a sentence, however short and plain.
    private func classify(_ paragraphs: [Paragraph], leadLine: Int?, into document: inout CleanedDocument) -> [Paragraph] {
        let lead = leadLine.flatMap { line in paragraphs.firstIndex { $0.line == line } }
        let verdicts = paragraphs.indices.map { index in
            let paragraph = paragraphs[index]
            let profile = TextProfile(paragraph.text)
            let verdict = ProseClassifier.classify(paragraph.text, profile, speakers: options.speakers)
            return index == lead && verdict.0 == .short && profile.endsSentence ? (.prose, "") : verdict
        }
        let classes = ProseClassifier.resolve(verdicts.map(\.0), texts: paragraphs.map(\.text))
        var kept: [Paragraph] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if classes[index] == .boilerplate
                && !(verdicts[index].0 == .short && ProseClassifier.keepsAlone(paragraph.text, speakers: options.speakers)) {
                let how = verdicts[index].0 == .short ? "short, and its context is not prose" : "boilerplate"
                document.decisions.append(CleaningDecision(line: paragraph.line, .dropped, "classifier: \(how) (\(verdicts[index].1))", paragraph.text))
            } else {
                kept.append(paragraph)
            }
        }
        return kept
    }

    /// Drops the run of short lines at a page's end below the report's last full stop and the
    /// page's furniture after it (an editor's credit, a widget: something the rules dropped or read
    /// as metadata), when three or more and at least half of them end in no sentence mark at all,
    /// or two that both end in none (a column's name and another story's headline), or one that ends
    /// in none with the site's furniture below it too (the one link a list kept, under `作者最新文章`):
    /// the headlines of other stories a site lists under an article (`时代变了，“…”`,
    /// `普京访印：…？`), with a slogan among them (`某某APP，更好阅读体验`), which read as prose or
    /// headings. A report's paragraphs end in 。; a speech's last exclamations (`…干杯！`, `谢谢！`)
    /// end in a mark, and a poem closing a text follows it with no furniture between, so they stay.
    private func withoutTrailingHeadlines(_ paragraphs: [Paragraph], into document: inout CleanedDocument) -> [Paragraph] {
        var start = paragraphs.count
        var unmarked = 0
        while start > 0, paragraphs[start - 1].text.hasAtMost(Cleaner.tailLineLength) {
            let last = paragraphs[start - 1].text.unicodeScalars.reversed().first { !Unwrapper.closers.contains($0) }
            if last == "。" { break }
            if !Unwrapper.endsSentence(paragraphs[start - 1].text) { unmarked += 1 }
            start -= 1
        }
        let run = paragraphs.count - start
        guard start > 0, run >= 1 && run == unmarked || run >= 3 && unmarked * 2 >= run else { return paragraphs }
        let (reportEnd, runStart) = (paragraphs[start - 1].line, paragraphs[start].line)
        let furniture = document.decisions.filter { $0.action != .changed && $0.line > reportEnd }
        guard furniture.contains(where: { $0.line < runStart }),
              run > 1 || furniture.contains(where: { $0.line > runStart }) else {
            return paragraphs
        }
        for paragraph in paragraphs[start...] {
            document.decisions.append(CleaningDecision(line: paragraph.line, .dropped, "related links at the end", paragraph.text))
        }
        return Array(paragraphs[..<start])
    }

    /// The longest line a list of other stories' headlines holds, in characters.
    static let tailLineLength = 40

    /// Drops paragraphs that repeat one already seen in the document; not a transcript's label of
    /// whose turn it is, which comes back at each turn (`[高峰]:`, `主持人：`, `【记者】`). A heading
    /// repeats one also with a column's label in brackets before it (`(近观北方)高峰晤海川`).
    private func deduplicate(_ paragraphs: [Paragraph], into document: inout CleanedDocument) -> [Paragraph] {
        var seen: Set<ExactText> = []
        var kept: [Paragraph] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let text = paragraph.kind == .heading ? Cleaner.withoutColumnLabel(paragraph.text) ?? paragraph.text : paragraph.text
            let rule: String
            if Cleaner.isTurnLabel(paragraph.text) {
                kept.append(paragraph)
                continue
            } else if !seen.insert(ExactText(text: text)).inserted {
                rule = "repeated paragraph"
            } else if let excerpt = Cleaner.excerpt(paragraph.text),
                      Cleaner.standsElsewhere(excerpt, in: kept.map(\.text) + paragraphs[(index + 1)...].map(\.text), except: paragraph.text) {
                rule = "repeated excerpt"
            } else {
                kept.append(paragraph)
                continue
            }
            document.duplicateParagraphsRemoved += 1
            document.decisions.append(CleaningDecision(line: paragraph.line, .dropped, rule, paragraph.text))
        }
        return kept
    }

    /// What a paragraph may repeat of the document's other paragraphs under a label before a space
    /// (`07月09日最新时讯 `, `导读 `: at most ``longestExcerptLabel`` characters) or with an ellipsis
    /// that cut it short (`…这...`): its text without them, when it has one of them and at least
    /// ``shortestExcerpt`` Han characters; nil otherwise.
    static func excerpt(_ text: String) -> Substring? {
        var body = Substring(text)
        var marked = false
        for ellipsis in ["...", "……", "…"] where body.hasSuffix(ellipsis) {
            body = body.dropLast(ellipsis.count)
            marked = true
            break
        }
        if let space = body.prefix(longestExcerptLabel + 1).firstIndex(of: " ") {
            body = body[body.index(after: space)...]
            marked = true
        }
        guard marked else { return nil }
        return body.unicodeScalars.lazy.filter(TextNormalizer.isHan).prefix(shortestExcerpt).count == shortestExcerpt ? body : nil
    }

    /// The longest label before an excerpt, in characters, and the fewest Han characters an excerpt
    /// must hold to be taken for a repeat.
    static let longestExcerptLabel = 12
    static let shortestExcerpt = 10

    /// Whether `excerpt` stands within the other paragraphs' text read on (a summary's excerpt may
    /// run the headline into the lead): the paragraphs kept before it and those after it, not its
    /// exact copies, which go as repeats of it.
    static func standsElsewhere(_ excerpt: Substring, in others: [String], except own: String) -> Bool {
        others.filter { $0 != own }.joined().contains(excerpt)
    }

    /// A heading without a column's label in brackets before it (`(近观北方)`, `【深度】`: two to eight
    /// characters), or nil when it has none or nothing after it.
    static func withoutColumnLabel(_ text: String) -> String? {
        guard let open = text.first, let close = (["(": ")", "（": "）", "【": "】", "[": "]"] as [Character: Character])[open],
              let end = text.prefix(10).firstIndex(of: close), (3...9).contains(text.distance(from: text.startIndex, to: end)) else { return nil }
        let rest = text[text.index(after: end)...].trimmingSpaces()
        return rest.isEmpty ? nil : rest
    }

    /// A line that is only a transcript's label: at most 16 characters, in brackets or ending in a colon.
    static func isTurnLabel(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count <= 16, let first = scalars.first, let last = scalars.last else { return false }
        return last == "：" || last == ":" || ("【[〔".unicodeScalars.contains(first) && "】]〕".unicodeScalars.contains(last))
    }

    /// Time zones and halves of the day that pages write beside a time.
    static let timeWords: Set<String> = [
        "HKT", "GMT", "UTC", "CST", "BJT", "EST", "EDT", "PST", "PDT", "CET", "CEST", "MSK", "JST", "KST", "SGT", "AM", "PM",
    ]

    /// A name that is an organisation (`ZAKER`, `新华网`, `央视新闻客户端`) rather than a person.
    static func organisation(_ name: String) -> String? {
        guard !name.isEmpty, name.count <= 20, !name.contains("《") else { return nil }
        // A time's zone or half of the day after a timestamp (`2026-05-16 HKT 18:22`) is no outlet.
        guard !Cleaner.timeWords.contains(name.uppercased()) else { return nil }
        let latin = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " ") }
        let institution = ["网", "社", "报", "台", "新闻", "频道", "媒体", "客户端", "中文"].contains { name.hasSuffix($0) }
        return latin || institution ? name : nil
    }

    /// The text without HTML tags left in a text file (`<p>`, `</div>`, `<br/>`), or nil when it has
    /// none.
    static func withoutTags(_ text: String) -> String? {
        guard text.utf8.contains(0x3C) else { return nil }
        var result = ""
        var index = text.startIndex
        var removed = false
        while index < text.endIndex {
            if text[index] == "<", let close = text[index...].firstIndex(of: ">") {
                let inner = text[text.index(after: index)..<close]
                let name = inner.drop { $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
                if !name.isEmpty, inner.count <= 200, name.first!.isLetter {
                    removed = true
                    index = text.index(after: close)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return removed ? TextNormalizer.normalize(result) : nil
    }

    /// A headline with the time a news list set after it in brackets (`某国总统下周访华 (18:26)`), or
    /// a live transcript's entry with the time it was posted after its last sentence
    /// (`…达成了广泛共识。[10:30]`): the line without the time.
    static func withoutTrailingTime(_ text: String) -> String? {
        guard let close = text.unicodeScalars.last, close == ")" || close == "）" || close == "]" || close == "】" else { return nil }
        let tail = Array(text.unicodeScalars.suffix(11))
        guard let open = tail.lastIndex(where: { $0 == "(" || $0 == "（" || $0 == "[" || $0 == "【" }) else { return nil }
        let inner = Substring(String(String.UnicodeScalarView(tail[(open + 1)..<(tail.count - 1)])))
        guard !inner.isEmpty, clockTime(inner) == inner.endIndex else { return nil }
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropLast(tail.count - open))).trimmingSpaces()
        return TitleFinder.isHeadlineShaped(rest) || Unwrapper.endsSentence(rest) ? rest : nil
    }

    /// A line opening with one of `headlines` (a headline-shaped line above it, the page's title)
    /// and a space, then a sentence: the sentence.
    static func withoutHeadline(_ text: String, _ headlines: [String?]) -> String? {
        for case let headline? in headlines where TitleFinder.isHeadlineShaped(headline) && text.hasPrefix(headline + " ") {
            let rest = String(text.dropFirst(headline.count)).trimmingSpaces()
            if Unwrapper.endsSentence(rest) { return rest }
        }
        return nil
    }

    /// A headline with its source set after it on its line, `高峰会见海川 来源：东方网`: the headline
    /// and the source (an organisation's name, ``organisation(_:)``). Only on a line that ends no
    /// sentence, after a space, so that prose citing a source keeps it.
    static func trailingSource(_ text: String) -> (headline: String, source: String)? {
        guard text.utf8.count <= 180, !Unwrapper.endsSentence(text),
              let mark = TextScan.range(of: " 来源：", in: text) ?? TextScan.range(of: " 来源:", in: text) else { return nil }
        let headline = String(decoding: text.utf8.prefix(mark.lowerBound), as: UTF8.self).trimmingSpaces()
        guard headline.count >= 4, let source = organisation(TextScan.suffix(text, fromByte: mark.upperBound).trimmingSpaces()) else {
            return nil
        }
        return (headline, source)
    }

    /// The line without the labels a site sets before it, which name no words of the report: the
    /// medium in brackets (`【视频】`, `[图集]`, not a Markdown link's text) or before a bar
    /// or a colon (`视频｜…`, `视频：…`, before at least ``shortestAfterMediumBar`` characters: `视频丨某某`
    /// and `视频：某某` are credits), topic tags
    /// (`#中俄元首会晤#`, as social media write them; a Markdown heading's `# ` is none) and a live
    /// report's time of day (`【10:40】`, `[10:40]`, or `10:40` before a space or a Chinese
    /// character other than a unit: `2：23日` is a date), at its start; nil when it has none or
    /// nothing else.
    static func withoutLabels(_ text: String) -> String? {
        if let first = text.unicodeScalars.first, mediaInitials.contains(first), let medium = TextScan.hasPrefixAny(text, mediaLabelList) {
            let rest = text.dropFirst(medium.count).drop { $0 == " " }
            if let bar = rest.first, bar == "｜" || bar == "|" || bar == "丨" || bar == "：" || bar == ":" {
                let headline = rest.dropFirst().drop { $0 == " " }
                return headline.count >= shortestAfterMediumBar ? String(headline) : nil
            }
        }
        guard let first = text.unicodeScalars.first,
              first == "【" || first == "[" || first == "#" || first == "＃" || ("0"..."9").contains(first) else { return nil }
        var rest = Substring(text)
        while true {
            let close: Character? = rest.first == "【" ? "】" : rest.first == "[" ? "]" : nil
            let inner = close.flatMap { close in rest.prefix(10).firstIndex(of: close).map { rest[rest.index(after: rest.startIndex)..<$0] } }
            if let inner, mediaLabels.contains(String(inner)) || clockTime(inner) == inner.endIndex,
               rest[rest.index(after: inner.endIndex)...].first != "(" {
                rest = rest[rest.index(after: inner.endIndex)...].drop { $0 == " " }
            } else if let end = clockTime(rest), let next = rest[end...].unicodeScalars.first,
                      next == " " || TextNormalizer.isHan(next) && !Cleaner.units.contains(next) {
                rest = rest[end...].drop { $0 == " " }
            } else if let mark = rest.first, mark == "#" || mark == "＃", let end = rest.dropFirst().prefix(20).firstIndex(of: mark),
                      rest[rest.index(after: rest.startIndex)..<end].allSatisfy({ TextNormalizer.isHan($0.unicodeScalars.first!) }),
                      end > rest.index(after: rest.startIndex) {
                rest = rest[rest.index(after: end)...].drop { $0 == " " }
            } else {
                break
            }
        }
        return rest.count < text.count && !rest.isEmpty ? String(rest) : nil
    }

    /// A video's duration standing alone (`02:45`, `1:02:45`, `时长 04:14`), as a player shows it
    /// under the video's title, or its position and length (`00:00 / 02:35`, or `/ 02:35` once the
    /// position was read as a live report's time label).
    static func isDuration(_ text: String) -> Bool {
        // Asked of every line: most are longer, or open with neither a digit, a slash, 视 nor 时.
        guard text.utf8.count <= 20, let first = text.utf8.first,
              (0x30...0x39).contains(first) || first == UInt8(ascii: "/") || TextScan.hasPrefixAny(text, ["视频时长", "时长"]) != nil
        else { return false }
        let times = text.split(separator: "/", omittingEmptySubsequences: false)
        guard times.count == 2 else { return isOneDuration(Substring(text)) }
        return (times[0].trimmingSpaces().isEmpty || isOneDuration(times[0])) && isOneDuration(times[1])
    }

    /// One duration, perhaps after its label (`时长 04:14`).
    private static func isOneDuration(_ text: Substring) -> Bool {
        var rest = Substring(text.trimmingSpaces())
        for label in ["视频时长", "时长"] where rest.hasPrefix(label) { rest = rest.dropFirst(label.count).drop { $0 == " " || $0 == "：" || $0 == ":" } }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        return true
    }

    /// A media item's title: a line of at most ``TitleFinder/longestHeadline`` characters that ends
    /// no sentence.
    static func isMediaTitle(_ text: String) -> Bool {
        !Unwrapper.endsSentence(text) && text.hasAtMost(TitleFinder.longestHeadline)
    }

    /// Where a time of day that opens `text` ends (`9:05`, `10:40`, `10：40:30`), if one does.
    static func clockTime(_ text: Substring) -> Substring.Index? {
        let digits = Array(text.unicodeScalars.prefix(8))
        func number(_ at: Int, _ widths: ClosedRange<Int>) -> (value: Int, end: Int)? {
            var end = at
            while end < digits.count, end - at < widths.upperBound, ("0"..."9").contains(digits[end]) { end += 1 }
            guard widths.contains(end - at), end == digits.count || !("0"..."9").contains(digits[end]) else { return nil }
            return (Int(String(String.UnicodeScalarView(digits[at..<end])))!, end)
        }
        let isColon = { (index: Int) in index < digits.count && (digits[index] == ":" || digits[index] == "：") }
        guard let hour = number(0, 1...2), hour.value < 24, isColon(hour.end),
              let minute = number(hour.end + 1, 2...2), minute.value < 60 else { return nil }
        var end = minute.end
        if isColon(end), let second = number(end + 1, 2...2), second.value < 60 { end = second.end }
        return text.unicodeScalars.index(text.startIndex, offsetBy: end)
    }

    /// Characters after digits that make them a date, a score or a measure (`2：23日`), no time of day.
    static let units: Set<Unicode.Scalar> = Set("日号时分点秒年月比".unicodeScalars)

    /// What a bracketed label before a headline or a paragraph may say of the medium.
    static let shortestAfterMediumBar = 8
    static let mediaLabelList = mediaLabels.sorted()
    static let mediaInitials = Set(mediaLabels.compactMap(\.unicodeScalars.first))
    static let mediaLabels: Set<String> = ["视频", "图集", "组图", "图文", "直播", "音频", "现场", "快讯", "独家", "原创", "高清", "多图", "海报"]

    /// A row of a table flattened to text (`| 会谈现场（某社 记者摄） |`, a border `|` alone) without
    /// its outer borders, so that the rules for what the cell holds (a caption, a credit) see it as
    /// it is; nil when it has none. The pipes inside a line (a channel bar's `国内 | 国际`) stay.
    static func withoutTableBorders(_ text: String) -> String? {
        let border: (Unicode.Scalar) -> Bool = { $0 == "|" || $0 == " " }
        guard text.unicodeScalars.first == "|" || text.unicodeScalars.last == "|" else { return nil }
        let scalars = text.unicodeScalars
        let start = scalars.firstIndex { !border($0) } ?? scalars.endIndex
        let end = scalars.lastIndex { !border($0) }.map(scalars.index(after:)) ?? start
        return String(scalars[start..<max(start, end)])
    }

    static func unifyLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) || text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) else { return text }
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
}
