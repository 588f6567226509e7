/// An input problem the user can fix. Every message names the file and, where it helps, the
/// line or byte offset, so the user can go straight to it.
public struct RhetoricError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file the problem is in, as the user gave or sees it.
    public var file: String
    /// 1-based line number, when the problem is on a line.
    public var line: Int?
    /// 0-based byte offset, when the problem is at a byte.
    public var byteOffset: Int?
    public var message: String
    /// The line to add to the manifest, when that is the fix (a file with no meeting date).
    public var manifestLine: String?

    public init(file: String, line: Int? = nil, byteOffset: Int? = nil, _ message: String, manifestLine: String? = nil) {
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
        self.manifestLine = manifestLine
    }

    public var description: String {
        var place = Display.path(file)
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}
