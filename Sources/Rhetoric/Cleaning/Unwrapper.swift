/// Rebuilds paragraphs from the lines of a text document.
///
/// Print copy pasted from a PDF or an e-paper breaks lines at the column edge, inside words and
/// even across blank lines (`继\n\n往开来`). Only such a **column-wrapped** document is unwrapped:
/// the column width is inferred as the most common line width (CJK characters count two), when a
/// quarter of at least eight lines share it, at most an eighth run past it and at most half of those
/// at the width end a sentence. There:
/// - a line ending in sentence-final punctuation (。！？…, optionally followed by a closing quote or
///   bracket) ends its paragraph, except when the line reaches the column edge and the next line
///   follows at once, unindented: the sentence simply ended at the edge;
/// - across a blank line, the text continues only if the line before it reaches the column edge
///   (within two CJK characters of the width);
/// - an indented line starts a paragraph.
///
/// Everywhere else a line break is a paragraph break, except that, once a sentence has ended (below
/// the headline and the page's header), a line of prose that stops mid-sentence (Han share ≥ 0.6,
/// no sentence-final mark at its end, no space between Chinese characters, and either at least 15
/// characters with a clause mark or, whatever its length, ending in a clause: `，`, `、`, `；`, or a
/// `：` after one of those) continues on the next line of text, across blank lines too: a copy that
/// broke a paragraph in two, or a sentence set out a clause per line (a toast's `现在，我提议：` /
/// `为…的健康，` / `干杯！`); and, even above the first sentence, a line ending in a word cut after
/// its last sentence (`…台阶。习` / `近平强调，…`). Not when the next line opens with someone's
/// speech cue (`海川表示，`, ``opensWithCue``): that is a paragraph of its own, after one whose
/// source lost its final 。; nor
/// when it is a photo's credit alone (`东方社记者 张三 摄` under `记者的镜头，定格下这样的瞬间——`). A
/// line that is not prose (a headline, a label, a timestamp) is never joined to anything, and
/// boilerplate removed before this step leaves a hard boundary.
///
/// In both, a heading (see ``isHeading``) standing alone is a paragraph of its own.
public struct Unwrapper: Sendable {
    /// One item of the input: a text line, a blank line, or a hard boundary left by something the
    /// cleaner removed (a header line, furniture).
    public enum Item: Equatable, Sendable {
        /// A line with its number in the source.
        case line(String, indented: Bool, number: Int)
        /// A line the source marks as a heading (a Markdown `#` line).
        case heading(String, number: Int)
        case blank
        case boundary
    }

    /// Lines whose width is within this many half-width units of the column count as full.
    static let columnSlack = 4

    /// Whether a line opens with someone's speech cue (``SpeakerList/opensWithCue(_:)``).
    let opensWithCue: @Sendable (String) -> Bool

    public init(opensWithCue: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.opensWithCue = opensWithCue
    }

    public func paragraphs(from items: [Item]) -> [Paragraph] {
        let columnWidth = Unwrapper.columnWidth(of: items)
        var blocks: [Paragraph] = []
        var current: [String] = []
        var currentLine = 0
        var previous: String? = nil  // last line of `current`
        var blankSincePrevious = false
        var startsParagraph = true  // the next line starts a paragraph if it is not a continuation
        var pastHeader = false  // a sentence has ended: the headline and the page's header are above

        func flush() {
            if !current.isEmpty {
                blocks.append(Paragraph(current.joined(), line: currentLine))
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
            case .heading(let text, let number):
                flush()
                blocks.append(Paragraph(text, kind: .heading, line: number))
                startsParagraph = true
                blankSincePrevious = false
            case .line(let text, let indented, let number):
                let continues: Bool
                if let columnWidth {
                    let wrappedAtEdge = startsParagraph && !blankSincePrevious && !indented
                        && Unwrapper.isFull(previous, columnWidth: columnWidth)
                    let opens = (startsParagraph && !wrappedAtEdge) || indented || previous == nil
                    continues = !opens && (!blankSincePrevious || Unwrapper.isFull(previous, columnWidth: columnWidth))
                } else {
                    let broken = previous.map { pastHeader && Unwrapper.stopsMidSentence($0) || Unwrapper.endsInFragment($0) } ?? false
                    // A quotation card's source on its own line goes with the quotation above it.
                    let credits = current.count == 1 && previous.map(Unwrapper.isWholeQuotation) == true && Unwrapper.isQuotationSource(text)
                    continues = credits || broken && !opensWithCue(text) && !Artefacts.isCreditOnly(text) && !Unwrapper.isSectionNumber(text)
                }
                if !continues, Unwrapper.isHeading(text), Unwrapper.standsAlone(items, after: index) {
                    flush()
                    blocks.append(Paragraph(text, kind: .heading, line: number))
                    startsParagraph = true
                    blankSincePrevious = false
                    continue
                }
                if !continues {
                    flush()
                    currentLine = number
                }
                current.append(text)
                previous = text
                startsParagraph = Unwrapper.endsSentence(text)
                pastHeader = pastHeader || startsParagraph
                blankSincePrevious = false
            }
        }
        flush()
        return blocks
    }

