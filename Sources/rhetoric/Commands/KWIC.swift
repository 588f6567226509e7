import ArgumentParser
import Rhetoric

struct KWIC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Show every occurrence of a term in context, with its meeting and speaker.",
        discussion: """
            The term is found through segmentation, so it matches only where it is a whole term \
            (构建 is not found inside another word). Context does not cross paragraphs.

            Examples:
              rhetoric kwic 多极化
              rhetoric kwic 构建 --meeting 2026-05-20 --speaker xi --width 15
              rhetoric kwic 二战 --csv > ww2.csv
            """
    )

    @Argument(help: ArgumentHelp("The term to look for.", valueName: "term"))
    var term: String

    @Option(name: .long, help: ArgumentHelp("Only this meeting (its id).", valueName: "id"))
    var meeting: String?

    @Option(name: .long, help: ArgumentHelp("Only this speaker (an id from the speakers file, or joint, narration).", valueName: "id"))
    var speaker: String?

    @Option(name: .long, help: ArgumentHelp("Characters of context on each side, 1 to \(Limits.width).", valueName: "n"))
    var width = 20

    @Flag(name: .long, help: "Write CSV (meeting,speaker,file,left,term,right) instead of aligned text.")
    var csv = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func validate() throws {
        try Limits.check("--width", width, in: 1...Limits.width)
    }

    func run() throws {
        let (loaded, segmented) = try Pipeline(options: try queryOptions(corpus, segmentation)).load()
        var meetingDate: MeetingDate? = nil
        if let meeting {
            guard let found = loaded.meetings.first(where: { $0.id == meeting }) else {
                throw UsageError("no meeting \(meeting); the meetings are \(loaded.meetings.map(\.id).joined(separator: ", "))")
            }
            meetingDate = found.date
        }
        let ids = segmented.config.speakers.ids
        var speakerIndex: Int? = nil
        if let speaker {
            guard let found = ids.firstIndex(of: speaker) else {
                throw UsageError("no speaker \(speaker); the speakers are \(ids.joined(separator: ", "))")
            }
            speakerIndex = found
        }
        let normalized = TextNormalizer.normalize(term)
        let lines = try Concordance.lines(of: normalized, corpus: loaded, segmented: segmented, width: width,
                                          meeting: meetingDate, speaker: speakerIndex)
        if csv {
            var writer = CSVWriter(header: ["meeting", "speaker", "file", "left", "term", "right"])
            for line in lines { writer.appendRow([line.meeting, line.speaker, line.file, line.left, line.term, line.right]) }
            print(writer.text, terminator: "")
        } else {
            print(ConcordanceReport.text(lines, width: width), terminator: "")
        }
        if lines.isEmpty {
            warn("No occurrences of \(normalized) as a term.")
        }
    }
}
