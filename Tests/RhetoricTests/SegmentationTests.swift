import Foundation
import Testing
@testable import Rhetoric

/// Cleans and segments text with `config` and returns its terms per sentence.
func terms(_ text: String, config: SegmentationConfig = .defaults(), simplify: Simplifier.Mode = .auto) throws -> [[String]] {
    var table = TermTable()
    var options = Cleaner.Options()
    options.simplify = simplify
    let document = try Cleaner(options: options).clean(text, format: .text, file: "test.txt")
    let segmented = try Segmenter(config: config, trie: config.trie()).segment(document, into: &table)
    return segmented.sentences.map { segmented.terms(of: $0).map(table.term) }
}

/// Every token of a text before the stopword and number filters, as strings.
func allTokens(_ text: String, config: SegmentationConfig = .defaults()) throws -> [String] {
    var everything = config
    everything.stopwords = WordList()
    everything.keepNumbers = true
    return try terms(text, config: everything).flatMap { $0 }
}

@Suite struct SegmentationTests {
    static let seedsCorpus: Corpus = try! Corpus.load(try! CorpusSource(directory: seedsDirectory), jobs: 2)

    /// Key names, organisations and formulas ICU alone splits; each must come out whole every time
    /// it occurs in the cleaned seeds.
    static let keyTerms = [
        "习近平", "普京", "米舒斯京", "联合国", "金砖国家", "上海合作组织", "克里姆林宫", "构建", "合作共赢",
        "人类命运共同体", "一带一路", "全面战略协作伙伴关系", "新时代", "多边主义", "霸权主义", "单边主义",
        "多极化", "中俄睦邻友好合作条约", "产业链供应链", "欧亚经济联盟", "全球南方", "中国式现代化",
        "伟大卫国战争", "亚太经合组织", "十五五", "2030年", "正确二战史观", "睦邻友好", "核心利益", "安理会", "常任理事国", "王毅", "蔡奇", "丁薛祥",
    ]

    @Test func aDocumentsSentencesShareOneArrayOfIdsInOrder() throws {
        let text = "两国深化合作。……！“两国关系处于历史最好时期。”双方签署了联合声明。"
        var table = TermTable()
        let config = SegmentationConfig.defaults()
        let cleaned = try Cleaner().clean(text, format: .text, file: "test.txt")
        let document = try Segmenter(config: config, trie: config.trie()).segment(cleaned, into: &table)
        // The sentence of punctuation alone has no terms, so no row and no ids.
        #expect(document.sentences.map(\.number) == [1, 3, 4])
        #expect(document.sentences.first?.tokenStart == 0 && document.sentences.last?.tokenEnd == Int32(document.tokens.count))
        #expect(zip(document.sentences, document.sentences.dropFirst()).allSatisfy { $0.tokenEnd == $1.tokenStart })
        #expect(document.terms(of: document.sentences[0]).map(table.term) == ["两国", "深化", "合作"])
        #expect(document.tokens(of: document.sentences[1]).first == SegmentedDocument.separator, "the opening quote")
    }

    @Test func theDomainLexiconKeepsKeyTermsWholeOnTheSeeds() throws {
        let segmented = try SegmentedCorpus.build(Self.seedsCorpus, config: .defaults(), jobs: 2)
        var tokens: [String: Int] = [:]
        for document in segmented.documents {
            for sentence in document.sentences {
                for id in document.terms(of: sentence) { tokens[segmented.vocabulary.term(id), default: 0] += 1 }
            }
        }
        // The reference: the longest domain entry at each position, left to right, over each paragraph.
        let lexicon = SegmentationConfig.defaults().domainLexicon.words.sorted { $0.count > $1.count }
        var expected: [String: Int] = [:]
        for paragraph in Self.seedsCorpus.documents.flatMap(\.cleaned.paragraphs) {
            var rest = Substring(paragraph.text)
            while !rest.isEmpty {
                if let match = lexicon.first(where: { rest.hasPrefix($0) }) {
                    expected[match, default: 0] += 1
                    rest = rest.dropFirst(match.count)
                } else {
                    rest = rest.dropFirst()
                }
            }
        }
        for term in Self.keyTerms {
            #expect(expected[term, default: 0] > 0, "\(term) is not in the seeds")
            #expect(tokens[term, default: 0] == expected[term, default: 0], "\(term): \(expected[term, default: 0]) in the text, \(tokens[term, default: 0]) as a token")
        }
    }

