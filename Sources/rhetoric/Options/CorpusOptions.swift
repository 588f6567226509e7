import ArgumentParser
import Rhetoric

/// Which corpus to read, and how many documents at once.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of reports to read, with its meetings.csv.", valueName: "folder"))
    var corpus = "seeds"

    @Option(name: .long, help: ArgumentHelp("How many documents to process at once, 1 to \(Limits.jobs) (default: the number of cores).", valueName: "n"))
    var jobs = System.coreCount

    @Flag(name: .long, help: "Also note the files that are not read (other extensions, reports folders).")
    var verbose = false

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        try Limits.check("--jobs", jobs, in: 1...Limits.jobs)
    }

    /// Pipeline options for this corpus.
    func pipeline() -> Pipeline.Options {
        var options = Pipeline.Options()
        options.corpus = corpus
        options.jobs = jobs
        options.decoding = reading.decoding
        options.cleaning = reading.cleaning
        options.verbose = verbose
        return options
    }
}
