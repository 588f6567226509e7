/// What a line or paragraph is made of: the counts the furniture rules and the prose classifier
/// read, taken in one pass over its characters.
struct TextProfile: Sendable, Equatable {
    /// Characters, spaces not counted.
    var length = 0
    var spaces = 0
    var han = 0
    var latin = 0
    /// Latin letters inside brackets: glosses of names (`普京（Vladimir Putin）`), which are asides to
    /// the reader rather than what the text is made of.
    var glossLatin = 0
    var digits = 0
    /// 。！？!?
    var sentenceEnds = 0
    /// ，、；：,;: (and the ellipsis)
    var clauseMarks = 0
    /// | ｜ > › » 丨 ／ · • and the markers ▲ △ ▼ ▶ ■ ● ◆ ★
    var separators = 0
    /// The function characters of Chinese prose: 的 了 在 是 和 同 与 对 将 为 也 都 把 被 从 向 就 而 并 这 其 中 于 以 等 及 要 有 已
    var functionCharacters = 0
    /// Whether the text ends with sentence-final punctuation (closing quotes and brackets aside).
    var endsSentence = false

    init(_ text: some StringProtocol) {
        var lastMeaningful: UInt16 = 0
        var depth = 0
        for unit in text.utf16 {
            switch unit {
            case 0x20, 0x09, 0x3000:
                spaces += 1
                continue
            default: length += 1
            }
            let kinds = TextProfile.kinds[Int(unit)]
            if TextNormalizer.isHan(unit) {
                han += 1
                if kinds & Kind.function != 0 { functionCharacters += 1 }
            } else if (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0xC0...0x24F).contains(unit) {
                latin += 1
                if depth > 0 { glossLatin += 1 }
            } else if unit == 0x28 || unit == 0xFF08 {
                depth += 1
            } else if (unit == 0x29 || unit == 0xFF09) && depth > 0 {
                depth -= 1
            } else if (0x30...0x39).contains(unit) {
                digits += 1
            } else if kinds & Kind.end != 0 {
                sentenceEnds += 1
            } else if kinds & Kind.clause != 0 {
                clauseMarks += 1
            } else if kinds & Kind.separator != 0 {
                separators += 1
            }
            if kinds & Kind.closing == 0 { lastMeaningful = unit }
        }
        endsSentence = TextProfile.kinds[Int(lastMeaningful)] & Kind.end != 0 || lastMeaningful == 0x2026
    }

    /// The share of characters that are Han, glosses in brackets not counted.
    var hanShare: Double { length > glossLatin ? Double(han) / Double(length - glossLatin) : 0 }

    /// The character classes below as bits, for ``kinds``.
    enum Kind {
        static let function: UInt8 = 1, end: UInt8 = 2, clause: UInt8 = 4, separator: UInt8 = 8, closing: UInt8 = 16
    }

    /// Each UTF-16 unit's classes, one table lookup per character instead of a hashed set each.
    static let kinds: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        let classes: [(String, UInt8)] = [
            ("的了在是和同与对将为也都把被从向就而并这其中于以等及要有已", Kind.function), ("。！？!?", Kind.end),
            ("，、；：,;:…", Kind.clause), ("|｜>›»丨／·•▲△▼▶■●◆★→", Kind.separator), ("”’」』）)》】\"' ", Kind.closing),
        ]
        for (characters, kind) in classes {
            for unit in characters.utf16 { table[Int(unit)] |= kind }
        }
        return table
    }()
}
