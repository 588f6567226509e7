/// Recognisers for the parts of a report that come from the newsroom, not the report's text: photo
/// captions and their credits, datelines and bylines, agency tags and credits in brackets,
/// print-edition trailers, site chrome. They run on normalised, Simplified text (see
/// ``TextNormalizer``) with hand-written scanners.
public enum Artefacts {
    /// Agencies and outlets as datelines, bylines and credits name them.
    static let agencies = [
        "新华社", "中新社", "中评社", "中新网", "中国新闻网", "本报", "人民日报", "人民网", "央视新闻", "央视网", "央视", "中国日报网",
        "中国日报", "环球时报", "环球网", "澎湃新闻", "海外网", "光明网", "国际在线", "新华网", "中国网", "中青网", "观察者网",
        "界面新闻", "联合早报", "中央社", "路透社", "路透", "法新社", "美联社", "塔斯社", "俄新社", "卫星通讯社", "综合",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    // MARK: Captions and credits

    /// Where a photo credit ends the text (`新华社记者 黄敬文 摄`, `新华社发`, `（图／路透）`,
    /// `/视觉中国`): the range of the credit. A paragraph ending in a credit is a photo caption.
    ///
    /// A credit ending in 摄 is the text after the last sentence-final mark, if it is short and
    /// names a photographer (记者, 摄影师) or an agency.
    public static func trailingCredit(in text: String) -> Range<String.Index>? {
        // A paragraph ending its last sentence has nothing after it (the usual case, decided at once).
        guard let lastScalar = text.unicodeScalars.last, !sentenceEnds.contains(lastScalar), let last = text.last else { return nil }
        if last == "）" || last == ")" {
            guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            // A credit in letters names its photographer in full (`Sputnik/…/Pool via REUTERS`).
            return inner.count <= 40 && isPhotoCredit(inner) || inner.count <= 80 && isLetteredAgencyCredit(String(inner)) ? open..<text.endIndex : nil
        }
        // A credit whose closing bracket the page lost, after the caption's sentence (`…习近平。(新华社`).
        if let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), open > text.startIndex,
           "。！？!?".contains(text[text.index(before: open)]), case let inner = text[text.index(after: open)...],
           inner.count <= 12, !inner.contains(where: { $0 == "）" || $0 == ")" }), isPhotoCredit(inner) {
            return open..<text.endIndex
        }
        if let suffix = TextScan.hasSuffixAny(text, creditEndings) {
            return text.index(text.endIndex, offsetBy: -suffix.count)..<text.endIndex
        }
        // An agency's name and 图 closing a caption: `…举行会晤 视觉中国 图`, `…。新华社图`.
        if last == "图", let agency = creditingAgency(before: text.dropLast()) { return agency..<text.endIndex }
        // A picture's source closing a caption that ends no sentence (`…一切”图像来源: picture-alliance/dpa`),
        // or its opening alone where a rule took the source's foreign words.
        if TextScan.contains(text, "来源") {
            for opening in creditOpenings.prefix(3) {
                guard let found = text.range(of: opening, options: .backwards) else { continue }
                let rest = text[found.upperBound...]
                if rest.count <= 40 && !rest.contains(where: { "。！？，,!?；".contains($0) }) { return found.lowerBound..<text.endIndex }
            }
        }
        let tailStart = text.lastIndex { "。！？!?".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
        let tail = text[tailStart...]
        guard tail.count <= 45 else { return nil }
        let start = tail.firstIndex { $0 != " " } ?? tailStart
        let credit = text[start...]
        if TextScan.hasPrefixAny(String(credit), creditOpenings) != nil { return start..<text.endIndex }
        // The credit as the caption's last clause: `莫迪与普京举行会谈，图自社交媒体`.
        if let comma = credit.lastIndex(where: { $0 == "，" || $0 == "," }), credit.distance(from: comma, to: credit.endIndex) <= 20 {
            let clause = credit[credit.index(after: comma)...].drop { $0 == " " }
            if TextScan.hasPrefixAny(String(clause), creditOpenings) != nil {
                return clause.startIndex..<text.endIndex
            }
        }
        // After a caption's last sentence, only a credit: `…。央视新闻图片`, `…。AP图片`, `…。新华社`, or
        // an outlet the list lacks (`…。东方社`) after text of a caption's shape.
        if tailStart != text.startIndex, credit.count <= 12,
           credit.hasSuffix("图片") || pictureAgencies.contains(String(credit)) || agencies.contains(String(credit))
            || (credit.unicodeScalars.allSatisfy(TextNormalizer.isHan) && isOutlet(credit) && couldBeCaption(String(text[..<start]))) {
            return start..<text.endIndex
        }
        guard credit.hasSuffix("摄") || credit.hasSuffix("摄影") else { return nil }
        let namesPhotographer = credit.contains("记者") || credit.contains("摄影师") || credit.contains("/")
            || agencies.contains { credit.hasPrefix($0) } || credit.hasPrefix("摄影：")
        return namesPhotographer ? start..<text.endIndex : nil
    }

    /// A paragraph that a flattened page ran on from a photo's caption: the caption's sentence (if
    /// any), its credit ending in 摄 after a space, then the report, perhaps after a space
    /// (`…举行会谈。 东方社记者 陈河 摄李强表示，…`). The text without the caption and its credit; nil
    /// when there is no such credit or nothing after it. The text before the caption's sentence stays.
    public static func withoutCaptionInside(_ text: String) -> String? {
        // Asked of every paragraph: its bytes are searched for ` 摄` before any string is.
        var utf8 = text.utf8.makeIterator()
        var previous: UInt8 = 0
        var found = false
        while !found, let byte = utf8.next() {
            if previous == 0x20 && byte == 0xE6, utf8.next() == 0x91, utf8.next() == 0x84 { found = true }  // 摄
            previous = byte
        }
        guard found else { return nil }
        var search = text.startIndex
        while let mark = text[search...].range(of: " 摄") {
            search = mark.upperBound
            // The report may follow after a space (`… 摄 新华社北京3月27日电…`).
            let report = text[mark.upperBound...].drop { $0 == " " }
            guard let next = report.first, next != "影", TextNormalizer.isHan(next.unicodeScalars.first!) else { continue }
            let sentenceStart = { (end: String.Index) in
                text[..<end].lastIndex { "。！？!?".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
            }
            let creditStart = sentenceStart(mark.lowerBound)
            let credit = text[creditStart..<mark.lowerBound].drop { $0 == " " }
            // Who and their names: at most 8 characters after 记者, 摄影师 or the agency.
            let who = ["记者", "摄影师"].compactMap { credit.range(of: $0, options: .backwards)?.upperBound }.max()
                ?? agencies.first { credit.hasPrefix($0) }.map { credit.index(credit.startIndex, offsetBy: $0.count) }
            guard credit.count <= 24, !credit.contains(where: { "，,、：:".contains($0) }), let who,
                  credit.distance(from: who, to: credit.endIndex) <= 8 else { continue }
            let captionStart = creditStart == text.startIndex ? creditStart : sentenceStart(text.index(before: creditStart))
            return String(text[..<captionStart]) + String(report)
        }
        return nil
    }

    /// Where a picture agency's or an agency's name ends `text` (spaces after it aside), set off by
    /// a space or a sentence mark before it, or opening it.
    static func creditingAgency(before text: Substring) -> String.Index? {
        let trimmed = text.reversed().drop { $0 == " " }
        let name = Substring(String(trimmed.reversed()))
        guard let agency = pictureAgencies.union(agencies).first(where: { name.hasSuffix($0) }) else { return nil }
        let start = text.index(text.startIndex, offsetBy: name.count - agency.count)
        guard start == text.startIndex || " 。！？".contains(text[text.index(before: start)]) else { return nil }
        return start
    }

    static let creditEndings = ["新华社发", "新华社图", "新华社供图", "新华社资料图片", "中新社发", "人民网发", "央视新闻发", "本报发",
                                "资料图片", "资料图", "资料照片", "/视觉中国", "／视觉中国", "视觉中国供图", "截图"]

    /// How a picture's source opens its credit (the first three name it as a source).
    static let creditOpenings = ["图片来源", "图像来源", "照片来源", "图源", "图片：", "图：", "图:", "图／", "图/", "图自", "图片来自", "图据"]

    /// A paper's note that the text jumps to or from another page (`（下转三版）`, `(上接第A2版)`), at a
    /// paragraph's end or start: the text without it, empty when the note was all of it.
    public static func withoutPageJump(_ text: String) -> String? {
        guard TextScan.contains(text, "版") else { return nil }
        if let last = text.last, last == "）" || last == ")", let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }),
           isPageJump(text[text.index(after: open)..<text.index(before: text.endIndex)]) {
            return String(text[..<open]).trimmingSpaces()
        }
        if let first = text.first, first == "（" || first == "(", let close = text.firstIndex(where: { $0 == "）" || $0 == ")" }),
           isPageJump(text[text.index(after: text.startIndex)..<close]) {
            return String(text[text.index(after: close)...]).trimmingSpaces()
        }
        return nil
    }

