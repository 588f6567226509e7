import ArgumentParser
import Foundation
import Rhetoric

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate every report from the corpus.",
        discussion: """
            Reports are written to a staging folder and swapped into place only when all of them \
            succeeded, so a failed or interrupted run leaves the previous reports intact. The output \
            folder is rhetoric's alone: a run refuses a folder it did not make, the corpus, or a \
            folder around or inside the corpus.

            Example:
              rhetoric run --corpus seeds --out reports --jobs 2
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the reports into (replaced as a whole).", valueName: "folder"))
    var out = "reports"

    @Flag(name: .long, help: "Start CSV files with a UTF-8 byte-order mark, for Excel on Windows.")
    var bom = false

    @Flag(name: .long, help: "Show no progress on stderr.")
    var quiet = false

    @OptionGroup var themes: ThemeOptions
    @OptionGroup var significance: SignificanceOptions

    @Option(name: .long, help: ArgumentHelp("α0, the scale of the Dirichlet prior of keyness's log-odds z-score.", valueName: "x"))
    var priorScale = KeynessStage.Options().priorScale

    @Option(name: .long, help: ArgumentHelp("Leave out pairs that share fewer sentences than this.", valueName: "n"))
    var minPairCount = Pipeline.AnalysisOptions().minimumPairCount

    @Option(name: .long, help: ArgumentHelp("Keep at most this many pairs per meeting (and for all) in cooccurrence.csv, the strongest by llr.", valueName: "n"))
    var maxPairs = Pipeline.AnalysisOptions().maximumPairs

    @Option(name: .long, help: ArgumentHelp("Leave out of trends.csv terms with a smaller total count.", valueName: "n"))
    var minTrendCount = Pipeline.AnalysisOptions().minimumTrendCount

    @Option(name: .long, help: ArgumentHelp("Write each step's wall time as JSON to this file (for make bench).", valueName: "file"))
    var timings: String?

    func validate() throws {
        try Limits.check("--prior-scale", priorScale, in: 1e-6...1e12)
        try Limits.check("--min-pair-count", minPairCount, in: 1...Int.max)
        try Limits.check("--min-trend-count", minTrendCount, in: 1...Int.max)
        try Limits.check("--max-pairs", maxPairs, in: 1...Int.max)
    }

    func run() throws {
        var options = corpus.pipeline()
        options.output = out
        options.bom = bom
        options.progress = !quiet
        options.segmentation = try segmentation.config()
        options.phrases = !segmentation.noPhrases
        options.analysis.keyness.priorScale = priorScale
        options.analysis.minimumPairCount = minPairCount
        options.analysis.minimumTrendCount = minTrendCount
        options.analysis.maximumPairs = maxPairs
        options.analysis.keyness.significance = significance.significance
        options.themes = try themes.list()
        options.concepts = try themes.conceptList()
        let measured = try Pipeline(options: options).run()
        if let timings {
            try Data(measured.json.utf8).write(to: URL(fileURLWithPath: timings))
        }
    }
}
