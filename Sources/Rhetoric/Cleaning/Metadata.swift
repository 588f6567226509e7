/// Metadata lines of a page: `标题：…`, `发布时间：…`, `编辑：某某 | 时间：… | 来源：…`, and
/// timestamp lines (`2016年06月25日 20:43`, `09.05.2015 07:00`, `2015年01月03日09:58 来源:中国侨网`).
/// They are never body text; their title, date, author, source and link are the document's
/// metadata.
enum Metadata {
    /// What a metadata line says.
    struct Fields: Equatable {
        var title: String?
        var date: String?
        var author: String?
        var source: String?
        var link: String?
        /// A key with nothing after it (`关键词：`, `责任编辑：`): the value is on the next line.
        var valueFollows = false

        /// Sets a field unless it is set already.
        mutating func fill(_ field: Field, _ value: String) {
            switch field {
            case .title: title = title ?? value
            case .date: date = date ?? value
            case .author: author = author ?? value
            case .source: source = source ?? value
            case .link: link = link ?? value
            }
        }
    }

    enum Field: Sendable { case title, date, author, source, link }

    /// The keys a metadata line starts with, and what each value is.
    static let keys: [(key: String, field: Field?)] = [
        ("标题", .title), ("原标题", nil), ("主标题", .title), ("副标题", nil), ("原文链接", .link), ("原文地址", .link),
        ("链接", .link), ("网址", .link), ("文章来源", .source), ("来源", .source), ("稿源", .source), ("信源", .source), ("出处", .source),
        ("发布时间", .date), ("发表时间", .date), ("发布日期", .date), ("更新时间", .date), ("时间", .date), ("日期", .date),
        ("出版", .date), ("文章作者", .author), ("作者", .author), ("撰文", .author), ("责任编辑", nil), ("编辑", nil),
        ("责编", nil), ("编审", nil), ("审核", nil), ("校对", nil), ("关键词", nil), ("关键字", nil), ("相关字词", nil), ("标签", nil), ("摘要", nil),
        ("栏目", nil), ("频道", nil), ("浏览量", nil), ("浏览次数", nil), ("浏览", nil), ("点击数", nil), ("阅读数", nil),
        ("字号", nil), ("字体", nil), ("登载于", nil), ("刊登于", nil), ("版次", nil), ("更新", nil),
    ].sorted { $0.key.unicodeScalars.count > $1.key.unicodeScalars.count }

    /// The fields of a metadata line, or nil when the line is not one. A line is one when, after any
    /// leading widget bracket (`【我要纠错】`) or table bar, it starts with a key and a colon or `丨`
    /// (or, for `标签`/`关键词`, a space); every `key：value` pair on it is read. A value runs to a bar, two
    /// spaces, or the next key (also right after a time: `22:50:39来源：`); a date in another field's
    /// value (`来源：央视新闻客户端 2022-02-06`) or between bars without a key (`| 2024年05月08日 |`)
    /// is the date. A key right after a key (`出版：更新：`) leaves the first without a value.
    static func fields(of line: String) -> Fields? {
        var text = Substring(line)
        while let first = text.first, first == "|" || first == "｜" || first == " " { text = text.dropFirst() }
        if text.hasPrefix("【"), let close = text.firstIndex(of: "】"), text.distance(from: text.startIndex, to: close) <= 7 {
            text = text[text.index(after: close)...]
        }
        guard let initial = text.unicodeScalars.first, keyInitials.contains(initial),
              let (first, _) = key(at: text), !first.isEmpty
        else { return nil }
        var fields = Fields()
        var rest = text
        while !rest.isEmpty {
            let found = self.key(at: rest)
            let start = found?.1 ?? rest.startIndex
            var end = start
            while end < rest.endIndex {
                if rest[end] == "|" || rest[end] == "｜" { break }
                if rest[end] == " ", rest.index(after: end) < rest.endIndex, rest[rest.index(after: end)] == " " { break }
                if rest[end] == " ", self.key(at: rest[rest.index(after: end)...]) != nil { break }
                if end == start || isDigit(rest[rest.index(before: end)]), self.key(at: rest[end...]) != nil { break }
                end = rest.index(after: end)
            }
            var value = rest[start..<end]
            let field = found.flatMap { found in keys.first { $0.key == found.0 }?.field }
            // A title or a link may hold a date of its own.
            if field != .date && field != .title && field != .link, let date = dateStart(in: value) {
                fields.fill(.date, String(value[date...]).trimmingSpaces())
                value = value[..<date]
            }
            if found != nil {
                let text = String(value).trimmingSpaces()
                if let field, !text.isEmpty { fields.fill(field, text) }
                fields.valueFollows = text.isEmpty
            }
            rest = rest[end...].drop { $0 == "|" || $0 == "｜" || $0 == " " }
        }
        return fields
    }

    /// Where the date in `value` starts (at the digits of its first date), if it holds one.
    static func dateStart(in value: Substring) -> Substring.Index? {
        guard value.contains(where: isDigit), PublicationDate.parse(String(value)) != nil else { return nil }
        var index = value.startIndex
        while index < value.endIndex {
            let startsDigits = isDigit(value[index]) && (index == value.startIndex || !isDigit(value[value.index(before: index)]))
            if startsDigits && PublicationDate.parse(String(value[index...])) != nil && PublicationDate.parse(String(value[..<index])) == nil {
                return index
            }
            index = value.index(after: index)
        }
        return nil
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isWholeNumber }

