import ArgumentParser
import Rhetoric

/// Everything that decides how text becomes terms, shared by every command that counts, so each
/// counts exactly what the reports count. The corpus's settings file supplies what the command
/// line does not.
struct SegmentationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A lexicon file to add to the default one (repeatable); its entries win wherever they match.", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("A stopword file that replaces the default list.", valueName: "file"))
    var stopwords: String?

    @Option(name: .long, help: ArgumentHelp("A file of name variants ('普丁 = 普京') to add to the default one (repeatable).", valueName: "file"))
    var aliases: [String] = []

    @Flag(name: .long, help: "Ignore the corpus's phrases file; count single words only.")
    var noPhrases = false

    @Flag(name: .long, help: "Keep numbers (2030, 80, 二十一) as terms.")
    var keepNumbers = false

    @Flag(name: .long, help: "Keep one-character stopwords (的, 了, 在, …); other one-character words are always kept.")
    var keepSingleCharacters = false

    @Option(name: .long, help: ArgumentHelp("A speakers file (YAML) that replaces the default one.", valueName: "file"))
    var speakers: String?

    @Option(name: .long, help: ArgumentHelp("A CSV of hand corrections (file,sentence_start,speaker): that sentence is that speaker's.", valueName: "file"))
    var speakerOverrides: String?

    /// Whether the corpus's phrases file is used: not with --no-phrases or `phrases: false`.
    func usesPhrases(_ settings: ProjectSettings) -> Bool {
        !noPhrases && settings.phrases != false
    }

    /// The word-list and speaker files used, by role, the settings' and the command line's.
    func files(_ settings: ProjectSettings) -> [(role: String, path: String)] {
        (settings.lexicon + lexicon).map { ("lexicon", $0) } + (settings.aliases + aliases).map { ("aliases", $0) }
            + [("stopwords", stopwords ?? settings.stopwords), ("speakers", speakers ?? settings.speakers),
               ("speaker_overrides", speakerOverrides ?? settings.speakerOverrides)].compactMap { role, path in path.map { (role, $0) } }
    }

    /// The configuration; `segment` adds the phrases file of the corpus it is given (the pipeline
    /// reads the corpus's own unless --no-phrases).
    func config(_ settings: ProjectSettings = ProjectSettings()) throws -> SegmentationConfig {
        var config = SegmentationConfig.defaults()
        for file in settings.lexicon + lexicon {
            try config.userLexicon.add(parsing: try readText(file), file: file)
        }
        if let stopwords = stopwords ?? settings.stopwords {
            config.stopwords = try WordList(parsing: try readText(stopwords), file: stopwords)
        }
        for file in settings.aliases + aliases {
            try config.aliases.add(parsing: try readText(file), file: file)
        }
        config.keepNumbers = keepNumbers || settings.keepNumbers == true
        config.keepSingleCharacters = keepSingleCharacters || settings.keepSingleCharacters == true
        if let speakers = speakers ?? settings.speakers {
            config.speakers = try SpeakerList(parsing: try readText(speakers), file: speakers)
        }
        if let speakerOverrides = speakerOverrides ?? settings.speakerOverrides {
            config.speakerOverrides = try SpeakerOverrides(parsing: try readText(speakerOverrides), file: speakerOverrides,
                                                           speakers: config.speakers)
        }
        return config
    }
}
