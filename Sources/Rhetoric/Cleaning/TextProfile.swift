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

    /// The text's profile, read on its UTF-8 where the string has it in one piece (a line of a
    /// native string), as UTF-16 units: a character outside the BMP counts as its two surrogates.
    init(_ text: some StringProtocol) {
        var profile = TextProfile()
        var scan = Scan()
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + width <= bytes.count else { break }
                var scalar = width == 1 ? lead : lead & (0xFF >> (width + 1))
                for offset in 1..<width { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if scalar < 0x10000 {
                    scan.add(UInt16(scalar), to: &profile)
                } else {
                    scan.add(UInt16(0xD800 + ((scalar - 0x10000) >> 10)), to: &profile)
                    scan.add(UInt16(0xDC00 + (scalar & 0x3FF)), to: &profile)
                }
                index += width
            }
        }
        guard read != nil else {
            self = TextProfile(units: text.utf16)
            return
        }
        profile.endsSentence = scan.endsSentence
        self = profile
    }

    /// The profile of UTF-16 units.
    init(units: some Sequence<UInt16>) {
        var scan = Scan()
        for unit in units { scan.add(unit, to: &self) }
        endsSentence = scan.endsSentence
    }

    private init() {}

    /// What a pass carries from one unit to the next.
    private struct Scan {
        var lastMeaningful: UInt16 = 0
        /// How deep in brackets the pass is.
        var depth = 0

        var endsSentence: Bool { TextProfile.kinds[Int(lastMeaningful)] & Kind.end != 0 || lastMeaningful == 0x2026 }

        @inline(__always)
        mutating func add(_ unit: UInt16, to profile: inout TextProfile) {
            switch unit {
            case 0x20, 0x09, 0x3000:
                profile.spaces += 1
                return
            default: profile.length += 1
            }
            let kinds = TextProfile.kinds[Int(unit)]
            if TextNormalizer.isHan(unit) {
                profile.han += 1
                if kinds & Kind.function != 0 { profile.functionCharacters += 1 }
            } else if (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0xC0...0x24F).contains(unit) {
                profile.latin += 1
                if depth > 0 { profile.glossLatin += 1 }
            } else if unit == 0x28 || unit == 0xFF08 {
                depth += 1
            } else if (unit == 0x29 || unit == 0xFF09) && depth > 0 {
                depth -= 1
            } else if (0x30...0x39).contains(unit) {
                profile.digits += 1
            } else if kinds & Kind.end != 0 {
                profile.sentenceEnds += 1
            } else if kinds & Kind.clause != 0 {
                profile.clauseMarks += 1
            } else if kinds & Kind.separator != 0 {
                profile.separators += 1
            }
            if kinds & Kind.closing == 0 { lastMeaningful = unit }
        }
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
