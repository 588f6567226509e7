/// The loaded corpus: every file's record, the documents counted, and the meetings they report on.
public struct Corpus: Sendable {
    /// Documents counted (status `ok`), ordered by meeting date, then file path.
    public var documents: [Document]
    /// Every file read, counted or not, ordered by meeting date (undated last), then file path.
    public var records: [DocumentRecord]
    /// Meetings of the counted documents, in date order.
    public var meetings: [Meeting]
    /// Messages for the user about files that were read but not (fully) counted.
    public var warnings: [String]

    /// Marks the later of two files with the same cleaned text as a duplicate (records in path
    /// order), and a file that shares 90% of its sentences with an earlier one of the same meeting
    /// (another outlet's copy of one agency story, or the same story in the other script), then
    /// groups the counted ones into meetings. Near-duplicates are never looked for across meetings,
    /// so the meetings are searched `jobs` at a time.
    public init(records: [DocumentRecord], jobs: Int = 1) {
        var records = records
        var seen: [[UInt8]: String] = [:]
        var byMeeting: [MeetingDate: [Int]] = [:]
        for index in records.indices where records[index].status == .ok {
            let fingerprint = records[index].fingerprint
            if let first = seen[fingerprint.digest] {
                records[index].status = .duplicate
                records[index].warnings.append("\(records[index].file): the same text as \(first); listed as duplicate and counted once")
                continue
            }
            seen[fingerprint.digest] = records[index].file
            if let date = records[index].meeting?.date { byMeeting[date, default: []].append(index) }
        }
        let read = records
        let nearDuplicates = Parallel.map(Array(byMeeting.values), jobs: jobs) { (indices: [Int]) -> [(index: Int, of: String)] in
            var earlier = NearDuplicates.Earlier()
            var found: [(index: Int, of: String)] = []
            for index in indices {
                let sentences = read[index].fingerprint.sentences
                if let original = earlier.original(of: sentences) {
                    found.append((index, original))
                } else {
                    earlier.add(read[index].file, sentences: sentences)
                }
            }
            return found
        }
        for (index, original) in nearDuplicates.joined() {
            records[index].status = .duplicate
            records[index].warnings.append("""
                \(records[index].file): shares \(Int(NearDuplicates.minimumShare * 100))% or more of its sentences with \(original) \
                (the same meeting); listed as duplicate and counted once
                """)
        }
        var byDate: [MeetingDate: Meeting] = [:]
        for record in records where record.status == .ok {
            let own = record.meeting!
            var meeting = byDate[own.date] ?? own
            if meeting.city.isEmpty { meeting.city = own.city }
            if meeting.label.isEmpty { meeting.label = own.label }
            byDate[own.date] = meeting
        }
        for index in records.indices {
            if let date = records[index].meeting?.date, let merged = byDate[date] { records[index].meeting = merged }
        }
        self.records = records.sorted { a, b in
            switch (a.meeting?.date, b.meeting?.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return Array(a.file.utf8).lexicographicallyPrecedes(Array(b.file.utf8))
            }
        }
        documents = self.records.filter { $0.status == .ok }.map { Document(file: $0.file, meeting: $0.meeting!, cleaned: $0.cleaned) }
        meetings = byDate.values.sorted()
        warnings = records.flatMap(\.warnings)
    }

    /// Reads and cleans every file of `source`, `jobs` at a time. Every problem (with the manifest
    /// and with each file) is collected and thrown together as ``InputErrors``, so one run lists
    /// them all.
    public static func load(_ source: CorpusSource, jobs: Int) throws(InputErrors) -> Corpus {
        let outcomes = Parallel.map(source.files, jobs: jobs, worker: { Cleaner(options: source.cleaning) }) {
            (cleaner: Cleaner, file: CorpusFile) -> Result<DocumentRecord, RhetoricError> in
            Result { () throws(RhetoricError) in try source.load(file, cleaner: cleaner) }
        }
        let records = try InputErrors.values(outcomes, of: source)
        return Corpus(records: records, jobs: jobs)
    }
}
