/// Dates as pages write them: `2013-03-23`, `2025/05/09 08:00`, `2016年06月25日 20:43`,
/// `09.05.2015 07:00` (day first), `Sat, 05 Feb 2022 20:22:00 GMT`, `Nov 16, 2023`, `十月 05, 2018`, and the dates in
/// URLs (`/n1/2025/0509/`, `/2023-03/21/`, `/20230321/`). Read by a scanner over the text's digit
/// groups, not a regular expression.
public enum PublicationDate {
    /// The first date in `text`, if there is one from 1900 to 2100.
    public static func parse(_ text: String) -> MeetingDate? {
        let groups = digitGroups(text)
        for (index, group) in groups.enumerated() {
            let next = index + 1 < groups.count ? groups[index + 1] : nil
            let third = index + 2 < groups.count ? groups[index + 2] : nil
            switch group.digits.count {
            case 4:
                // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日, and /YYYY/MMDD/ in URLs.
                if let next, let third, next.digits.count <= 2, third.digits.count <= 2, "-/.年".contains(group.after),
                   group.after == next.before, let date = date(group.value, next.value, third.value) {
                    return date
                }
                if let next, next.digits.count == 4, group.after == "/", let date = date(group.value, next.value / 100, next.value % 100) {
                    return date
                }
            case 8 where group.value / 10000 >= 1900:
                if let date = date(group.value / 10000, group.value / 100 % 100, group.value % 100) { return date }
            case 1, 2:
                // DD.MM.YYYY.
                if let next, let third, next.digits.count <= 2, third.digits.count == 4, group.after == ".", next.after == ".",
                   let date = date(third.value, next.value, group.value) {
                    return date
                }
            default:
                break
            }
        }
        return monthName(text)
    }

    /// A run of digits with the characters just before and after it.
    struct DigitGroup {
        var digits: Substring
        var before: Character
        var after: Character
        var value: Int { Int(digits) ?? 0 }
    }

    static func digitGroups(_ text: String) -> [DigitGroup] {
        var groups: [DigitGroup] = []
        var index = text.startIndex
        var previous: Character = " "
        while index < text.endIndex {
            guard text[index].isASCII && text[index].isNumber else {
                previous = text[index]
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex && text[index].isASCII && text[index].isNumber { index = text.index(after: index) }
            groups.append(DigitGroup(digits: text[start..<index], before: previous, after: index < text.endIndex ? text[index] : " "))
            if groups.count > 64 { break }
        }
        return groups
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> MeetingDate? {
        MeetingDate(year: year, month: month, day: day)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let chineseMonths = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]

    /// `05 Feb 2022`, `Nov 16, 2023`, or a locale's `十月 05, 2018`.
    static func monthName(_ text: String) -> MeetingDate? {
        // Words and numbers apart, also where nothing separates them (`十月05`).
        var words: [String] = []
        var previousIsNumber = false
        for character in text {
            // Only ASCII digits are numbers here: 十 and 一 are letters of 十一月.
            let isNumber = character.isASCII && character.isNumber
            guard character.isLetter || isNumber else {
                if words.last?.isEmpty == false { words.append("") }
                continue
            }
            if words.isEmpty || (words.last?.isEmpty == false && isNumber != previousIsNumber) { words.append("") }
            words[words.count - 1].append(contentsOf: character.lowercased())
            previousIsNumber = isNumber
        }
        words.removeAll { $0.isEmpty }
        for (index, word) in words.enumerated() where word.count >= 2 {
            let english = word.count >= 3 && word.allSatisfy(\.isASCII) ? months.firstIndex(of: String(word.prefix(3))) : nil
            guard let month = english ?? chineseMonths.firstIndex(of: word) else { continue }
            let before = index > 0 ? Int(words[index - 1]) : nil
            let after = index + 1 < words.count ? Int(words[index + 1]) : nil
            let year = index + 2 < words.count ? Int(words[index + 2]) : nil
            if let day = before, let year = after, let date = date(year, month + 1, day) { return date }
            if let day = after, let year, let date = date(year, month + 1, day) { return date }
        }
        return nil
    }

    /// The meeting day from a publication date and the first `M月D日` of the report: the year of
    /// publication, or the year before when that day falls after the publication date (a report
    /// published on 2 January about 30 December).
    static func meetingDay(published: MeetingDate, month: Int, day: Int) -> MeetingDate? {
        let year = (month, day) > (published.month, published.day) ? published.year - 1 : published.year
        return MeetingDate(year: year, month: month, day: day)
    }
}
