/// Pinyin readings that some gateways insert after characters (`習(xí)近平`, `總統(tǒng)`, `協(xié)作`):
/// they cut words apart (`协(xié)作战(zhàn)略` would yield a spurious 作战) and are never text.
///
/// A reading is a bracketed run of 1–6 lowercase Latin letters, right after a Han character (or
/// after its first reading: `國(guó)(guo)`), that is a pinyin syllable: it carries a tone mark
/// (ā á ǎ à …, ü), or, without one (a neutral tone), it stands in a line where a toned reading
/// stands too. `(APEC)`, `(Reuters)` and `(a)` stay.
enum PinyinReadings {
    /// The text without its readings, or nil when it has none.
    static func strip(_ text: String) -> String? {
        guard text.utf16.contains(where: { $0 == 0x28 || $0 == 0xFF08 }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var readings: [(range: Range<Int>, toned: Bool)] = []
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            // Right after a Han character, or after its reading (`國(guó)(guo)`: some pages give two).
            let afterReading = readings.last?.range.upperBound == index
            guard scalars[index] == "(" || scalars[index] == "（", TextNormalizer.isHan(scalars[index - 1]) || afterReading else { continue }
            var end = index + 1
            var toned = false
            while end < scalars.count, end - index <= 7, isPinyinLetter(scalars[end]) {
                if !("a"..."z").contains(scalars[end]) { toned = true }
                end += 1
            }
            guard end < scalars.count, scalars[end] == ")" || scalars[end] == "）", end - index >= 2 else { continue }
            readings.append((index..<end + 1, toned))
            index = end
        }
        guard readings.contains(where: \.toned) else { return nil }
        var kept = String.UnicodeScalarView()
        var position = 0
        for reading in readings {
            kept.append(contentsOf: scalars[position..<reading.range.lowerBound])
            position = reading.range.upperBound
        }
        kept.append(contentsOf: scalars[position...])
        return String(kept)
    }

    /// A lowercase Latin letter, with or without a pinyin tone mark.
    static func isPinyinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.contains(scalar)
    }
}
