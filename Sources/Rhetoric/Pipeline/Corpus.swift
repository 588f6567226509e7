/// The loaded corpus: every document cleaned and dated, and the meetings they report on.
public struct Corpus: Sendable {
    /// Documents ordered by meeting date, then file path.
    public var documents: [Document]
    /// Meetings in date order; several documents may report the same meeting.
    public var meetings: [Meeting]

    public init(documents: [Document]) {
        self.documents = documents.sorted {
            ($0.meeting.date, Array($0.file.utf8)) < ($1.meeting.date, Array($1.file.utf8))
        }
        var byDate: [MeetingDate: Meeting] = [:]
        for document in self.documents {
            var meeting = byDate[document.meeting.date] ?? document.meeting
            if meeting.city.isEmpty { meeting.city = document.meeting.city }
            if meeting.label.isEmpty { meeting.label = document.meeting.label }
            byDate[document.meeting.date] = meeting
        }
        meetings = byDate.values.sorted()
        for index in self.documents.indices {
            self.documents[index].meeting = byDate[self.documents[index].meeting.date]!
        }
    }

    /// Reads and cleans every file of `source`, `jobs` at a time.
    public static func load(_ source: CorpusSource, jobs: Int, progress: Progress? = nil) throws(RhetoricError) -> Corpus {
        Corpus(documents: try Parallel.map(source.files, jobs: jobs) { (file: String) throws(RhetoricError) -> Document in
            defer { progress?.step() }
            return try source.load(file)
        })
    }
}

private func < (a: (MeetingDate, [UInt8]), b: (MeetingDate, [UInt8])) -> Bool {
    a.0 != b.0 ? a.0 < b.0 : a.1.lexicographicallyPrecedes(b.1)
}