    /// Whether a line of a document that is not column-wrapped is prose broken off mid-sentence. A
    /// space between Chinese characters is a headline's, never prose's, a line ending in a photo
    /// credit or opening like a caption is a caption (`…举行会谈，图自社交媒体`, `资料照片：…`), and
    /// one ending in quoted words is a sentence that the press of Taiwan and Hong Kong ends without a
    /// mark (`…他指出，「…，…互补性」`).
    static func stopsMidSentence(_ line: String) -> Bool {
        guard !endsSentence(line), Artefacts.trailingCredit(in: line) == nil, !Artefacts.isCaptionOpening(line),
              !endsInQuotedWords(line) else { return false }
        let profile = TextProfile(line)
        guard profile.hanShare >= 0.6, endsMidClause(line) || profile.length >= 15 && profile.clauseMarks >= 1 else { return false }
        var previous: Unicode.Scalar = "a"
        var space = false
        for scalar in line.unicodeScalars {
            if TextNormalizer.isHan(scalar) && space && TextNormalizer.isHan(previous) { return false }
            if scalar == " " || scalar == "\u{3000}" {
                space = true
            } else {
                space = false
                previous = scalar
            }
        }
        return true
    }

    /// Whether a line ends in one to three Han characters after a sentence's end (`…台阶。习`): a word
    /// a copy cut at the line's end, whose rest opens the next line (`近平强调，…`). No headline has
    /// that shape, so it holds above the first sentence too.
    static func endsInFragment(_ line: String) -> Bool {
        var count = 0
        for scalar in line.unicodeScalars.reversed() {
            if terminals.contains(scalar) { return count > 0 }
            guard TextNormalizer.isHan(scalar), count < 3 else { return false }
            count += 1
        }
        return false
    }

    /// Whether a line ends in the middle of a sentence's clauses: on `，`, `、` or `；`, or on a `：`
    /// that follows one of them (`现在，我提议：`; a label's colon, `记者：` or `普京：`, follows none).
    static func endsMidClause(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let last = scalars.last else { return false }
        if last == "，" || last == "、" || last == "；" { return true }
        return last == "：" && scalars.dropLast().contains { $0 == "，" || $0 == "、" || $0 == "；" }
    }

    /// Whether a line ends by closing a quotation of words rather than of a name: one that holds a
    /// clause mark (`「中法合作历史久远，…」`; `“一带一路”` holds none). Read back from the end.
    static func endsInQuotedWords(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let last = scalars.last, let opening = quotePairs[last] else { return false }
        for scalar in scalars.reversed().dropFirst() {
            if scalar == opening { return false }
            if clausePunctuation.contains(scalar) { return true }
        }
        return false
    }

    /// Whether a line is words quoted whole: it opens with a quotation mark and ends closing it.
    static func isWholeQuotation(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { return false }
        return quotePairs[last] == first
    }

    /// Closing quotes and the opening quote of each.
    static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = ["”": "“", "」": "「", "』": "『"]

    /// Whether a line reaches the column edge (within ``columnSlack``).
    static func isFull(_ line: String?, columnWidth: Int?) -> Bool {
        guard let line, let columnWidth else { return false }
        return TextNormalizer.displayWidth(line) >= columnWidth - columnSlack
    }

    /// The most common display width of the text lines, if it is common enough (a quarter of at
    /// least eight lines) to be a column, lines pass it rarely (at most an eighth of them by more
    /// than ``columnSlack``), and at most half the lines of that width end a sentence (a column
    /// breaks lines mid-sentence: nine in ten of a wrapped seed's full lines). In a page of one
    /// paragraph per line, two labels or two sentences of one width are no column.
    static func columnWidth(of items: [Item]) -> Int? {
        var counts: [Int: (lines: Int, ending: Int)] = [:]
        var total = 0
        for case .line(let text, _, _) in items {
            let width = TextNormalizer.displayWidth(text)
            let count = counts[width, default: (0, 0)]
            counts[width] = (count.lines + 1, count.ending + (endsSentence(text) ? 1 : 0))
            total += 1
        }
        guard total >= 8,
              let (width, count) = counts.max(by: { ($0.value.lines, $1.key) < ($1.value.lines, $0.key) }),
              count.lines * 4 >= total, count.ending * 2 <= count.lines,
              counts.reduce(0, { $0 + ($1.key > width + columnSlack ? $1.value.lines : 0) }) * 8 <= total
        else { return nil }
        return width
    }