    private static let keyInitials = Set(keys.compactMap(\.key.unicodeScalars.first))

    /// The key at the start of `text` and where its value starts (after the colon and spaces).
    static func key(at text: Substring) -> (String, Substring.Index)? {
        for (key, _) in keys where text.hasPrefix(key) {
            var index = text.index(text.startIndex, offsetBy: key.count)
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            guard index < text.endIndex else { return key == "关键词" || key == "关键字" || key == "标签" ? (key, index) : nil }
            // `来源丨新华社`, `来源｜新华社`, `来源 | 新华社`: an account's article (WeChat) sets its fields
            // off with a bar; Hong Kong papers' pages write the small colon (`相关字词﹕…`).
            guard "：:丨｜|﹕".contains(text[index]) else { continue }
            index = text.index(after: index)
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            return (key, index)
        }
        return nil
    }

    /// A timestamp a page set after the last sentence of a paragraph (`…交换了意见。2026-04-07
    /// 11:26:30 (1)`, a post's time and its counter): the paragraph without it, and the timestamp.
    /// Only a date with a clock time, after a sentence's end, so prose ending in a date keeps it.
    static func trailingTimestamp(_ text: String) -> (rest: String, stamp: String)? {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, ("0"..."9").contains(last) || last == ")" || last == "）" else { return nil }
        let stampScalars = "0123456789-/.:：()（） 年月日".unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex, stampScalars.contains(scalars[scalars.index(before: start)]) {
            start = scalars.index(before: start)
        }
        guard start > scalars.startIndex, "。！？!?”』」".unicodeScalars.contains(scalars[scalars.index(before: start)]) else { return nil }
        let stamp = String(scalars[start...]).trimmingSpaces()
        guard stamp.unicodeScalars.contains(where: { $0 == ":" || $0 == "：" }), PublicationDate.parse(stamp) != nil else { return nil }
        return (String(scalars[..<start]).trimmingSpaces(), stamp)
    }

    /// A `date 2025-09-03` (or `date 2023-09`) label that a saved page puts before its first line:
    /// the date when it is a whole one, and the rest of the line.
    static func datePrefix(_ line: String) -> (date: String?, rest: String)? {
        guard let first = line.utf8.first, first == UInt8(ascii: "d") || first == UInt8(ascii: "D") else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count >= 9, String(String.UnicodeScalarView(scalars[0..<4])).lowercased() == "date" else { return nil }
        var index = 4
        while index < scalars.count, scalars[index] == " " || scalars[index] == ":" || scalars[index] == "：" { index += 1 }
        guard index > 4 else { return nil }
        let start = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "-" || scalars[index] == "/" { index += 1 }
        let token = String(String.UnicodeScalarView(scalars[start..<index]))
        guard token.unicodeScalars.filter({ ("0"..."9").contains($0) }).count >= 6 else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[index...])).trimmingSpaces()
        return (PublicationDate.parse(token).map { _ in token }, rest)
    }

    /// A line that is a date and time with at most a source, a byline or a few labels around it
    /// (`2016年06月25日 20:43`, `Huan Qiu Wang·2025-09-04 07:58`, `date 2025-10-30`,
    /// `2025/10/30 11:24 即时新闻／综合报导`, a platform's `某某观察 2026-05-12 21:05 发布于北京 某某观察官方账号`):
    /// its date and the text around the date.
    static func timestamp(_ line: String, _ profile: TextProfile) -> (date: String, rest: String)? {
        guard profile.sentenceEnds == 0, profile.length <= 60, profile.digits >= 6,
              PublicationDate.parse(line) != nil
        else { return nil }
        // What is left without digits, date and time marks, separators and labels must be short.
        // Date marks go only beside a number (人民日报 keeps its 日, 人民网-人民日报 its dash).
        let scalars = Array(line.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { scalars.indices.contains(index) && ("0"..."9").contains(scalars[index]) }
        var stripped = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if isDigit(index) || "·|｜,，()（）[]【】".unicodeScalars.contains(scalar) { continue }
            if isDigit(index - 1) && "年月日号时分秒-/.:：".unicodeScalars.contains(scalar) { continue }
            if isDigit(index + 1) && "-/.:：".unicodeScalars.contains(scalar) { continue }
            stripped.append(scalar)
        }
        var rest = String(stripped)
        for label in ["发布时间", "发表时间", "更新时间", "发布日期", "时间", "日期", "来源", "来自", "date", "Date", "编辑", "作者", "发表于", "发布于", "IP属地", "原创",
                      "官方账号", "官方帐号"] {
            while let range = TextScan.range(of: label, in: rest) {
                rest = TextScan.prefix(rest, toByte: range.lowerBound) + TextScan.suffix(rest, fromByte: range.upperBound)
            }
        }
        let hanLeft = rest.unicodeScalars.filter(TextNormalizer.isHan).count
        guard hanLeft <= 14, rest.unicodeScalars.count <= 30 else { return nil }
        let marks: Set<Character> = [" ", ":", "：", "-"]
        let trimmed = String(rest.drop(while: marks.contains).reversed().drop(while: marks.contains).reversed())
        return (line, trimmed.split(separator: " ").joined(separator: " "))
    }
}
