/// Everything that decides how text becomes terms. `segment` and `run` share it, so what `segment`
/// prints for a file is exactly what the stages count for it.
public struct SegmentationConfig: Sendable {
    /// Domain terms, never split and never merged into a longer token.
    public var lexicon: WordList
    /// Function words dropped from the terms (they still break phrases).
    public var stopwords: WordList
    public var simplify: Simplifier.Mode = .auto
    /// Keep tokens ICU classes as numbers (`2030`, `80`); by default they are dropped.
    public var keepNumbers = false
    /// Keep one-character tokens that are not in the lexicon; by default they are dropped, because
    /// they are mostly ICU's fragments of words it does not know (`构 / 建`) or function words.
    public var keepSingleCharacters = false
    /// Discover repeated multiword phrases and count them as single terms.
    public var phrases = true
    public var phraseOptions = PhraseFinder.Options()
    /// Who speaks, and the cues that introduce their speech.
    public var speakers = SpeakerList.defaults

    public init(lexicon: WordList, stopwords: WordList) {
        self.lexicon = lexicon
        self.stopwords = stopwords
    }

    /// The compiled-in lexicon and stopword list.
    public static func defaults() -> SegmentationConfig {
        SegmentationConfig(lexicon: DefaultWordLists.lexicon, stopwords: DefaultWordLists.stopwords)
    }
}

/// The default word lists, kept as text files in the repository and compiled into the binary so the
/// tool works from any folder.
public enum DefaultWordLists {
    public static let lexiconText = String(decoding: PackageResources.lexicon_txt, as: UTF8.self)
    public static let stopwordsText = String(decoding: PackageResources.stopwords_txt, as: UTF8.self)

    public static let lexicon: WordList = {
        guard let list = try? WordList(parsing: lexiconText, file: "lexicon.txt") else {
            preconditionFailure("the compiled-in lexicon does not parse")
        }
        return list
    }()

    public static let stopwords: WordList = {
        guard let list = try? WordList(parsing: stopwordsText, file: "stopwords.txt") else {
            preconditionFailure("the compiled-in stopword list does not parse")
        }
        return list
    }()
}
