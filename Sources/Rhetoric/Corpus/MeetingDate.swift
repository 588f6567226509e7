/// A calendar day. Meetings are identified by the day they took place (`2013-03-22`), which also
/// orders them.
public struct MeetingDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The years a meeting date may fall in; anything else is a typo or a placeholder (`0000-01-01`).
    public static let years = 1900...2100

    public init?(year: Int, month: Int, day: Int) {
        guard MeetingDate.years.contains(year), (1...12).contains(month), (1...MeetingDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`, the meeting id.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The date as a fractional year (`year + (dayOfYear − 1) / daysInYear`), the x axis of trends.
    public var fractionalYear: Double {
        var dayOfYear = day
        for m in 1..<month { dayOfYear += MeetingDate.daysIn(month: m, year: year) }
        let daysInYear = MeetingDate.isLeap(year) ? 366.0 : 365.0
        return Double(year) + Double(dayOfYear - 1) / daysInYear
    }

    public static func < (a: MeetingDate, b: MeetingDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
