/// Dates as sources write them in metadata: `2013-03-23`, `2025/05/09 08:00`, `2013年3月23日`,
/// `Sat, 05 Feb 2022 20:22:00 GMT`.
enum PublicationDate {
    static func parse(_ text: String) -> MeetingDate? {
        if let m = text.firstMatch(of: #/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/#),
           let y = Int(m.output.1), let mo = Int(m.output.2), let d = Int(m.output.3) {
            return MeetingDate(year: y, month: mo, day: d)
        }
        if let m = text.firstMatch(of: #/(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/#.ignoresCase()),
           let d = Int(m.output.1), let y = Int(m.output.3),
           let mo = months.firstIndex(of: m.output.2.prefix(3).lowercased()) {
            return MeetingDate(year: y, month: mo + 1, day: d)
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The meeting day from a publication date and the first `M月D日` of the report: the year of
    /// publication, or the year before when that day falls after the publication date (a report
    /// published on 2 January about 30 December).
    static func meetingDay(published: MeetingDate, month: Int, day: Int) -> MeetingDate? {
        let year = (month, day) > (published.month, published.day) ? published.year - 1 : published.year
        return MeetingDate(year: year, month: month, day: day)
    }
}
