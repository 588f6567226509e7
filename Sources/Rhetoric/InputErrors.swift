/// Every input problem a run found, so a user fixes them all before the next run instead of one
/// per run. Exit code 1.
public struct InputErrors: Error, Sendable {
    public var errors: [RhetoricError]
    /// The manifest that undated files need lines in.
    public var manifestPath: String

    public init(_ errors: [RhetoricError], manifestPath: String) {
        self.errors = errors
        self.manifestPath = manifestPath
    }

    /// The values of per-file outcomes, or every problem at once: the source's own (its manifest's)
    /// first, then each failing file's.
    static func values<Value>(_ outcomes: [Result<Value, RhetoricError>], of source: CorpusSource) throws(InputErrors) -> [Value] {
        var problems = source.manifest.problems
        var values: [Value] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let value): values.append(value)
            case .failure(let error): problems.append(error)
            }
        }
        guard problems.isEmpty else { throw InputErrors(problems, manifestPath: source.manifestPath) }
        return values
    }

    /// One line per problem, then the manifest lines to add, together, ready to paste.
    public var lines: [String] {
        var lines = errors.map(\.description)
        let additions = errors.compactMap(\.manifestLine)
        if additions.count > 1 {
            lines.append("\(additions.count) files have no meeting date; add these lines to \(manifestPath) (with the real dates):\n"
                         + additions.map { "  " + $0 }.joined(separator: "\n"))
        }
        return lines
    }
}
