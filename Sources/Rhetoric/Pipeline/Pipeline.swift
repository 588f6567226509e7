/// A full run: load and clean the corpus, compute every report, write them all or none.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        public var corpus: String = "seeds"
        public var output: String = "reports"
        public var jobs: Int = System.coreCount
        public var bom = false
        public var segmentation = SegmentationConfig.defaults()

        public init() {}
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// The reports for `corpus`, as (file name, contents) in a fixed order.
    public func reports(for corpus: Corpus, segmented: SegmentedCorpus) -> [(name: String, contents: String)] {
        [
            (DocumentsReport.fileName, DocumentsReport.csv(corpus)),
            (PhrasesReport.fileName, PhrasesReport.csv(segmented)),
        ]
    }

    /// Runs everything and replaces the output folder. Nothing is written if any step fails.
    public func run() throws(RhetoricError) {
        let corpus = try Corpus.load(try CorpusSource(directory: options.corpus), jobs: options.jobs)
        let segmented = try SegmentedCorpus.build(corpus, config: options.segmentation, jobs: options.jobs)
        try ReportWriter.write(reports(for: corpus, segmented: segmented), to: options.output, bom: options.bom)
    }
}
