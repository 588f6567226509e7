import ArgumentParser
import Rhetoric

/// The themes and concept-group files.
struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A themes file (YAML) that replaces the default one.", valueName: "file"))
    var themes: String?

    @Option(name: .long, help: ArgumentHelp("A concept-groups file (YAML, globs allowed: 中俄*) that replaces the default one.", valueName: "file"))
    var concepts: String?

    /// The themes file given, or the default one.
    func list() throws -> ThemeList {
        guard let themes else { return .defaults }
        return try ThemeList(parsing: try readText(themes), file: themes)
    }

    /// The concept-groups file given, or the default one.
    func conceptList() throws -> ThemeList {
        guard let concepts else { return .concepts }
        return try ThemeList(parsing: try readText(concepts), file: concepts)
    }
}
