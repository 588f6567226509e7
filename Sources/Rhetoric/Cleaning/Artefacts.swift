/// Recognisers for the parts of a news page that are not the report's text: metadata header lines,
/// photo credits (and so the captions they close), datelines and bylines, agency tags, print-edition
/// trailers and site chrome. They run on normalised text (see ``TextNormalizer``).
public enum Artefacts {
    /// A metadata header line such as `标题: …`, `发布时间：…` or `关键词：`: the key and its value.
    public static func headerLine(_ line: String) -> (key: String, value: String)? {
        // Swift Regex is slow; only lines with a colon near the start can match.
        guard line.unicodeScalars.prefix(12).contains(where: { $0 == ":" || $0 == "：" }) else { return nil }
        guard let match = line.prefixMatch(of: headerPattern) else { return nil }
        let value = line[match.range.upperBound...]
        return (String(match.output.1), String(value).trimmingSpaces())
    }

    private nonisolated(unsafe) static let headerPattern =
        #/(标题|原标题|副标题|链接|网址|原文链接|来源|发布时间|发表时间|发布日期|更新时间|日期|作者|责任编辑|编辑|关键词|关键字|摘要|栏目)\s*[:：]\s*/#

    /// Where a photo credit (`新华社记者 黄敬文 摄`, `新华社发`, `新华社图`) ends the line: the range
    /// of the credit. A paragraph ending in a credit is a photo caption.
    public static func trailingCredit(in text: String) -> Range<String.Index>? {
        guard let last = text.unicodeScalars.last, creditEndings.contains(last) || text.unicodeScalars.contains("图") else {
            return nil
        }
        // A credit is short and ends the text: match only the tail, so a long paragraph costs nothing.
        let tail = text.unicodeScalars.suffix(creditReach).startIndex
        guard let match = text[tail...].firstMatch(of: creditPattern) else { return nil }
        let start = match.output.1.startIndex
        // A match at the cut could be the end of a longer word; only the text's own start counts as one.
        if start == tail && tail != text.startIndex && match.range.lowerBound == tail { return nil }
        return start..<text.endIndex
    }

    /// How many characters from the end a credit can start.
    static let creditReach = 80

    private static let creditEndings: Set<Unicode.Scalar> = ["摄", "影", "发", "图", "片", "）", ")"]

    /// Whether the text is nothing but a photo credit; such a line closes the caption before it.
    public static func isCreditOnly(_ text: String) -> Bool {
        trailingCredit(in: text)?.lowerBound == text.startIndex
    }

    private nonisolated(unsafe) static let creditPattern =
        #/(?:^|[\s。！？”）])((?:(?:新华社|中新社|人民日报|本报|人民网|央视)?(?:特约|摄影)?记者[\p{Han}\s、·]{1,30}摄影?|(?:新华社|中新社|人民网|本报|央视新闻)(?:发|图|供图|资料图片?)|[（(][^（）()]{0,30}摄[）)]|图片来源[:：].*))\s*$/#

    // Quantifiers here are greedy: Swift Regex mis-backtracks some lazy ones (`新华社北京3月21日电`
    // failed to match with a lazy city group while `新华社北京12月21日电` matched).

    /// A dateline at the start of a paragraph (`新华社莫斯科3月21日电`, optionally with a byline in
    /// brackets): what follows it, and the city and day it names.
    public static func dateline(in text: String) -> (rest: String, city: String, month: Int, day: Int)? {
        guard let first = text.unicodeScalars.first, datelineStarts.contains(first),
              text.unicodeScalars.prefix(24).contains("日")
        else { return nil }
        guard let match = text.prefixMatch(of: datelinePattern),
              let month = Int(match.output.2), let day = Int(match.output.3)
        else { return nil }
        return (String(text[match.range.upperBound...]).trimmingSpaces(), String(match.output.1), month, day)
    }

    /// First characters of the agencies a dateline names (新华社, 中新社, 本报, 人民网, 央视, 中国日报), or a bracket.
    private static let datelineStarts: Set<Unicode.Scalar> = ["新", "中", "本", "人", "央", "（", "("]

    private nonisolated(unsafe) static let datelinePattern =
        #/[（(]?(?:新华社|中新社|本报|人民网|央视网?|中国日报网?)\s*(\p{Han}{0,10})\s*(\d{1,2})月(\d{1,2})日(?:电|讯)\s*(?:[（(][^（）()]{0,40}[）)]\s*)?/#

    /// A paragraph that is only a bracketed byline: `（新华社莫斯科3月22日电 记者钱彤 宋宗利）`.
    public static func isBracketedByline(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "（" || first == "(", text.hasAtMost(120) else {
            return false
        }
        return text.wholeMatch(of: bylinePattern) != nil
    }

    private nonisolated(unsafe) static let bylinePattern =
        #/[（(](?:新华社|中新社|本报|人民网|央视)[^（）()]*(?:电|讯|记者)[^（）()]*[）)]/#

    /// A horizontal rule (`---`, `***`, `———`, `====`): a break between parts, never text.
    public static func isRule(_ text: String) -> Bool {
        let marks = text.unicodeScalars.filter { $0 != " " }
        return marks.count >= 3 && Set(marks).count == 1 && ruleMarks.contains(marks.first!)
    }

    private static let ruleMarks: Set<Unicode.Scalar> = ["-", "*", "_", "=", "—", "─", "━", "~"]

    /// Agency tags, print-edition trailers, site chrome, bare URLs and image links: whole lines
    /// that are never part of the report.
    public static func isChrome(_ text: String) -> Bool {
        // Swift Regex is slow: only a URL or image link, or a short line holding one of the
        // patterns' telling characters, can match.
        if text.hasPrefix("http") || text.hasPrefix("www.") || text.hasPrefix("![") {
            return chromePatterns.contains { text.wholeMatch(of: $0) != nil }
        }
        guard text.hasAtMost(60), text.unicodeScalars.contains(where: chromeMarks.contains) else { return false }
        return chromePatterns.contains { text.wholeMatch(of: $0) != nil }
    }

    /// A character every short chrome pattern holds (据, 库 of 数据库, 稿 of 通稿, 版 of a print
    /// trailer, 【, and the share and print buttons).
    private static let chromeMarks: Set<Unicode.Scalar> = ["据", "库", "稿", "版", "【", "享", "扫", "印", "闭", "顶"]

    private nonisolated(unsafe) static let chromePatterns: [Regex<Substring>] = [
        #/[■●◆▲]?据(?:新华社|中新社|人民日报|人民网|新华网|央视新闻|环球时报)(?:电|报道|消息)?。?/#,
        #/习近平系列重要讲话数据库/#,
        #/更多内容，?请看通稿/#,
        #/《\s*\p{Han}{2,10}\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d+\s*版\s*[）)]/#,
        #/(?:https?:\/\/|www\.)\S+/#,
        #/!\[[^\]]*\]\([^)]*\)/#,
        #/(?:【[^】]{1,10}】\s*)+/#,
        #/(?:分享到|扫一扫|打印本页|关闭窗口|返回顶部)[:：]?.{0,20}/#,
    ]
}
