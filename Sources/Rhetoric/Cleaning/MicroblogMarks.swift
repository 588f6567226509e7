import Foundation

/// What a copied microblog post carries among its words (a Weibo post: `【…】#两国元首会谈# 5月16日，…
/// L某某的微博视频 收起全文d`): its topics between hash marks, which tag the post and are no words of
/// it, and the platform's link and button texts, whose last or first letter is an icon's glyph
/// (`L某某的微博视频`, `O网页链接`, `收起全文d`, `展开全文c`). Scanned on the line's UTF-8 bytes, and
/// only in a line holding one of their ASCII characters (``anchors``).
enum MicroblogMarks {
    /// The text without them, or nil when it has none.
    static func strip(_ text: String) -> String? {
        var text = text
        let tail = withoutTail(text)
        if let tail { text = tail }
        guard text.withUTF8({ bytes in
            !bytes.isEmpty && anchors.contains { memchr(bytes.baseAddress!, Int32($0), bytes.count) != nil }
        }) else { return tail }
        return TextScan.removing(from: text, ranges(in:)) ?? tail
    }

    /// A post's line without what the platform sets after its last sentence: the accounts it
    /// mentions (`@东方新闻`) and its link's text without the icon (`网页链接`), or nil when it ends
    /// in neither. A mention inside the text (`@东方新闻 报道，…`) stays.
    static func withoutTail(_ text: String) -> String? {
        guard text.hasSuffix("网页链接") || text.unicodeScalars.suffix(32).contains("@") else { return nil }
        var rest = Substring(text)
        while true {
            rest = Substring(rest.trimmingSpaces())
            if rest.hasSuffix("网页链接"), rest.count > 4 {
                rest = rest.dropLast(4)
                continue
            }
            guard let at = rest.lastIndex(of: "@"), rest.distance(from: at, to: rest.endIndex) <= 31 else { break }
            let name = rest[rest.index(after: at)...]
            let before = at > rest.startIndex ? rest[rest.index(before: at)] : " "
            guard !name.isEmpty, !name.contains(where: { $0 == " " || $0.isPunctuation }),
                  !(before.isASCII && (before.isLetter || before.isNumber)) else { break }
            rest = rest[..<at]
        }
        let result = String(rest)
        return result.count < text.count && !result.isEmpty ? result : nil
    }

    /// The ASCII bytes one of them holds (`#`, the `L` of a video link, the `O`, `d` and `c` of the
    /// buttons), rare in Chinese prose: a line without any is passed over by memchr alone.
    static let anchors: [UInt8] = [0x23, 0x4C, 0x4F, 0x64, 0x63]

    /// A topic is at most this many bytes between its marks (ten Han characters make 30).
    static let longestTopic = 90

    static let buttons: [[UInt8]] = ["收起全文d", "展开全文c", "O网页链接"].map { Array($0.utf8) }
    static let videoLink: [UInt8] = Array("的微博视频".utf8)

    /// The byte ranges of topics, buttons and video links, with a space after each.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if let end = topicEnd(in: bytes, from: index) ?? buttonEnd(in: bytes, from: index) ?? videoLinkEnd(in: bytes, from: index) {
                var upper = end
                while upper < bytes.count && bytes[upper] == 0x20 { upper += 1 }
                ranges.append(index..<upper)
                index = upper
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// `#…#` from `start`: a topic holding a non-ASCII character and no space, mark or sentence end
    /// (not Markdown's `# 标题`, nor `#1` and `#2`).
    private static func topicEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes[start] == 0x23, start + 1 < bytes.count, bytes[start + 1] != 0x23, bytes[start + 1] != 0x20 else { return nil }
        var index = start + 1
        var wide = false
        while index < bytes.count, index - start <= longestTopic {
            let byte = bytes[index]
            if byte == 0x23 { return wide && index > start + 1 ? index + 1 : nil }
            if byte == 0x20 || byte == 0x0A { return nil }
            // 。！？ (E3 80 82, EF BC 81, EF BC 9F) end a sentence, which no topic holds.
            if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { return nil }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F { return nil }
            if byte >= 0x80 { wide = true }
            index += 1
        }
        return nil
    }

    private static func buttonEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        for button in buttons where bytes.count - start >= button.count && bytes[start] == button[0]
            && bytes[start..<start + button.count].elementsEqual(button) {
            return start + button.count
        }
        return nil
    }

    /// `L` and an account's name (at most 20 bytes, starting with a non-ASCII character, with no
    /// space or Chinese punctuation) before 的微博视频, at the start of a word (after a space or a
    /// non-ASCII character, or at the line's start): not `Lucas说，这是他的微博视频`.
    private static func videoLinkEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes[start] == 0x4C, start + 1 < bytes.count, bytes[start + 1] >= 0x80,
              start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] >= 0x80 else { return nil }
        var index = start + 1
        // Chinese punctuation is E3 80 xx or EF BC xx.
        while index < bytes.count, index - start <= 21, bytes[index] != 0x20,
              !(index + 1 < bytes.count && (bytes[index] == 0xE3 && bytes[index + 1] == 0x80 || bytes[index] == 0xEF && bytes[index + 1] == 0xBC)) {
            if bytes.count - index >= videoLink.count, bytes[index..<index + videoLink.count].elementsEqual(videoLink), index > start + 1 {
                return index + videoLink.count
            }
            index += 1
        }
        return nil
    }
}
