import ArgumentParser
import Foundation
import Rhetoric

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the cleaned body of one document, one paragraph per line.",
        discussion: """
            Headings are marked with "# ". Captions, datelines, bylines, metadata, site chrome and \
            repeated paragraphs are gone; hard-wrapped lines are joined.

            Example:
              rhetoric clean seeds/000_54381d582db1526f.txt
            """
    )

    @Argument(help: ArgumentHelp("The document to clean (.txt, .md, .html or .htm).", valueName: "file"))
    var file: String

    @OptionGroup var decoding: DecodingOptions

    func run() throws {
        let text = try readText(file, decoding.options)
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        print(try Cleaner().clean(text, format: format, file: file).text, terminator: "")
    }
}
