import Foundation

/// Foreign names written by their sound (伏努科沃, 德米特里耶夫, 曼图罗夫, 阿克奥尔达), which the
/// vocabulary cuts into pieces it happens to hold (科沃, 德米特, 阿克: rare entries) or leaves to ICU
/// and the hidden Markov model (奥加 廖沃, 曼图 罗夫), so that one name counted as two or three
/// meaningless terms.
///
/// Chinese writes such names with a small set of characters chosen for their sound: the table
/// below is that of the Russian–Chinese transliteration standard (GB/T 17693.4, as Xinhua writes
/// Russian names, with the common female endings and the nasal syllables). A run of two or more
/// adjacent tokens, three characters or more in all, made only of those characters and each of them
/// weak (a single character, a word the vocabulary lacks, or one it holds fewer than
/// ``rareFrequency`` times) is one name. A word the vocabulary knows well (阿拉伯, 叙利亚, 特别,
/// 加强) is never part of one, nor a lexicon entry or phrase (普京), so ordinary text, whose words
/// use other characters or are frequent, is not joined.
enum Transliteration {
    /// The characters of the transliteration table (all in the BMP), as a bitmap over UTF-16 code units.
    static let characters: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        let table = "阿埃伊奥乌尤亚耶约叶"
            + "布巴别比博贝普帕佩皮波夫瓦韦维沃武法费菲福富姆马梅米莫穆缪恩纳涅尼诺努纽"
            + "德达杰季多杜代久佳特塔捷托图秋克卡科库基凯丘格加盖吉戈古赫哈霍胡希"
            + "尔拉列利洛卢留柳廖里罗鲁兹扎泽济佐祖斯萨谢西索苏休夏热若茹什沙舍绍舒晓"
            + "茨察采齐措楚奇恰切乔娃娜娅莉丽安延因翁温扬京伏曼"
            + "班本宾万文甘根丹坚敦坎肯孔兰连林隆伦缅明蒙南宁农嫩潘平蓬龙桑辛松孙坦廷汉欣洪钦琴琼尚申"
        for unit in table.utf16 { bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }
        return bits
    }()

    @inline(__always)
    static func isTableCharacter(_ unit: UInt16) -> Bool { characters[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0 }

    /// Below this many occurrences in the vocabulary (of 60 million) a word is a rare entry, such as
    /// the fragments of names jieba's dictionary holds (科沃 10, 德米特 16, 里耶夫 13).
    static let rareFrequency: Float = 100

    /// `tokens` (a run's, in order) with each run of weak transliteration tokens joined into one.
    static func join(_ tokens: [BestPath.Token], _ text: UnsafeBufferPointer<UInt16>, trie: WordTrie) -> [BestPath.Token] {
        let rareLogProbability = log(rareFrequency) + trie.unknownLogProbability
        func isWeakName(_ token: BestPath.Token) -> Bool {
            guard (token.start..<token.end).allSatisfy({ isTableCharacter(text[$0]) }) else { return false }
            guard token.node >= 0 else { return true }
            let layers = trie.layers[Int(token.node)]
            guard layers.isDisjoint(with: [.user, .domain, .phrase, .alias]) else { return false }
            return token.end - token.start == 1 || !layers.contains(.vocabulary) || trie.logProbability[Int(token.node)] < rareLogProbability
        }
        // Most runs hold no two weak name tokens side by side: they are returned as they are.
        guard let first = tokens.indices.dropLast().first(where: {
            isWeakName(tokens[$0]) && tokens[$0 + 1].start == tokens[$0].end && isWeakName(tokens[$0 + 1])
        }) else { return tokens }
        var joined = Array(tokens[..<first])
        var index = first
        while index < tokens.count {
            var end = index
            while end < tokens.count, isWeakName(tokens[end]), end == index || tokens[end].start == tokens[end - 1].end { end += 1 }
            if end - index >= 2, tokens[end - 1].end - tokens[index].start >= 3 {
                let start = tokens[index].start, stop = tokens[end - 1].end
                joined.append(BestPath.Token(start: start, end: stop, node: trie.node(of: UnsafeBufferPointer(rebasing: text[start..<stop]))))
                index = end
            } else {
                joined.append(tokens[index])
                index += 1
            }
        }
        return joined
    }
}