    /// `下转三版`, `上接第1版`, `转A2版`: a jump's verb, perhaps 第, a page of at most three numerals,
    /// digits or letters, and 版.
    static func isPageJump(_ inner: Substring) -> Bool {
        guard let verb = ["下转", "上接", "紧接", "转", "接"].first(where: { inner.hasPrefix($0) }) else { return false }
        var page = inner.dropFirst(verb.count)
        if page.hasPrefix("第") { page = page.dropFirst() }
        guard page.hasSuffix("版") else { return false }
        page = page.dropLast()
        return (1...3).contains(page.count) && page.allSatisfy { ($0.isASCII && ($0.isNumber || $0.isUppercase)) || "一二三四五六七八九十".contains($0) }
    }

    /// Whether bracketed text is a photo or picture-agency credit: `图／路透`, `图：Shutterstock`,
    /// `美联社`, `资料图`, `某某 摄`, `本刊制图`, `图片来源：某某`.
    static func isPhotoCredit(_ inner: Substring) -> Bool {
        let text = String(inner).trimmingSpaces()
        if TextScan.hasSuffixAny(text, ["摄", "摄影", "供图", "制图", "资料图", "资料照片", "资料图片"]) != nil { return true }
        if TextScan.hasPrefixAny(text, ["图／", "图/", "图：", "图:", "图片：", "图片/", "摄影：", "图片来源：", "图片来源:", "图源：", "图源:"]) != nil {
            return true
        }
        return pictureAgencies.contains(text)
    }

    /// A wire photo's credit in letters, its parts set off by slashes, a picture agency's name (any
    /// case) among the words of its first or last part: `Sputnik/Alexander Kazakov/Pool via REUTERS`,
    /// `REUTERS/某某`, `AP Photo/某某`. A gloss in brackets has no slash (`(Reuters)` alone is the list's).
    static func isLetteredAgencyCredit(_ text: String) -> Bool {
        let parts = text.split(separator: "/")
        guard parts.count >= 2, !text.unicodeScalars.contains(where: TextNormalizer.isHan) else { return false }
        return [parts[0], parts[parts.count - 1]].contains { part in
            part.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { letteredAgencies.contains($0.lowercased()) }
        }
    }

    /// Picture agencies as their credits spell them in letters, lowercased.
    static let letteredAgencies: Set<String> = ["reuters", "ap", "afp", "epa", "efe", "getty", "sputnik", "tass", "xinhua", "ria",
                                                "kcna", "yonhap", "kyodo", "anadolu", "bloomberg", "pool"]

    /// Whether a credit is only a listed agency's name in brackets (`（新华社）`, `(路透社)`, or with its
    /// closing bracket lost, `(新华社`), which may also be the source a report names at its end
    /// (``withoutSourceCredit(_:)``).
    static func isBracketedAgency(_ credit: Substring) -> Bool {
        guard let open = credit.first, open == "（" || open == "(" else { return false }
        let closed = credit.last == "）" || credit.last == ")"
        return agencies.contains(String(credit.dropFirst().dropLast(closed ? 1 : 0)).trimmingSpaces())
    }

    static let pictureAgencies: Set<String> = [
        "美联社", "路透社", "路透", "法新社", "视觉中国", "东方IC", "达志影像", "Getty Images", "Reuters", "AP", "AFP", "EPA",
        "Shutterstock", "新华社", "资料图", "资料照",
    ]

    /// Whether the text is nothing but a photo credit; such a line closes the caption before it.
    public static func isCreditOnly(_ text: String) -> Bool {
        trailingCredit(in: text)?.lowerBound == text.startIndex
    }

    /// Whether the text places people in a picture (`马克龙(右)`, `（左二）`, `（前排右三）`, `（左起）`):
    /// a photo's caption, which no report's text does.
    public static func placesPeopleInPicture(_ text: String) -> Bool {
        // Asked of every paragraph: most have no 左 or 右 (E5 B7 A6, E5 8F B3) at all.
        var bytes = text
        let sided = bytes.withUTF8 { utf8 in
            utf8.indices.dropLast(2).contains { index in
                utf8[index] == 0xE5 && ((utf8[index + 1] == 0xB7 && utf8[index + 2] == 0xA6) || (utf8[index + 1] == 0x8F && utf8[index + 2] == 0xB3))
            }
        }
        guard sided else { return false }
        var scalars = text.unicodeScalars[...]
        while let open = scalars.firstIndex(where: { $0 == "(" || $0 == "（" }) {
            scalars = scalars[scalars.index(after: open)...]
            guard let close = scalars.prefix(12).firstIndex(where: { $0 == ")" || $0 == "）" }) else { continue }
            let places = String(String.UnicodeScalarView(scalars[..<close])).split(separator: "、")
            if !places.isEmpty && places.allSatisfy(isPlaceInPicture) { return true }
        }
        return false
    }

