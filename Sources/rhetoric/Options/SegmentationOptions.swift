import ArgumentParser
import Rhetoric

/// Everything that decides how text becomes terms, shared by every command that counts, so each
/// counts exactly what the reports count.
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

    @Option(name: .long, help: ArgumentHelp("A phrase must occur at least this often.", valueName: "n"))
    var phraseMinCount = PhraseFinder.Options().minimumCount

    @Option(name: .long, help: ArgumentHelp("A phrase must score at least this normalised PMI (0–1).", valueName: "x"))
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
        try Limits.check("--phrase-min-count", phraseMinCount, in: 1...Int.max)
        try Limits.check("--phrase-min-score", phraseMinScore, in: -1...1)
    }
}

extension Simplifier.Mode: ExpressibleByArgument {}
