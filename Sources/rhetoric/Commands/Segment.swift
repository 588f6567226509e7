import ArgumentParser
import Foundation
import Rhetoric

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

    @Argument(help: ArgumentHelp("The document to segment, or - for standard input.", valueName: "file"))
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
