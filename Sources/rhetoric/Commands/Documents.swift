import ArgumentParser
import Rhetoric

struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the corpus documents with their meeting, title and cleaning counts, as CSV.",
        discussion: """
            Example:
              rhetoric documents --corpus seeds
            """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var options = corpus.pipeline()
        options.progress = false
        print(DocumentsReport.csv(try Pipeline(options: options).loadCorpus()), terminator: "")
    }
}
