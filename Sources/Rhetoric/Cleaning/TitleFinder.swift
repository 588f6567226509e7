/// Chooses a document's headline, and names its outlet.
///
/// The title is the first of:
/// 1. the front matter's `title` or a `标题：` line (the page says so); the headline-shaped line right
///    above a speech's or article's signature (`中华人民共和国主席 习近平`), which signs its title;
/// 2. a part of the page's `<title>` (without the site's name: the parts between ` - `, `_`, `|`)
///    that restates the lead: shares at least two pairs of characters, and a quarter of its own,
///    with the opening paragraphs (a site's slogan, a credit or a promotion does not);
/// 3. the headline-shaped line just above the page's first metadata line (`来源：`, `发布时间：`, a
///    timestamp), before any sentence of prose, unless it is an outlet's name (`某某中文`) or
///    shares no pair of characters with the lead (a forum's `下载附件` above an upload's time):
///    pages set the headline there, however loosely it restates the lead;
///    failing that, a headline a flattened page ran in before the dateline;
/// 4. a headline-shaped line above the first sentence of prose that restates the lead, or shares
///    at least three pairs of characters with it;
/// 5. a heading further down that restates the lead (print layouts set the headline after the
///    story);
/// 6. the first part of the page's `<title>`;
/// 7. a headline in 【】 opening the lead, as a newsroom's microblog post gives it
///    (`【高峰同海川举行会谈】5月16日上午，…`);
/// 8. the first headline-shaped line above the first sentence of prose (the line a saved page
///    starts with) that shares a pair of characters with the lead.
///
/// A headline-shaped line has 4 to 60 characters, at least half of them Han, and at most one
/// sentence-final mark, never a `。`, and does not end in `，`, `、` or `；` (a line of prose that a
/// copy or a page break cut before its end is none); a
/// line that is only an outlet's name (`东方新闻`, a post's account) is none. Empty only when the
/// page has none of these.
enum TitleFinder {
    /// What the cleaner found that may be the title.
    struct Found {
        var declared: String?
        var signed: String?
        var page: [String] = []
        var header: String?
        /// The headline-shaped lines above the first sentence of prose.
        var headerLines: [String] = []
        var headings: [String] = []
    }

    static func title(_ found: Found, lead: String) -> String? {
        if let declared = found.declared { return restoringQuotes(declared) }
        if let signed = found.signed { return signed }
        let pairs = ProseClassifier.characterPairs(lead)
        let restates = { (text: String) in lead.isEmpty || ProseClassifier.isHeadline(text, of: pairs) }
        let shared = { (text: String) in ProseClassifier.characterPairs(text).intersection(pairs).count }
        let echoes = { (text: String) in restates(text) || shared(text) >= 3 }
        let headerLines = found.headerLines.filter { !isOutletName($0) }
        return found.page.flatMap(parts).first(where: restates)
            ?? found.header.flatMap { lead.isEmpty || shared($0) > 0 ? $0 : nil }
            ?? headerLines.first(where: echoes)
            ?? found.headings.first(where: restates)
            ?? found.page.first.flatMap { parts($0).first }
            ?? bracketedHeadline(opening: lead)
            ?? headerLines.first { lead.isEmpty || shared($0) > 0 }
    }

    /// Whether a line is only an outlet's name (`东方新闻`, `某某日报`, `ZAKER`): at most 10 characters.
    static func isOutletName(_ text: String) -> Bool {
        text.count <= 10 && Cleaner.organisation(text) != nil
    }

    /// The headline in 【】 that opens `lead`, when text follows it: 4 to 40 characters, headline-shaped.
    static func bracketedHeadline(opening lead: String) -> String? {
        guard lead.hasPrefix("【"), let close = lead.prefix(42).firstIndex(of: "】"), close < lead.index(before: lead.endIndex) else { return nil }
        let headline = String(lead[lead.index(after: lead.startIndex)..<close])
        return headline.count <= 40 && isHeadlineShaped(headline) ? headline : nil
    }

    static let longestHeadline = 60

    /// A line ending a sentence at least this long (in characters) is the report's, not a headline.
    static let shortestSentence = 20

    static func isHeadlineShaped(_ text: String) -> Bool {
        let profile = TextProfile(text)
        return (4...longestHeadline).contains(profile.length) && profile.hanShare >= 0.5 && profile.sentenceEnds <= 1
            && !TextScan.contains(text, "。") && !Unwrapper.endsMidClause(text)
    }

