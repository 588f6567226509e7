import ArgumentParser
import Foundation
import Rhetoric

struct Partials: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the partials of the corpus's files (or of one part of them) into one file, for merge.",
        discussion: """
            A partial is what one file contributes to the reports: its record, its cleaned text and \
            its sentences as terms. Partials made on several machines, each over a part of the \
            corpus, give with `rhetoric merge` the reports one run over all the files gives. The \
            format is in the README (Partials and merge).

            Example:
              rhetoric partials --corpus seeds --part 1/2 --out first.partials
              rhetoric partials --corpus seeds --part 2/2 --out second.partials
              rhetoric merge first.partials second.partials --corpus seeds --out reports
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    @Option(name: .long, help: ArgumentHelp("Only the k-th of n equal runs of the corpus's files in path order (default: all).", valueName: "k/n"))
    var part: String?

    @Option(name: [.short, .long], help: ArgumentHelp("The partials file to write.", valueName: "file"))
    var out: String

    func validate() throws {
        _ = try range(of: 0)
    }

    /// The indices of part `k/n` of `count` files.
    func range(of count: Int) throws -> Range<Int> {
        guard let part else { return 0..<count }
        let numbers = part.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 2, let k = numbers[0], let n = numbers[1], 1 <= k, k <= n, n <= 1_000_000 else {
            throw ValidationError("--part takes k/n with 1 ≤ k ≤ n (1/2, 2/2), not '\(part)'")
        }
        return (k - 1) * count / n ..< k * count / n
    }

    func run() throws {
        let settings = try corpus.settings()
        var options = corpus.pipeline()
        options.segmentation = try segmentation.config(settings)
        options.phrases = segmentation.usesPhrases(settings)
        let pipeline = Pipeline(options: options)
        let (bytes, count) = try pipeline.partialsFile { files in try range(of: files.count) }
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        warn("\(count) files' partials written to \(out)")
    }
}
