/// One summit: the unit every report compares. Its id is its date.
public struct Meeting: Hashable, Comparable, Sendable {
    public var date: MeetingDate
    public var city: String
    public var label: String

    public init(date: MeetingDate, city: String, label: String = "") {
        self.date = date
        self.city = city
        self.label = label
    }

    /// `YYYY-MM-DD`.
    public var id: String { date.description }

    public static func < (a: Meeting, b: Meeting) -> Bool { a.date < b.date }
}

/// A cleaned report and the meeting it belongs to.
public struct Document: Sendable {
    /// Path relative to the corpus folder.
    public var file: String
    public var meeting: Meeting
    public var cleaned: CleanedDocument
}
