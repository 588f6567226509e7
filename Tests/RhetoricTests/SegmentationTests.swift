import Foundation
import Testing
@testable import Rhetoric

/// Segments text with `config` (phrases off unless a corpus is given) and returns its terms per sentence.
func terms(_ text: String, config: SegmentationConfig = .defaults()) throws -> [[String]] {
    var table = TermTable()
    let document = try cleanedText(text)
    let segmented = try Segmenter(config: config).segment(document, into: &table)
    return segmented.sentences.map { $0.terms.map(table.term) }
}

@Suite struct SegmentationTests {
    static let seedsCorpus: Corpus = try! Corpus.load(try! CorpusSource(directory: seedsDirectory), jobs: 2)

    /// Key names, organisations and formulas ICU alone splits; each must come out whole every time
    /// it occurs in the cleaned seeds, with and without phrases.
    static let keyTerms = [
        "习近平", "普京", "米舒斯京", "联合国", "金砖国家", "上海合作组织", "克里姆林宫", "构建", "合作共赢",
        "人类命运共同体", "一带一路", "全面战略协作伙伴关系", "新时代", "多边主义", "霸权主义", "单边主义",
        "多极化", "中俄睦邻友好合作条约", "产业链供应链", "欧亚经济联盟", "全球南方", "中国式现代化",
        "伟大卫国战争", "亚太经合组织", "十五五", "2030年", "正确二战史观", "睦邻友好", "核心利益", "安理会", "常任理事国", "王毅", "蔡奇", "丁薛祥",
    ]

    @Test(arguments: [true, false])
    func theLexiconKeepsKeyTermsWholeOnTheSeeds(phrases: Bool) throws {
        var config = SegmentationConfig.defaults()
        config.phrases = phrases
        let corpus = Self.seedsCorpus
        let segmented = try SegmentedCorpus.build(corpus, config: config, jobs: 2)
        var tokens: [String: Int] = [:]
        for document in segmented.documents {
            for sentence in document.sentences {
                for id in sentence.terms { tokens[segmented.vocabulary.term(id), default: 0] += 1 }
            }
        }
        // The reference: plain forward maximum matching of the lexicon over each paragraph's text.
        var expected: [String: Int] = [:]
        let lexicon = SegmentationConfig.defaults().lexicon
        for paragraph in corpus.documents.flatMap(\.cleaned.paragraphs) {
            let units = Array(paragraph.text.utf16)
            units.withUnsafeBufferPointer { buffer in
                var index = 0
                while index < buffer.count {
                    let match = lexicon.longestMatch(in: buffer, at: index)
                    if match > 0 {
                        expected[String(decoding: buffer[index..<index + match], as: UTF16.self), default: 0] += 1
                    }
                    index += max(match, 1)
                }
            }
        }
        for term in Self.keyTerms {
            #expect(expected[term, default: 0] > 0, "\(term) is not in the seeds")
            #expect(tokens[term, default: 0] == expected[term, default: 0], "\(term): \(expected[term, default: 0]) in the text, \(tokens[term, default: 0]) as a token")
        }
    }

    @Test func lexiconTermsAreFoundOnlyAtWordBoundaries() throws {
        // ICU reads 重大 / 国际; the lexicon's 大国 must not be cut out of it.
        #expect(try terms("双方就重大国际问题交换意见。") == [["双方", "重大", "国际", "问题", "交换", "意见"]])
        #expect(try terms("中俄是世界主要大国。") == [["中俄", "世界", "主要", "大国"]])
    }

