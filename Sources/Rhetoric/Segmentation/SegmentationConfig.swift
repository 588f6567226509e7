/// Everything that decides how text becomes terms. `segment` and `run` share it, so what `segment`
/// prints for a file is exactly what the stages count for it.
public struct SegmentationConfig: Sendable {
    /// The domain lexicon: terms of Sino-Russian summitry, kept whole where they align with a word
    /// boundary (see ``BestPath``).
    public var domainLexicon: WordList
    /// The user's lexicons (`--lexicon`): kept whole wherever they match, even inside a longer entry.
    public var userLexicon = WordList()
    /// Function words dropped from the terms (they still break phrases).
    public var stopwords: WordList
    /// Name variants and the term each counts as (普丁 → 普京).
    public var aliases: AliasTable
    /// Keep tokens that are numbers (`2030`, `80`); by default they are dropped (a number before
    /// 周年 is always kept with it: `80周年`).
    public var keepNumbers = false
    /// Keep one-character stopwords (the function characters 的, 了, 在, …); by default they are
    /// dropped like every stopword.
    public var keepSingleCharacters = false
    /// The corpus's frozen phrases (``PhrasesFile``), each counted as one term.
    public var phrases = WordList()
    /// Who speaks, and the cues that introduce their speech.
    public var speakers = SpeakerList.defaults
    /// Hand corrections of speakers (`--speaker-overrides`).
    public var speakerOverrides = SpeakerOverrides()

    public init(domainLexicon: WordList, stopwords: WordList, aliases: AliasTable = AliasTable()) {
        self.domainLexicon = domainLexicon
        self.stopwords = stopwords
        self.aliases = aliases
    }

    /// The compiled-in lexicon, stopword list and name variants.
    public static func defaults() -> SegmentationConfig {
        SegmentationConfig(domainLexicon: DefaultWordLists.lexicon, stopwords: DefaultWordLists.stopwords,
                           aliases: DefaultWordLists.aliases)
    }

    /// The general vocabulary with this configuration's word lists layered over it: what a
    /// ``Segmenter`` walks. Built once per run and shared by every worker.
    public func trie() -> WordTrie {
        var trie = Vocabulary.trie
        for word in domainLexicon.words { trie.add(word, to: .domain) }
        for word in userLexicon.words { trie.add(word, to: .user) }
        for word in phrases.words { trie.add(word, to: .phrase) }
        for word in stopwords.words { trie.add(word, to: .stopword) }
        for (variant, term) in aliases.entries { trie.addAlias(variant, canonical: term) }
        return trie
    }
}

/// The default word lists, kept as text files in the repository and compiled into the binary so the
/// tool works from any folder.
public enum DefaultWordLists {
    public static let lexiconText = String(decoding: PackageResources.lexicon_txt, as: UTF8.self)
    public static let stopwordsText = String(decoding: PackageResources.stopwords_txt, as: UTF8.self)
    public static let aliasesText = String(decoding: PackageResources.aliases_txt, as: UTF8.self)

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

    /// The function characters: the one-character entries of the compiled-in stopword list, whatever
    /// list a run counts with. The segmentation reads them (``BestPath``), so that it is the same
    /// under any `--stopwords`.
    static let functionCharacters: Set<UInt16> = Set(stopwords.words.compactMap { word in
        word.utf16.count == 1 ? word.utf16.first : nil
    })

    public static let aliases: AliasTable = {
        guard let table = try? AliasTable(parsing: aliasesText, file: "aliases.txt") else {
            preconditionFailure("the compiled-in aliases.txt does not parse")
        }
        return table
    }()
}
