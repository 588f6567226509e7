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
    /// The line of the source (or block of the page) the paragraph starts on, from 1; 0 when unknown.
    /// Not part of equality: two paragraphs are the same text of the same kind.
    public var line: Int

    public init(_ text: String, kind: Kind = .body, line: Int = 0) {
        self.text = text
        self.kind = kind
        self.line = line
    }

    public static func == (a: Paragraph, b: Paragraph) -> Bool { a.text == b.text && a.kind == b.kind }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(kind)
    }
}
