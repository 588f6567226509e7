/// Sentences in another language set among the Chinese ones of a paragraph, as bilingual pages and
/// pages with a translation run in write them (`…访问南方国。 It was the first country he visited
/// after… 那次访问…`): the paragraph's Chinese is the report, and so much Latin text would make the
/// prose classifier take the whole paragraph for boilerplate.
///
/// Such a sentence is a run of text in an alphabet (ASCII, or the two-byte letters of Latin with
/// accents, Greek and Cyrillic: a Russian translation's `Прежде всего, …`) of at least
/// ``minimumBytes`` bytes that holds at least ``minimumWords`` words of letters, in a line that has
/// Han characters outside it. Names, glosses and acronyms stay: they are shorter, or in brackets
/// (`普京(Vladimir Vladimirovich Putin)`). Scanned on the line's UTF-8 bytes.
enum ForeignSentences {
    static let minimumBytes = 30
    static let minimumWords = 5

    /// The text without its foreign sentences, or nil when it has none.
    static func strip(_ text: String) -> String? {
        TextScan.removing(from: text, foreignRuns(in:))
    }

    /// The byte ranges of the foreign sentences of a line.
    static func foreignRuns(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var hasHan = false
        var index = 0
        while index < bytes.count {
            guard alphabetic(bytes, at: index) != nil else {
                // A Han character is three bytes from E3 to E9 (U+3400…U+9FFF).
                if (0xE3...0xE9).contains(bytes[index]) { hasHan = true }
                index += 1
                continue
            }
            let start = index
            var words = 0
            var inWord = false
            while index < bytes.count, let (length, letter) = alphabetic(bytes, at: index) {
                if letter && !inWord { words += 1 }
                inWord = letter || (inWord && bytes[index] == 0x27)  // it's
                index += length
            }
            let bracketed = bytes[start] == 0x28 || (start >= 3 && bytes[start - 3] == 0xEF && bytes[start - 2] == 0xBC && bytes[start - 1] == 0x88)  // ( （
            if index - start >= minimumBytes && words >= minimumWords && !bracketed { runs.append(start..<index) }
        }
        return hasHan ? runs : []
    }

    /// The length in bytes of the character of an alphabet's text at `index` (an ASCII character, or
    /// a two-byte letter from U+00C0 to U+04FF: Latin with accents, Greek, Cyrillic) and whether it
    /// is a letter; nil for any other character.
    private static func alphabetic(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, letter: Bool)? {
        let byte = bytes[index]
        if byte < 0x80 { return (1, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)) }
        guard (0xC3...0xD3).contains(byte), index + 1 < bytes.count, (0x80...0xBF).contains(bytes[index + 1]) else { return nil }
        return (2, true)
    }
}
