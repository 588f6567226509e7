import ArgumentParser
import Rhetoric

/// The themes file.
struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A themes file (YAML) that replaces the default one.", valueName: "file"))
    var themes: String?

    /// The themes file given, or the default one.
    func list() throws -> ThemeList {
        guard let themes else { return .defaults }
        return try ThemeList(parsing: try readText(themes), file: themes)
    }
}