    @Test func contentWordsAreNeverDropped() throws {
        // The issue's sentence: ICU alone lost 共建, 对接, 抗疫 and 实效 as one-character fragments.
        #expect(try terms("共建一带一路同欧亚经济联盟对接合作，加强抗疫合作，取得更多实效") == [
            ["共建", "一带一路", "欧亚经济联盟", "对接", "合作", "加强", "抗疫", "合作", "取得", "多", "实效"],
        ])
        #expect(try terms("可持续发展的负责人出席开幕式。") == [["可持续发展", "负责人", "出席", "开幕式"]])
    }

    @Test func noWordOfTheVocabularyVanishesFromTheSeedsUnlessItIsAStopword() throws {
        let config = SegmentationConfig.defaults()
        let trie = config.trie()
        var checked = 0
        for paragraph in Self.seedsCorpus.documents.flatMap(\.cleaned.paragraphs) {
            let all = try allTokens(paragraph.text)
            var counted: [String: Int] = [:]
            for term in try terms(paragraph.text).flatMap({ $0 }) { counted[term, default: 0] += 1 }
            var needed: [String: Int] = [:]
            for token in all where token.count >= 2 && !config.stopwords.contains(token) && !token.allSatisfy(\.isNumber) {
                let node = trie.node(of: token)
                if node >= 0 && trie.layers[Int(node)].contains(.vocabulary) { needed[token, default: 0] += 1 }
            }
            for (word, count) in needed {
                checked += count
                #expect(counted[word, default: 0] >= count, "\(word) vanished from: \(paragraph.text.prefix(40))")
            }
        }
        #expect(checked > 3000)
    }

    @Test func everyDefaultThemeAndConceptTermCanMatch() throws {
        let lists = [ThemeList.defaults, ThemeList.concepts]
        for term in lists.flatMap({ $0.themes.flatMap(\.terms) }) where !ThemeList.isPattern(term) {
            var config = SegmentationConfig.defaults()
            config.keepNumbers = true
            #expect(try terms("双方表示，\(term)。", config: config) == [["双方", "表示", term]], "\(term) is never a token")
        }
    }

    @Test func lexiconTermsAreFoundOnlyAtWordBoundaries() throws {
        // 重大 / 国际: the domain lexicon's 大国 must not be cut out of it.
        #expect(try terms("双方就重大国际问题交换意见。").flatMap { $0 }.contains("重大"))
        #expect(try !terms("双方就重大国际问题交换意见。").flatMap { $0 }.contains("大国"))
        #expect(try terms("中俄是世界主要大国。") == [["中俄", "世界", "主要", "大国"]])
    }

    @Test func aLexiconTermInsideAVocabularyWordNeedsICUsBoundaryAtItsEnd() throws {
        // ICU: 发展/中/国家, so 中国 would end inside ICU's 国家: the vocabulary's 发展中国家 stays whole.
        #expect(try terms("维护广大发展中国家权益。") == [["维护", "广大", "发展中国家", "权益"]])
        // The vocabulary's path is 各/自主权, ICU's 各自/主权: ICU ends a word where 主权 ends.
        #expect(try terms("维护各自主权和领土完整。") == [["维护", "各自", "主权", "领土完整"]])
        // Not inside a vocabulary word (年前 only starts inside it): 2030年 still wins.
        #expect(try terms("力争到2030年前实现。") == [["力争", "2030年", "实现"]])
    }

    @Test func aUserLexiconEntryWinsEvenInsideALongerDefaultEntry() throws {
        var config = SegmentationConfig.defaults()
        #expect(try terms("深化全面战略协作伙伴关系。", config: config) == [["深化", "全面战略协作伙伴关系"]])
        try config.userLexicon.add(parsing: "# mine\n协作伙伴关\n", file: "mine.txt")
        #expect(try terms("深化全面战略协作伙伴关系。", config: config).flatMap { $0 }.contains("协作伙伴关"))
        try config.userLexicon.add(parsing: "小范围会谈\n", file: "mine.txt")
        #expect(try terms("两国元首先后举行小范围会谈。", config: config) == [["两国元首", "先后", "举行", "小范围会谈"]])
    }

    @Test func precedenceIsUserThenDomainThenPhrasesThenVocabularyThenICU() throws {
        var config = SegmentationConfig.defaults()
        // A phrase joins words of the vocabulary …
        config.phrases = try WordList(parsing: "领域合作\n", file: "phrases.txt")
        #expect(try terms("深化各领域合作。", config: config).flatMap { $0 }.contains("领域合作"))
        // … but never takes a domain term apart (务实合作 is one).
        config.phrases = try WordList(parsing: "推动务实\n", file: "phrases.txt")
        #expect(try terms("推动务实合作。", config: config) == [["推动", "务实合作"]])
        // The vocabulary joins what ICU splits (塔吉克 / 斯坦).
        #expect(try terms("塔吉克斯坦和约翰内斯堡。") == [["塔吉克斯坦", "约翰内斯堡"]])
    }

    @Test func theModelsLiteralsAreReadNumberByNumberWithTheirKeys() {
        let text = #"P={'B': {'\u4e00': -3.65, 'x': 2.5e-3, 'ab': -1}, 'S': {'"': 7, '\'': -0.5, 'y': 1-2}, 'E': -3.14e+100}"#
        var read: [String] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            PythonLiteral.forEachNumber(bytes) { path, key, value in
                read.append((path + [key]).map { $0.map { String($0) } ?? "?" }.joined(separator: "/") + " \(value)")
            }
        }
        #expect(read == ["B/一 -3.65", "B/x 0.0025", "B/? -1.0", "S/\" 7.0", "S/' -0.5", "E -3.14e+100"])
        // jieba's published start probabilities (prob_start.py).
        #expect(HiddenMarkovModel.jieba.start == [-0.26268660809250016, -3.14e100, -3.14e100, -1.4652633398537678])
    }

    @Test func unknownNamesAreJoinedByTheHiddenMarkovModel() throws {
        // 达瓦仁钦 is in no list and the vocabulary knows none of its pairs: the best path leaves four
        // single characters, which the model joins instead of counting fragments.
        #expect(Array("达瓦仁钦".utf16).withUnsafeBufferPointer { HiddenMarkovModel.jieba.words($0) } == [4])
        #expect(try terms("达瓦仁钦和张高丽出席。") == [["达瓦仁钦", "张高丽", "出席"]])
    }

    /// Names written by their sound that the vocabulary cuts into rare pieces (科沃 10, 德米特 16 and
    /// 里耶夫 13 occurrences in 60 million) or that ICU cuts (曼图 罗夫) are one term; words the
    /// vocabulary knows well (阿拉伯, 叙利亚, 特别, 加强) are never joined, nor is a lexicon term.
    @Test func namesWrittenBySoundAreOneTerm() throws {
        #expect(try terms("普京在伏努科沃机场迎接。曼图罗夫和德米特里耶夫参加会谈。") == [
            ["普京", "伏努科沃", "机场", "迎接"], ["曼图罗夫", "德米特里耶夫", "参加", "会谈"],
        ])
        #expect(try terms("双方特别加强阿拉伯叙利亚问题的沟通。") == [["双方", "特别", "加强", "阿拉伯", "叙利亚", "问题", "沟通"]])
        #expect(try terms("普京会见伊万诺夫。").first?.first == "普京")
        #expect(Transliteration.isTableCharacter(Array("娃".utf16)[0]) && !Transliteration.isTableCharacter(Array("的".utf16)[0]))
    }

    @Test func nameVariantsCountAsOneTerm() throws {
        #expect(try terms("普丁表示，普亭与普京会谈。") == [["普京", "表示", "普京", "普京", "会谈"]])
        #expect(try terms("普丁則表示，同意。") == [["普京", "表示", "同意"]])
        // Singapore's and the Liberty Times' spellings; a pipeline's name written without 号.
        #expect(try terms("蒲亭与普廷会谈。") == [["普京", "普京", "会谈"]])
        #expect(try terms("推进西伯利亚力量2项目。") == [["推进", "西伯利亚力量2号", "项目"]])
        // A Taiwanese page's names and policy words, after conversion, count as the mainland's;
        // a variant left out of the table stays itself, and a longer name keeps a short one whole.
        #expect(try terms("北韓與紐西蘭在人工智慧、數位經濟和網際網路領域合作。") == [
            ["朝鲜", "新西兰", "人工智能", "数字经济", "互联网", "领域", "合作"],
        ])
        #expect(try terms("軟體動物。海鲁拉耶夫表示。") == [["软体动物"], ["海鲁拉耶夫", "表示"]])
        var config = SegmentationConfig.defaults()
        try config.aliases.add(parsing: "# mine\n普大帝 = 普京\n", file: "aliases.txt")
        #expect(try terms("普大帝会见记者。", config: config) == [["普京", "会见", "记者"]])
        #expect(throws: RhetoricError(file: "a.txt", line: 1, "write a name variant as 'variant = term', e.g. 普丁 = 普京")) {
            try AliasTable(parsing: "普丁 普京\n", file: "a.txt")
        }
    }

    /// A phrase jieba lists at its floor frequency that is two common words put together is no word:
    /// its parts are counted (双方同意, 交换意见); a listed idiom stays (一代宗师), and so does a
    /// domain formula (战略伙伴).
    @Test func uncountedPhrasesOfCommonWordsAreTheirWords() throws {
        #expect(try terms("双方同意交换意见。他是一代宗师。双方是战略伙伴。") == [
            ["双方", "同意", "交换", "意见"], ["一代宗师"], ["双方", "战略伙伴"],
        ])
        // By hand: 甲乙 and 丙丁 occur 100 times each in 10,000, 甲乙丙丁 3 times; 甲乙戊己 is 甲乙 and
        // a word of 99; 丙丁甲乙 is split only at its middle (丙 + 丁甲乙 are no words).
        var trie = WordTrie()
        let total = 10_000.0
        for (word, frequency) in [("甲乙", 100.0), ("丙丁", 100), ("戊己", 99), ("甲乙丙丁", 3), ("甲乙戊己", 3), ("丙丁甲乙", 3)] {
            trie.setVocabulary(trie.insert(word), logProbability: Float(log(frequency / total)))
        }
        let common = Float(log(100 / total))
        #expect(Vocabulary.isCompound(Array("甲乙丙丁".utf16), in: trie, common: common))
        #expect(!Vocabulary.isCompound(Array("甲乙戊己".utf16), in: trie, common: common))
        #expect(Vocabulary.isCompound(Array("丙丁甲乙".utf16), in: trie, common: common))
        #expect(!Vocabulary.isCompound(Array("甲乙丙".utf16) + Array("戊".utf16), in: trie, common: common))
        let vocabulary = Vocabulary.trie
        #expect(!vocabulary.layers[Int(vocabulary.node(of: "双方同意"))].contains(.vocabulary))
        #expect(vocabulary.layers[Int(vocabulary.node(of: "双方"))].contains(.vocabulary))
    }

    /// A name's gloss in another script, in brackets after it, adds no terms; the name does, and
    /// so do Latin words standing in the text and brackets that hold more than a gloss.
    @Test func glossesInOtherScriptsAreNotCounted() throws {
        #expect(try terms("普京（Владимир Путин）会见国务卿（U.S. Secretary of State），讨论亚太经合组织（APEC）和二十国集团（G20）。G20峰会。") == [
            ["普京", "会见", "国务卿", "讨论", "亚太经合组织", "二十国集团"], ["G20", "峰会"],
        ])
        #expect(try terms("双方讨论改革（Reform 2030）和WTO (World Trade)。") == [["双方", "讨论", "改革", "Reform", "WTO", "World", "Trade"]])
    }

    @Test func anniversariesKeepTheirNumber() throws {
        #expect(try terms("纪念胜利80周年和建交七十五周年。") == [["纪念", "胜利", "80周年", "建交", "七十五周年"]])
    }

    /// Terms of the last decade's communiqués that jieba's dictionary predates are the domain
    /// lexicon's, whole: its probabilities cut 碳中和 into 碳/中/和 (中 and 和 are common words, 中和
    /// a rare one) and 赋能 into 赋/能, and the unknown-word model joins neither.
    @Test func recentPolicyTermsAreWhole() throws {
        #expect(try terms("双方以数字化赋能经贸合作，推动疫后复苏和碳达峰碳中和。")
            == [["双方", "数字化", "赋能", "经贸合作", "推动", "疫后", "复苏", "碳达峰", "碳中和"]])
        #expect(try terms("两国在大数据、云计算、区块链和元宇宙领域合作，应对逆全球化。")
            == [["两国", "大数据", "云计算", "区块链", "元宇宙", "领域", "合作", "应对", "逆全球化"]])
        #expect(try terms("南方国赞赏共同富裕和全过程人民民主。") == [["南方", "国", "赞赏", "共同富裕", "全过程人民民主"]])
        #expect(try terms("反对泛安全化、泛政治化和污名化，两国关系是压舱石。")
            == [["反对", "泛安全化", "泛政治化", "污名化", "两国", "关系", "压舱石"]])
    }

    /// A function character at an end of a word the unknown-word model joined, which the vocabulary
    /// lacks, is a word of its own, under any stopword list (a vocabulary word the model joins
    /// stays whole: `noWordOfTheVocabularyVanishesFromTheSeedsUnlessItIsAStopword`).
    @Test func theUnknownWordModelLeavesFunctionCharactersApart() throws {
        var all = SegmentationConfig.defaults()
        all.stopwords = WordList()
        #expect(try terms("海川在会见开场白中说，一是加强合作，二是扩大贸易。", config: all)
            == [["海川", "在", "会见", "开场白", "中", "说", "是", "加强", "合作", "是", "扩大", "贸易"]])  // 一, 二: numbers
        #expect(try terms("如果用一个词来形容这次访问。", config: all) == [["如果", "用", "一个", "词", "来", "形容", "这次", "访问"]])
    }

    /// A date's unit after its digits is the date's, dropped with it or kept with it, never joined
    /// by the unknown-word model to the character after it (`4日同` made `日同`, `20日至` `日至`).
    @Test func aDatesUnitJoinsItsNumber() throws {
        #expect(try terms("国家主席高峰4日同南方国总统会谈。") == [["国家主席", "高峰", "南方", "国", "总统", "会谈"]])
        #expect(try terms("高峰5月20日至22日访问南方国。") == [["高峰", "访问", "南方", "国"]])
        var numbers = SegmentationConfig.defaults()
        numbers.keepNumbers = true
        #expect(try terms("2025年5月20日至22日，30年来。", config: numbers) == [["2025年", "5月", "20日", "22日", "30年"]])
    }

    /// A number in Han numerals is dropped as one in digits is; runs of numerals that read as no
    /// number are names (a plan, an army day) and stay terms.
    @Test func hanNumbersAreNumbersAndPlansAreNames() throws {
        let numbers = ["三", "两", "十", "十八", "二十一", "七十五", "一百", "一百零五", "三百五十", "两千", "二〇二五"]
        let names = ["十四五", "十五五", "九五", "八一", "一一", "一百零", "十十", "十百", "千五", "三是", "二〇"]
        for (text, number) in numbers.map({ ($0, true) }) + names.map({ ($0, $0 == "二〇") }) {
            let units = Array(text.utf16)
            #expect(units.withUnsafeBufferPointer(Segmenter.isHanNumber) == number, "\(text)")
        }
        #expect(try terms("三、深化十四五规划对接，二、扩大贸易。") == [["深化", "十四五", "规划", "对接", "扩大", "贸易"]])
        var config = SegmentationConfig.defaults()
        config.keepNumbers = true
        #expect(try terms("三、签署文件。", config: config) == [["三", "签署", "文件"]])
    }

    @Test func pronounsNegationAndZuoweiAreTermsFunctionCharactersAreNot() throws {
        #expect(try terms("我们不会改变。中俄关系更有作为。") == [["我们", "不会", "改变"], ["中俄关系", "作为"]])
        #expect(try terms("中方的立场和2030年目标是3个方面。") == [["中方", "立场", "2030年", "目标"]])
    }

    @Test func stopwordsNumbersAndOneCharacterStopwordsFollowTheFlags() throws {
        var config = SegmentationConfig.defaults()
        config.keepNumbers = true
        config.keepSingleCharacters = true
        #expect(try terms("中方的立场和3个方面。", config: config) == [["中方", "的", "立场", "和", "3", "个"]])
    }

    @Test func rawSegmentationIsICUAlone() throws {
        // ICU 72's dictionary splits these names, as the issue measured.
        let breaker = try Breaker()
        #expect(RawSegmentation.words(in: "习近平同普京会谈，2030年。", breaker: breaker) == ["习", "近平", "同", "普", "京", "会谈", "2030", "年"])
        #expect(RawSegmentation.words(in: "金砖国家", breaker: breaker) == ["金", "砖", "国家"])
    }

    @Test func sentencesAreTheUnit() throws {
        let sentences = try terms("习近平指出，双方要加强合作！普京表示：“俄方赞同。”两国元首会见记者？")
        #expect(sentences == [["习近平", "指出", "双方", "加强", "合作"], ["普京", "表示", "俄方", "赞同"], ["两国元首", "会见", "记者"]])
    }

    @Test func traditionalTextGivesTheSameTermsAsItsSimplifiedOriginal() throws {
        let hant = try ScriptConverter(configuration: "s2t.json")
        for seed in ["003_e43c17c6c2395aa3.txt", "000_54381d582db1526f.txt"] {
            let original = try cleanedSeed(seed).text.replacingOccurrences(of: "# ", with: "")
            let traditional = hant.convert(original)
            #expect(traditional != original)
            #expect(TraditionalCharacters().isTraditional(traditional) { try? ScriptConverter() })
            #expect(!TraditionalCharacters().isTraditional(original) { try? ScriptConverter() })
            #expect(try terms(traditional) == terms(original), "\(seed)")
        }
        #expect(try terms("習近平會見普京。", simplify: .never) != terms("习近平会见普京。"))
        #expect(try terms("習近平會見普京。") == terms("习近平会见普京。"))
    }

    /// The share by hand: 國 (changed by `t2s`, absent from GB 2312) is 1 of 20 Han characters,
    /// 0.05, enough; 1 of 21 is not. 著 is in GB 2312 and never counts, however many. One table
    /// answers alike whichever characters it learnt first.
    @Test func traditionalOnlyCharactersAreCountedAgainstTheShare() throws {
        let nineteen = String(repeating: "国", count: 19), twenty = String(repeating: "国", count: 20)
        let texts = ["國" + nineteen, "國，" + twenty + "。", String(repeating: "著", count: 30), "ABC"]
        let learntTogether = TraditionalCharacters()
        let answers = texts.map { text in learntTogether.isTraditional(text) { try? ScriptConverter() } }
        #expect(answers == [true, false, false, false])
        let learntInReverse = TraditionalCharacters()
        #expect(texts.reversed().map { text in learntInReverse.isTraditional(text) { try? ScriptConverter() } } == answers.reversed())
        #expect(!TraditionalCharacters().isTraditional("國" + nineteen) { nil })
    }

    @Test func theSeedsAreNotConvertedInAutoMode() throws {
        #expect(Self.seedsCorpus.documents.allSatisfy { !$0.cleaned.simplified })
    }

    @Test func wordListsIgnoreCommentsNormaliseAndRejectSpaces() throws {
        let list = try WordList(parsing: "# c\n２０３０年  # trailing\n\n十五五\n十五五\n", file: "l.txt")
        #expect(list.words == ["2030年", "十五五"])
        #expect(list.contains("2030年"))
        #expect(throws: RhetoricError(file: "l.txt", line: 2, "a word list entry cannot contain a space: '中 俄'")) {
            try WordList(parsing: "ok\n中 俄\n", file: "l.txt")
        }
    }

    @Test func theWordTrieFindsWordsAndTheirLayers() {
        var trie = WordTrie(capacity: 16)
        trie.add("中俄", to: .domain)
        trie.add("中俄关系", to: .phrase)
        for k in 0..<3000 { trie.insert("词\(k)") }
        #expect(trie.layers[Int(trie.node(of: "中俄"))] == .domain)
        #expect(trie.layers[Int(trie.node(of: "中俄关系"))] == .phrase)
        #expect(trie.layers[Int(trie.node(of: "中俄关"))] == [])
        #expect(trie.node(of: "俄中") == -1)
        #expect(trie.node(of: "词2999") >= 0)
    }

    @Test func theVocabularyIsJiebasDictionary() {
        let trie = Vocabulary.trie
        // 349,046 entries, every one a word of the trie.
        #expect(trie.nodeCount > 349_046)
        let node = trie.node(of: "社会主义")
        #expect(node >= 0 && trie.layers[Int(node)].contains(.vocabulary))
        // 社会主义 13995 over the sum 60,101,967: ln(13995 / 60101967) = −8.365; a word it lacks,
        // a count of one: ln(1 / 60101967) = −17.912.
        #expect(abs(Double(trie.logProbability[Int(node)]) - log(13995.0 / 60_101_967)) < 1e-5)
        #expect(abs(Double(trie.unknownLogProbability) + 17.9115) < 1e-4)
    }

    @Test func termTableInternsAndGrows() {
        var table = TermTable()
        let ids = (0..<3000).map { table.intern("词\($0)") }
        #expect(ids == (0..<3000).map { Int32($0) })
        #expect(table.intern("词42") == 42)
        #expect(table.id(of: "词2999") == 2999)
        #expect(table.id(of: "无") == nil)
        #expect(table.term(7) == "词7")
    }

    @Test func segmentWorksOutsideAnyCorpus() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("共建一带一路。\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        let fromFile = try runRhetoric(["segment", "a.txt"], in: folder)
        #expect(fromFile.code == 0, "\(fromFile.err)")
        #expect(fromFile.out == "共建 一带一路\n")
    }
}

