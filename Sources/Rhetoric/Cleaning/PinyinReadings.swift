/// Pinyin that some pages insert after characters and words: never text, and it cuts words apart
/// (`协(xié)作战(zhàn)略` would yield a spurious 作战) or is counted as a term of its own.
///
/// - A gateway's **reading** (`習(xí)近平`, `總統(tǒng)`): a bracketed run of 1–6 lowercase Latin
///   letters right after a Han character (or after its first reading: `國(guó)(guo)`) that carries a
///   tone mark (ā á ǎ à …, ü), or, without one (a neutral tone), stands in a line where a toned
///   reading stands too. `(APEC)`, `(Reuters)` and `(a)` stay.
/// - A search-optimised page's **romanised word** (`关系[GuanXi]`, `英国(YingGuo)`): 2–6 capitalised
///   pinyin syllables run together in brackets, no more of them than the Han characters right
///   before. `华为(Huawei)`, `(BRICS)` and a name spelt with a space, `(Wang Yi)`, stay.
enum PinyinReadings {
    /// The text without its readings and romanised words, or nil when it has none.
    static func strip(_ text: String) -> String? {
        guard text.utf16.contains(where: { $0 == 0x28 || $0 == 0xFF08 || $0 == 0x5B }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        // Each found, and whether it is pinyin by itself (toned, or a romanised word).
        var readings: [(range: Range<Int>, certain: Bool)] = []
        var hanBefore = 0
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            let afterReading = readings.last?.range.upperBound == index
            guard isOpening(scalars[index]), hanBefore > 0 || afterReading,
                  let end = scalars[(index + 1)...].prefix(longestWord + 1).firstIndex(where: isClosing) else {
                hanBefore = TextNormalizer.isHan(scalars[index]) ? hanBefore + 1 : 0
                continue
            }
            let inner = scalars[(index + 1)..<end]
            if (1...6).contains(inner.count), inner.allSatisfy(isPinyinLetter) {
                readings.append((index..<end + 1, inner.contains { !("a"..."z").contains($0) }))
            } else if let syllables = romanisedSyllables(inner), syllables <= hanBefore {
                readings.append((index..<end + 1, true))
            } else {
                hanBefore = 0
                continue
            }
            hanBefore = 0
            index = end
        }
        guard readings.contains(where: \.certain) else { return nil }
        var kept = String.UnicodeScalarView()
        var position = 0
        for reading in readings {
            kept.append(contentsOf: scalars[position..<reading.range.lowerBound])
            position = reading.range.upperBound
        }
        kept.append(contentsOf: scalars[position...])
        return String(kept)
    }

    /// The longest romanised word: six syllables of six letters.
    static let longestWord = 36

    static func isOpening(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "（" || scalar == "[" }
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "）" || scalar == "]" }

    /// How many syllables a romanised word has (`GuanXi`: 2), when it is 2–6 capitalised pinyin
    /// syllables run together; nil otherwise.
    static func romanisedSyllables(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        var count = 0
        var syllable = ""
        for scalar in word {
            if ("A"..."Z").contains(scalar) {
                guard count == 0 || syllables.contains(syllable) else { return nil }
                count += 1
                syllable = String(Character(scalar)).lowercased()
            } else if ("a"..."z").contains(scalar), count > 0 {
                syllable.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        return (2...6).contains(count) && syllables.contains(syllable) ? count : nil
    }

    /// A lowercase Latin letter, with or without a pinyin tone mark.
    static func isPinyinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.contains(scalar)
    }

    /// Every syllable of Mandarin in pinyin without tones (ü as v).
    static let syllables: Set<String> = Set("""
        a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
        cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
        cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
        e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
        guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
        jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
        kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue
        lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
        nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo nv nve o ou pa pai pan pang pao pei pen
        peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang
        rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she
        shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
        tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia
        xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
        yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
        zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
