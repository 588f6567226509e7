import ArgumentParser
import Rhetoric

/// How corpus files are decoded.
struct DecodingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read every file in this encoding (GB18030, Big5, UTF-16LE, …) instead of detecting it.", valueName: "name"))
    var encoding: String?

    @Flag(name: .long, help: "Replace invalid bytes with U+FFFD and warn, instead of stopping.")
    var lossy = false

    var options: SourceText.Options { SourceText.Options(encoding: encoding, lossy: lossy) }

    func validate() throws {
        if let encoding, !SourceText.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding '\(encoding)' (try UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE)")
        }
    }
}
