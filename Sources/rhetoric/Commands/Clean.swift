import ArgumentParser
import Foundation
import Rhetoric

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the cleaned body of one document, one paragraph per line; --explain shows why each line went.",
        discussion: """
            Headings are marked with "# ". Captions, datelines, bylines, metadata, site furniture, \
            boilerplate and repeated paragraphs are gone; column-wrapped lines are joined; \
            Traditional characters are converted to Simplified. With --explain, what the cleaner \
            read (title, date, outlet, dateline) and every line it dropped or changed, with the rule \
            or the classifier's figures that decided it, so each decision can be checked.

            Examples:
              rhetoric clean seeds/000_54381d582db1526f.txt
              rhetoric clean --explain page.html
            """
    )

    @Argument(help: ArgumentHelp("The document to clean (.txt, .md, .html or .htm).", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Show every dropped or changed line and what decided it, instead of the text.")
    var explain = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let text = try readText(file, reading.decoding)
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        let document = try Cleaner(options: reading.cleaning).clean(text, format: format, file: file)
        print(explain ? Clean.explanation(of: document) : document.text, terminator: "")
    }

    /// What was read, then one line per decision: line, action, rule, the text (and what remains).
    static func explanation(of document: CleanedDocument) -> String {
        var lines = [
            "title: \(document.title ?? "(none)")",
            "published: " + (document.publishedDate.map { raw in
                PublicationDate.parse(raw).map { $0.description == raw ? raw : "\($0) (\(raw))" } ?? "(not a date: \(raw))"
            } ?? "(none)"),
            "outlet: \(document.outlet ?? "(none)")",
            "dateline: " + (document.dateline.map(describe) ?? "(none)"),
            "converted from Traditional: \(document.simplified ? "yes" : "no")",
            "paragraphs kept: \(document.paragraphs.count)",
            "",
        ]
        for decision in document.decisions {
            var line = "line \(decision.line): \(decision.action.rawValue) (\(decision.rule)): \(shortened(decision.text))"
            if let result = decision.result { line += " → \(shortened(result))" }
            lines.append(line)
        }
        return lines.map { Display.text($0) + "\n" }.joined()
    }

    /// `新华社 莫斯科 3月21日`, leaving out what the dateline does not say.
    static func describe(_ dateline: CleanedDocument.Dateline) -> String {
        let month = dateline.month.map { "\($0)月" } ?? ""
        let parts: [String] = [dateline.agency, dateline.city, dateline.day.map { month + "\($0)日" } ?? ""]
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
