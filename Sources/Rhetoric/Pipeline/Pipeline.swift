import CSystem
import Foundation

/// A full run: load and clean the corpus, segment it, build the tables, run the analysis stages
/// concurrently and write every report, or none.
///
/// This is where all concurrency is arranged: documents are cleaned, then segmented, `jobs` at a
/// time; the co-occurrence stage then counts its meetings on every worker, and the frequency,
/// keyness, trend and other stages run side by side, all over the immutable ``AnalysisTables``.
/// Every step returns its results in a fixed order, so the reports are byte-identical whatever
/// `jobs` is.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        public var corpus: String = "seeds"
        public var output: String = "reports"
        public var jobs: Int = System.coreCount
        public var bom = false
        /// Show progress on a terminal.
        public var progress = false
        /// Print warnings (files listed but not counted, lossy decoding) on stderr.
        public var warnings = true
        /// Also note the files that are not read.
        public var verbose = false
        public var decoding = SourceText.Options()
        public var cleaning = Cleaner.Options()
        public var segmentation = SegmentationConfig.defaults()
        /// Count the corpus's phrases (its phrases file) as single terms.
        public var phrases = true
        public var analysis = AnalysisOptions()
        public var themes = ThemeList.defaults
        /// Concept groups: a concept's variants counted together (`concepts.csv`).
        public var concepts = ThemeList.concepts
        /// The user's files that shaped the run (settings, lexicons, themes, …), which
        /// `summary.json` lists with their hashes beside the corpus's own manifest and phrases.
        public var inputFiles: [InputFile] = []
        /// Where partials are kept between runs (``PartialCache``); nil for none.
        public var cache: String?
        /// The most the cache's entries take after a run, in bytes (``CacheFolder/prune(limit:usedSince:)``).
        public var cacheLimit = CacheFolder.defaultLimit

        public init() {}
    }

    /// Parameters of the analysis stages.
    public struct AnalysisOptions: Sendable, Equatable {
        public var keyness = KeynessStage.Options()
        /// Pairs sharing fewer sentences are left out of `cooccurrence.csv` (`--min-pair-count`).
        public var minimumPairCount = 2
        /// At most this many pairs per meeting (and for all) in `cooccurrence.csv` (`--max-pairs`).
        public var maximumPairs = 5000
        /// Terms with a smaller total are left out of `trends.csv` (`--min-trend-count`).
        public var minimumTrendCount = 5

        public init() {}
    }

    /// A file a run read besides the documents, and what it was for.
    public struct InputFile: Sendable, Equatable {
        public var role: String
        public var path: String

        public init(role: String, path: String) {
            self.role = role
            self.path = path
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// What a run did, for the line the command prints at the end and for `make bench`.
    public struct Outcome: Sendable {
        public var documents: Int
        public var meetings: Int
        /// Terms counted (tokens) and sentences, over all documents.
        public var terms: Int
        public var sentences: Int
        /// Files written into the output folder.
        public var files: Int
        /// The wall time of each step.
        public var timings: Timings

        /// `5 documents of 5 meetings, 3931 terms in 255 sentences: 18 files written to reports in 0.3 s`
        /// (`1 document of 1 meeting` for one).
        public func line(output: String) -> String {
            let seconds = timings.steps.reduce(0) { $0 + $1.seconds }
            let count = { (number: Int, noun: String) in "\(number) \(noun)\(number == 1 ? "" : "s")" }
            return "\(count(documents, "document")) of \(count(meetings, "meeting")), \(count(terms, "term")) in "
                + "\(count(sentences, "sentence")): \(count(files, "file")) written to \(output) in \(Format.decimal(seconds, places: 1)) s"
        }
    }

    /// Runs everything and replaces the output folder. Nothing is written if any step fails, and
    /// the folder must be one a run may replace (see ``OutputFolder``). On a terminal (with
    /// `progress`), a bar follows the phases.
    @discardableResult
    public func run() throws -> Outcome {
        let progress = Progress.onTerminal(enabled: options.progress)
        defer { progress?.finish() }
        let started = Int(time(nil))
        return try staged { (staging, spill) in
            var timings = Timings()
            // The cache is pruned once, after the workbook's pieces are kept: each pruning looks at
            // every entry, tens of thousands in a cache in use.
            let (corpus, segmented) = try load(timings: &timings, progress: progress, spill: spill, prune: false)
            return try write(corpus: consume corpus, segmented: consume segmented, into: staging, spill: spill,
                             timings: timings, progress: progress, started: started)
        }
    }

    /// Writes the reports from partials files (`rhetoric partials`) as ``run()`` would from the files
    /// they were made of. Each must have been made under this run's settings (``PartialSettings``).
    @discardableResult
    public func merge(_ files: [String]) throws -> Outcome {
        let config = try segmentationConfig()
        let settings = PartialSettings.hash(options, segmentation: config)
        let started = Int(time(nil))
        return try staged { (staging, spill) in
            var timings = Timings()
            var partials: [DocumentPartial]? = try timings.measure("read_partials") { () throws(RhetoricError) -> [DocumentPartial] in
                var partials: [DocumentPartial] = []
                for file in files {
                    let made = try PartialsFile.decode(try FileBytes.read(file), file: file, speakers: config.speakers.ids.count)
                    guard made.settings == settings else {
                        throw RhetoricError(file: file, """
                            made under other settings (word lists, speakers, overrides, phrases, reading or \
                            segmentation options) than this merge's: make it again with this corpus's settings
                            """)
                    }
                    for var partial in made.partials {
                        try spill.add(SentencesReport.rows(of: partial, speakers: config.speakers.ids)[...], of: partial.record.file)
                        partial.record.cleaned.releaseText()
                        partials.append(partial)
                    }
                }
                return partials
            }
            let (corpus, segmented) = try timings.measure("merge") { () throws(RhetoricError) in
                try PartialsMerge.corpus(partials.take()!, config: config, trie: SharedTrie(config), jobs: options.jobs)
            }
            warn(corpus)
            return try write(corpus: consume corpus, segmented: consume segmented, into: staging, spill: spill,
                             timings: timings, progress: nil, started: started)
        }
    }

    /// Runs `body` with a staging folder for the reports (see ``ReportStaging``) and a
    /// ``SentenceSpill`` in it; deletes the folder if `body` fails, leaving the old reports as
    /// they were.
    private func staged(_ body: (ReportStaging, SentenceSpill) throws -> Outcome) throws -> Outcome {
        let folder = OutputFolder(options.output)
        try folder.check(corpus: options.corpus)
        let staging = try ReportStaging(folder, bom: options.bom)
        do {
            let spill = try SentenceSpill(path: staging.path(of: ".sentences.tmp"))
            return try body(staging, spill)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// A partials file (``PartialsFile``) of the corpus's files that `select` picks from all of them
    /// in path order, and how many it holds.
    public func partialsFile(_ select: ([CorpusFile]) throws -> Range<Int>) throws -> (bytes: [UInt8], count: Int) {
        var source = try corpusSource()
        source.files = Array(source.files[try select(source.files)])
        let config = try segmentationConfig()
        let settings = PartialSettings.hash(options, segmentation: config)
        let made = try partials(source, config: config, settings: settings, trie: SharedTrie(config))
        return (PartialsFile.encode(made, settings: settings), made.count)
    }

    /// Analyses a loaded corpus and replaces the output folder with every report (the caller
    /// deletes `staging` if this throws). Each report goes into the staging folder as soon as it is
    /// rendered (no run holds them all); the segmented corpus is let go once the tables are built,
    /// and the workbook is made from the files written there once the corpus and its tables are let
    /// go too, its pieces read from and kept in the cache; pruning the cache after it spares what was
    /// used since a minute before `started` (the run's start, in seconds since 1970).
    private func write(corpus: consuming Corpus, segmented: consuming SegmentedCorpus, into staging: ReportStaging,
                       spill: SentenceSpill, timings: Timings, progress: Progress?, started: Int) throws -> Outcome {
        var timings = timings
        guard !corpus.documents.isEmpty else {
            throw RhetoricError(file: options.corpus, "no document has Chinese text to count; the reports were left as they were")
        }
        let config = segmented.config
        let start = DispatchTime.now().uptimeNanoseconds
        // What reading and merging freed (the partials' text, the cleaning's strings), then the
        // segmented corpus, go in thousands of small blocks that the allocator keeps and the large
        // buffers made next do not reuse: their pages are handed back to the system each time.
        rx_release_free_memory()
        // The tables hold all the reports need of the term ids: the segmented corpus (the ids, the
        // vocabulary's trie) goes into them and is let go.
        let tables = AnalysisTables(corpus: copy corpus, segmented: segmented, jobs: options.jobs)
        rx_release_free_memory()
        timings.record("tables", seconds: Timings.seconds(since: start))
        let names = try reports(corpus: corpus, tables: tables, segmentation: config, spill: spill, timings: &timings,
                                progress: progress, into: staging)
        spill.remove()
        var outcome = Outcome(documents: corpus.documents.count, meetings: corpus.meetings.count, terms: tables.tokens.reduce(0, +),
                              sentences: tables.sentences.reduce(0) { $0 + $1.count }, files: names.count + 1, timings: Timings())
        _ = consume corpus
        _ = consume tables
        // Their millions of small blocks stay with the allocator, which the workbook's large
        // buffers (mapped afresh) do not reuse: hand the freed pages back to the system.
        rx_release_free_memory()
        progress?.begin("writing", total: 2, unit: "steps")
        try timings.measure("workbook") { () throws(RhetoricError) in
            var sources: [(name: String, csv: CSVSource)] = []
            for name in names where ReportCatalog.tables.contains(name) {
                sources.append((name, try CSVSource(mapping: staging.path(of: name))))
            }
            let cache = options.cache.map { SheetPieceCache(folder: CacheFolder($0)) }
            let archive = try WorkbookReport.archive(sources, jobs: options.jobs, cache: cache)
            try staging.add(WorkbookReport.fileName, .streamed { write throws(RhetoricError) in try archive.write(to: write) })
            // Its new pieces count toward the limit now, not at the next run.
            cache?.folder.prune(limit: options.cacheLimit, usedSince: started - 60)
        }
        progress?.step()
        try timings.measure("write") { try staging.commit(listing: names + [WorkbookReport.fileName], corpus: options.corpus) }
        progress?.step()
        outcome.timings = timings
        return outcome
    }

    /// The corpus read, cleaned and segmented: what every report and query starts from.
    public func load() throws -> (corpus: Corpus, segmented: SegmentedCorpus) {
        var timings = Timings()
        return try load(timings: &timings, progress: nil)
    }

    /// With a `spill`, each document's sentences go there as it is read, and its text is let go.
    /// With `prune`, the cache is pruned after (see ``partials(_:config:settings:trie:progress:spill:prune:)``).
    func load(timings: inout Timings, progress: Progress?, spill: SentenceSpill? = nil,
              prune: Bool = true) throws -> (corpus: Corpus, segmented: SegmentedCorpus) {
        let source = try corpusSource()
        let config = try segmentationConfig()
        let settings = PartialSettings.hash(options, segmentation: config)
        let trie = SharedTrie(config, cache: options.cache.map { TrieCache(folder: $0, settings: settings) })
        progress?.begin("reading, cleaning, segmenting", total: source.files.count, unit: "files")
        // Taken out of the optional by the merge, which then holds the only copy and moves it.
        var partials: [DocumentPartial]? = try timings.measure("partials") { () throws(InputErrors) in
            try self.partials(source, config: config, settings: settings, trie: trie, progress: progress, spill: spill, prune: prune)
        }
        progress?.finish()
        let (corpus, segmented) = try timings.measure("merge") { () throws(RhetoricError) in
            try PartialsMerge.corpus(partials.take()!, config: config, trie: trie, jobs: options.jobs)
        }
        warn(corpus, source: source)
        return (corpus, segmented)
    }

    /// The segmentation configuration with the corpus's phrases (unless they are off).
    func segmentationConfig() throws(RhetoricError) -> SegmentationConfig {
        var config = options.segmentation
        if options.phrases { config.phrases = try PhrasesFile.load(corpus: options.corpus) }
        return config
    }

    func corpusSource() throws(RhetoricError) -> CorpusSource {
        var cleaning = options.cleaning
        cleaning.speakers = options.segmentation.speakers
        return try CorpusSource(directory: options.corpus, decoding: options.decoding, cleaning: cleaning)
    }

    /// Every file's partial, `jobs` at a time (see ``PartialMaker``), each handed to `spill` (which
    /// keeps its sentences and takes its text) as it is made. Every problem (with the manifest and
    /// with each file) is thrown together, so one run lists them all. With `prune`, the cache is
    /// pruned after, sparing what was used from a minute before the start (file times may be coarse).
    func partials(_ source: CorpusSource, config: SegmentationConfig, settings: String, trie: SharedTrie,
                  progress: Progress? = nil, spill: SentenceSpill? = nil, prune: Bool = true) throws(InputErrors) -> [DocumentPartial] {
        let started = Int(time(nil))
        let maker = PartialMaker(source: source, settings: settings,
                                 cache: options.cache, corpus: options.corpus, speakers: config.speakers.ids.count)
        // The files changed last go first: they are the ones the cache lacks, and the one document
        // a rerun cleans and segments, taken last, would keep one worker busy while the other waits.
        let order = Pipeline.newestFirst(source.files.map { FileBytes.modified(source.bytes(of: $0)) })
        let speakers = spill.map { _ in config.speakers.ids }
        let outcomes = Parallel.map(source.files, jobs: options.jobs, order: order, worker: { () -> PartialMaker.Worker in
            PartialMaker.Worker(config: config, trie: trie, cleaning: source.cleaning)
        }, { (worker: PartialMaker.Worker, file: CorpusFile) -> Result<DocumentPartial, RhetoricError> in
            defer { progress?.step() }
            return maker.partial(file, worker: worker, rows: speakers, deferringRows: true).flatMap { made in
                Result { () throws(RhetoricError) in
                    switch (spill, made.rows) {
                    case (let spill?, .made(let rows)?):
                        try spill.add(rows, of: made.partial.record.file)
                    case (let spill?, .cached(let key)?):
                        spill.add(of: made.partial.record.file) { () throws(RhetoricError) -> ArraySlice<UInt8> in
                            try maker.cachedRows(file, key: key, speakers: config.speakers.ids) {
                                PartialMaker.Worker(config: config, trie: trie, cleaning: source.cleaning)
                            }
                        }
                    default:
                        break
                    }
                    return made.partial
                }
            }
        })
        if prune { maker.cache?.folder.prune(limit: options.cacheLimit, usedSince: started - 60) }
        return try InputErrors.values(outcomes, of: source)
    }

    /// The indices of files by when they changed (`modified`), the latest first, ties in path order.
    static func newestFirst(_ modified: [Int]) -> [Int] {
        modified.indices.sorted { (modified[$0], $1) > (modified[$1], $0) }
    }

    /// Prints the corpus's warnings, the repeated ones tallied, and with `verbose` the files not read.
    func warn(_ corpus: Corpus, source: CorpusSource? = nil) {
        var messages = options.warnings ? Pipeline.tallied(corpus.warnings, all: options.verbose).map { "warning: \($0)" } : []
        if options.verbose, let source {
            messages += source.ignored.map { "note: \(source.path(of: $0)): not read (only .txt, .md, .html and .htm are)" }
            messages += source.reportFolders.map { "note: \(source.path(of: $0)): a reports folder, not read" }
        }
        for message in messages { FileHandle.standardError.write(Data((Display.text(message) + "\n").utf8)) }
    }

    /// The corpus read and cleaned, not segmented (for `documents`); warnings go to stderr.
    public func loadCorpus() throws -> Corpus {
        let source = try corpusSource()
        let corpus = try Corpus.load(source, jobs: options.jobs)
        warn(corpus, source: source)
        return corpus
    }

    /// Warnings with the repeated ones tallied: of each kind (the first words of the message after
    /// its file name, numbers aside), the first ``shownPerKind`` in full, then one line counting the
    /// rest, so that 300 copies of one problem do not bury the one that matters. `all` keeps every line.
    static func tallied(_ warnings: [String], all: Bool) -> [String] {
        guard !all else { return warnings }
        var seen: [String: Int] = [:]
        var kinds: [String] = []
        var lines: [String] = []
        for warning in warnings {
            let kind = warningKind(warning)
            if seen[kind] == nil { kinds.append(kind) }
            seen[kind, default: 0] += 1
            if seen[kind]! <= shownPerKind { lines.append(warning) }
        }
        for kind in kinds where seen[kind]! > shownPerKind {
            lines.append("\(seen[kind]! - shownPerKind) more like \"…: \(kind) …\" (--verbose lists every one)")
        }
        return lines
    }

    static let shownPerKind = 3

    /// A warning's first four words after `file: `, a word that starts with a digit as `#`.
    static func warningKind(_ warning: String) -> String {
        let message = warning.range(of: ": ").map { String(warning[$0.upperBound...]) } ?? warning
        let words = message.split(separator: " ").prefix(4).map { word in
            word.first?.isASCII == true && word.first?.isNumber == true ? "#" : String(word)
        }
        return words.joined(separator: " ")
    }

    /// Every report of a corpus, from its tables and its sentences kept in `spill`, each written into
    /// `staging` as soon as it is rendered (from any worker); returns the reports' names in their
    /// fixed order.
    func reports(corpus: Corpus, tables: AnalysisTables, segmentation: SegmentationConfig, spill: SentenceSpill,
                 timings: inout Timings, progress: Progress?, into staging: ReportStaging) throws(RhetoricError) -> [String] {
        let analysis = options.analysis
        let themes = options.themes, concepts = options.concepts
        if options.warnings { Pipeline.warnUnmatched(themes: themes, concepts: concepts, in: tables, verbose: options.verbose) }
        // Co-occurrence, by far the costliest, counts its meetings on every worker first: run
        // inside one of the workers below, its own parallel map would get one thread. Its rows over
        // all meetings, on one worker, are then scored beside the other stages, each of which is
        // handed the meetings' counts and ignores them.
        let stages: [@Sendable ([CooccurrenceStage.Meeting]) -> StageOutput] = [
            { .cooccurrence(CooccurrenceStage.combined($0, tables, minimumCount: analysis.minimumPairCount, maximumPairs: analysis.maximumPairs)) },
            { _ in .frequency(FrequencyStage.rows(tables)) },
            { _ in .keyness(KeynessStage.rows(tables, options: analysis.keyness)) },
            { _ in .trends(TrendsStage.rows(tables, minimumCount: analysis.minimumTrendCount)) },
            { _ in .speakers(SpeakerStage.rows(tables)) },
            { _ in .speakerKeyness(SpeakerStage.keyness(tables, options: analysis.keyness)) },
            { _ in .themes(ThemeStage.rows(tables, themes: themes)) },
            { _ in .concepts(ThemeStage.rows(tables, themes: concepts, bySpeaker: false)) },
            { _ in .shifts(ShiftStage.rows(tables, significance: analysis.keyness.significance)) },
        ]
        progress?.begin("analysing", total: stages.count, unit: "stages")
        let analysisStart = DispatchTime.now().uptimeNanoseconds
        var collected = StageResults()
        // In a block of its own, so that the meetings' pair counts are let go before the rendering.
        do {
            let meetingPairs = CooccurrenceStage.meetings(tables, minimumCount: analysis.minimumPairCount, maximumPairs: analysis.maximumPairs,
                                                          jobs: options.jobs, cache: options.cache.map { CooccurrenceCache(folder: CacheFolder($0)) })
            timings.record("stage_cooccurrence_meetings", seconds: Timings.seconds(since: analysisStart))
            let timed: [@Sendable () -> (StageOutput, Double)] = stages.map { stage in
                {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let output = stage(meetingPairs)
                    progress?.step()
                    return (output, Timings.seconds(since: start))
                }
            }
            for (output, seconds) in Parallel.run(jobs: options.jobs, timed) {
                collected.record(output)
                timings.record("stage_" + output.name, seconds: seconds)
            }
        }
        timings.record("stages_wall", seconds: Timings.seconds(since: analysisStart))
        let results = collected
        var renderers: [(name: String, render: @Sendable () -> ReportWriter.Contents)] = [
            (DocumentsReport.fileName, { .text(DocumentsReport.csv(corpus)) }),
            (PhrasesReport.fileName, { .text(PhrasesReport.csv(segmentation.phrases, tables)) }),
            ("frequency.csv", { .bytes(StageReports.frequency(results.frequency, tables)) }),
            ("frequency_wide.csv", { .bytes(StageReports.frequencyWide(tables)) }),
            ("keyness.csv", { .bytes(StageReports.keyness(results.keyness, tables) { tables.meetings[$0].id }) }),
            ("cooccurrence.csv", { .streamed { write throws(RhetoricError) in
                try StageReports.cooccurrence(results.cooccurrence, tables, keys: results.cooccurrenceKeys,
                                              blocks: options.cache.map { CSVBlockCache(folder: CacheFolder($0)) }, to: write)
            } }),
            ("trends.csv", { .bytes(StageReports.trends(results.trends, tables)) }),
            ("speakers.csv", { .bytes(StageReports.speakers(results.speakers, tables)) }),
            (SentencesReport.fileName, { .streamed { write throws(RhetoricError) in
                try spill.write(corpus, jobs: options.jobs, to: write)
            } }),
            ("speaker_keyness.csv", { .bytes(StageReports.keyness(results.speakerKeyness, tables) {
                StageReports.meetingName($0 < tables.meetings.count ? $0 : nil, tables)
            }) }),
            ("themes.csv", { .bytes(StageReports.themes(results.themes, tables, themes: themes)) }),
            ("concepts.csv", { .bytes(StageReports.concepts(results.concepts, tables, concepts: concepts)) }),
            ("shifts.csv", { .bytes(StageReports.shifts(results.shifts, tables) { tables.meetings[$0].id }) }),
            (SummaryReport.fileName, { .text(SummaryReport.json(corpus: corpus, tables: tables, results: results, options: options, segmentation: segmentation)) }),
            (GEXFReport.fileName, { .bytes(GEXFReport.xml(tables: tables, rows: results.cooccurrence)) }),
        ]
        // The page links the other files by name, so it is rendered beside them rather than after.
        let files = renderers.map(\.name)
        renderers.append((HTMLReport.fileName, {
            .text(HTMLReport.html(corpus: corpus, tables: tables, results: results, themes: themes, files: files,
                                  layouts: options.cache.map { LayoutCache(folder: CacheFolder($0)) }))
        }))
        let all = renderers
        progress?.begin("rendering", total: all.count, unit: "files")
        // Workers take the costliest first, so that none is started last while the others wait.
        let order = all.indices.sorted {
            (Pipeline.costliestReports.firstIndex(of: all[$0].name) ?? .max, $0)
                < (Pipeline.costliestReports.firstIndex(of: all[$1].name) ?? .max, $1)
        }
        try timings.measure("render") { () throws(RhetoricError) in
            _ = try Parallel.map(all, jobs: options.jobs, order: order) { (report: (name: String, render: @Sendable () -> ReportWriter.Contents)) throws(RhetoricError) in
                defer { progress?.step() }
                try staging.add(report.name, report.render())
            }
        }
        return all.map(\.name)
    }

    /// The reports that take longest to render, longest first: the page lays out its network,
    /// the others hold the most rows.
    static let costliestReports = [HTMLReport.fileName, "cooccurrence.csv", "shifts.csv", "speaker_keyness.csv",
                                   SentencesReport.fileName, SummaryReport.fileName, GEXFReport.fileName]
}

extension Pipeline {
    /// Warns, one line per file, about the entries of the user's themes and concepts files that match
    /// no term of the corpus: they count nothing (a misspelling, a word segmentation never yields, a
    /// pattern too narrow). The compiled-in lists are written for every corpus, so their unused
    /// entries are only noted with `--verbose`.
    static func warnUnmatched(themes: ThemeList, concepts: ThemeList, in tables: AnalysisTables, verbose: Bool) {
        for (name, list) in [("themes", themes), ("concepts", concepts)] where verbose || !list.isCompiledIn {
            let unmatched = list.unmatched(in: tables.terms)
            guard !unmatched.isEmpty else { continue }
            let entries = unmatched.map { "\($0.entry) (\($0.theme))" }.joined(separator: ", ")
            let kind = list.isCompiledIn ? "note" : "warning"
            let message = "\(kind): \(unmatched.count) \(name) entries match no term of the corpus and count nothing: \(entries)"
            FileHandle.standardError.write(Data((Display.text(message) + "\n").utf8))
        }
    }
}

/// One stage's rows, as the concurrent stages hand them back.
enum StageOutput: Sendable {
    /// The stage's name in timings.
    var name: String {
        switch self {
        case .frequency: "frequency"
        case .keyness: "keyness"
        case .cooccurrence: "cooccurrence"
        case .trends: "trends"
        case .speakers: "speakers"
        case .speakerKeyness: "speaker_keyness"
        case .themes: "themes"
        case .concepts: "concepts"
        case .shifts: "shifts"
        }
    }

    case frequency([FrequencyStage.Row])
    case keyness([KeynessStage.Row])
    case cooccurrence(CooccurrenceStage.Output)
    case trends([TrendsStage.Row])
    case speakers([SpeakerStage.Row])
    case speakerKeyness([KeynessStage.Row])
    case themes([ThemeStage.Row])
    case concepts([ThemeStage.Row])
    case shifts([ShiftStage.Row])
}

/// All stages' rows, gathered for the reports.
struct StageResults: Sendable {
    var frequency: [FrequencyStage.Row] = []
    var keyness: [KeynessStage.Row] = []
    var cooccurrence: [CooccurrenceStage.Row] = []
    /// Each meeting's co-occurrence cache key (``CooccurrenceStage/Output``).
    var cooccurrenceKeys: [String?] = []
    var trends: [TrendsStage.Row] = []
    var speakers: [SpeakerStage.Row] = []
    var speakerKeyness: [KeynessStage.Row] = []
    var themes: [ThemeStage.Row] = []
    var concepts: [ThemeStage.Row] = []
    var shifts: [ShiftStage.Row] = []

    mutating func record(_ output: StageOutput) {
        switch output {
        case .frequency(let rows): frequency = rows
        case .keyness(let rows): keyness = rows
        case .cooccurrence(let output): (cooccurrence, cooccurrenceKeys) = (output.rows, output.keys)
        case .trends(let rows): trends = rows
        case .speakers(let rows): speakers = rows
        case .speakerKeyness(let rows): speakerKeyness = rows
        case .themes(let rows): themes = rows
        case .concepts(let rows): concepts = rows
        case .shifts(let rows): shifts = rows
        }
    }
}