@Suite struct PhraseTests {
    @Test func npmiByHand() {
        // Sentences A B | A B | A C: N = 6, c(A) = 3, c(B) = 2, c(AB) = 2.
        // p(AB) = 1/3, p(A)p(B) = 1/6, pmi = log2 2 = 1, npmi = 1 / log2 3 = 0.630930.
        #expect(abs(PhraseFinder.npmi(pGram: 1.0 / 3, pParts: 1.0 / 6, n: 2) - 0.630930) < 1e-6)
        // Three parts that never occur apart: npmi = 1.
        #expect(abs(PhraseFinder.npmi(pGram: 0.25, pParts: 0.25 * 0.25 * 0.25, n: 3) - 1) < 1e-12)
    }

    @Test func candidatesPassBothThresholdsAndNeverEdgeOnAFunctionCharacter() {
        let a: Int32 = 0, b: Int32 = 1, c: Int32 = 2
        let sentences: [[Int32]] = [[a, b], [a, b], [a, c]]
        let plain = Array(repeating: PhraseFinder.Role(), count: 3)
        var options = PhraseFinder.Options()
        options.minimumCount = 2
        options.minimumScore = 0.6
        let found = PhraseFinder(options: options).candidates(in: sentences, roles: plain)
        #expect(found.map(\.parts) == [[a, b]])
        #expect(abs(found[0].score - 0.630930) < 1e-6)
        #expect(found[0].count == 2)
        options.minimumScore = 0.7
        #expect(PhraseFinder(options: options).candidates(in: sentences, roles: plain).isEmpty)
        options.minimumScore = 0.6
        var lexicon = plain
        lexicon[1].excluded = true
        #expect(PhraseFinder(options: options).candidates(in: sentences, roles: lexicon).isEmpty, "a lexicon term is never part of a phrase")
        var function = plain
        function[1].closesNot = true
        #expect(PhraseFinder(options: options).candidates(in: sentences, roles: function).isEmpty, "no phrase ends with 的")
    }

