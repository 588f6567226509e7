import ArgumentParser
import Rhetoric

/// How corpus files are decoded and which script they are read in.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read every file in this encoding (GB18030, Big5, UTF-16LE, …) instead of detecting it.", valueName: "name"))
    var encoding: String?

    @Flag(name: .long, help: "Replace invalid bytes with U+FFFD and warn, instead of stopping.")
    var lossy = false

    @Option(name: .long, help: "Convert Traditional characters to Simplified: auto (documents written in Traditional), always, never.")
    var simplify: Simplifier.Mode = .auto

    var decoding: SourceText.Options { SourceText.Options(encoding: encoding, lossy: lossy) }

    var cleaning: Cleaner.Options {
        var options = Cleaner.Options()
        options.simplify = simplify
        return options
    }

    func validate() throws {
        if let encoding, !SourceText.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding '\(encoding)' (try UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE)")
        }
    }
}

extension Simplifier.Mode: ExpressibleByArgument {}
