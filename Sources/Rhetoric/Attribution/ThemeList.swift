import Yams

/// Themes (or concept groups) and the terms that count for them. The file is YAML: each key a theme,
/// each value the list of its entries, or a mapping with the list under `terms` and a readable
/// `label` for charts and tables (`security: {label: Security, terms: [安全, …]}`); without one the
/// label is the key with spaces for underscores. A term may sit in several themes. An entry is a term, matched
/// whole after segmentation, or a glob over terms with `*` (any run of characters) and `?` (one):
/// `中俄*` counts 中俄, 中俄关系 and 中俄两国 together, `*关税*` every term holding 关税.
public struct ThemeList: Sendable {
    /// Themes in file order, each with its entries.
    public private(set) var themes: [(name: String, label: String, terms: [String])]
    /// Whether this is the compiled-in list, written for every corpus (so most corpora leave some of
    /// its entries unused), rather than the user's own file.
    public private(set) var isCompiledIn = false

    public init(parsing text: String, file: String) throws(RhetoricError) {
        guard let mapping = try YAMLFile.root(text, file: file)?.mapping, !mapping.isEmpty else {
            throw RhetoricError(file: file, "needs a mapping of themes to lists of terms")
        }
        themes = []
        for (key, value) in mapping {
            let terms = value.sequence != nil ? value : value.mapping?["terms"]
            guard let name = key.string, !name.isEmpty, terms?.sequence != nil else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "each theme needs a list of terms (or a mapping with `label` and `terms`)")
            }
            if let extra = value.mapping?.keys.first(where: { $0.string != "label" && $0.string != "terms" }) {
                throw RhetoricError(file: file, line: extra.mark.map { $0.line }, "a theme's mapping takes `label` and `terms`, not `\(extra.string ?? "")`")
            }
            let label = value.mapping?["label"]?.string ?? String(name.map { $0 == "_" ? " " : $0 })
            themes.append((name, label, YAMLFile.strings(terms)))
        }
    }

    /// The term ids each theme counts among `terms` (the corpus's vocabulary), each id once per theme,
    /// ascending.
    public func termIDs(in terms: [String]) -> [[Int32]] {
        let matcher = Matcher(terms)
        return themes.map { Array(Set($0.terms.flatMap(matcher.ids))).sorted() }
    }

    /// The entries that match no term of `terms`, in file order: a run warns about each, since such
    /// an entry counts nothing (a word segmentation never yields, a misspelling, a pattern too narrow).
    public func unmatched(in terms: [String]) -> [(theme: String, entry: String)] {
        let matcher = Matcher(terms)
        return themes.flatMap { theme in theme.terms.filter { matcher.ids($0).isEmpty }.map { (theme.name, $0) } }
    }

    /// Looks entries up among a vocabulary: plain terms by a dictionary, globs by matching every term.
    struct Matcher {
        let index: [String: Int32]
        let scalars: [[Unicode.Scalar]]

        init(_ terms: [String]) {
            index = Dictionary(terms.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            scalars = terms.map { Array($0.unicodeScalars) }
        }

        func ids(_ entry: String) -> [Int32] {
            guard ThemeList.isPattern(entry) else { return index[entry].map { [$0] } ?? [] }
            let pattern = Array(entry.unicodeScalars)
            return scalars.indices.filter { ThemeList.glob(pattern, matches: scalars[$0]) }.map(Int32.init)
        }
    }

    static func isPattern(_ entry: String) -> Bool {
        entry.unicodeScalars.contains { $0 == "*" || $0 == "?" }
    }

    /// Whether `text` matches `pattern` (`*` any run, `?` one character), by the usual greedy walk
    /// with backtracking to the last star: linear in practice, never exponential.
    static func glob(_ pattern: [Unicode.Scalar], matches text: [Unicode.Scalar]) -> Bool {
        var p = 0, t = 0
        var star = -1, resume = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// The compiled-in themes.
    public static let defaults: ThemeList = compiled(PackageResources.themes_yaml, "themes.yaml")

    /// The compiled-in concept groups: the variants of one concept counted together.
    public static let concepts: ThemeList = compiled(PackageResources.concepts_yaml, "concepts.yaml")

    private static func compiled(_ bytes: [UInt8], _ name: String) -> ThemeList {
        guard var list = try? ThemeList(parsing: String(decoding: bytes, as: UTF8.self), file: name) else {
            preconditionFailure("the compiled-in \(name) does not parse")
        }
        list.isCompiledIn = true
        return list
    }
}
