/// Sentences in another language set among the Chinese ones of a paragraph, as bilingual pages and
/// pages with a translation run in write them (`…访问南方国。 It was the first country he visited
/// after… 那次访问…`): the paragraph's Chinese is the report, and so much Latin text would make the
/// prose classifier take the whole paragraph for boilerplate.
///
/// Such a sentence is a run of ASCII text of at least ``minimumBytes`` bytes that holds at least
/// ``minimumWords`` words of letters, in a line that has Han characters outside it. Names, glosses
/// and acronyms stay: they are shorter, or in brackets (`普京(Vladimir Vladimirovich Putin)`).
/// Scanned on the line's UTF-8 bytes.
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
            guard bytes[index] < 0x80 else {
                // A Han character is three bytes from E3 to E9 (U+3400…U+9FFF).
                if (0xE3...0xE9).contains(bytes[index]) { hasHan = true }
                index += 1
                continue
            }
            let start = index
            var words = 0
            var inWord = false
            while index < bytes.count && bytes[index] < 0x80 {
                let letter = (0x41...0x5A).contains(bytes[index]) || (0x61...0x7A).contains(bytes[index])
                if letter && !inWord { words += 1 }
                inWord = letter || (inWord && bytes[index] == 0x27)  // it's
                index += 1
            }
            let bracketed = bytes[start] == 0x28 || (start >= 3 && bytes[start - 3] == 0xEF && bytes[start - 2] == 0xBC && bytes[start - 1] == 0x88)  // ( （
            if index - start >= minimumBytes && words >= minimumWords && !bracketed { runs.append(start..<index) }
        }
        return hasHan ? runs : []
    }
}
