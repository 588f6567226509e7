import ArgumentParser
import Rhetoric

/// Which corpus to read, and how many documents at once.
struct CorpusOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("The folder of reports to read, with its meetings.csv.", valueName: "folder"))
    var corpus = "seeds"

    @Option(name: [.short, .long], help: ArgumentHelp("How many documents to process at once, 1 to \(Limits.jobs) (default: the number of cores, here \(System.coreCount)).", valueName: "n"))
    var jobs: Int?

    @Flag(name: [.short, .long], help: "Also note the files that are not read (other extensions, reports folders).")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("The folder that keeps each file's cleaned and segmented form between runs.", valueName: "folder"))
    var cache = CacheFolder.defaultFolder

    @Option(name: .long, help: ArgumentHelp("The most the cache keeps after a run, in megabytes: the entries used least recently go first, never this run's (default: \(CacheFolder.defaultLimit >> 20)).", valueName: "MB"))
    var cacheLimit: Int?

    @Flag(name: .long, help: "Neither read nor write the cache: clean and segment every file afresh.")
    var noCache = false

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        if let jobs { try Limits.check("--jobs", jobs, in: 1...Limits.jobs) }
        if let cacheLimit { try Limits.check("--cache-limit", cacheLimit, in: 0...Limits.cacheMegabytes) }
    }

    /// The corpus folder's `rhetoric.yaml` (empty settings when it has none).
    func settings() throws -> ProjectSettings {
        try ProjectSettings.load(corpus: corpus)
    }

    /// Pipeline options for this corpus.
    func pipeline() -> Pipeline.Options {
        var options = Pipeline.Options()
        options.corpus = corpus
        options.jobs = jobs ?? System.coreCount
        options.decoding = reading.decoding
        options.cleaning = reading.cleaning
        options.verbose = verbose
        options.cache = noCache ? nil : cache
        if let cacheLimit { options.cacheLimit = cacheLimit << 20 }
        return options
    }
}
