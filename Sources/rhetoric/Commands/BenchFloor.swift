import ArgumentParser
import Rhetoric

struct BenchFloor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-floor",
        abstract: "Time ICU's word iterator alone over the cleaned corpus: the floor make bench compares against.",
        discussion: """
            Loads and cleans the corpus (untimed), then iterates ICU's word boundaries over every \
            paragraph on --jobs workers and prints the seconds as JSON.

            Example:
              rhetoric bench-floor --corpus /tmp/rhetoric-bench/1000 --jobs 2
            """,
        shouldDisplay: false
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var options = corpus.pipeline()
        options.progress = false
        let loaded = try Pipeline(options: options).loadCorpus()
        let (seconds, words) = try Floor.measure(loaded, jobs: options.jobs)
        print(JSONValue.object(["seconds": .decimal(seconds), "words": .int(words)]).rendered(), terminator: "")
    }
}