    /// A declared title whose quotation marks a scraper replaced with underscores, in pairs between
    /// Chinese characters (`中俄元首_新春之会_，引…`), with the quotes back (`中俄元首“新春之会”，引…`).
    static func restoringQuotes(_ title: String) -> String {
        let scalars = Array(title.unicodeScalars)
        let marks = scalars.indices.filter { scalars[$0] == "_" }
        guard !marks.isEmpty, marks.count % 2 == 0,
              marks.allSatisfy({ $0 > 0 && $0 < scalars.count - 1 && !scalars[$0 - 1].properties.isWhitespace }),
              scalars.contains(where: TextNormalizer.isHan)
        else { return title }
        var result = String.UnicodeScalarView()
        var opening = true
        for scalar in scalars {
            if scalar == "_" {
                result.append(opening ? "“" : "”")
                opening.toggle()
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A page title and its parts between the separators sites put before their name.
    static func parts(_ title: String) -> [String] {
        var parts: [String] = [title]
        for separator in [" - ", " – ", " — ", "_", "|", "｜", " · "] where TextScan.contains(title, separator) {
            parts += title.components(separatedBy: separator).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        // `习近平同某国总统会谈-新华网`: a hyphen before the site's name only.
        let headline = withoutSiteName(title).map { [$0] } ?? []
        return headline + (parts.count > 1 ? Array(parts.dropFirst()) + [title] : parts)
    }

    /// A headline with the page's channel and site names after it (`两国元首会谈 | 国际 | 某某网`,
    /// `两国元首会谈 - 某某社 ENA`, `两国元首会谈_新闻中心_某某网`, `两国元首会谈-某某网`), as a
    /// saved page's first line or its `<title>` has it: the headline alone. The names are the parts
    /// after the first, each at most ``siteNameLength`` characters, the last an outlet's (ending in
    /// 网, 社, 报, 台 or 新闻, Latin letters aside, perhaps with an image's width and day after it:
    /// `两国元首会谈 - 东方通讯社, 1920, 22.10.2026`); the headline is headline-shaped. Nil for any other
    /// line: `时政长镜头|相聚春城` is a column and its headline.
    static func withoutSiteName(_ text: String) -> String? {
        for separator in [" | ", "|", "｜", " - ", "_", "-"] where TextScan.contains(text, separator) {
            var parts = text.components(separatedBy: separator).map { $0.trimmingSpaces() }
            if let last = parts.last, let site = withoutStamp(last) { parts[parts.count - 1] = site }
            guard parts.count >= 2, let headline = parts.first, isHeadlineShaped(headline),
                  parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= siteNameLength }) else { continue }
            let site = String(String.UnicodeScalarView(parts.last!.unicodeScalars.filter(TextNormalizer.isHan)))
            guard Artefacts.outletEndings.contains(where: site.hasSuffix) else { continue }
            return headline
        }
        return nil
    }

    /// A site's name with the numbers an image's text sets after it, its width and the day
    /// (`东方通讯社, 1920, 22.10.2026`): the name, or nil for any other text.
    static func withoutStamp(_ part: String) -> String? {
        let pieces = part.components(separatedBy: ", ")
        guard pieces.count >= 2, let day = pieces.last, PublicationDate.parse(day) != nil,
              day.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "/") }),
              pieces.dropFirst().dropLast().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let name = pieces.first, !name.isEmpty else { return nil }
        return name
    }

    /// The longest channel or site name after a headline, in characters.
    static let siteNameLength = 8

    /// The outlet's usual name for a source as pages give it (`央视新闻客户端` → `央视`); of a chain
    /// (`人民网-人民日报`), the last, which the story came from; a broadcaster's, not its programme's
    /// (`晨光电视台《晨光新闻》` → `晨光电视台`), and a paper's without its marks (`《东方日报》`).
    static func outlet(_ source: String) -> String? {
        let first = source.split(whereSeparator: { " |｜,，、/／".contains($0) }).first.map(String.init) ?? ""
        var name = first.split(whereSeparator: { "-－—".contains($0) }).last.map(String.init)?.trimmingSpaces() ?? ""
        if let open = name.firstIndex(of: "《") {
            name = open > name.startIndex ? String(name[..<open]) : String(name.dropFirst().prefix { $0 != "》" })
        }
        for suffix in ["客户端", "官方网站", "官网", "网站", "报道", "消息", "供稿", "讯", "APP", "App"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = String(name.dropLast(suffix.count))
        }
        if let canonical = outlets.first(where: { name.hasPrefix($0.prefix) })?.name { return canonical }
        guard !name.isEmpty, name.count <= 16, !["本报", "综合", "据", "网络", "网友"].contains(name) else { return nil }
        return name
    }

    /// Names that stand for one outlet, by prefix.
    static let outlets: [(prefix: String, name: String)] = [
        ("中央广播电视总台", "央视"), ("央视", "央视"), ("CCTV", "央视"), ("新华网", "新华社"), ("新华社", "新华社"),
        ("中国新闻网", "中新社"), ("中新网", "中新社"), ("中新社", "中新社"), ("路透", "路透社"),
    ]
}
