/// Anti-copying noise that forum software hides in reposted articles and that a saved page keeps
/// as text (Discuz's "jammer": `…举行会谈。7 K2 p# ~) W9 x; Q`, `3 u& Y8 f, Z* e6 M 新华社记者…`): it
/// makes a line look like no prose and puts junk tokens among the words.
///
/// Noise is a sequence of at least ``minimumTokens`` space-separated ASCII tokens of one or two
/// characters, inside a run of ASCII text, that holds a letter, at least ``minimumSymbols``
/// different symbols and ``minimumPairs`` tokens that pair a letter or digit with a symbol (`p#`, `~)` does
/// not). Words, numbers, lists and formulas stay: `G20 APEC` has longer tokens, `1, 2, 3, 4, 5` one
/// symbol, `| 1 | 2 |` no letter, `x + y = z - w` no pair. Scanned on the line's UTF-8 bytes.
enum ForumNoise {
    static let minimumTokens = 5
    static let minimumSymbols = 3
    static let minimumPairs = 2

    /// The text without its noise, or nil when it has none.
    static func strip(_ text: String) -> String? {
        TextScan.removing(from: text, noiseRanges(in:))
    }

    /// The byte ranges of the noise in a line, with the spaces around each.
    static func noiseRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // The current sequence of short tokens: where it starts, its token count, its symbols (as
        // bits of a 128-bit set), whether it holds a letter, how many tokens pair one with a symbol.
        var sequence: (start: Int, tokens: Int, symbols: (UInt64, UInt64), letter: Bool, pairs: Int)?
        var tokenStart = 0
        func close(at end: Int) {
            if let open = sequence, open.tokens >= minimumTokens, open.letter, open.pairs >= minimumPairs,
               open.symbols.0.nonzeroBitCount + open.symbols.1.nonzeroBitCount >= minimumSymbols {
                var upper = end
                while upper < bytes.count && bytes[upper] == 0x20 { upper += 1 }
                ranges.append(open.start..<upper)
            }
            sequence = nil
        }
        for index in 0...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0
            let inRun = byte > 0x20 && byte < 0x7F
            if inRun { continue }
            // A token ends here (at a space or at a byte outside ASCII text).
            let length = index - tokenStart
            if length > 0 {
                if length <= 2 {
                    if sequence == nil {
                        // The spaces before it go too, unless a word is before them: one space stays.
                        var start = tokenStart
                        while start > 0 && bytes[start - 1] == 0x20 { start -= 1 }
                        if start > 0 && bytes[start - 1] < 0x7F { start = tokenStart }
                        sequence = (start, 0, (0, 0), false, 0)
                    }
                    var kinds = (alphanumeric: false, symbol: false)
                    for byte in bytes[tokenStart..<index] {
                        if isLetter(byte) { sequence!.letter = true }
                        if isLetter(byte) || (0x30...0x39).contains(byte) {
                            kinds.alphanumeric = true
                        } else {
                            kinds.symbol = true
                            if byte < 64 { sequence!.symbols.0 |= 1 << UInt64(byte) } else { sequence!.symbols.1 |= 1 << UInt64(byte - 64) }
                        }
                    }
                    if kinds.alphanumeric && kinds.symbol { sequence!.pairs += 1 }
                    sequence!.tokens += 1
                } else {
                    close(at: tokenStart)
                }
            }
            if byte != 0x20 { close(at: index) }
            tokenStart = index + 1
        }
        return ranges
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
