import ArgumentParser
import Rhetoric

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every report from partials files (rhetoric partials), as one run over their files would.",
        discussion: """
            The settings (word lists, speakers, phrases, options) are the corpus folder's, as for \
            run; each partials file must have been made under the same ones. The reports equal \
            those of `rhetoric run` over all the files, byte for byte, however the corpus was split.

            Example:
              rhetoric merge first.partials second.partials --corpus seeds --out reports
            """
    )

    @Argument(help: ArgumentHelp("The partials files, in any order.", valueName: "partials-file"))
    var partials: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions
    @OptionGroup var reports: ReportOptions

    func validate() throws {
        if partials.isEmpty { throw ValidationError("give at least one partials file") }
    }

    func run() throws {
        let options = try reports.pipeline(corpus, segmentation)
        try reports.report(try Pipeline(options: options).merge(partials))
    }
}
