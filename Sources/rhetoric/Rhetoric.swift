import ArgumentParser
import Foundation
import Rhetoric

@main
struct RhetoricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rhetoric",
        abstract: "Measure how the rhetoric of Xi–Putin summits differs and shifts, from Chinese-language reports.",
        discussion: """
            Reads the reports in a corpus folder (default: seeds), cleans them, and writes CSV and JSON \
            reports comparing the meetings.

            Example:
              rhetoric run --corpus seeds --out reports
            """,
        subcommands: [Run.self, Documents.self, Clean.self]
    )

    /// Parses and runs a command. Input problems exit 1 with a message naming the file; usage
    /// errors exit 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as RhetoricError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of reports to read, with its meetings.csv.")
    var corpus = "seeds"

    @Option(name: .long, help: "How many documents to process at once (default: the number of cores).")
    var jobs = System.coreCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate every report from the corpus.",
        discussion: """
            Reports are written to a temporary folder and moved into place only when all of them \
            succeeded, so a failed run leaves the previous reports intact.

            Example:
              rhetoric run --corpus seeds --out reports --jobs 2
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "The folder to write the reports into (replaced as a whole).")
    var out = "reports"

    @Flag(name: .long, help: "Start CSV files with a UTF-8 byte-order mark, for Excel on Windows.")
    var bom = false

    func run() throws {
        var options = Pipeline.Options()
        options.corpus = corpus.corpus
        options.output = out
        options.jobs = corpus.jobs
        options.bom = bom
        try Pipeline(options: options).run()
    }
}

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
        let loaded = try Corpus.load(try CorpusSource(directory: corpus.corpus), jobs: corpus.jobs)
        print(DocumentsReport.csv(loaded), terminator: "")
    }
}

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the cleaned body of one document, one paragraph per line.",
        discussion: """
            Headings are marked with "# ". Captions, datelines, bylines, metadata, site chrome and \
            repeated paragraphs are gone; hard-wrapped lines are joined.

            Example:
              rhetoric clean seeds/000_54381d582db1526f.txt
            """
    )

    @Argument(help: "The document to clean (.txt, .md, .html or .htm).")
    var file: String

    func run() throws {
        let bytes = try [UInt8](contentsOfFile: file)
        let text = try SourceText.decode(bytes, file: file)
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        print(try Cleaner().clean(text, format: format, file: file).text, terminator: "")
    }
}

extension Array where Element == UInt8 {
    init(contentsOfFile path: String) throws(RhetoricError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RhetoricError(file: path, "cannot be read")
        }
        self = [UInt8](data)
    }
}
