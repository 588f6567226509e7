import Foundation

/// The corpus's frozen phrases: `phrases.txt` in the corpus folder, a word list that `rhetoric
/// phrases --write` writes from the discovered candidates (see ``PhraseFinder``) and every command
/// reads as a layer of segmentation (below the lexicons, above the general vocabulary). A run never
/// re-discovers phrases, so adding a document changes only what it adds.
public enum PhrasesFile {
    public static let fileName = "phrases.txt"

    public static func path(inCorpus corpus: String) -> String {
        (corpus as NSString).appendingPathComponent(fileName)
    }

    /// The corpus's phrases, or an empty list when it has no phrases file.
    public static func load(corpus: String) throws(RhetoricError) -> WordList {
        let path = path(inCorpus: corpus)
        guard FileBytes.kind(of: Array(path.utf8)) == .file else { return WordList() }
        return try WordList(parsing: try SourceText.decode(try FileBytes.read(path), file: path).text, file: path)
    }

    /// The file's text for `candidates`: a comment saying what it is, then one phrase a line with its
    /// count and score as a comment, by count descending.
    public static func text(_ candidates: [PhraseCandidate]) -> String {
        var text = """
            # Phrases of this corpus: runs of words it repeats, counted as one term by every command.
            # Written by `rhetoric phrases --write`; edit freely (delete a line to stop counting a phrase
            # as one term, add one to start). One phrase a line; '#' starts a comment.


            """
        for candidate in candidates {
            text += "\(candidate.phrase)  # \(candidate.count) times in \(candidate.meetings) meetings, npmi \(Format.decimal(candidate.score, places: 3))\n"
        }
        return text
    }
}

/// A phrase `rhetoric phrases` proposes: its text, tokens, count, meetings and score.
public struct PhraseCandidate: Sendable, Equatable {
    public var phrase: String
    public var tokens: [String]
    public var count: Int
    public var meetings: Int
    public var score: Double

    /// The candidates of a corpus segmented without phrases, by count descending, then phrase.
    public static func discover(_ corpus: Corpus, segmented: SegmentedCorpus, options: PhraseFinder.Options, jobs: Int) -> [PhraseCandidate] {
        let vocabulary = segmented.vocabulary
        let trie = segmented.trie
        let config = segmented.config
        let roles = (0..<Int32(vocabulary.count)).map { id -> PhraseFinder.Role in
            let node = trie.node(of: vocabulary.units(id))
            let layers = node >= 0 ? trie.layers[Int(node)] : []
            let units = vocabulary.units(id)
            func function(_ unit: UInt16?) -> Bool {
                guard let unit else { return false }
                return config.stopwords.contains(String(decoding: [unit], as: UTF16.self))
            }
            return PhraseFinder.Role(excluded: !layers.isDisjoint(with: [.user, .domain]),
                                     opensNot: function(units.first), closesNot: function(units.last))
        }
        let found = PhraseFinder(options: options).candidates(in: segmented.documents.flatMap { document in document.sentences.map { Array(document.tokens(of: $0)) } },
                                                            roles: roles, jobs: jobs)
        let keys = Set(found.map { NGram.key($0.parts) })
        // The meetings each candidate occurs in.
        let occurring = Parallel.map(segmented.documents, jobs: jobs) { (document: SegmentedDocument) -> Set<UInt128> in
            var seen: Set<UInt128> = []
            for sentence in document.sentences {
                let tokens = document.tokens(of: sentence)
                for start in tokens.indices {
                    var key: UInt128 = 0
                    for n in 0..<min(options.longest, tokens.endIndex - start) {
                        guard tokens[start + n] != SegmentedDocument.separator else { break }
                        key = NGram.append(tokens[start + n], to: key, at: n)
                        if n > 0 && keys.contains(key) { seen.insert(key) }
                    }
                }
            }
            return seen
        }
        var meetings: [UInt128: Set<MeetingDate>] = [:]
        for (document, keys) in zip(corpus.documents, occurring) {
            for key in keys { meetings[key, default: []].insert(document.meeting.date) }
        }
        return found.map { phrase in
            let tokens = phrase.parts.map(vocabulary.term)
            return PhraseCandidate(phrase: tokens.joined(), tokens: tokens, count: phrase.count,
                                   meetings: meetings[NGram.key(phrase.parts)]?.count ?? 0, score: phrase.score)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.phrase.unicodeScalars.lexicographicallyPrecedes($1.phrase.unicodeScalars) }
    }
}
