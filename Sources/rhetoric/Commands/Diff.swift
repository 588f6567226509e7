import ArgumentParser
import Rhetoric

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two meetings or years: terms and themes that rose and fell, the new and the gone.",
        discussion: """
            A and B are meeting ids (2023-03-21) or years (2023); a year with several meetings pools \
            them. Rates are per 10,000 tokens; g2 is the signed log-likelihood of B against A.

            Examples:
              rhetoric diff 2023 2025
              rhetoric diff 2022-02-04 2026-05-20 --top 30 --csv > changes.csv
            """
    )

    @Argument(help: ArgumentHelp("The earlier side: a meeting id or a year.", valueName: "from"))
    var before: String

    @Argument(help: ArgumentHelp("The later side: a meeting id or a year.", valueName: "to"))
    var after: String

    @Option(name: .long, help: ArgumentHelp("How many terms to show in each list.", valueName: "n"))
    var top = 15

    @Flag(name: .long, help: "Write every term's row as CSV (the columns of shifts.csv) instead of the tables.")
    var csv = false

    @OptionGroup var themes: ThemeOptions
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func validate() throws {
        try Limits.check("--top", top, in: 1...Int.max)
    }

    func run() throws {
        let (loaded, segmented) = try Pipeline(options: try queryOptions(corpus, segmentation)).load()
        let tables = AnalysisTables(corpus: loaded, segmented: segmented)
        let a: [Int], b: [Int]
        do {
            a = try DiffStage.meetings(before, in: tables)
            b = try DiffStage.meetings(after, in: tables)
        } catch {
            throw UsageError("\(error.file): \(error.message)")
        }
        let rows = DiffStage.terms(before: a, after: b, tables: tables)
        if csv {
            print(StageReports.shifts(rows, tables) { $0 == 0 ? before : after }, terminator: "")
            return
        }
        let list = try themes.list()
        print(DiffReport.text(before: before, after: after, pooled: (a, b), rows: rows,
                              themes: DiffStage.themes(before: a, after: b, tables: tables, themes: list),
                              themeList: list, tables: tables, top: top), terminator: "")
    }
}

/// Pipeline options for the query commands: no progress, with the given corpus and segmentation.
func queryOptions(_ corpus: CorpusOptions, _ segmentation: SegmentationOptions) throws -> Pipeline.Options {
    var options = corpus.pipeline()
    options.progress = false
    options.segmentation = try segmentation.config()
    options.phrases = !segmentation.noPhrases
    return options
}
