import Foundation
import Yams

/// A corpus folder's own settings (`rhetoric.yaml`, optional): the word lists, speakers, themes
/// and analysis options of a customised analysis, read by every command, so that `make` and a
/// colleague's run reproduce it without a long command line.
///
/// ```yaml
/// lexicon: [my-terms.txt]          # files, relative to the corpus folder
/// themes: my-themes.yaml
/// alpha: 0.01
/// min_pair_count: 3
/// ```
///
/// An option given on the command line wins over the file; the files of repeatable options
/// (`lexicon`, `aliases`) are used together, the settings' first. An unknown key is an error
/// naming its line, so a misspelt setting never silently does nothing.
public struct ProjectSettings: Sendable, Equatable {
    public static let fileName = "rhetoric.yaml"

    /// Word-list and configuration files, as paths a command can open (joined to the corpus folder).
    public var lexicon: [String] = []
    public var aliases: [String] = []
    public var stopwords: String?
    public var speakers: String?
    public var speakerOverrides: String?
    public var themes: String?
    public var concepts: String?
    /// `phrases: false` ignores the corpus's phrases file, like `--no-phrases`.
    public var phrases: Bool?
    public var keepNumbers: Bool?
    public var keepSingleCharacters: Bool?
    public var alpha: Double?
    public var minKeyCount: Int?
    public var minLogRatio: Double?
    public var priorScale: Double?
    public var minPairCount: Int?
    public var maxPairs: Int?
    public var minTrendCount: Int?
    /// The settings file itself, when the corpus has one.
    public var path: String?

    public init() {}

    /// The settings of the corpus folder `directory`: empty when it has no `rhetoric.yaml`.
    public static func load(corpus directory: String) throws -> ProjectSettings {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return ProjectSettings() }
        let decoded = try SourceText.decode(try FileBytes.read(path), file: path)
        var settings = try ProjectSettings(parsing: decoded.text, file: path, corpus: directory)
        settings.path = path
        return settings
    }

    /// Parses settings text; file paths in it are taken relative to `corpus`.
    public init(parsing text: String, file: String, corpus: String) throws(RhetoricError) {
        guard let root = try YAMLFile.root(text, file: file) else { return }
        guard let mapping = root.mapping else { throw RhetoricError(file: file, "needs a mapping of settings (key: value)") }
        func path(_ value: String) -> String {
            value.hasPrefix("/") ? value : (corpus as NSString).appendingPathComponent(value)
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = key.mark?.line
            func scalar() throws(RhetoricError) -> String {
                guard let string = value.scalar?.string, !string.isEmpty else {
                    throw RhetoricError(file: file, line: line, "\(name) needs a value")
                }
                return string
            }
            func number<T: LosslessStringConvertible>(_ type: T.Type) throws(RhetoricError) -> T {
                guard let parsed = T(try scalar()) else { throw RhetoricError(file: file, line: line, "\(name) needs a number") }
                return parsed
            }
            func flag() throws(RhetoricError) -> Bool {
                switch try scalar() {
                case "true", "yes": return true
                case "false", "no": return false
                default: throw RhetoricError(file: file, line: line, "\(name) needs true or false")
                }
            }
            func files() throws(RhetoricError) -> [String] {
                if value.sequence != nil { return YAMLFile.strings(value).map(path) }
                return [path(try scalar())]
            }
            switch name {
            case "lexicon": lexicon = try files()
            case "aliases": aliases = try files()
            case "stopwords": stopwords = path(try scalar())
            case "speakers": speakers = path(try scalar())
            case "speaker_overrides": speakerOverrides = path(try scalar())
            case "themes": themes = path(try scalar())
            case "concepts": concepts = path(try scalar())
            case "phrases": phrases = try flag()
            case "keep_numbers": keepNumbers = try flag()
            case "keep_single_characters": keepSingleCharacters = try flag()
            case "alpha": alpha = try number(Double.self)
            case "min_key_count": minKeyCount = try number(Int.self)
            case "min_log_ratio": minLogRatio = try number(Double.self)
            case "prior_scale": priorScale = try number(Double.self)
            case "min_pair_count": minPairCount = try number(Int.self)
            case "max_pairs": maxPairs = try number(Int.self)
            case "min_trend_count": minTrendCount = try number(Int.self)
            default:
                throw RhetoricError(file: file, line: line, "unknown setting '\(name)'; the settings are \(Self.keys.joined(separator: ", "))")
            }
        }
    }

    /// The files the corpus's settings name (none when it has no settings or they cannot be read:
    /// the command that reads them reports that).
    public static func referencedFiles(corpus directory: String) -> [String] {
        guard let settings = try? load(corpus: directory) else { return [] }
        return settings.lexicon + settings.aliases
            + [settings.stopwords, settings.speakers, settings.speakerOverrides, settings.themes, settings.concepts].compactMap { $0 }
    }

    static let keys = ["lexicon", "aliases", "stopwords", "speakers", "speaker_overrides", "themes", "concepts", "phrases",
                       "keep_numbers", "keep_single_characters", "alpha", "min_key_count", "min_log_ratio", "prior_scale",
                       "min_pair_count", "max_pairs", "min_trend_count"]
}