    /// `左`, `右二`, `前排左三`, `左起`.
    private static func isPlaceInPicture(_ place: Substring) -> Bool {
        var place = place
        for row in ["前排", "后排", "中排"] where place.hasPrefix(row) { place = place.dropFirst(row.count) }
        guard let side = place.first, side == "左" || side == "右" else { return false }
        return place.dropFirst().allSatisfy { "一二三四五六七八九十123456789起".contains($0) }
    }

    /// Whether a paragraph has a picture caption's shape: at most ``captionLength`` characters in at
    /// most three sentences, quoting no one's words (a quotation holding a clause mark; quoted names
    /// such as `“一带一路”` hold none), unless a sentence of it points at the picture (`…。图为…`). A
    /// photo feature sets the report's own paragraphs between its pictures, right above a credit:
    /// `“…，…。”高峰主席对海川说。`, or a paragraph of history told in four sentences.
    public static func couldBeCaption(_ text: String) -> Bool {
        if TextScan.contains(text, "。图为") { return true }
        let profile = TextProfile(text)
        guard profile.length <= captionLength, profile.sentenceEnds <= 3 else { return false }
        var quoting = false
        for scalar in text.unicodeScalars {
            if Unwrapper.quotePairs.values.contains(scalar) { quoting = true }
            else if Unwrapper.quotePairs[scalar] != nil { quoting = false }
            else if quoting && Unwrapper.clausePunctuation.contains(scalar) { return false }
        }
        return true
    }

    /// The longest a caption runs, in characters: a paper's picture news may tell its story in three
    /// sentences.
    static let captionLength = 150

    /// Whether a credit is the one for the photo over the headline (`（压题照片：某某摄）`, `题图：…`),
    /// which a paper sets at the report's end: it closes no caption.
    public static func creditsTitlePhoto(_ credit: String) -> Bool {
        TextScan.contains(credit, "压题") || TextScan.contains(credit, "题图") || TextScan.contains(credit, "头图")
    }

    /// Marks that open a photo caption: `▲`, `△`, `图为`, `上图：`, `资料照片：`, a broadcaster's
    /// `图像加注文字，`.
    public static func isCaptionOpening(_ text: String) -> Bool {
        TextScan.hasPrefixAny(text, ["▲", "△", "▼", "▶", "图为", "上图：", "下图：", "左图：", "右图：", "图：", "资料图：", "资料图:",
                                     "资料照片：", "资料照片:", "资料照：", "资料照:", "图像加注文字，", "图片说明：", "图片说明，", "图片说明:"]) != nil
    }

    /// A source or staff credit in brackets at the end of a prose paragraph (`（环球网）`,
    /// `（记者陈尚文）`, `（译者：某某）`, `（完）`, `【编辑:某某】`): the text without it.
    public static func withoutSourceCredit(_ text: String) -> String? {
        // The Central News Agency closes its reports with a code of the day after the editor's
        // credit: `（编辑：某某）1140903` (the year of the Republic, the month and the day).
        let code = text.reversed().prefix { $0.isASCII && $0.isNumber }.count
        let text = code == 7 ? String(text.dropLast(code)) : text
        guard let close = text.last, let opening = creditBrackets[close], let open = text.lastIndex(where: opening.contains) else { return nil }
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces()
        guard inner.count <= 24, !inner.isEmpty else { return nil }
        let isSource = agencies.contains(inner) || TextScan.hasPrefix(inner, "记者") || inner == "完"
            || TextScan.hasPrefixAny(inner, staffLabels.flatMap { [$0 + "：", $0 + ":"] }) != nil
            || agencies.contains { TextScan.hasPrefix(inner, $0) && (inner.hasSuffix("报道") || TextScan.contains(inner, "记者")) }
            || inner.range(of: "记者").map { isOutlet(inner[..<$0.lowerBound]) } ?? false
        guard isSource else { return nil }
        let rest = String(text[..<open]).trimmingSpaces()
        return rest.isEmpty ? nil : rest
    }

    /// The brackets a credit closes with, and the ones that open it (a page may pair them wrongly).
    private static let creditBrackets: [Character: Set<Character>] = [
        "）": ["（", "("], ")": ["（", "("], "】": ["【"], "]": ["[", "［"], "］": ["[", "［"],
    ]

    /// The staff a bracketed credit at the end of a report names.
    static let staffLabels = ["译者", "编译", "编辑", "责任编辑", "责编", "校对", "审校", "撰稿", "整理", "实习生"]

    // MARK: Datelines and bylines

    /// A dateline at the start of a paragraph (`新华社莫斯科3月21日电`, `（综合16日电）`,
    /// `本报莫斯科5月8日电 （记者…）`, `俄罗斯卫星通讯社莫斯科电`, or a wire's `莫斯科，5月8日（路透社） -`):
    /// what follows it, and the agency, city, month and day. An agency not among ``agencies`` is one
    /// whose name ends as outlets' names do (``unlistedAgency(_:)``).
    public static func dateline(in text: String) -> (rest: String, agency: String, city: String, month: Int?, day: Int?)? {
        agencyDateline(in: text) ?? wireDateline(in: text) ?? paperDateline(in: text)
    }

    /// Where a dateline starts inside a line that is not prose up to it (`责任编辑：某某新华社北京6月24日电
    /// （记者…）6月24日上午，…`, a flattened page's metadata run into its lead), when a sentence follows.
    /// A listed agency's dateline is looked for first, then an unlisted one of at most five
    /// characters, so that the keywords before it do not join the agency (an editor's name before an
    /// unlisted agency still may: `张文东方社`).
    static func datelineInside(_ text: String) -> String.Index? {
        guard text.utf8.count >= 60, TextScan.contains(text, "。") else { return nil }
        let starts = text.indices.dropFirst().filter { TextNormalizer.isHan(text[$0].unicodeScalars.first!) }
        for listedOnly in [true, false] {
            for start in starts {
                guard let found = agencyDateline(in: String(text[start...])), !found.rest.isEmpty,
                      found.agency.count <= 5, !listedOnly || agencies.contains(found.agency),
                      Unwrapper.endsSentence(found.rest) else { continue }
                return start
            }
        }
        return nil
    }

