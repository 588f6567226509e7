/// A set of words held as a trie over UTF-16 code units, so that segmentation can find the longest
/// entry starting at a position, or test a token, without making strings. The lexicon and the
/// stopword list are word lists.
///
/// The file format is one word per line; `#` starts a comment; blank lines are ignored. Words are
/// normalised like the text (full-width digits to ASCII), so `２０３０年` and `2030年` are one entry.
public struct WordList: Sendable {
    /// A trie over UTF-16 code units: `children[node]` maps a code unit to the child node.
    private var children: [[UInt16: Int32]] = [[:]]
    private var terminal: [Bool] = [false]
    public private(set) var count = 0

    public init() {}

    /// Parses a word list file's text; `file` names it in errors.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        self.init()
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

    public mutating func insert(_ term: String) {
        var node = 0
        for unit in term.utf16 {
            if let next = children[node][unit] {
                node = Int(next)
            } else {
                children.append([:])
                terminal.append(false)
                children[node][unit] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if !terminal[node] {
            terminal[node] = true
            count += 1
        }
    }

    public func contains(_ units: some Sequence<UInt16>) -> Bool {
        var node = 0
        for unit in units {
            guard let next = children[node][unit] else { return false }
            node = Int(next)
        }
        return terminal[node]
    }

    public func contains(_ term: String) -> Bool { contains(term.utf16) }

    /// The length of the longest entry that starts at `start` in `text`, or 0.
    public func longestMatch(in text: UnsafeBufferPointer<UInt16>, at start: Int) -> Int {
        var node = 0
        var best = 0
        var index = start
        while index < text.count, let next = children[node][text[index]] {
            node = Int(next)
            index += 1
            if terminal[node] { best = index - start }
        }
        return best
    }
}
