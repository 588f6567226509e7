import ArgumentParser
import Rhetoric

/// The themes and concept-group files.
struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A themes file (YAML) that replaces the default one.", valueName: "file"))
    var themes: String?

    @Option(name: .long, help: ArgumentHelp("A concept-groups file (YAML, globs allowed: 中俄*) that replaces the default one.", valueName: "file"))
    var concepts: String?

    /// The themes file given (on the command line, else in the settings), or the default one.
    func list(_ settings: ProjectSettings) throws -> ThemeList {
        guard let themes = themes ?? settings.themes else { return .defaults }
        return try ThemeList(parsing: try readText(themes), file: themes)
    }

    /// The concept-groups file given (on the command line, else in the settings), or the default one.
    func conceptList(_ settings: ProjectSettings) throws -> ThemeList {
        guard let concepts = concepts ?? settings.concepts else { return .concepts }
        return try ThemeList(parsing: try readText(concepts), file: concepts)
    }

    /// The themes and concepts files used, by role.
    func files(_ settings: ProjectSettings) -> [(role: String, path: String)] {
        [("themes", themes ?? settings.themes), ("concepts", concepts ?? settings.concepts)].compactMap { role, path in path.map { (role, $0) } }
    }
}
