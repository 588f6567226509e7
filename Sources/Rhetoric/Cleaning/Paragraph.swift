/// One paragraph of a cleaned report body.
public struct Paragraph: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// Running text.
        case body
        /// A headline or section heading: a short line standing alone without final punctuation.
        case heading
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .body) {
        self.text = text
        self.kind = kind
    }
}
