import ArgumentParser
import Foundation
import Rhetoric

struct KWIC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Show every occurrence of a term in context, with its meeting and speaker.",
        discussion: """
            The term is found through segmentation, so it matches only where it is a whole term \
            (构建 is not found inside another word); when it also stands inside longer terms, a note \
            says which and how often. --contains finds every term holding the text, --regex every \
            term a regular expression matches. Context does not cross paragraphs.

            Examples:
              rhetoric kwic 多极化
              rhetoric kwic 构建 --meeting 2026-05-20 --speaker xi --width 15
              rhetoric kwic 关税 --contains --sort left
              rhetoric kwic '条约$' --regex --csv > treaty.csv
            """
    )

    @Argument(help: ArgumentHelp("The term to look for (with --contains, text within terms; with --regex, a pattern).", valueName: "term"))
    var term: String

    @Flag(name: .long, help: "Find every term that contains the text (关税: 关税, 高关税, 加征关税).")
    var contains = false

    @Flag(name: .long, help: "Read the term as an ICU regular expression matched within each term ('条约$').")
    var regex = false

    @Option(name: .long, help: "Order the lines: text (as in the corpus), left or right (by the context on that side).")
    var sort: Concordance.Order = .text

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
        if contains && regex { throw ValidationError("--contains and --regex cannot be used together") }
    }

    /// The query the options describe.
    func query(_ normalized: String) throws -> Concordance.Query {
        if contains { return .contains(normalized) }
        guard regex else { return .term(normalized) }
        do {
            return .regex(try NSRegularExpression(pattern: term))
        } catch {
            throw ValidationError("--regex: '\(term)' is not a regular expression")
        }
    }

    func run() throws {
        let (loaded, segmented) = try Pipeline(options: try queryOptions(corpus, segmentation, try corpus.settings())).load()
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
        let lines = Concordance.lines(of: try query(normalized), corpus: loaded, segmented: segmented, width: width,
                                      meeting: meetingDate, speaker: speakerIndex, order: sort)
        if csv {
            var writer = CSVWriter(header: ["meeting", "speaker", "file", "left", "term", "right"])
            for line in lines { writer.appendRow([line.meeting, line.speaker, line.file, line.left, line.term, line.right]) }
            print(writer.text, terminator: "")
        } else {
            print(ConcordanceReport.text(lines, width: width), terminator: "")
        }
        if lines.isEmpty {
            warn("No occurrences of \(normalized) as \(contains || regex ? "part of a term" : "a term").")
        }
        if !contains && !regex {
            let longer = Concordance.longerTerms(containing: normalized, segmented: segmented)
            if !longer.isEmpty {
                let listed = longer.prefix(10).map { "\($0.term) (\($0.count))" }.joined(separator: ", ")
                warn("\(normalized) also stands inside \(longer.count == 1 ? "a longer term" : "\(longer.count) longer terms"): \(listed)\(longer.count > 10 ? ", …" : ""); --contains shows them.")
            }
        }
    }
}

extension Concordance.Order: ExpressibleByArgument {}
