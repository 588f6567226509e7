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