    /// A paper's own dateline in brackets, naming no agency (the press of Malaysia and Singapore):
    /// `（吉隆坡13日讯）`, `(北京5月13日讯)`, `（华盛顿12日综合电）`, `（首都13日专电）`, or with no date,
    /// `（北京综合讯）`: a city of two to six Han characters, the day (and month), 讯 or 电 (perhaps
    /// 综合 or 专 before it), the bracket closing. Its agency is empty, unless the place is a name
    /// ending as an outlet's does (``isOutlet(_:)``): a site's own `(东方网讯)` names the outlet.
    static func paperDateline(in text: String) -> (rest: String, agency: String, city: String, month: Int?, day: Int?)? {
        let scalars = text.unicodeScalars.prefix(24)
        guard let open = scalars.first, open == "（" || open == "(" else { return nil }
        let inner = scalars.dropFirst()
        let han = inner.prefix { TextNormalizer.isHan($0) }
        let kinds = ["综合电", "综合讯", "专电", "电", "讯"]
        var city = han
        var rest = inner.dropFirst(han.count)
        var (month, day): (Int?, Int?) = (nil, nil)
        if let first = rest.first, ("0"..."9").contains(first) {
            /// A number of one or two digits followed by `mark`, which it passes.
            func number(_ mark: Unicode.Scalar) -> Int? {
                let digits = rest.prefix { ("0"..."9").contains($0) }
                guard (1...2).contains(digits.count), rest.dropFirst(digits.count).first == mark else { return nil }
                rest = rest.dropFirst(digits.count + 1)
                return Int(String(String.UnicodeScalarView(digits)))
            }
            let saved = rest
            month = number("月")
            if month.map({ !(1...12).contains($0) }) ?? false { return nil }
            if month == nil { rest = saved }
            guard let found = number("日"), (1...31).contains(found) else { return nil }
            day = found
            let word = String(String.UnicodeScalarView(rest.prefix(4)))
            guard let kind = kinds.first(where: word.hasPrefix) else { return nil }
            rest = rest.dropFirst(kind.unicodeScalars.count)
        } else {
            // No date: the kind ends the run of Han characters.
            let word = String(String.UnicodeScalarView(han))
            guard let kind = kinds.first(where: word.hasSuffix) else { return nil }
            city = han.dropLast(kind.unicodeScalars.count)
        }
        guard (2...6).contains(city.count), let close = rest.first, close == "）" || close == ")" else { return nil }
        let after = String(String.UnicodeScalarView(text.unicodeScalars[rest.index(after: rest.startIndex)...])).trimmingSpaces()
        let place = String(String.UnicodeScalarView(city))
        // A site's own credit in the same shape names the site, not a place: `(观察者网讯)`.
        return isOutlet(Substring(place)) ? (after, place, "", month, day) : (after, "", place, month, day)
    }

    /// Where the city starts after a reporter's name that a wire sets between its name and the city
    /// (`（中央社记者某某首都3日专电）`): the Han characters up to the date hold the name and the city,
    /// the city being a known one if a split gives one (`某某莫斯科`), else the last two characters
    /// after a name of three, or of two when only four characters stand there.
    static func cityAfterReporter(_ text: Substring) -> String.Index? {
        let run = text.prefix { TextNormalizer.isHan($0.unicodeScalars.first!) }
        guard run.count >= 4, run.count <= 10 else { return nil }
        let known = (2...3).first { CityNames.isKnown(String(run.dropFirst($0))) }
        return run.index(run.startIndex, offsetBy: known ?? (run.count >= 5 ? 3 : 2))
    }

