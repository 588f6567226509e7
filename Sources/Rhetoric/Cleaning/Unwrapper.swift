/// Rebuilds paragraphs from text hard-wrapped in newspaper columns.
///
/// Print copy pasted from a PDF or an e-paper breaks lines at the column edge, inside words and
/// even across blank lines (`继\n\n往开来`). Chinese has no spaces between words, so a break inside
/// a sentence joins with nothing. The rules, in order:
/// - a line ending in sentence-final punctuation (。！？…, optionally followed by a closing quote
///   or bracket) ends its paragraph, except in a column-wrapped document when the line reaches the
///   column edge and the next line follows at once, unindented: there the sentence simply ended
///   at the edge, and paragraphs are set apart by blank lines or short last lines;
/// - an indented line starts a paragraph;
/// - a heading (see ``isHeading``) is a paragraph of its own;
/// - across a blank line, the text continues only if the line before it reaches the column edge:
///   its display width is at least the document's column width less two CJK characters. The column
///   width is inferred per document as the most common line width; a document with no such common
///   width is not column-wrapped and every unfinished line continues.
public struct Unwrapper: Sendable {
    /// One item of the input: a text line, a blank line, or a hard boundary left by something the
    /// cleaner removed (a header line, chrome).
    public enum Item: Equatable, Sendable {
        case line(String, indented: Bool)
        /// A line the source marks as a heading (a Markdown `#` line).
        case heading(String)
        case blank
        case boundary
    }

    /// Lines whose width is within this many half-width units of the column count as full.
    static let columnSlack = 4

    public init() {}

    public func paragraphs(from items: [Item]) -> [Paragraph] {
        let columnWidth = Unwrapper.columnWidth(of: items)
        var blocks: [Paragraph] = []
        var current: [String] = []
        var previous: String? = nil  // last line of `current`
        var blankSincePrevious = false
        var startsParagraph = true  // the next line starts a paragraph if it is not a continuation

        func flush() {
            if !current.isEmpty {
                blocks.append(Paragraph(current.joined()))
            }
            current = []
            previous = nil
        }

        for (index, item) in items.enumerated() {
            switch item {
            case .blank:
                blankSincePrevious = true
            case .boundary:
                flush()
                startsParagraph = true
                blankSincePrevious = false
            case .heading(let text):
                flush()
                blocks.append(Paragraph(text, kind: .heading))
                startsParagraph = true
                blankSincePrevious = false
            case .line(let text, let indented):
                let wrappedAtEdge = startsParagraph && !blankSincePrevious && !indented
                    && Unwrapper.isFull(previous, columnWidth: columnWidth)
                let opensParagraph = (startsParagraph && !wrappedAtEdge) || indented || previous == nil
                if opensParagraph, Unwrapper.isHeading(text), Unwrapper.standsAlone(items, after: index) {
                    flush()
                    blocks.append(Paragraph(text, kind: .heading))
                    startsParagraph = true
                    blankSincePrevious = false
                    continue
                }
                if previous != nil, !opensParagraph {
                    let continues = !blankSincePrevious || columnWidth == nil || Unwrapper.isFull(previous, columnWidth: columnWidth)
                    if !continues { flush() }
                } else {
                    flush()
                }
                current.append(text)
                previous = text
                startsParagraph = Unwrapper.endsSentence(text)
                blankSincePrevious = false
            }
        }
        flush()
        return blocks
    }

    /// Whether a line reaches the column edge (within ``columnSlack``).
    static func isFull(_ line: String?, columnWidth: Int?) -> Bool {
        guard let line, let columnWidth else { return false }
        return TextNormalizer.displayWidth(line) >= columnWidth - columnSlack
    }

    /// The most common display width of the text lines, if it is common enough (a quarter of at
    /// least eight lines) to be a column.
    static func columnWidth(of items: [Item]) -> Int? {
        var counts: [Int: Int] = [:]
        var total = 0
        for case .line(let text, _) in items {
            counts[TextNormalizer.displayWidth(text), default: 0] += 1
            total += 1
        }
        guard total >= 8,
              let (width, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              count * 4 >= total
        else { return nil }
        return width
    }

    /// Whether the text ends a sentence: 。！？ or an ellipsis, optionally followed by closing quotes
    /// or brackets.
    public static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if closers.contains(scalar) { continue }
            return terminals.contains(scalar)
        }
        return false
    }

    static let terminals: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "…"]
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》", "\"", "'", "】"]
    static let clausePunctuation: Set<Unicode.Scalar> = ["，", "、", "；", "：", "。", "！", "？", ",", ";", ":"]

    /// A heading is at most 60 characters long, has no clause or sentence punctuation and does not
    /// end mid-phrase; it must also start a paragraph and stand alone (see ``standsAlone``).
    public static func isHeading(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard !scalars.isEmpty, text.hasAtMost(60),
              !scalars.contains(where: clausePunctuation.contains),
              let last = scalars.last, !["“", "《", "（", "(", "—", "-"].contains(last)
        else { return false }
        return scalars.contains(where: TextNormalizer.isHan)
    }

    /// Whether the line at `index` is followed by a blank line, a boundary or the end.
    static func standsAlone(_ items: [Item], after index: Int) -> Bool {
        let next = index + 1
        guard next < items.count else { return true }
        return items[next] == .blank || items[next] == .boundary
    }
}
