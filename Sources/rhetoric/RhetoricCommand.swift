import ArgumentParser
import Foundation
import Rhetoric

@main
struct RhetoricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rhetoric",
        abstract: "Measure how the rhetoric of Xi–Putin summits differs and shifts, from Chinese-language reports.",
        discussion: """
            Reads the reports in a corpus folder (default: seeds), cleans them, and writes CSV and JSON \
            reports comparing the meetings.

            Example:
              rhetoric run --corpus seeds --out reports
            """,
        version: "rhetoric \(System.version) (ICU \(System.icuVersion))",
        subcommands: [Run.self, Documents.self, Clean.self, Segment.self, Phrases.self, Diff.self, KWIC.self, Partials.self, Merge.self, BenchFloor.self]
    )

    /// Parses and runs a command. Input problems exit 1 with a message naming the file; usage
    /// errors exit 2. Every message is one `error:` line per problem, with control characters shown
    /// escaped.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as RhetoricError {
            fail([error.description], code: 1)
        } catch let errors as InputErrors {
            fail(errors.lines, code: 1)
        } catch let error as UsageError {
            fail([error.message], code: 2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = String(message.dropFirst(7)) }
            if let suggestion = CommandSuggestion.message(for: CommandLine.arguments.dropFirst().first, among: commandNames) {
                message = suggestion
            }
            fail([message], code: code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// The names a user can type as the first argument (the hidden developer commands included).
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName }
    }

    static func fail(_ lines: [String], code: Int32) -> Never {
        let text = lines.map { "error: " + $0.split(separator: "\n", omittingEmptySubsequences: false).map(Display.text).joined(separator: "\n") + "\n" }
        FileHandle.standardError.write(Data(text.joined().utf8))
        Foundation.exit(code)
    }
}

/// Writes a warning or note to stderr, control characters escaped.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((Display.text(message) + "\n").utf8))
}

/// Reads a text file given on the command line, detecting its encoding unless told.
func readText(_ path: String, _ options: SourceText.Options = SourceText.Options()) throws -> String {
    let decoded = try SourceText.decode(try FileBytes.read(path), file: path, options: options)
    if let warning = decoded.warning { warn("warning: \(path): \(warning)") }
    return decoded.text
}
