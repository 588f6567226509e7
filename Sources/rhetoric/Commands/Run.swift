import ArgumentParser
import Rhetoric

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate every report from the corpus.",
        discussion: """
            Reports are written to a staging folder and swapped into place only when all of them \
            succeeded, so a failed or interrupted run leaves the previous reports intact. The output \
            folder is rhetoric's alone: a run refuses a folder it did not make, the corpus, or a \
            folder around or inside the corpus. Each file's cleaned and segmented form (its partial) \
            is cached, so the next run redoes only the files that changed.

            Example:
              rhetoric run --corpus seeds --out reports --jobs 2
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions
    @OptionGroup var reports: ReportOptions

    func run() throws {
        let options = try reports.pipeline(corpus, segmentation)
        try reports.report(try Pipeline(options: options).run())
    }
}
