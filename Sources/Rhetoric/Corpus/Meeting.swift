/// One summit: the unit every report compares. Its id is its date.
public struct Meeting: Hashable, Comparable, Sendable {
    public let date: MeetingDate
    public var city: String
    public var label: String
    /// `YYYY-MM-DD`, made once: the reports write it on every row (millions of times).
    public let id: String

    public init(date: MeetingDate, city: String, label: String = "") {
        self.date = date
        self.city = city
        self.label = label
        id = date.description
    }

    public static func < (a: Meeting, b: Meeting) -> Bool { a.date < b.date }
}

/// A cleaned report and the meeting it belongs to: what the analysis counts.
public struct Document: Sendable {
    /// Path relative to the corpus folder.
    public var file: String
    public var meeting: Meeting
    public var cleaned: CleanedDocument
}

/// Every corpus file as `documents.csv` lists it, counted or not.
public struct DocumentRecord: Sendable {
    public enum Status: String, Sendable {
        /// Counted.
        case ok
        /// No Chinese text after cleaning: listed, not counted.
        case empty
        /// The same cleaned text as a file earlier in path order: listed, not counted again.
        case duplicate
    }

    public var file: String
    /// Nil only for an empty document that names no date.
    public var meeting: Meeting?
    public var cleaned: CleanedDocument
    public var status: Status
    /// What a user should hear about this file (lossy decoding, emptiness, duplication).
    public var warnings: [String] = []
    /// What duplicates are found by; taken from `cleaned` unless given (a partial keeps it).
    public var fingerprint: TextFingerprint

    public init(file: String, meeting: Meeting?, cleaned: CleanedDocument, status: Status, warnings: [String] = [],
                fingerprint: TextFingerprint? = nil) {
        self.file = file
        self.meeting = meeting
        self.cleaned = cleaned
        self.status = status
        self.warnings = warnings
        self.fingerprint = fingerprint ?? TextFingerprint(cleaned)
    }
}
