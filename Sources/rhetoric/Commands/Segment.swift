import ArgumentParser
import Foundation
import Rhetoric

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a document's terms: one sentence per line, terms one space apart.",
        discussion: """
            The document is cleaned and segmented exactly as `run` counts it: the general vocabulary's \
            best path over ICU's words, the lexicons and name variants, stopwords and numbers dropped, \
            and, with --corpus, that corpus's phrases. It works from any folder, on a file or on \
            standard input. With --raw, ICU's word iterator alone runs on each input line (no \
            cleaning, vocabulary, lexicon, stopwords, phrases or conversion): the reference for \
            checking the rest.

            Examples:
              echo 共建一带一路同欧亚经济联盟对接合作 | rhetoric segment
              rhetoric segment seeds/003_e43c17c6c2395aa3.txt --corpus seeds
              echo 习近平同普京会谈 | rhetoric segment --raw
            """
    )

    @Argument(help: ArgumentHelp("The document to segment, or - for standard input.", valueName: "file"))
    var file = "-"

    @Flag(name: .long, help: "ICU's word iterator alone, a line of tokens per input line.")
    var raw = false

    @Option(name: [.short, .long], help: ArgumentHelp("A corpus folder whose phrases file and settings (rhetoric.yaml) to use.", valueName: "folder"))
    var corpus: String?

    @OptionGroup var reading: ReadingOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    func run() throws {
        let text = file == "-"
            ? try SourceText.decode(Array(FileHandle.standardInput.readDataToEndOfFile()), file: "<stdin>",
                                    options: reading.decoding).text
            : try readText(file, reading.decoding)
        if raw {
            let breaker = try Breaker()
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                print(RawSegmentation.words(in: line, breaker: breaker).joined(separator: " "))
            }
            return
        }
        let settings = try corpus.map(ProjectSettings.load) ?? ProjectSettings()
        var config = try segmentation.config(settings)
        if let corpus, segmentation.usesPhrases(settings) { config.phrases = try PhrasesFile.load(corpus: corpus) }
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        let cleaned = try Cleaner(options: reading.cleaning).clean(text, format: format, file: file == "-" ? "<stdin>" : file)
        var terms = TermTable()
        let document = try Segmenter(config: config, trie: config.trie()).segment(cleaned, into: &terms)
        for sentence in document.sentences {
            print(document.terms(of: sentence).map(terms.term).joined(separator: " "))
        }
    }
}
