/// Variants of a name and the term each counts as: the Taiwanese 普丁 and the older 普亭 are 普京.
/// A variant is segmented as one word and counted as its term, so a leader's mentions are not split
/// across spellings.
///
/// The file format: one `variant = term` a line; `#` starts a comment. The compiled-in table
/// (`Resources/aliases.txt`) is extended with `--aliases FILE`.
public struct AliasTable: Sendable {
    /// Variant → term, in file order.
    public private(set) var entries: [(variant: String, term: String)] = []

    public init() {}

    public init(parsing text: String, file: String) throws(RhetoricError) {
        try add(parsing: text, file: file)
    }

    public mutating func add(parsing text: String, file: String) throws(RhetoricError) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = WordList.entry(in: line)
            guard !content.isEmpty else { continue }
            let parts = content.split(separator: "=", omittingEmptySubsequences: false).map { TextNormalizer.normalize($0) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts.contains(where: { $0.contains(" ") }) else {
                throw RhetoricError(file: file, line: index + 1, "write a name variant as 'variant = term', e.g. 普丁 = 普京")
            }
            entries.removeAll { $0.variant == parts[0] }
            entries.append((parts[0], parts[1]))
        }
    }

    /// The term a variant counts as, if it is one.
    public func term(for variant: String) -> String? {
        entries.last { $0.variant == variant }?.term
    }
}
