import Yams

/// YAML front matter (`---` … `---`) as static-site generators and scrapers write it above a page.
/// Its title, date and author are metadata, never body text.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var date: String?
    public var author: String?

    /// Splits `text` into front matter and the rest. Blank lines may precede the opening `---`.
    /// Returns nil when the text has no front matter; throws when it has one that is not valid YAML
    /// or is never closed.
    public static func split(_ text: String, file: String) throws(RhetoricError) -> (FrontMatter, body: String, bodyLine: Int)? {
        guard text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) == "-" else { return nil }
        var lines = text.lines[...]
        var lineNumber = 1
        while let first = lines.first, first.trimmingSpaces().isEmpty {
            lines = lines.dropFirst()
            lineNumber += 1
        }
        guard let opening = lines.first, opening.trimmingSpaces() == "---" else { return nil }
        let openingLine = lineNumber
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingSpaces() == "---" || $0.trimmingSpaces() == "..." }) else {
            throw RhetoricError(file: file, line: openingLine, "front matter opened with --- is never closed")
        }
        let yaml = lines[..<closing].joined(separator: "\n")
        let bodyLine = openingLine + 1 + (closing - lines.startIndex) + 1
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw RhetoricError(file: file, line: openingLine, "front matter is not valid YAML: \(FrontMatter.describe(error))")
        } catch {
            throw RhetoricError(file: file, line: openingLine, "front matter is not valid YAML: \(error)")
        }
        var matter = FrontMatter()
        if let mapping = node?.mapping {
            func scalar(_ key: String) -> String? {
                guard let value = mapping[key]?.scalar?.string.trimmingSpaces(), !value.isEmpty else { return nil }
                return value
            }
            matter.title = scalar("title")
            matter.date = scalar("date")
            matter.author = scalar("author")
        }
        let body = lines[lines.index(after: closing)...].joined(separator: "\n")
        return (matter, body, bodyLine)
    }

    private static func describe(_ error: YamlError) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
}