    @Test func aUserLexiconEntryWinsOverICUAndOverPhrases() throws {
        var config = SegmentationConfig.defaults()
        #expect(try terms("两国元首先后举行小范围会谈。", config: config) == [["两国元首", "先后", "举行", "范围", "会谈"]])
        try config.lexicon.add(parsing: "# mine\n小范围会谈\n领域合作\n", file: "mine.txt")
        #expect(try terms("两国元首先后举行小范围会谈。", config: config) == [["两国元首", "先后", "举行", "小范围会谈"]])
        let segmented = try SegmentedCorpus.build(Self.seedsCorpus, config: config, jobs: 2)
        let phrases = segmented.phrases.map { $0.parts.map(segmented.vocabulary.term).joined() }
        #expect(!phrases.contains("领域合作"))
        let id = try #require(segmented.vocabulary.id(of: "领域合作"))
        let count = segmented.documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.terms.filter { $0 == id }.count } }
        #expect(count == 21)
    }

    @Test func rawSegmentationIsICUAlone() throws {
        // ICU 72's dictionary splits these names, as the issue measured.
        let breaker = try Breaker(.word)
        #expect(RawSegmentation.words(in: "习近平同普京会谈，2030年。", breaker: breaker) == ["习", "近平", "同", "普", "京", "会谈", "2030", "年"])
        #expect(RawSegmentation.words(in: "金砖国家", breaker: breaker) == ["金", "砖", "国家"])
    }

    @Test func stopwordsNumbersAndSingleCharactersFollowTheFlags() throws {
        var config = SegmentationConfig.defaults()
        #expect(try terms("中方的立场和2030年目标是3个方面。", config: config) == [["中方", "立场", "2030年", "目标"]])
        config.keepNumbers = true
        config.keepSingleCharacters = true
        config.stopwords = try WordList(parsing: "的\n", file: "stop.txt")
        #expect(try terms("中方的立场和3个方面。", config: config) == [["中方", "立场", "和", "3", "个", "方面"]])
    }

    @Test func sentencesAreTheUnit() throws {
        let sentences = try terms("习近平指出，双方要加强合作！普京表示：“俄方赞同。”两国元首会见记者？")
        #expect(sentences == [["习近平", "指出", "双方", "加强", "合作"], ["普京", "表示", "俄方", "赞同"], ["两国元首", "会见", "记者"]])
    }

    @Test func traditionalTextGivesTheSameTermsAsItsSimplifiedOriginal() throws {
        let hant = try Transliterator("Hans-Hant")
        for seed in ["003_e43c17c6c2395aa3.txt", "000_54381d582db1526f.txt"] {
            let original = try cleanedSeed(seed).text.replacingOccurrences(of: "# ", with: "")
            let traditional = hant.apply(original)
            #expect(traditional != original)
            #expect(Simplifier.isTraditional(traditional))
            #expect(!Simplifier.isTraditional(original))
            #expect(try terms(traditional) == terms(original), "\(seed)")
        }
        var never = SegmentationConfig.defaults()
        never.simplify = .never
        #expect(try terms("習近平會見普京。", config: never) != terms("习近平会见普京。"))
        #expect(try terms("習近平會見普京。") == terms("习近平会见普京。"))
    }

    @Test func theSeedsAreNotConvertedInAutoMode() throws {
        let segmented = try SegmentedCorpus.build(Self.seedsCorpus, config: .defaults(), jobs: 2)
        #expect(segmented.documents.allSatisfy { !$0.simplified })
    }

    @Test func wordListsIgnoreCommentsNormaliseAndRejectSpaces() throws {
        let list = try WordList(parsing: "# c\n２０３０年  # trailing\n\n十五五\n", file: "l.txt")
        #expect(list.count == 2)
        #expect(list.contains("2030年"))
        #expect(throws: RhetoricError(file: "l.txt", line: 2, "a word list entry cannot contain a space: '中 俄'")) {
            try WordList(parsing: "ok\n中 俄\n", file: "l.txt")
        }
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
}

@Suite struct PhraseTests {
    @Test func npmiByHand() {
        // Sentences A B | A B | A C: N = 6, c(A) = 3, c(B) = 2, c(AB) = 2.
        // p(AB) = 1/3, p(A)p(B) = 1/6, pmi = log2 2 = 1, npmi = 1 / log2 3 = 0.630930.
        #expect(abs(PhraseFinder.npmi(pGram: 1.0 / 3, pParts: 1.0 / 6, n: 2) - 0.630930) < 1e-6)
        // Three parts that never occur apart: npmi = 1.
        #expect(abs(PhraseFinder.npmi(pGram: 0.25, pParts: 0.25 * 0.25 * 0.25, n: 3) - 1) < 1e-12)
    }

    @Test func candidatesPassBothThresholds() {
        let a: Int32 = 0, b: Int32 = 1, c: Int32 = 2
        let sentences: [[Int32]] = [[a, b], [a, b], [a, c]]
        var options = PhraseFinder.Options()
        options.minimumCount = 2
        options.minimumScore = 0.6
        let found = PhraseFinder(options: options).candidates(in: sentences) { _ in false }
        #expect(found.map(\.parts) == [[a, b]])
        #expect(abs(found[0].score - 0.630930) < 1e-6)
        options.minimumScore = 0.7
        #expect(PhraseFinder(options: options).candidates(in: sentences) { _ in false }.isEmpty)
        options.minimumScore = 0.6
        #expect(PhraseFinder(options: options).candidates(in: sentences) { $0 == b }.isEmpty, "a lexicon term is never part of a phrase")
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
        #expect(PhraseFinder(options: options).candidates(in: [[0, s, 1], [0, s, 1]]) { _ in false }.isEmpty)
    }

    @Test func applyingPrefersTheLongestPhraseLeftToRight() {
        let phrases = [PhraseFinder.Phrase(parts: [1, 2], score: 1), PhraseFinder.Phrase(parts: [1, 2, 3], score: 1),
                       PhraseFinder.Phrase(parts: [3, 4], score: 1)]
        let index = PhraseIndex(phrases, ids: [10, 11, 12])
        #expect(index.apply(to: [1, 2, 3, 4, 1, 2, -1, 3, 4]) == [11, 4, 10, -1, 12])
        #expect(index.apply(to: [1, -1, 2, 3, 4]) == [1, -1, 2, 12])
    }
}
