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
        subcommands: [Run.self, Documents.self, Clean.self, Segment.self, Diff.self, KWIC.self, BenchFloor.self]
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
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            Foundation.exit(2)
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

/// A bad value found only once the corpus is loaded (an unknown meeting or speaker): exit 2, with
/// the valid choices in the message.
struct UsageError: Error {
    var message: String
}

struct DecodingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read every file in this encoding (GB18030, Big5, UTF-16LE, …) instead of detecting it.", valueName: "name"))
    var encoding: String?

    @Flag(name: .long, help: "Replace invalid bytes with U+FFFD and warn, instead of stopping.")
    var lossy = false

    var options: SourceText.Options { SourceText.Options(encoding: encoding, lossy: lossy) }

    func validate() throws {
        if let encoding, !SourceText.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding '\(encoding)' (try UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE)")
        }
    }
}

struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of reports to read, with its meetings.csv.")
    var corpus = "seeds"

    @Option(name: .long, help: "How many documents to process at once (default: the number of cores).")
    var jobs = System.coreCount

    @Flag(name: .long, help: "Also note the files that are not read (other extensions).")
    var verbose = false

    @OptionGroup var decoding: DecodingOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// Pipeline options for this corpus.
    func pipeline() -> Pipeline.Options {
        var options = Pipeline.Options()
        options.corpus = corpus
        options.jobs = jobs
        options.decoding = decoding.options
        options.verbose = verbose
        return options
    }
}

struct SegmentationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A lexicon file to add to the default one (repeatable).", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("A stopword file that replaces the default list.", valueName: "file"))
    var stopwords: String?

    @Flag(name: .long, help: "Do not discover phrases; count single tokens only.")
    var noPhrases = false

    @Option(name: .long, help: "Convert Traditional characters to Simplified: auto (documents written in Traditional), always, never.")
    var simplify: Simplifier.Mode = .auto

    @Flag(name: .long, help: "Keep numbers (2030, 80) as terms.")
    var keepNumbers = false

    @Flag(name: .long, help: "Keep one-character tokens that are not in the lexicon.")
    var keepSingleCharacters = false

    @Option(name: .long, help: "A phrase must occur at least this often.")
    var phraseMinCount = PhraseFinder.Options().minimumCount

    @Option(name: .long, help: "A phrase must score at least this normalised PMI (0–1).")
    var phraseMinScore = PhraseFinder.Options().minimumScore

    @Option(name: .long, help: ArgumentHelp("A speakers file (YAML) that replaces the default one.", valueName: "file"))
    var speakers: String?

    func config() throws -> SegmentationConfig {
        var config = SegmentationConfig.defaults()
        for file in lexicon {
            try config.lexicon.add(parsing: try readText(file), file: file)
        }
        if let stopwords {
            config.stopwords = try WordList(parsing: try readText(stopwords), file: stopwords)
        }
        config.phrases = !noPhrases
        config.simplify = simplify
        config.keepNumbers = keepNumbers
        config.keepSingleCharacters = keepSingleCharacters
        config.phraseOptions.minimumCount = phraseMinCount
        config.phraseOptions.minimumScore = phraseMinScore
        if let speakers {
            config.speakers = try SpeakerList(parsing: try readText(speakers), file: speakers)
        }
        return config
    }

    func validate() throws {
        guard phraseMinCount >= 1 else { throw ValidationError("--phrase-min-count must be at least 1") }
    }
}

extension Simplifier.Mode: ExpressibleByArgument {}

struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A themes file (YAML) that replaces the default one.", valueName: "file"))
    var themes: String?

    /// The themes file given, or the default one.
    func list() throws -> ThemeList {
        guard let themes else { return .defaults }
        return try ThemeList(parsing: try readText(themes), file: themes)
    }
}

/// Pipeline options for the query commands: no progress, with the given corpus and segmentation.
func queryOptions(_ corpus: CorpusOptions, _ segmentation: SegmentationOptions) throws -> Pipeline.Options {
    var options = corpus.pipeline()
    options.progress = false
    options.segmentation = try segmentation.config()
    return options
}

