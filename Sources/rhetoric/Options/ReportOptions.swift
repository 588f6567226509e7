import ArgumentParser
import Foundation
import Rhetoric

/// Where and how the reports are written, and the analysis options: shared by `run` and `merge`,
/// which write the same reports from files or from partials.
struct ReportOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write the reports into (replaced as a whole).", valueName: "folder"))
    var out = "reports"

    @Flag(name: .long, help: "Start CSV files with a UTF-8 byte-order mark, for Excel on Windows.")
    var bom = false

    @Flag(name: [.short, .long], help: "Show no progress bar and no closing summary on stderr.")
    var quiet = false

    @OptionGroup var themes: ThemeOptions
    @OptionGroup var significance: SignificanceOptions

    @Option(name: .long, help: ArgumentHelp("α0, the scale of the Dirichlet prior of keyness's log-odds z-score (default: \(Int(KeynessStage.Options().priorScale))).", valueName: "x"))
    var priorScale: Double?

    @Option(name: .long, help: ArgumentHelp("Leave out pairs that share fewer sentences than this (default: \(Pipeline.AnalysisOptions().minimumPairCount)).", valueName: "n"))
    var minPairCount: Int?

    @Option(name: .long, help: ArgumentHelp("Keep at most this many pairs per meeting (and for all) in cooccurrence.csv, the strongest by llr (default: \(Pipeline.AnalysisOptions().maximumPairs)).", valueName: "n"))
    var maxPairs: Int?

    @Option(name: .long, help: ArgumentHelp("Leave out of trends.csv terms with a smaller total count (default: \(Pipeline.AnalysisOptions().minimumTrendCount)).", valueName: "n"))
    var minTrendCount: Int?

    @Option(name: .long, help: ArgumentHelp("Write each step's wall time as JSON to this file (for make bench).", valueName: "file", visibility: .hidden))
    var timings: String?

    func validate() throws {
        try check(priorScale, minPairCount, minTrendCount, maxPairs)
    }

    private func check(_ priorScale: Double?, _ minPairCount: Int?, _ minTrendCount: Int?, _ maxPairs: Int?) throws {
        if let priorScale { try Limits.check("--prior-scale", priorScale, in: 1e-6...1e12) }
        if let minPairCount { try Limits.check("--min-pair-count", minPairCount, in: 1...Int.max) }
        if let minTrendCount { try Limits.check("--min-trend-count", minTrendCount, in: 1...Int.max) }
        if let maxPairs { try Limits.check("--max-pairs", maxPairs, in: 1...Int.max) }
    }

    /// Pipeline options for the corpus and segmentation given, with these report and analysis
    /// options (the command line's, else the settings', else the defaults).
    func pipeline(_ corpus: CorpusOptions, _ segmentation: SegmentationOptions) throws -> Pipeline.Options {
        let settings = try corpus.settings()
        var options = corpus.pipeline()
        options.output = out
        options.bom = bom
        options.progress = !quiet
        options.segmentation = try segmentation.config(settings)
        options.phrases = segmentation.usesPhrases(settings)
        var analysis = options.analysis
        analysis.keyness.priorScale = priorScale ?? settings.priorScale ?? analysis.keyness.priorScale
        analysis.minimumPairCount = minPairCount ?? settings.minPairCount ?? analysis.minimumPairCount
        analysis.minimumTrendCount = minTrendCount ?? settings.minTrendCount ?? analysis.minimumTrendCount
        analysis.maximumPairs = maxPairs ?? settings.maxPairs ?? analysis.maximumPairs
        try check(analysis.keyness.priorScale, analysis.minimumPairCount, analysis.minimumTrendCount, analysis.maximumPairs)
        analysis.keyness.significance = try significance.significance(settings)
        options.analysis = analysis
        options.themes = try themes.list(settings)
        options.concepts = try themes.conceptList(settings)
        options.inputFiles = ([("settings", settings.path)].compactMap { role, path in path.map { (role, $0) } }
            + segmentation.files(settings) + themes.files(settings)).map { Pipeline.InputFile(role: $0.role, path: $0.path) }
        return options
    }

    /// The closing line (unless quiet) and the timings file (if asked for).
    func report(_ outcome: Pipeline.Outcome) throws {
        if !quiet { FileHandle.standardError.write(Data((outcome.line(output: out) + "\n").utf8)) }
        if let timings {
            try Data(outcome.timings.json.utf8).write(to: URL(fileURLWithPath: timings))
        }
    }
}
