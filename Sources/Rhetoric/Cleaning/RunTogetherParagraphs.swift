import Foundation

/// Paragraphs a page ran together into one line, each set off from the last by spaces after its
/// closing mark (`…指明了方向。 友谊之桥 越走越宽 巴西利亚，…。 1日上午，…`): a site whose text
/// lost its paragraph breaks, or a page saved from one. Left as one line, the section headings
/// (`友谊之桥 越走越宽`) open the next paragraph's first sentence and are counted as its words, and a
/// speech cue's paragraph runs on into the narration after it.
///
/// A line is read as run together when it has at least ``minimumBreaks`` such breaks: a sentence's
/// end (a full-width 。！？ or …, then any closing quotes or brackets), spaces of any kind, then a
/// character that opens text, but not a photo's credit (`新华社记者 某某 摄`), which belongs to the
/// caption before it. Chinese sets no space after a sentence, so one stray break is a typing slip,
/// not a layout. Each paragraph after the first may open with a heading: one to
/// ``maximumHeadingWords`` words of Han characters (``headingWordLengths``) with a space after
/// each, before a paragraph that has clause punctuation.
enum RunTogetherParagraphs {
    static let minimumBreaks = 2
    static let maximumHeadingWords = 3
    /// A heading's words are phrases (`友谊之桥`, `合作之路越走越实`): a word of two characters before a
    /// space is a stray space in a sentence (`双方 同意，…`).
    static let headingWordLengths = 4...16

    struct Piece: Equatable {
        var text: String
        var isHeading = false
    }

    /// The paragraphs and headings of a run-together line, in order; nil for any other line.
    static func split(_ text: String) -> [Piece]? {
        guard mayHaveBreaks(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var starts = [0]
        var index = 0
        while index < scalars.count {
            guard isSpace(scalars[index]) else {
                index += 1
                continue
            }
            let spaceStart = index
            while index < scalars.count && isSpace(scalars[index]) { index += 1 }
            if index < scalars.count, endsSentence(scalars[..<spaceStart]), opensText(scalars[index]),
               !opensWithCredit(scalars[index...]) {
                starts.append(index)
            }
        }
        guard starts.count > minimumBreaks else { return nil }
        var pieces: [Piece] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : scalars.count
            let paragraph = scalars[start..<end]
            if number > 0, let (heading, rest) = heading(opening: paragraph) {
                pieces.append(Piece(text: string(heading), isHeading: true))
                pieces.append(Piece(text: string(rest)))
            } else {
                pieces.append(Piece(text: string(paragraph)))
            }
        }
        return pieces
    }

    /// The heading words opening a paragraph, and the paragraph after them: words of Han
    /// characters, each followed by spaces, up to the first stretch of text with clause punctuation.
    static func heading(opening paragraph: ArraySlice<Unicode.Scalar>) -> (ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>)? {
        var wordStart = paragraph.startIndex
        for _ in 0..<maximumHeadingWords {
            var wordEnd = wordStart
            while wordEnd < paragraph.endIndex && TextNormalizer.isHan(paragraph[wordEnd]) { wordEnd += 1 }
            guard headingWordLengths.contains(wordEnd - wordStart), wordEnd < paragraph.endIndex,
                  isSpace(paragraph[wordEnd]) else { return nil }
            var next = wordEnd
            while next < paragraph.endIndex && isSpace(paragraph[next]) { next += 1 }
            let rest = paragraph[next...]
            if rest.prefix(while: { !isSpace($0) }).contains(where: Unwrapper.clausePunctuation.contains) {
                return (paragraph[..<wordEnd], rest)
            }
            wordStart = next
        }
        return nil
    }

    /// Whether the UTF-8 has a space of any kind after a character of more than one byte (as every
    /// full-width mark and closer is): asked of every line, most of which have none, before any
    /// scalar is read.
    private static func mayHaveBreaks(_ text: String) -> Bool {
        // Most lines have no space at all: looked for with memchr first.
        let spaced = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x20, bytes.count) != nil || memchr(base, 0x09, bytes.count) != nil
                || spaces.contains { $0.withUnsafeBufferPointer { TextScan.find($0, in: bytes) != nil } }
        } ?? true
        guard spaced else { return false }
        let continuation: ClosedRange<UInt8> = 0x80...0xBF
        var (b1, b2, b3): (UInt8, UInt8, UInt8) = (0, 0, 0)  // the bytes before, nearest first
        for byte in text.utf8 {
            if (byte == 0x20 || byte == 0x09) && continuation.contains(b1) { return true }
            if byte == 0xA0 && b1 == 0xC2 && continuation.contains(b2) { return true }  // U+00A0
            if byte == 0x80 && b1 == 0x80 && b2 == 0xE3 && continuation.contains(b3) { return true }  // U+3000
            (b3, b2, b1) = (b2, b1, byte)
        }
        return false
    }

    /// U+3000 and U+00A0 in UTF-8.
    private static let spaces: [[UInt8]] = [[0xE3, 0x80, 0x80], [0xC2, 0xA0]]

    /// Whether the text before a run of spaces ends a Chinese sentence: a full-width mark, then any
    /// closers. (A `!` before a space is as likely a forum's noise or a Latin sentence's.)
    private static func endsSentence(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = before.endIndex
        while index > before.startIndex && Unwrapper.closers.contains(before[index - 1]) { index -= 1 }
        return index > before.startIndex && ["。", "！", "？", "…"].contains(before[index - 1])
    }

    /// Whether a paragraph may open with the character: a Han character, a digit (of either width:
    /// the line is read before it is normalised), or an opening quote or bracket.
    private static func opensText(_ scalar: Unicode.Scalar) -> Bool {
        TextNormalizer.isHan(scalar) || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) || ["“", "「", "『", "《", "（", "(", "【"].contains(scalar)
    }

    /// Whether the text after a break opens with a photo credit (`新华社记者 某某 摄`): the caption
    /// before it and the credit stay one paragraph, which the caption rules then drop.
    private static func opensWithCredit(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let head = text.prefix(longestCredit)
        guard let mark = head.firstIndex(of: "摄"), mark > head.startIndex, isSpace(head[mark - 1]) else { return false }
        return !head[..<mark].contains(where: Unwrapper.clausePunctuation.contains)
    }

    /// The longest photo credit (`新华社记者 某某 摄`) in characters.
    static let longestCredit = 24

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{3000}"
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text).trimmingSpaces()
    }
}
