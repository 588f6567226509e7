/// Hand corrections of speakers (`--speaker-overrides FILE`): a CSV of `file,sentence_start,speaker`.
/// The sentence of `file` (its path in the corpus) whose text starts with `sentence_start` is
/// `speaker`'s, and the speech goes on from it as after a cue. Applied during segmentation, so every
/// count and query sees them; listed in `summary.json`. An override that matches no sentence is an
/// error naming its line.
public struct SpeakerOverrides: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The line of the overrides file.
        public var line: Int
        public var file: String
        public var sentenceStart: String
        public var speaker: String
        /// The index into the speaker ids.
        var speakerIndex: Int
        var units: [UInt16]
    }

    public private(set) var entries: [Entry] = []
    /// Where the overrides came from, for errors.
    public private(set) var source = ""

    public init() {}

    public static let header = ["file", "sentence_start", "speaker"]

    /// Parses an overrides file against the speakers it may name; every problem is listed.
    public init(parsing text: String, file: String, speakers: SpeakerList) throws(InputErrors) {
        source = file
        let table: CSVTable
        do { table = try CSVTable(parsing: text, file: file) } catch { throw InputErrors([error], manifestPath: "") }
        guard table.header.map({ $0.trimmingSpaces() }) == SpeakerOverrides.header else {
            throw InputErrors([RhetoricError(file: file, line: 1, "the header must be \(SpeakerOverrides.header.joined(separator: ","))")], manifestPath: "")
        }
        var problems: [RhetoricError] = []
        for row in table.rows {
            guard row.fields.count == 3 else {
                problems.append(RhetoricError(file: file, line: row.line, "needs 3 fields (file,sentence_start,speaker), has \(row.fields.count)"))
                continue
            }
            let start = TextNormalizer.normalize(row.fields[1])
            let speaker = row.fields[2].trimmingSpaces()
            guard !start.isEmpty else {
                problems.append(RhetoricError(file: file, line: row.line, "sentence_start is empty"))
                continue
            }
            guard let index = speakers.ids.firstIndex(of: speaker) else {
                problems.append(RhetoricError(file: file, line: row.line, "unknown speaker '\(speaker)'; the speakers are \(speakers.ids.joined(separator: ", "))"))
                continue
            }
            entries.append(Entry(line: row.line, file: row.fields[0].trimmingSpaces(), sentenceStart: start, speaker: speaker,
                                 speakerIndex: index, units: Array(start.utf16)))
        }
        guard problems.isEmpty else { throw InputErrors(problems, manifestPath: "") }
    }

    /// The entries for one corpus file.
    func entries(for file: String?) -> [Entry] {
        guard let file else { return [] }
        return entries.filter { $0.file == file }
    }

    /// The errors for the entries no sentence matched, given the lines that did.
    func unmatched(_ matched: Set<Int>) -> [RhetoricError] {
        entries.filter { !matched.contains($0.line) }.map {
            RhetoricError(file: source, line: $0.line, "no sentence of \($0.file) starts with '\($0.sentenceStart)'")
        }
    }
}
