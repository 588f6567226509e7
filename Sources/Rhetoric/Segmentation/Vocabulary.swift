import CJieba
import Foundation

/// The general vocabulary: jieba's dictionary (349,046 words with their frequencies in a large
/// corpus of modern Chinese; MIT licence), compiled into the binary (see `CJieba.h`).
///
/// Each word's probability is its frequency over the sum of all frequencies; segmentation takes the
/// path of words with the highest product of probabilities (see ``BestPath``). Chosen over Debian's
/// friso-dict (169k words, no frequencies) by measurement on the People's Daily gold (README).
public enum Vocabulary {
    /// The vocabulary as a trie, built once per process from the embedded text.
    public static var trie: WordTrie { built }

    private static let built = build()

    /// Each entry of the embedded `word frequency tag` lines, straight from the bytes: the word's
    /// UTF-8, its frequency and whether its tag is `i`, an idiom (lines without a word, of a
    /// frequency of 0 or with a word longer than 64 bytes are skipped).
    static func forEachEntry(_ body: (UnsafeBufferPointer<UInt8>, Double, Bool) -> Void) {
        var bytes: UnsafePointer<UInt8>? = nil
        let count = rx_jieba_dictionary(&bytes)
        let text = UnsafeBufferPointer(start: bytes, count: count)
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            var space = start
            while space < end && text[space] != 0x20 { space += 1 }
            var frequency = 0.0, index = space + 1
            while index < end, text[index] >= 0x30, text[index] <= 0x39 {
                frequency = frequency * 10 + Double(text[index] - 0x30)
                index += 1
            }
            let idiom = index + 2 <= end && text[index] == 0x20 && text[index + 1] == UInt8(ascii: "i")
                && (index + 2 == end || text[index + 2] == 0x0D)
            if space > start && frequency > 0 && space - start <= 64 { body(UnsafeBufferPointer(rebasing: text[start..<space]), frequency, idiom) }
            start = end + 1
        }
    }

    /// Inserts each entry once, its UTF-8 decoded by hand into a scratch buffer, and sets the log
    /// probabilities over the sum of the frequencies (the trie's ``WordTrie/unknownLogProbability``
    /// a count of one over it); then takes back the entries that are only their parts put
    /// together (``isCompound(_:in:common:)``).
    static func build() -> WordTrie {
        var trie = WordTrie(capacity: 1 << 20)
        var nodes: [(node: Int32, frequency: Double)] = []
        nodes.reserveCapacity(360_000)
        var rare: [(node: Int32, units: [UInt16])] = []
        var units = [UInt16](repeating: 0, count: 256)
        // The file is sorted, so each word shares a prefix with the one before: walk only the rest.
        var previous = [UInt16](repeating: 0, count: 256), previousCount = 0
        var path = [Int32](repeating: WordTrie.root, count: 257)
        forEachEntry { word, frequency, idiom in
            let count = units.withUnsafeMutableBufferPointer { transcode(word, into: $0) }
            var shared = 0
            while shared < min(count, previousCount) && units[shared] == previous[shared] { shared += 1 }
            for k in shared..<count { path[k + 1] = trie.extend(path[k], units[k]) }
            for k in 0..<count { previous[k] = units[k] }
            previousCount = count
            nodes.append((path[count], frequency))
            if frequency <= rareFrequency && count >= 4 && !idiom { rare.append((path[count], Array(units[..<count]))) }
        }
        let logTotal = log(nodes.reduce(0) { $0 + $1.frequency })
        trie.unknownLogProbability = Float(-logTotal)
        for (node, frequency) in nodes { trie.setVocabulary(node, logProbability: Float(log(frequency) - logTotal)) }
        let common = Float(log(commonFrequency) - logTotal)
        for (node, units) in rare where isCompound(units, in: trie, common: common) { trie.removeVocabulary(node) }
        return trie
    }

    /// The frequency jieba gives the phrases it lists without counting them (交换意见, 双方同意, 国际形势:
    /// 3 each, against 双方's 7,289), and below: too rare to be trusted over their parts.
    static let rareFrequency = 3.0
    /// How often each part of such a phrase must occur to be a word in its own right.
    static let commonFrequency = 100.0

    /// Whether a rare entry of at least four units (not an idiom) is two common words of at least two
    /// units each put together (`双方` + `同意`): a best path would take it whole where its parts are
    /// nearly as likely, so that one summit's 双方同意 is counted apart from another's 双方 … 同意.
    static func isCompound(_ units: [UInt16], in trie: WordTrie, common: Float) -> Bool {
        (2...(units.count - 2)).contains { split in
            let (first, second) = (trie.node(of: units[..<split]), trie.node(of: units[split...]))
            return first >= 0 && second >= 0 && trie.layers[Int(first)].contains(.vocabulary) && trie.layers[Int(second)].contains(.vocabulary)
                && trie.logProbability[Int(first)] >= common && trie.logProbability[Int(second)] >= common
        }
    }

    /// Decodes UTF-8 `bytes` into `units` (large enough: one unit per byte at most); returns how many.
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into units: UnsafeMutableBufferPointer<UInt16>) -> Int {
        var count = 0, index = 0
        while index < bytes.count {
            let b = UInt32(bytes[index])
            var scalar: UInt32
            switch b {
            case 0..<0x80:
                scalar = b
                index += 1
            case 0xC0..<0xE0 where index + 1 < bytes.count:
                scalar = (b & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            case 0xE0..<0xF0 where index + 2 < bytes.count:
                scalar = (b & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            case 0xF0... where index + 3 < bytes.count:
                scalar = (b & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            default:
                return count
            }
            if scalar >= 0x10000 {
                units[count] = UInt16(0xD800 + ((scalar - 0x10000) >> 10))
                units[count + 1] = UInt16(0xDC00 + ((scalar - 0x10000) & 0x3FF))
                count += 2
            } else {
                units[count] = UInt16(scalar)
                count += 1
            }
        }
        return count
    }
}
