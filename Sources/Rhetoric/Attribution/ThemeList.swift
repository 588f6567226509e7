import Yams

/// Themes and the terms that count for them. The file is YAML: each key a theme, each value the
/// list of its terms; a term may sit in several themes.
public struct ThemeList: Sendable {
    /// Themes in file order, each with its terms.
    public private(set) var themes: [(name: String, terms: [String])]

    public init(parsing text: String, file: String) throws(RhetoricError) {
        guard let mapping = try YAMLFile.root(text, file: file)?.mapping, !mapping.isEmpty else {
            throw RhetoricError(file: file, "needs a mapping of themes to lists of terms")
        }
        themes = []
        for (key, value) in mapping {
            guard let name = key.string, !name.isEmpty, value.sequence != nil else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "each theme needs a list of terms")
            }
            themes.append((name, YAMLFile.strings(value)))
        }
    }

    /// The compiled-in themes.
    public static let defaults: ThemeList = {
        let text = String(decoding: PackageResources.themes_yaml, as: UTF8.self)
        guard let list = try? ThemeList(parsing: text, file: "themes.yaml") else {
            preconditionFailure("the compiled-in themes.yaml does not parse")
        }
        return list
    }()
}