    @Test func nGramKeysRoundTrip() {
        for parts: [Int32] in [[0, 1], [7, 0, 3], [2_000_000, 5, 9, 11]] {
            #expect(NGram.parts(NGram.key(parts)) == parts)
        }
        #expect(NGram.prepend(4, to: NGram.key([5, 6])) == NGram.key([4, 5, 6]))
    }

    @Test func separatorsBreakAdjacency() {
        let s = SegmentedDocument.separator
        var options = PhraseFinder.Options()
        options.minimumCount = 2
        options.minimumScore = 0
        #expect(PhraseFinder(options: options).candidates(in: [[0, s, 1], [0, s, 1]], roles: Array(repeating: .init(), count: 2)).isEmpty)
    }

    @Test func theSeedsPhrasesFileIsWhatRunsCountAndTheCommandProposes() throws {
        let phrases = try PhrasesFile.load(corpus: seedsDirectory)
        #expect(phrases.words == ["坚定支持", "公正合理", "高层交往"])
        let proposed = try runRhetoric(["phrases", "--corpus", seedsDirectory, "--min-score", "0.7"])
        #expect(proposed.code == 0)
        for phrase in phrases.words { #expect(proposed.out.contains(phrase)) }
        #expect(!proposed.out.contains("中的"))
    }
}