    /// Whether the text ends a sentence: 。！？ or an ellipsis, optionally followed by closing quotes
    /// or brackets, or by a bracketed credit of at most 30 characters (`…成果。（译者：某某）`).
    /// Asked of every line, so it reads back from the end and never the whole line.
    public static func endsSentence(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard var index = scalars.indices.last else { return false }
        if scalars[index] == "）" || scalars[index] == ")" {
            // The last opening bracket, if it is within 30 characters, and what stands before it.
            var open = index
            for _ in 0..<30 where open > scalars.startIndex {
                open = scalars.index(before: open)
                guard scalars[open] == "（" || scalars[open] == "(" else { continue }
                if open > scalars.startIndex && terminals.contains(scalars[scalars.index(before: open)]) { return true }
                break
            }
        }
        while closers.contains(scalars[index]) {
            guard index > scalars.startIndex else { return false }
            index = scalars.index(before: index)
        }
        return terminals.contains(scalars[index]) || endsWithQuotationSource(text)
    }

    /// Whether a line ends in the source a quotation card sets after the words (`“…。”——高峰`,
    /// `“…！”——高峰在会谈中`): a dash right after a sentence's end (perhaps closing a quotation), then
    /// at most ``longestSource`` characters with no punctuation. Such a line ends its sentence.
    static func endsWithQuotationSource(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        // The source's first character: after a dash within the line's last characters.
        var index = scalars.endIndex
        var found = false
        for _ in 0...longestSource where index > scalars.startIndex {
            let before = scalars.index(before: index)
            if scalars[before] == "—" {
                found = true
                break
            }
            if endsSource(scalars[before]) { return false }
            index = before
        }
        guard found, index < scalars.endIndex else { return false }
        var dash = scalars.index(before: index)
        while dash > scalars.startIndex, scalars[scalars.index(before: dash)] == "—" { dash = scalars.index(before: dash) }
        // Words quoted whole end a sentence before the dash (`…。”——`); a name or a slogan does not
        // (`“丝路之友”——记…`, a feature's headline).
        guard dash > scalars.startIndex else { return false }
        let mark = scalars.index(before: dash)
        return terminals.contains(scalars[mark])
            || quotePairs[scalars[mark]] != nil && mark > scalars.startIndex && terminals.contains(scalars[scalars.index(before: mark)])
    }

    /// Whether a line is nothing but a quotation's source after a dash (`——高峰在会谈中`), set under the
    /// quotation it credits.
    static func isQuotationSource(_ text: String) -> Bool {
        text.hasPrefix("—") && text.unicodeScalars.count <= longestSource + 2
            && !text.unicodeScalars.contains(where: endsSource)
            && text.unicodeScalars.contains(where: TextNormalizer.isHan)
    }

    /// The longest source after a quotation's dash, in characters.
    static let longestSource = 20

    /// Marks no quotation's source holds: a clause's or a sentence's, or a closing quote or bracket.
    static func endsSource(_ scalar: Unicode.Scalar) -> Bool {
        clausePunctuation.contains(scalar) || terminals.contains(scalar) || closers.contains(scalar)
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

    /// A section's number alone on its line (`一`, `十二`, `（三）`, `4.`: at most three numerals or two
    /// digits), as a joint statement numbers its parts: it opens the section, never goes on with the
    /// line before (`…声明如下：`).
    static func isSectionNumber(_ text: String) -> Bool {
        var scalars = Substring(text.trimmingSpaces()).unicodeScalars[...]
        if let first = scalars.first, let last = scalars.last, (first == "（" && last == "）") || (first == "(" && last == ")") {
            scalars = scalars.dropFirst().dropLast()
        } else if let last = scalars.last, [".", "．", "、"].contains(last) {
            scalars = scalars.dropLast()
        }
        let numerals = "一二三四五六七八九十〇".unicodeScalars, digits = "0123456789".unicodeScalars
        return (1...3).contains(scalars.count) && scalars.allSatisfy(numerals.contains)
            || (1...2).contains(scalars.count) && scalars.allSatisfy(digits.contains)
    }

    /// Whether the line at `index` is followed by a blank line, a boundary or the end.
    static func standsAlone(_ items: [Item], after index: Int) -> Bool {
        let next = index + 1
        guard next < items.count else { return true }
        return items[next] == .blank || items[next] == .boundary
    }
}
