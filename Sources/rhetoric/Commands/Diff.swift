import ArgumentParser
import Rhetoric

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two meetings, years or periods: key rises and falls, themes, concepts, new and gone terms.",
        discussion: """
            A and B are meeting ids (2023-03-21), years (2023) or ranges of years (2013-2022); a year \
            or range pools its meetings. Rates are per 10,000 tokens; g2 is the signed \
            log-likelihood of B against A. Only key changes are listed: significant after \
            Bonferroni correction over the corpus's terms, frequent enough (--min-key-count) and \
            large enough (--min-log-ratio). A side with fewer than 2,000 terms is said to be \
            indicative.

            Examples:
              rhetoric diff 2023 2025
              rhetoric diff 2013-2022 2023-2026 --speaker xi
              rhetoric diff 2022-02-04 2026-05-20 --top 30 --csv > changes.csv
            """
    )

    @Argument(help: ArgumentHelp("The earlier side: a meeting id, a year or a range of years.", valueName: "from"))
    var before: String

    @Argument(help: ArgumentHelp("The later side: a meeting id, a year or a range of years.", valueName: "to"))
    var after: String

    @Option(name: .long, help: ArgumentHelp("How many rows to show in each list.", valueName: "n"))
    var top = 15

    @Option(name: .long, help: ArgumentHelp("Compare one speaker's words only (an id of the speakers file, a side, joint or narration).", valueName: "id"))
    var speaker: String?

    @Flag(name: .long, help: "Write every term's row as CSV (the columns of shifts.csv) instead of the tables.")
    var csv = false

    @OptionGroup var significance: SignificanceOptions
    @OptionGroup var themes: ThemeOptions
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func validate() throws {
        try Limits.check("--top", top, in: 1...Int.max)
    }

    func run() throws {
        let settings = try corpus.settings()
        let (loaded, segmented) = try Pipeline(options: try queryOptions(corpus, segmentation, settings)).load()
        let tables = AnalysisTables(corpus: loaded, segmented: segmented)
        let a: [Int], b: [Int]
        do {
            a = try DiffStage.meetings(before, in: tables)
            b = try DiffStage.meetings(after, in: tables)
        } catch {
            throw UsageError("\(error.file): \(error.message)")
        }
        var speakerIndex: Int? = nil
        if let speaker {
            guard let index = tables.speakers.firstIndex(of: speaker) else {
                throw UsageError("--speaker \(speaker): no such speaker; the speakers are \(tables.speakers.joined(separator: ", "))")
            }
            speakerIndex = index
        }
        let rule = try significance.significance(settings)
        let rows = DiffStage.terms(before: a, after: b, speaker: speakerIndex, tables: tables, significance: rule)
        if csv {
            print(String(decoding: StageReports.shifts(rows, tables) { $0 == 0 ? before : after }, as: UTF8.self), terminator: "")
            return
        }
        let themeList = try themes.list(settings), conceptList = try themes.conceptList(settings)
        let sides = DiffReport.Sides(before: before, after: after, meetings: (a, b), speaker: speaker, significance: rule)
        print(DiffReport.text(sides, rows: rows,
                              themes: DiffStage.themes(before: a, after: b, speaker: speakerIndex, tables: tables, themes: themeList),
                              themeList: themeList,
                              concepts: DiffStage.themes(before: a, after: b, speaker: speakerIndex, tables: tables, themes: conceptList),
                              conceptList: conceptList, tables: tables, top: top), terminator: "")
    }
}

/// Pipeline options for the query commands: no progress, with the given corpus, its settings and
/// the segmentation.
func queryOptions(_ corpus: CorpusOptions, _ segmentation: SegmentationOptions, _ settings: ProjectSettings) throws -> Pipeline.Options {
    var options = corpus.pipeline()
    options.progress = false
    options.segmentation = try segmentation.config(settings)
    options.phrases = segmentation.usesPhrases(settings)
    return options
}
