/// Width and spacing normalisation of one line of Chinese news text.
///
/// Chinese sites mix full-width digits (`２０１５`), ideographic spaces used as indentation or
/// padding, and spaces typeset around numbers (`2 月 4 日`). Left alone, `2015` and `２０１５` count
/// as two terms and `4 日` splits a date, so every line passes through here before anything else.
/// Chinese punctuation is kept as it is, but for the small and vertical forms pages of Big5 days
/// still set (`编辑︰`, `﹐`), which become the usual marks the rules look for.
public enum TextNormalizer {
    /// Full-width digits and Latin letters become ASCII; ideographic spaces (except after a Chinese
    /// character, where they separate words), zero-width characters and control characters
    /// (bidirectional overrides included) are removed; other spaces collapse to one; spaces between
    /// a CJK character and an ASCII letter or digit, or padding an ASCII bracket next to Chinese or a
    /// number (``hugsBracket(_:_:)``), are removed; pictographs opening the line
    /// (``isDecoration(_:)``) are removed; the result is trimmed.
    public static func normalize(_ line: some StringProtocol) -> String {
        if line.utf8.withContiguousStorageIfAvailable(isPlain) == true { return String(line) }
        return normalizeScalars(line)
    }

    /// Whether normalising leaves the UTF-8 as it is: no byte but printable ASCII other than the
    /// space, and no character the rules change (full-width letters and digits, spaces of any kind,
    /// zero-width and control characters). Most lines of prose are, and skip the scalar-by-scalar pass.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let lead = utf8[i]
            switch lead {
            case 0x21...0x7E:
                i += 1
                continue
            case 0xC2...0xDF:
                guard i + 1 < n else { return false }
                let next = utf8[i + 1]
                // C1 controls and the no-break space; U+061C, the Arabic letter mark.
                if lead == 0xC2 && next <= 0xA0 || lead == 0xD8 && next == 0x9C { return false }
                i += 2
            case 0xE0...0xEF:
                guard i + 2 < n else { return false }
                let second = utf8[i + 1], third = utf8[i + 2]
                // A pictograph of the BMP (U+2300–2BFF) or the emoji selector may open the line.
                if i == 0 && (lead == 0xE2 && (0x8C...0xAF).contains(second) || lead == 0xEF && second == 0xB8 && third == 0x8F) { return false }
                switch (lead, second) {
                case (0xE2, 0x80):
                    // U+2000–200F (spaces, zero-width, direction marks), U+2028–202F.
                    if third <= 0x8F || (0xA8...0xAF).contains(third) { return false }
                case (0xE2, 0x81):
                    // U+205F–206F: a space, the word joiner, direction isolates.
                    if third >= 0x9F && third <= 0xAF { return false }
                case (0xE3, 0x80):
                    if third == 0x80 { return false }   // the ideographic space
                case (0xEF, 0xB8):
                    if third == 0xB0 { return false }   // ︰
                case (0xEF, 0xB9):
                    if (0x90...0x97).contains(third) { return false }   // ﹐ to ﹗
                case (0xEF, 0xBB):
                    if third == 0xBF { return false }   // U+FEFF
                case (0xEF, 0xBC):
                    if (0x90...0x99).contains(third) || (0xA1...0xBA).contains(third) { return false }   // ０–９, Ａ–Ｚ
                case (0xEF, 0xBD):
                    if (0x81...0x9A).contains(third) { return false }   // ａ–ｚ
                default:
                    break
                }
                i += 3
            case 0xF0...0xF4:
                // A pictograph may open the line (``isDecoration(_:)``).
                if i == 0 { return false }
                i += 4
            default:
                // Spaces, ASCII controls, and bytes no valid UTF-8 starts with.
                return false
            }
        }
        return true
    }

    /// ``normalize(_:)`` scalar by scalar.
    static func normalizeScalars(_ line: some StringProtocol) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(line.unicodeScalars.count)
        for scalar in line.unicodeScalars {
            let v = scalar.value
            if scalars.isEmpty && isDecoration(scalar) { continue }
            switch v {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                scalars.append(Unicode.Scalar(v - 0xFEE0)!)
            case 0xFE30, 0xFE50...0xFE57:
                scalars.append(smallForms[Int(v == 0xFE30 ? 5 : v - 0xFE50)])
            case 0x3000 where scalars.last.map(isHan) == true:
                // Between Chinese words (a headline's `印度　莫迪`) it separates them.
                appendSpace(&scalars)
            case 0x3000, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            case 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200A, 0x202F, 0x205F:
                appendSpace(&scalars)
            case 0x20:
                appendSpace(&scalars)
            case _ where Display.isControl(scalar):
                continue
            default:
                scalars.append(scalar)
            }
        }
        if scalars.last == " " { scalars.removeLast() }
        var result = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if scalar == " ", i > 0, i + 1 < scalars.count {
                let before = scalars[i - 1], after = scalars[i + 1]
                if (isCJK(before) && isASCIIAlphanumeric(after)) || (isASCIIAlphanumeric(before) && isCJK(after))
                    || hugsBracket(before, after) {
                    continue
                }
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// A pictograph shown as an emoji (`👇`, `🔥`, `📌`, `✅`, `⭐`, a flag's letters) or the selector
    /// that asks for one: a social page's decoration before its calls to the reader (`👇点击下方卡片，
    /// 关注…`) and its boxes' titles (`🔥 热门推荐`), never a word of a report. Removed where it opens a
    /// line, so that the rules read the line as they read it undecorated; after a line's words it
    /// stays, where it may point at what follows (``Furniture/isPointer(_:)``). The marks a list's
    /// items open with (`★`, `▶`, `✔`) are no emoji by default and stay for the list rules.
    static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFE0F || scalar.value > 0x7F && scalar.properties.isEmojiPresentation
    }

    /// Whether a space between `before` and `after` pads an ASCII bracket next to Chinese text or a
    /// number, as pages converted from HTML set them (`今 ( 30 ) 日`, `海川 ( 左 ) 说`): closed up as
    /// the full-width brackets are, so the rules for dates and photo positions read them.
    static func hugsBracket(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let digit = { (s: Unicode.Scalar) in ("0"..."9").contains(s) }
        return isCJK(before) && after == "(" || before == ")" && isCJK(after)
            || before == "(" && (isCJK(after) || digit(after)) || (isCJK(before) || digit(before)) && after == ")"
    }

    /// The usual marks for ﹐ ﹑ ﹒ (none) ﹔ ﹕ ﹖ ﹗, in code point order from U+FE50; ︰ is a colon too.
    private static let smallForms: [Unicode.Scalar] = ["，", "、", "．", "\u{FE53}", "；", "：", "？", "！"]

    /// Whether the raw line starts with white space: in plain-text news copy an indented line
    /// starts a paragraph.
    public static func isIndented(_ line: some StringProtocol) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return first == " " || first == "\t" || first == "\u{3000}" || first == "\u{A0}"
    }

    /// Han ideographs, CJK symbols and punctuation, full-width forms and curly quotes.
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
             0x20000...0x2FA1F, 0x2018...0x201F:
            true
        default:
            false
        }
    }

    /// Han ideographs only, as a UTF-16 code unit (a supplementary ideograph's lead surrogate counts).
    public static func isHan(_ unit: UInt16) -> Bool {
        (0x3400...0x4DBF).contains(unit) || (0x4E00...0x9FFF).contains(unit) || (0xF900...0xFAFF).contains(unit)
            || (0xD840...0xD87E).contains(unit)
    }

    /// Han ideographs only.
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (("0"..."9").contains(s) || ("a"..."z").contains(s) || ("A"..."Z").contains(s))
    }

    private static func appendSpace(_ scalars: inout [Unicode.Scalar]) {
        if let last = scalars.last, last != " " { scalars.append(" ") }
    }

    /// Display width in half-width units (CJK characters count 2), used to infer column width.
    public static func displayWidth(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isCJK($1) || isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x2FFF, 0x3040...0x33FF, 0xAC00...0xD7A3, 0xFE30...0xFE4F: true
        default: false
        }
    }
}