    /// A dateline that opens with its agency: `新华社莫斯科3月21日电`, `（综合16日电）`.
    private static func agencyDateline(in text: String) -> (rest: String, agency: String, city: String, month: Int?, day: Int?)? {
        // Most paragraphs fail at once: a dateline ends in 电 or 讯 (or a wire's note, 综合…, or a dash)
        // within its first 48 characters.
        guard text.utf16.prefix(48).contains(where: { $0 == 0x7535 || $0 == 0x8BAF || $0 == 0x7EFC || $0 == 0x62A5 || $0 == 0x2D || $0 == 0x2014 || $0 == 0x2013 })
        else { return nil }
        var index = text.startIndex
        var bracketed = false
        if text.hasPrefix("（") || text.hasPrefix("(") {
            bracketed = true
            index = text.index(after: index)
        }
        // 据 before a listed agency (`据新华社北京5月12日电`) leaves the agency's own dateline.
        if text[index...].hasPrefix("据"), case let after = text.index(after: index), agencies.contains(where: { text[after...].hasPrefix($0) }) {
            index = after
        }
        guard let initial = text[index...].unicodeScalars.first, TextNormalizer.isHan(initial) else { return nil }
        let listed = agencyInitials.contains(initial) || initial == "据" || initial == "综"
            ? agencies.first(where: { text[index...].hasPrefix($0) }) ?? (text[index...].hasPrefix("据") ? "据" : nil) : nil
        guard let agency = listed ?? unlistedAgency(text[index...]) else { return nil }
        index = text.index(index, offsetBy: agency.count)
        if text[index...].hasPrefix("记者"), let city = cityAfterReporter(text[text.index(index, offsetBy: 2)...]) { index = city }
        let cityStart = index
        var cityEnd = index
        // A city of at most ``longestCity`` characters, perhaps followed by a date in Chinese
        // numerals (at most 7, `十二月三十一日`) and 电.
        while cityEnd < text.endIndex, TextNormalizer.isHan(text[cityEnd].unicodeScalars.first!),
              text.distance(from: cityStart, to: cityEnd) < longestCity + 8 {
            cityEnd = text.index(after: cityEnd)
        }
        // The city ends where the date's digits start, or at 电 when the wire gives no date
        // (`俄罗斯卫星通讯社莫斯科电 …`).
        index = cityEnd
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        var numbers: [Int] = []
        var marks: [Character] = []
        while numbers.count < 2, index < text.endIndex, text[index].isASCII, text[index].isNumber {
            let start = index
            while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
            numbers.append(Int(text[start..<index]) ?? 0)
            guard index < text.endIndex else { return nil }
            marks.append(text[index])
            index = text.index(after: index)
        }
        let month: Int?, day: Int?
        var reported = false
        if numbers.isEmpty {
            // Only news agencies write such datelines: a listed one or a name ending in 社 (an
            // unlisted 网, 报 or 台 may be a company: 国家电网…来电).
            guard listed != nil || agency.hasSuffix("社"),
                  text.distance(from: cityStart, to: cityEnd) >= 3, text[text.index(before: cityEnd)] == "电",
                  cityEnd == text.endIndex || !TextNormalizer.isHan(text[cityEnd].unicodeScalars.first!) else { return nil }
            cityEnd = text.index(before: cityEnd)
            // A date in Chinese numerals before 电 (`新华社北京十二月三十一日电`, older reports).
            let place = Array(text[cityStart..<cityEnd].unicodeScalars)
            let dated = (2..<place.count).lazy.compactMap { start in chineseDate(place[start...]).map { (start, $0) } }.first
            if let (start, date) = dated, start <= longestCity {
                cityEnd = text.index(cityStart, offsetBy: start)
                (month, day) = (date.month, date.day)
            } else {
                guard dated == nil, place.count <= longestCity else { return nil }
                (month, day) = (nil, nil)
            }
        } else {
            guard text.distance(from: cityStart, to: cityEnd) <= longestCity else { return nil }
            guard let lastMark = marks.last, lastMark == "日", index < text.endIndex else { return nil }
            if text[index] == "电" || text[index] == "讯" {
                index = text.index(after: index)
            } else if agency != "据" && agency != "综合", text[index...].hasPrefix("报道") || text[index...].hasPrefix("报导") {
                // A site's own dated lead (`参考消息网9月21日报道`), perhaps with a comma after it;
                // not prose's `据当地媒体30日报道，`.
                index = text.index(index, offsetBy: 2)
                reported = true
            } else if text[index...].hasPrefix("专电") {
                index = text.index(index, offsetBy: 2)
            } else if let note = wireNotes.first(where: { text[index...].hasPrefix($0) }) {
                // `（中央社台北16日综合外电报导）`: the wire compiled the story from others'.
                index = text.index(index, offsetBy: note.count)
            } else if listed != nil, !bracketed, cityEnd > cityStart, case let after = text[index...].drop(while: { $0 == " " }),
                      let dash = after.first, dash == "—" || (dash == "-" || dash == "–") && after.startIndex > index,
                      case let rest = after.dropFirst().drop(while: { $0 == "-" || $0 == "—" || $0 == "–" || $0 == " " }),
                      let next = rest.first, !(next.isASCII && next.isNumber) {
                // A wire's Chinese service sets a dash after the date instead (`路透北京5月12日 - `);
                // not a range of days (`5月12日-13日`).
                index = rest.startIndex
            } else {
                return nil
            }
            month = numbers.count == 2 && marks[0] == "月" ? numbers[0] : nil
            guard let last = numbers.last, (1...31).contains(last), numbers.count == 1 || month != nil else { return nil }
            day = last
        }
        // An optional byline in brackets after the dateline, and the closing bracket.
        var rest = text[index...].drop { $0 == " " }
        if let first = rest.first, first == "（" || first == "(", let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }),
           rest.distance(from: rest.startIndex, to: close) <= 40 {
            rest = rest[rest.index(after: close)...]
        }
        if bracketed {
            guard let first = rest.first, first == "）" || first == ")" else { return nil }
            rest = rest.dropFirst()
        }
        // `中新网4月25日电 综合报道，…`: the wire's note that it compiled the story.
        for note in wireNotes where rest.drop(while: { $0 == " " }).hasPrefix(note) {
            rest = rest.drop(while: { $0 == " " }).dropFirst(note.count).drop { $0 == "，" || $0 == "," || $0 == " " }
        }
        // A slash or bar setting the dateline off (`中评社香港9月3日电／据…`).
        rest = rest.drop { $0 == " " || $0 == "／" || $0 == "/" || $0 == "|" || $0 == "｜" || reported && ($0 == "，" || $0 == ",") }
        let city = String(text[cityStart..<cityEnd])
        return (String(rest).trimmingSpaces(), agency, city, month, day)
    }

    /// The longest city a dateline names, in characters: `符拉迪沃斯托克`, `圣彼得堡`, with room for a
    /// region before it (`俄罗斯喀山`).
    static let longestCity = 10

    /// A date in Chinese numerals that is the whole of `text`: `十二月三十一日`, `一日`.
    static func chineseDate(_ text: ArraySlice<Unicode.Scalar>) -> (month: Int?, day: Int)? {
        guard text.last == "日" else { return nil }
        let parts = text.dropLast().split(separator: "月", omittingEmptySubsequences: false)
        guard parts.count <= 2, let day = chineseNumber(parts.last!), (1...31).contains(day) else { return nil }
        guard parts.count == 2 else { return (nil, day) }
        guard let month = chineseNumber(parts[0]), (1...12).contains(month) else { return nil }
        return (month, day)
    }

    /// A number from 1 to 39 in Chinese numerals (`三`, `十一`, `二十`, `三十一`).
    static func chineseNumber(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let units = Array(text)
        switch units.count {
        case 1: return units[0] == "十" ? 10 : digits[units[0]]
        case 2 where units[0] == "十": return digits[units[1]].map { 10 + $0 }
        case 2 where units[1] == "十": return digits[units[0]].flatMap { $0 <= 3 ? $0 * 10 : nil }
        case 3 where units[1] == "十": return digits[units[0]].flatMap { tens in tens <= 3 ? digits[units[2]].map { tens * 10 + $0 } : nil }
        default: return nil
        }
    }

    /// What a wire writes after its dateline when it compiled the story from others' reports.
    static let wireNotes = ["综合外电报道", "综合外电报导", "综合报道", "综合报导", "综合消息"]

    /// A wire service's dateline after the city (`莫斯科，5月8日（路透社） - …`, `北京，12日（彭博社）—…`):
    /// a city of two to eight Han characters, a comma, the day (and month), the agency in brackets
    /// (listed, named as outlets' names end, or in Latin letters) and a dash.
    static func wireDateline(in text: String) -> (rest: String, agency: String, city: String, month: Int?, day: Int?)? {
        // Most paragraphs fail at once, before anything is copied: a comma after two to eight Han
        // characters, then the date's first digit.
        var cityLength = 0
        var afterComma = false
        for unit in text.utf16 {
            if afterComma {
                if unit == 0x20 { continue }
                guard (0x30...0x39).contains(unit) else { return nil }
                break
            }
            if unit == 0xFF0C || unit == 0x2C {
                afterComma = true
                continue
            }
            guard cityLength < 8, TextNormalizer.isHan(unit) else { return nil }
            cityLength += 1
        }
        guard cityLength >= 2, afterComma else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(48))
        var index = 0
        while index < scalars.count, index < 8, TextNormalizer.isHan(scalars[index]) { index += 1 }
        guard index >= 2, index < scalars.count, scalars[index] == "，" || scalars[index] == "," else { return nil }
        let city = String(String.UnicodeScalarView(scalars[..<index]))
        index += 1
        while index < scalars.count, scalars[index] == " " { index += 1 }
        /// A number of one or two digits at `index`, which it passes.
        func number() -> Int? {
            let start = index
            var value = 0
            while index < scalars.count, index - start < 3, ("0"..."9").contains(scalars[index]) {
                value = value * 10 + Int(scalars[index].value - 0x30)
                index += 1
            }
            return (1...2).contains(index - start) ? value : nil
        }
        guard var day = number(), index < scalars.count else { return nil }
        var month: Int?
        if scalars[index] == "月" {
            index += 1
            guard let second = number(), index < scalars.count, (1...12).contains(day) else { return nil }
            (month, day) = (day, second)
        }
        guard scalars[index] == "日", (1...31).contains(day) else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, scalars[index] == "（" || scalars[index] == "(",
              let close = scalars[(index + 1)...].firstIndex(where: { $0 == "）" || $0 == ")" }), close - index <= 13 else { return nil }
        let agency = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).trimmingSpaces()
        let isAgency = agencies.contains(agency) || pictureAgencies.contains(agency)
            || (agency.unicodeScalars.count >= 2 && outletEndings.contains(where: agency.hasSuffix))
            || (!agency.isEmpty && agency.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || $0 == " " })
        guard isAgency else { return nil }
        index = close + 1
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, "-－–—".unicodeScalars.contains(scalars[index]) else { return nil }
        while index < scalars.count, "-－–— ".unicodeScalars.contains(scalars[index]) { index += 1 }
        return (String(text.unicodeScalars.dropFirst(index)).trimmingSpaces(), agency, city, month, day)
    }

    /// A city and a dash opening the lead, as the Chinese editions of foreign papers date it
    /// (`北京——…`, `华盛顿 — …`): two to seven Han characters, none of them a function character of
    /// prose, perhaps after an outlet's name (`东方社河内——…`: the city two to five characters), then
    /// `——`, `—` or ` - `, then the report. The text after it, the outlet (or nothing) and the city.
    public static func cityDash(in text: String) -> (rest: Substring, agency: String, city: String)? {
        let scalars = text.unicodeScalars
        let run = scalars.prefix(13).prefix { TextNormalizer.isHan($0) }
        guard (2...12).contains(run.count) else { return nil }
        let after = scalars[run.endIndex...].drop { $0 == " " }
        guard let dash = after.first, dash == "—" || dash == "-" && after.startIndex > run.endIndex else { return nil }
        let rest = after.drop { $0 == "—" || $0 == "-" || $0 == " " }
        guard rest.count >= 10, let first = rest.first, TextNormalizer.isHan(first) else { return nil }
        let name = String(Substring(run))
        let split = run.count < 4 ? nil : (2...(run.count - 2)).first { end in
            run.count - end <= 5 && isOutlet(name.prefix(end))
        }
        let city = split.map { String(name.dropFirst($0)) } ?? name
        guard (2...7).contains(city.count), TextProfile(city).functionCharacters == 0 else { return nil }
        return (Substring(rest), split.map { String(name.prefix($0)) } ?? "", city)
    }

    /// A dateline that a flattened page ran in after the headline (`标题 ——副题 新华社北京4月8日电
    /// （记者…）4月6日…`): the headline before it, and the dateline. The headline is at most 150
    /// characters and holds no sentence-final mark, so a dateline quoted inside prose is left alone;
    /// an outlet the list lacks (``unlistedAgency(_:)``) is taken after a space only
    /// (`… 东方社首都6月3日电`; not `…南方国东方社…`, read from 国 of 国际在线 as `国东方社`).
    public static func datelineAfterHeadline(in text: String)
        -> (headline: String, rest: String, agency: String, city: String, month: Int?, day: Int?)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        var afterSpace = false
        while index < scalars.endIndex, offset <= 150 {
            let scalar = scalars[index]
            if sentenceEnds.contains(scalar) { return nil }
            defer { afterSpace = scalar == " " }
            // The dateline is first looked for in the next ``datelineSpan`` characters alone, so the
            // rest of a long paragraph is copied only where one starts.
            if offset >= 4, agencyInitials.contains(scalar) || afterSpace && TextNormalizer.isHan(scalar),
               scalars[index...].prefix(40).contains(where: { ("0"..."9").contains($0) || $0 == "电" }),
               dateline(in: String(String.UnicodeScalarView(scalars[index...].prefix(datelineSpan)))) != nil,
               let found = dateline(in: String(scalars[index...])), afterSpace || found.agency == "据" || agencies.contains(found.agency) {
                let headline = String(scalars[..<index]).trimmingSpaces()
                return (headline, found.rest, found.agency, found.city, found.month, found.day)
            }
            index = scalars.index(after: index)
            offset += 1
        }
        return nil
    }

    /// The agency of a dateline from an outlet the list lacks (`东方社北京6月8日电`, `南方日报广州…`):
    /// the shortest run of at least two Han characters ending as an outlet's name does (社, 网, 报,
    /// 台, 新闻) and not followed by the end of a longer one (`东方新闻` before `社首都`: 社, 网 or 报
    /// opens no city, where 台 opens 台北), then at least two more Han characters (the city) and a
    /// digit within 16 characters of the start, or by the city and 电 ending the run
    /// (`俄罗斯卫星通讯社莫斯科电 `), or with no city, by the date's digit (`东方网5月16日电`). The
    /// rest of the dateline (the date, 电) is checked by the caller.
    static func unlistedAgency(_ text: Substring) -> String? {
        let han = Array(text.unicodeScalars.prefix { TextNormalizer.isHan($0) }.prefix(16))
        guard han.count >= 2, let next = text.unicodeScalars.dropFirst(han.count).first,
              ("0"..."9").contains(next) || (han.last == "电" && !TextNormalizer.isHan(next)) else { return nil }
        for end in stride(from: 2, through: han.count - 2, by: 1) {
            let name = String(String.UnicodeScalarView(han[..<end]))
            if outletEndings.contains(where: name.hasSuffix) && !["社", "网", "报"].contains(han[end]) { return name }
        }
        // An outlet's name with no city, right before the date (`东方网5月16日电`).
        let name = String(String.UnicodeScalarView(han[...]))
        return ("0"..."9").contains(next) && outletEndings.contains(where: name.hasSuffix) ? name : nil
    }

    /// How outlets' names end (东方社, 某某网, 南方日报, 某某台, 某某新闻).
    static let outletEndings = ["社", "网", "报", "台", "新闻"]

    /// More characters than a dateline up to its 电 takes: a listed agency (at most 5 characters)
    /// and a city of at most 10, or an unlisted agency and its city in at most 16; the date
    /// (`12月31日`); a few spaces. A byline after it is optional, so a span that cuts one short
    /// still finds the dateline.
    static let datelineSpan = 64

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
    /// The first characters of the agencies a dateline names (综合 opens no dateline of its own).
    private static let agencyInitials = Set(agencies.filter { $0 != "综合" }.compactMap(\.unicodeScalars.first))

    /// The outlet of a byline line in parts set off by slashes, the outlet's name first and the
    /// reporter's among them (`东方日报／ 记者林某／即时报导`), or nil for any other line.
    static func slashBylineOutlet(_ text: String) -> String? {
        guard text.utf8.count <= 90, text.unicodeScalars.contains(where: { $0 == "／" || $0 == "/" }) else { return nil }
        let parts = text.split(whereSeparator: { $0 == "／" || $0 == "/" }).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.allSatisfy({ $0.count <= 12 }), parts.dropFirst().contains(where: { $0.hasPrefix("记者") }),
              let outlet = parts.first, outlet.count <= 8, isOutlet(Substring(outlet)) else { return nil }
        return outlet
    }

    /// A paragraph that is only a bracketed byline: `（新华社莫斯科3月22日电 记者钱彤 宋宗利）`.
    public static func isBracketedByline(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "（" || first == "(", text.hasAtMost(120),
              text.hasSuffix("）") || text.hasSuffix(")")
        else { return false }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == "（" || $0 == "(" || $0 == "）" || $0 == ")" }) else { return false }
        return agencies.contains { inner.hasPrefix($0) } && (inner.contains("电") || inner.contains("讯") || inner.contains("记者"))
    }

    /// A bracketed source at the start of a paragraph, `【环球时报-环球网报道 记者 某某】`,
    /// `[Newtalk新闻]`, `〔即时新闻/综合报导〕` or, in round brackets, which also hold prose's asides,
    /// only an outlet's name, perhaps with its word for a report (`（某某之声中文网）`, `（央视网消息）`):
    /// the text after it, and the outlet it names: in round brackets always, in the others when it
    /// is an outlet's name and its word for a report only (`【东方日报专讯】`). Not a transcript's label,
    /// followed by a colon (`[记者]:`).
    public static func withoutSourcePrefix(_ text: String) -> (rest: String, outlet: String?)? {
        for (open, close) in [("【", "】"), ("[", "]"), ("［", "］"), ("〔", "〕"), ("（", "）"), ("(", ")")] where text.hasPrefix(open) {
            guard let end = text.firstIndex(of: Character(close)), text.distance(from: text.startIndex, to: end) <= 40 else { continue }
            let inner = text[text.index(after: text.startIndex)..<end]
            let round = open == "（" || open == "("
            // A broadcaster's name in round brackets before a dash (`(南方之声) -6月19日…`) is its credit.
            let dashed = text[text.index(after: end)...].drop { $0 == " " }.first.map { "-–—".contains($0) } ?? false
            let isSource = round
                ? !inner.contains(where: { $0.isNumber }) && (isOutlet(withoutLeadInMarker(inner))
                    || dashed && !inner.contains(where: { "，。、；：,;:".contains($0) }))
                : inner.contains("报道") || inner.contains("报导") || inner.contains("记者") || inner.hasSuffix("电") || inner.hasSuffix("讯")
                    || inner.hasSuffix("新闻") || agencies.contains(String(inner))
            let rest = String(text[text.index(after: end)...].drop { $0 == " " || round && dashed && "-–—".contains($0) }).trimmingSpaces()
            if isSource && !rest.isEmpty && !rest.hasPrefix("：") && !rest.hasPrefix(":") {
                // The outlet's name comes before its reporters (`【某某网报道 记者 王某】`).
                let reporters = inner.range(of: "记者")?.lowerBound ?? inner.endIndex
                let name = withoutLeadInMarker(Substring(String(inner[..<reporters]).trimmingSpaces()))
                return (rest, round || isOutlet(name) ? String(name) : nil)
            }
        }
        return nil
    }

    /// A reporter's lead-in, `记者林某报道：` or `记者 林某、王某报导:` after a paper's own `【本报讯】`:
    /// the text after it. It names who reports, not what.
    public static func withoutReporterLeadIn(_ text: String) -> String? {
        guard text.hasPrefix("记者") else { return nil }
        let head = text.prefix(24)
        guard let said = ["报道：", "报道:", "报导：", "报导:"].lazy.compactMap({ head.range(of: $0) }).first else { return nil }
        let names = head[head.index(head.startIndex, offsetBy: 2)..<said.lowerBound]
        guard (2...16).contains(names.count),
              names.unicodeScalars.allSatisfy({ TextNormalizer.isHan($0) || $0 == " " || $0 == "、" || $0 == "·" }) else { return nil }
        let rest = String(text[said.upperBound...]).trimmingSpaces()
        return rest.isEmpty ? nil : rest
    }

    /// A paper's or site's lead-in naming itself only, `本报讯` (本网讯, 本台讯, 本刊讯, 本站讯), then
    /// perhaps the reporter's byline in brackets and a colon, run on into the report or set off by a
    /// space (`本报讯（记者 某某）…`, `本报讯 …`, `本报讯：…`, and the print archives' `本报讯高峰…`):
    /// the text after it. It names no outlet.
    public static func withoutOwnLeadIn(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(3))
        guard scalars.count == 3, scalars[0] == "本", "报网台刊站".unicodeScalars.contains(scalars[1]), scalars[2] == "讯" else { return nil }
        var rest = Substring(text).dropFirst(3).drop { $0 == " " || $0 == "\u{3000}" }
        if let open = rest.first, open == "（" || open == "(", let close = rest.prefix(40).firstIndex(where: { $0 == "）" || $0 == ")" }),
           rest[..<close].contains("记者") || rest[..<close].contains("报道") {
            rest = rest[rest.index(after: close)...]
        }
        rest = rest.drop { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" }
        return rest.isEmpty ? nil : String(rest)
    }

    /// An outlet's lead-in to a paragraph, unbracketed: its name and its word for a report before a
    /// colon, perhaps with a programme in brackets (`央视网消息（新闻联播）：`, `新华社快讯：`), or after 据
    /// and before a comma (`据俄罗斯卫星通讯社报道，`), or ending in 讯 or 电 before a space or a digit
    /// (`光明网讯 5月12日，…`): the text after it, and the outlet. Like a
    /// dateline, it says who reports, not what; left in, it opened the lead as narration and hid
    /// the speaker's cue after it. A name is an outlet's when listed or ending as outlets' names do
    /// (``isOutlet(_:)``) or followed by a reporter's byline, so `据报道，` and `外交部消息：` stay.
    public static func sourceLeadIn(_ text: String) -> (rest: String, outlet: String)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        let reported = scalars.first == "据"
        if reported { index = scalars.index(after: index) }
        let nameStart = index
        var length = 0
        while index < scalars.endIndex, TextNormalizer.isHan(scalars[index]) {
            length += 1
            guard length <= longestLeadIn else { return nil }
            index = scalars.index(after: index)
        }
        guard length >= 3, index < scalars.endIndex else { return nil }
        let nameEnd = index
        // A programme in brackets (`（新闻联播）`), or the reporter's byline, after which the report
        // follows at once (`香港某某报讯（记者 某某 北京报道）…`).
        var byline = false
        if scalars[index] == "（" || scalars[index] == "(" {
            let close: Unicode.Scalar = scalars[index] == "（" ? "）" : ")"
            guard let end = scalars[index...].prefix(40).firstIndex(of: close) else { return nil }
            let inner = String(Substring(scalars[scalars.index(after: index)..<end]))
            byline = TextScan.contains(inner, "记者") || TextScan.contains(inner, "报道")
            guard byline || scalars.distance(from: index, to: end) < 14 else { return nil }
            index = scalars.index(after: end)
            guard index < scalars.endIndex else { return nil }
        }
        // Most paragraphs fail here, before any string is made: prose goes on after its first words.
        let mark = scalars[index]
        let marked = mark == "：" || mark == ":" || reported && (mark == "，" || mark == ",")
        let words = Substring(scalars[nameStart..<nameEnd])
        // 讯 and 电 may also run into the report after a space or before its date (`光明网讯 5月12日，…`,
        // `新华社电 …`): no prose word ends so before a date.
        let runIn = !reported && (mark == " " || mark == "\u{3000}" || ("0"..."9").contains(mark))
            && (words.hasSuffix("讯") || words.hasSuffix("电"))
        guard marked || byline || runIn else { return nil }
        var name = withoutLeadInMarker(words)
        guard name.count < words.count else { return nil }
        // Its reporter may stand between the outlet and the report (`据某某社记者报道，`), and a
        // paper's note that it compiled the story before it (`综合某某社报道：`).
        if name.hasSuffix("记者") { name = name.dropLast(2) }
        if name.hasPrefix("综合") { name = name.dropFirst(2) }
        // A reporter's byline makes a short name before it an outlet's (`某某之声消息（记者 某某）：`,
        // a station's programme; a longer run holds a place or a date, a dateline's).
        guard isOutlet(name) || byline && (2...6).contains(name.count) else { return nil }
        let restStart = marked ? scalars.index(after: index) : index
        let rest = String(Substring(scalars[restStart...])).trimmingSpaces()
        return rest.isEmpty ? nil : (rest, String(name))
    }

    /// An outlet's name and its word for a report (消息, 快讯, 报道, 讯, 电) at most.
    private static let longestLeadIn = 16

    /// How a source calls what it reports, after its name: `央视网消息`, `新华社快讯`, `据塔斯社报道`.
    static let leadInMarkers = ["综合报道", "消息", "快讯", "报道", "报导", "专讯", "讯", "电"]

    /// `name` without a word for a report at its end (`央视网消息` → `央视网`).
    static func withoutLeadInMarker(_ name: Substring) -> Substring {
        guard let marker = leadInMarkers.first(where: { name.hasSuffix($0) }) else { return name }
        return name.dropLast(marker.count)
    }

    /// Whether a name of two characters or more is an outlet's: listed in ``agencies``, or ending as
    /// outlets' names do (``outletEndings``, 客户端).
    static func isOutlet(_ name: Substring) -> Bool {
        name.count >= 2 && (agencies.contains(String(name)) || outletEndings.contains { name.hasSuffix($0) } || name.hasSuffix("客户端"))
    }

    // MARK: Chrome

    /// Agency tags, print-edition trailers, site chrome, bare URLs and image links: whole lines
    /// that are never part of the report.
    public static func isChrome(_ text: String) -> Bool {
        if TextScan.hasPrefixAny(text, ["http://", "https://", "www.", "!["]) != nil { return !text.contains(" ") || text.hasPrefix("![") }
        guard text.hasAtMost(60) else { return false }
        var tag = Substring(text)
        if let first = tag.unicodeScalars.first, "■●◆▲".unicodeScalars.contains(first) { tag = tag.dropFirst() }
        if tag.hasPrefix("据"), agencies.contains(where: { tag.dropFirst().hasPrefix($0) }) {
            let rest = tag.dropFirst().drop { _ in false }
            let agency = agencies.first { rest.hasPrefix($0) }!
            let after = rest.dropFirst(agency.count)
            if ["", "电", "报道", "消息", "。", "电。", "报道。"].contains(String(after)) { return true }
        }
        if TextScan.contains(text, "系列重要讲话数据库") || text == "更多内容，请看通稿" || text == "更多内容请看通稿" { return true }
        if isPrintTrailer(text) { return true }
        // 【…】 tags standing alone (【我要纠错】, 【打印】).
        if text.hasPrefix("【") && text.hasSuffix("】") && !text.dropFirst().dropLast().contains("【") && text.count <= 12 { return true }
        return false
    }

    /// `《 人民日报 》（ 2025年05月09日 01 版）` or `( 2024年05月28日 第 03 版)`.
    static func isPrintTrailer(_ text: String) -> Bool {
        guard text.hasPrefix("《"), let close = text.firstIndex(of: "》") else { return false }
        let rest = String(text[text.index(after: close)...]).trimmingSpaces()
        guard rest.hasPrefix("（") || rest.hasPrefix("("), rest.hasSuffix("）") || rest.hasSuffix(")") else { return false }
        return rest.hasSuffix("版）") || rest.hasSuffix("版)") || rest.hasSuffix("版 ）") || rest.hasSuffix("版 )")
    }

    /// The outlet of a print trailer (`人民日报`).
    static func printOutlet(_ text: String) -> String? {
        guard isPrintTrailer(text), let close = text.firstIndex(of: "》") else { return nil }
        return String(text[text.index(after: text.startIndex)..<close]).trimmingSpaces()
    }

    /// A horizontal rule (`---`, `***`, `———`, `====`): a break between parts, never text.
    public static func isRule(_ text: String) -> Bool {
        var mark: Unicode.Scalar? = nil
        var count = 0
        for scalar in text.unicodeScalars where scalar != " " {
            if mark == nil {
                guard ruleMarks.contains(scalar) else { return false }
                mark = scalar
            } else if scalar != mark {
                return false
            }
            count += 1
        }
        return count >= 3
    }

    private static let ruleMarks: Set<Unicode.Scalar> = ["-", "*", "_", "=", "—", "─", "━", "~"]
}
