import Yams

/// YAML front matter (`---` … `---`) as static-site generators and scrapers write it above a page.
/// Its title, date and author are metadata, never body text.
///
/// A leading `---` block is front matter only when it is one: it is closed (by `---` or `...`),
/// every line at its left edge is a `key:` line, at least one key is one front matter uses
/// (``knownKeys``), and it parses as a YAML mapping. Anything else is text, so an article that
/// opens with a `---` rule keeps its paragraphs. A block with anchors or aliases is an error (see
/// ``YAMLFile``); one that looks like front matter but does not parse is read as text, with a
/// warning.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var date: String?
    public var author: String?
    /// Who published it: `source`, `publisher` or `outlet`.
    public var source: String?

    public init(title: String? = nil, date: String? = nil, author: String? = nil, source: String? = nil) {
        self.title = title
        self.date = date
        self.author = author
        self.source = source
    }

    /// Keys of front matter as sites and scrapers write it; a block needs one of them.
    static let knownKeys: Set<String> = [
        "title", "subtitle", "date", "author", "authors", "categories", "category", "tags", "source", "url", "link",
        "description", "summary", "excerpt", "lang", "language", "layout", "published", "publishdate", "updated",
        "lastmod", "slug", "keywords", "thumbnail", "headimg", "image", "cover", "comments", "id", "outlet",
        "publisher", "site", "draft", "type", "origin",
    ]

    /// What ``split(_:file:)`` found.
    public struct Split {
        public var matter: FrontMatter
        public var body: String
        /// The 1-based line of the file the body starts on.
        public var bodyLine: Int
    }

    /// Splits `text` into front matter and the rest; nil when the text has no front matter.
    /// `warning` receives a note when a block looked like front matter but is not valid YAML.
    public static func split(_ text: String, file: String, warning: inout String?) throws(RhetoricError) -> Split? {
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
            return nil
        }
        let block = lines[..<closing]
        guard looksLikeMapping(block) else { return nil }
        let yaml = block.joined(separator: "\n")
        let node: Node?
        do {
            node = try YAMLFile.root(yaml, file: file, firstLine: openingLine + 1)
        } catch {
            guard error.message.hasPrefix("not valid YAML") else { throw error }
            warning = "lines \(openingLine)–\(openingLine + block.count + 1) look like front matter but are \(error.message); they are read as text"
            return nil
        }
        guard let mapping = node?.mapping else { return nil }
        func scalar(_ key: String) -> String? {
            guard let value = mapping[key]?.scalar?.string else { return nil }
            let normalized = TextNormalizer.normalize(value)
            return normalized.isEmpty ? nil : normalized
        }
        let body = lines[lines.index(after: closing)...].joined(separator: "\n")
        let bodyLine = openingLine + 1 + (closing - lines.startIndex) + 1
        return Split(matter: FrontMatter(title: scalar("title"), date: scalar("date"), author: scalar("author"),
                                         source: scalar("source") ?? scalar("publisher") ?? scalar("outlet")),
                     body: body, bodyLine: bodyLine)
    }

    /// Whether every line at the block's left edge is a `key:` line (or a `? ` complex key) and one
    /// key is a known one.
    static func looksLikeMapping(_ block: ArraySlice<Substring>) -> Bool {
        var known = false
        for line in block {
            guard let first = line.unicodeScalars.first, first != " " && first != "\t" && first != "#" else { continue }
            if line.hasPrefix("? ") { continue }
            let key = line.prefix { $0 != ":" }
            guard key.count < line.count, !key.isEmpty,
                  key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || $0 == "-" || ("0"..."9").contains($0)) }),
                  line.dropFirst(key.count + 1).first.map({ $0 == " " || $0 == "\t" }) ?? true
            else { return false }
            if knownKeys.contains(key.lowercased()) { known = true }
        }
        return known
    }
}