/// Reads a text file given on the command line, detecting its encoding unless told.
func readText(_ path: String, _ options: SourceText.Options = SourceText.Options()) throws -> String {
    let decoded = try SourceText.decode(try [UInt8](contentsOfFile: path), file: path, options: options)
    if let warning = decoded.warning { FileHandle.standardError.write(Data("warning: \(path): \(warning)\n".utf8)) }
    return decoded.text
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
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    @Option(name: .long, help: "The folder to write the reports into (replaced as a whole).")
    var out = "reports"

    @Flag(name: .long, help: "Start CSV files with a UTF-8 byte-order mark, for Excel on Windows.")
    var bom = false

    @Flag(name: .long, help: "Show no progress on stderr.")
    var quiet = false

    @OptionGroup var themes: ThemeOptions

    @Option(name: .long, help: "α0, the scale of the Dirichlet prior of keyness's log-odds z-score.")
    var priorScale = KeynessStage.Options().priorScale

    @Option(name: .long, help: "Leave out pairs that share fewer sentences than this.")
    var minPairCount = Pipeline.AnalysisOptions().minimumPairCount

    @Option(name: .long, help: "Keep at most this many pairs per meeting (and for all) in cooccurrence.csv, the strongest by llr.")
    var maxPairs = Pipeline.AnalysisOptions().maximumPairs

    @Option(name: .long, help: "Leave out of trends.csv terms with a smaller total count.")
    var minTrendCount = Pipeline.AnalysisOptions().minimumTrendCount

    @Option(name: .long, help: ArgumentHelp("Write each step's wall time as JSON to this file (for make bench).", valueName: "file"))
    var timings: String?

    func validate() throws {
        guard priorScale > 0 else { throw ValidationError("--prior-scale must be positive") }
        guard minPairCount >= 1 else { throw ValidationError("--min-pair-count must be at least 1") }
        guard minTrendCount >= 1 else { throw ValidationError("--min-trend-count must be at least 1") }
        guard maxPairs >= 1 else { throw ValidationError("--max-pairs must be at least 1") }
    }

    func run() throws {
        var options = corpus.pipeline()
        options.output = out
        options.bom = bom
        options.progress = !quiet
        options.segmentation = try segmentation.config()
        options.analysis.keyness.priorScale = priorScale
        options.analysis.minimumPairCount = minPairCount
        options.analysis.minimumTrendCount = minTrendCount
        options.analysis.maximumPairs = maxPairs
        options.themes = try themes.list()
        let measured = try Pipeline(options: options).run()
        if let timings {
            try Data(measured.json.utf8).write(to: URL(fileURLWithPath: timings))
        }
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
        var options = corpus.pipeline()
        options.progress = false
        print(DocumentsReport.csv(try Pipeline(options: options).loadCorpus()), terminator: "")
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

    @OptionGroup var decoding: DecodingOptions

    func run() throws {
        let text = try readText(file, decoding.options)
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        print(try Cleaner().clean(text, format: format, file: file).text, terminator: "")
    }
}

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a document's terms: one sentence per line, terms one space apart.",
        discussion: """
            The document is cleaned and segmented exactly as `run` counts it: lexicon first, ICU \
            between lexicon matches, stopwords, numbers and single characters dropped, phrases \
            discovered over --corpus joined. With --raw, ICU's word iterator alone runs on each \
            input line (no cleaning, lexicon, stopwords, phrases or conversion): the reference \
            for checking the rest.

            Examples:
              rhetoric segment seeds/003_e43c17c6c2395aa3.txt
              echo 习近平同普京会谈 | rhetoric segment --raw
            """
    )

    @Argument(help: "The document to segment, or - for standard input.")
    var file = "-"

    @Flag(name: .long, help: "ICU's word iterator alone, a line of tokens per input line.")
    var raw = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func run() throws {
        let text = file == "-"
            ? try SourceText.decode(Array(FileHandle.standardInput.readDataToEndOfFile()), file: "<stdin>",
                                    options: corpus.decoding.options).text
            : try readText(file, corpus.decoding.options)
        if raw {
            let breaker = try Breaker(.word)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                print(RawSegmentation.words(in: line, breaker: breaker).joined(separator: " "))
            }
            return
        }
        let config = try segmentation.config()
        var segmented = try SegmentedCorpus.build(
            try Corpus.load(try CorpusSource(directory: corpus.corpus), jobs: corpus.jobs), config: config, jobs: corpus.jobs)
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        let document = try segmented.segment(try Cleaner().clean(text, format: format, file: file))
        for sentence in document.sentences {
            print(sentence.terms.map(segmented.vocabulary.term).joined(separator: " "))
        }
    }
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two meetings or years: terms and themes that rose and fell, the new and the gone.",
        discussion: """
            A and B are meeting ids (2023-03-21) or years (2023); a year with several meetings pools \
            them. Rates are per 10,000 tokens; g2 is the signed log-likelihood of B against A.

            Examples:
              rhetoric diff 2023 2025
              rhetoric diff 2022-02-04 2026-05-20 --top 30 --csv > changes.csv
            """
    )

    @Argument(help: "The earlier side: a meeting id or a year.")
    var before: String

    @Argument(help: "The later side: a meeting id or a year.")
    var after: String

    @Option(name: .long, help: "How many terms to show in each list.")
    var top = 15

    @Flag(name: .long, help: "Write every term's row as CSV (the columns of shifts.csv) instead of the tables.")
    var csv = false

    @OptionGroup var themes: ThemeOptions
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let (loaded, segmented) = try Pipeline(options: try queryOptions(corpus, segmentation)).load()
        let tables = AnalysisTables(corpus: loaded, segmented: segmented)
        let a: [Int], b: [Int]
        do {
            a = try DiffStage.meetings(before, in: tables)
            b = try DiffStage.meetings(after, in: tables)
        } catch {
            throw UsageError(message: "\(error.file): \(error.message)")
        }
        let rows = DiffStage.terms(before: a, after: b, tables: tables)
        if csv {
            print(StageReports.shifts(rows, tables) { $0 == 0 ? before : after }, terminator: "")
            return
        }
        let list = try themes.list()
        print(DiffReport.text(before: before, after: after, pooled: (a, b), rows: rows,
                              themes: DiffStage.themes(before: a, after: b, tables: tables, themes: list),
                              themeList: list, tables: tables, top: top), terminator: "")
    }
}

