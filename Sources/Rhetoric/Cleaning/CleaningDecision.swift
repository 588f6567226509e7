/// A line the cleaner dropped or changed, with the rule or classifier score that decided it.
public struct CleaningDecision: Sendable, Equatable {
    public enum Action: String, Sendable {
        /// Not text: furniture, a caption, a credit, boilerplate.
        case dropped
        /// Read as metadata (title, date, source) and not as text.
        case metadata
        /// Kept with something removed: a dateline, a pinyin reading, a credit.
        case changed
    }

    /// The line of the source (for a text file) or the block of the page (for HTML), from 1.
    public var line: Int
    public var action: Action
    /// What decided: the rule's name, or the classifier's class with its figures.
    public var rule: String
    /// The line or paragraph as it was.
    public var text: String
    /// For a change, the text that remains.
    public var result: String?

    public init(line: Int, _ action: Action, _ rule: String, _ text: String, result: String? = nil) {
        self.line = line
        self.action = action
        self.rule = rule
        self.text = text
        self.result = result
    }
}
