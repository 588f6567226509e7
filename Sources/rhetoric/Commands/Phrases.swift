import ArgumentParser
import Foundation
import Rhetoric

struct Phrases: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the corpus's candidate phrases with counts and scores; --write freezes them into phrases.txt.",
        discussion: """
            A phrase is a run of 2–4 words the corpus repeats (at least --min-count times) whose \
            words rarely occur apart (normalised PMI at least --min-score), none a lexicon term, \
            neither starting nor ending with a function character. Every command counts the phrases \
            of the corpus's phrases.txt as single terms; `run` never discovers them itself, so adding a \
            document changes only what it adds. Review the list, then write it (and edit the file).

            Examples:
              rhetoric phrases --corpus seeds
              rhetoric phrases --corpus seeds --write
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    @Option(name: .long, help: ArgumentHelp("A phrase must occur at least this often.", valueName: "n"))
    var minCount = PhraseFinder.Options().minimumCount

    @Option(name: .long, help: ArgumentHelp("A phrase must score at least this normalised PMI (0–1).", valueName: "x"))
    var minScore = PhraseFinder.Options().minimumScore

    @Flag(name: .long, help: "Write the candidates to the corpus's phrases.txt (replacing it).")
    var write = false

    func validate() throws {
        try Limits.check("--min-count", minCount, in: 2...Int.max)
        try Limits.check("--min-score", minScore, in: -1...1)
    }

    func run() throws {
        var options = corpus.pipeline()
        options.progress = false
        // Discovery runs on words alone: the phrases file is what it proposes.
        options.segmentation = try segmentation.config(try corpus.settings())
        options.phrases = false
        let (loaded, segmented) = try Pipeline(options: options).load()
        var finder = PhraseFinder.Options()
        finder.minimumCount = minCount
        finder.minimumScore = minScore
        let candidates = PhraseCandidate.discover(loaded, segmented: segmented, options: finder, jobs: options.jobs)
        var table = TextTable(header: ["phrase", "tokens", "count", "meetings", "npmi"],
                              alignments: [.left, .left, .right, .right, .right])
        for candidate in candidates {
            table.append([candidate.phrase, candidate.tokens.joined(separator: " "), String(candidate.count),
                          String(candidate.meetings), Format.decimal(candidate.score, places: 3)])
        }
        print(table.rendered(), terminator: "")
        let path = PhrasesFile.path(inCorpus: corpus.corpus)
        if write {
            try Data(PhrasesFile.text(candidates).utf8).write(to: URL(fileURLWithPath: path))
            warn("wrote \(candidates.count) phrases to \(path)")
        } else {
            warn("\(candidates.count) candidates; --write saves them to \(path)")
        }
    }
}
