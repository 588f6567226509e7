/// A request the tool refuses or cannot act on as given: a bad option value, an unknown meeting or
/// speaker, an output folder that is not the tool's to replace. Exit code 2; the message says why
/// and what to do instead.
public struct UsageError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