struct KWIC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Show every occurrence of a term in context, with its meeting and speaker.",
        discussion: """
            The term is found through segmentation, so it matches only where it is a whole term \
            (构建 is not found inside another word). Context does not cross paragraphs.

            Examples:
              rhetoric kwic 多极化
              rhetoric kwic 构建 --meeting 2026-05-20 --speaker xi --width 15
              rhetoric kwic 二战 --csv > ww2.csv
            """
    )

    @Argument(help: "The term to look for.")
    var term: String

    @Option(name: .long, help: "Only this meeting (its id).")
    var meeting: String?

    @Option(name: .long, help: "Only this speaker (an id from the speakers file, or joint, narration).")
    var speaker: String?

    @Option(name: .long, help: "Characters of context on each side.")
    var width = 20

    @Flag(name: .long, help: "Write CSV (meeting,speaker,file,left,term,right) instead of aligned text.")
    var csv = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func validate() throws {
        guard width >= 1 else { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        let (loaded, segmented) = try Pipeline(options: try queryOptions(corpus, segmentation)).load()
        var meetingDate: MeetingDate? = nil
        if let meeting {
            guard let found = loaded.meetings.first(where: { $0.id == meeting }) else {
                throw UsageError(message: "no meeting \(meeting); the meetings are \(loaded.meetings.map(\.id).joined(separator: ", "))")
            }
            meetingDate = found.date
        }
        let ids = segmented.config.speakers.ids
        var speakerIndex: Int? = nil
        if let speaker {
            guard let found = ids.firstIndex(of: speaker) else {
                throw UsageError(message: "no speaker \(speaker); the speakers are \(ids.joined(separator: ", "))")
            }
            speakerIndex = found
        }
        let normalized = TextNormalizer.normalize(term)
        let lines = try Concordance.lines(of: normalized, corpus: loaded, segmented: segmented, width: width,
                                          meeting: meetingDate, speaker: speakerIndex)
        if csv {
            var writer = CSVWriter(header: ["meeting", "speaker", "file", "left", "term", "right"])
            for line in lines { writer.appendRow([line.meeting, line.speaker, line.file, line.left, line.term, line.right]) }
            print(writer.text, terminator: "")
        } else {
            print(ConcordanceReport.text(lines, width: width), terminator: "")
        }
        if lines.isEmpty {
            FileHandle.standardError.write(Data("No occurrences of \(normalized) as a term.\n".utf8))
        }
    }
}

struct BenchFloor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-floor",
        abstract: "Time ICU's word iterator alone over the cleaned corpus: the floor make bench compares against.",
        discussion: """
            Loads and cleans the corpus (untimed), then iterates ICU's word boundaries over every \
            paragraph on --jobs workers and prints the seconds as JSON.

            Example:
              rhetoric bench-floor --corpus /tmp/rhetoric-bench/1000 --jobs 2
            """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var options = corpus.pipeline()
        options.progress = false
        let loaded = try Pipeline(options: options).loadCorpus()
        let (seconds, words) = try Floor.measure(loaded, jobs: corpus.jobs)
        print(JSONValue.object(["seconds": .decimal(seconds), "words": .int(words)]).rendered(), terminator: "")
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
