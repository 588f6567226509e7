/// A word list file: the lexicon, the stopwords, the phrases. One word per line; `#` starts a
/// comment; blank lines are ignored. Words are normalised like the text (full-width digits to
/// ASCII), so `２０３０年` and `2030年` are one entry. Segmentation sees the lists through the
/// ``WordTrie`` they are compiled into.
public struct WordList: Sendable {
    /// The entries, in file order, each once.
    public private(set) var words: [String] = []
    private var set: Set<String> = []

    public init() {}

    /// Parses a word list file's text; `file` names it in errors.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        try add(parsing: text, file: file)
    }

    /// Adds every entry of a word list file's text.
    public mutating func add(parsing text: String, file: String) throws(RhetoricError) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = WordList.entry(in: line)
            guard !entry.isEmpty else { continue }
            if entry.unicodeScalars.contains(where: { $0 == " " }) {
                throw RhetoricError(file: file, line: index + 1, "a word list entry cannot contain a space: '\(entry)'")
            }
            insert(entry)
        }
    }

    /// The entry on a line: the text before any `#`, normalised and trimmed.
    static func entry(in line: Substring) -> String {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return TextNormalizer.normalize(content)
    }

    public mutating func insert(_ word: String) {
        if set.insert(word).inserted { words.append(word) }
    }

    public var count: Int { words.count }

    public func contains(_ word: String) -> Bool { set.contains(word) }
}
