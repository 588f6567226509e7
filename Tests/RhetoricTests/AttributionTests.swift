import Foundation
import Testing
@testable import Rhetoric

/// Each sentence of a text as (speaker id, rule, sentence start).
func attributed(_ text: String, speakers: SpeakerList = .defaults, overrides: SpeakerOverrides = SpeakerOverrides(),
                file: String? = nil) throws -> [(speaker: String, rule: String, start: String)] {
    var table = TermTable()
    var options = Cleaner.Options()
    options.speakers = speakers
    let document = try Cleaner(options: options).clean(text, format: .text, file: "test.txt")
    var config = SegmentationConfig.defaults()
    config.speakers = speakers
    config.speakerOverrides = overrides
    let segmented = try Segmenter(config: config, trie: config.trie()).segment(document, file: file, into: &table)
    return segmented.sentences.map { sentence in
        let units = Array(document.paragraphs[Int(sentence.paragraph)].text.utf16)
        let text = String(decoding: units[Int(sentence.start)..<Int(sentence.end)], as: UTF16.self)
        return (speakers.ids[Int(sentence.speaker)], sentence.rule.rawValue, String(text.prefix(6)))
    }
}

/// An invented summit between two invented leaders, of our own writing: the rules must not depend
/// on who speaks.
enum InventedSummit {
    static let speakers = """
        speakers:
          gao: {names: [高峰, 北方国总统高峰], side: north}
          hai: {names: [海川, 南方国总理海川], side: south}
        sides:
          north: [北方国方面, 北方国]
          south: [南方国方面, 南方国]
        cues: [指出, 强调, 表示, 说]
        pronouns: [他, 她]
        joint:
          subjects: [两国领导人, 双方]
          cues: [认为, 同意, 一致同意, 决定]
          exhortations: [要]
        side_cues: [感谢, 愿, 愿意]
        continuation:
          openers: [一是, 二是]
          persons: [我, 您]
          stances: [愿同, 很高兴]
        titles: [总统, 总理]
        compare: [gao, hai]
        """

    static let report = """
        两国领导人举行会谈

        当地时间5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。

        高峰指出，两国是好邻居、好伙伴。双方要加强发展战略对接。

        一是深化政治互信，坚定相互支持。我和海川总理一致认为，两国关系正处于历史最好时期。

        二是拓展务实合作，推动贸易和投资便利化。

        双方要共同维护多边贸易体制。

        当前，面对复杂多变的国际形势，北方国方面愿同南方国一道，维护地区和平稳定。

        关于两国人文交流，海川强调，南方国方面愿同北方国扩大留学生交流。

        海川高度评价两国关系，指出，双方合作潜力巨大。

        两国领导人就地区局势深入交换意见，一致同意加强沟通协调。

        北方国方面感谢南方国方面对博览会的支持。

        他表示，南方国愿意继续深化合作。

        会谈前，高峰为海川举行欢迎仪式。鼓乐齐鸣。

        部长甲、部长乙等参加上述活动。

        二是扩大人员往来。
        """
}

@Suite struct AttributionTests {
    static let seeds: (Corpus, SegmentedCorpus) = {
        let corpus = try! Corpus.load(try! CorpusSource(directory: seedsDirectory), jobs: 2)
        return (corpus, try! SegmentedCorpus.build(corpus, config: .defaults(), jobs: 2))
    }()

    static let summitSpeakers = try! SpeakerList(parsing: InventedSummit.speakers, file: "summit.yaml")

    /// Each sentence's `speaker/rule`, as `sentences.csv` gives them, with the invented summit's speakers.
    func summitRules(_ text: String) throws -> [String] {
        try attributed(text, speakers: Self.summitSpeakers).map { "\($0.speaker)/\($0.rule)" }
    }

    @Test func speechRunsFromItsCueUntilSomethingEndsItAcrossParagraphs() throws {
        let result = try attributed(InventedSummit.report, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",  // the headline
            "narration/default",  // the lead
            "gao/cue", "gao/continuation",  // 双方要… inside Gao's speech stays his
            "gao/continuation", "gao/continuation",  // 一是…: an enumeration goes on
            "gao/continuation",  // 二是…
            "gao/continuation",  // 双方要… opening a paragraph after his speech is his exhortation
            "gao/continuation",  // 当前，…，北方国方面愿同…: his own side after two introductory clauses
            "hai/cue",  // 关于…，海川强调，: a cue after an introduction
            "hai/cue",  // 海川高度评价…，指出，: a cue after the speaker's own first clause
            "joint/joint",  // 两国领导人就…，一致同意…: the verb opens the next clause
            "north/side",  // a side's position after joint speech
            "hai/pronoun",  // 他表示，at a paragraph's start: the speaker named last
            "narration/default", "narration/default",  // ceremony: no evidence of speech
            "narration/default",  // the attendees
            "narration/default",  // 二是 after narration is no speech
        ])
    }

    /// A proposal's items under their numbers (`（三）…`, `3. …`, our own writing) go on with the
    /// speaker who proposed them, an item with nothing else to show it too (the third had been
    /// narration); after narration a number carries nothing.
    @Test func numberedItemsGoOnWithTheSpeakersProposal() throws {
        for (one, two, three) in [("（一）", "（二）", "（三）"), ("1. ", "2. ", "3. "), ("一、", "二、", "三、")] {
            let text = """
                两国领导人举行会谈

                北方国总统高峰19日在首都同南方国总理海川举行会谈。

                高峰表示，双方可以从三个方面深化合作。

                \(one)深化政治互信。两国要保持高层交往。

                \(two)拓展务实合作。扩大贸易规模，推进能源合作。

                \(three)加强人文交流。办好文化年活动，扩大留学生交流。

                会谈后，海川陪同高峰参观了展览。

                \(one)展览共展出两国合作的历史图片两百余幅，吸引了大批观众前来参观。
                """
            #expect(try summitRules(text) == [
                "narration/default", "narration/default", "gao/cue",
                "gao/continuation", "gao/continuation", "gao/continuation", "gao/continuation",
                "gao/continuation", "gao/continuation", "narration/default", "narration/default",
            ], "\(one)")
        }
    }

    /// Quotation cards (a feature's shape, our own writing): words quoted whole, then their source
    /// after a dash, on the same line or the next. Each is its speaker's, with no cue, and no card
    /// runs into the next (they had been run together as narration, the last as the south side's).
    @Test func aQuotationCardsSourceAfterADashNamesItsSpeaker() throws {
        let text = """
            高峰访问南方国的这些话语令人难忘

            北方国总统高峰日前对南方国进行国事访问。访问期间，高峰发表了一系列重要讲话。

            “两国是山水相连的好邻居，友谊世代相传。”——高峰

            “我们要携手推进能源合作，让两国人民得到更多实惠。”

            ——高峰在会谈中

            “南方国愿同北方国一道，共创美好未来。”——南方国总理海川

            会谈后，两国领导人共同会见了记者。
            """
        #expect(try summitRules(text) == [
            "narration/default", "narration/default", "narration/default",
            "gao/cue", "gao/cue", "gao/cue", "gao/cue", "hai/cue", "hai/cue", "narration/default",
        ])
        #expect(Unwrapper.endsSentence("“两国是好邻居。”——高峰") && !Unwrapper.endsSentence("两国关系——高峰"))
        // A feature's headline after a quoted name or slogan is no card.
        #expect(!Unwrapper.endsSentence("“丝路之友”——记高峰访问南方国"))
        #expect(try summitRules("“丝路之友”——高峰的倡议\n\n北方国总统高峰日前对南方国进行国事访问。\n") == ["narration/default", "narration/default"])
        #expect(Unwrapper.isQuotationSource("——高峰在会谈中") && !Unwrapper.isQuotationSource("——坚持互利共赢。"))
    }

    /// The two countries named with a side's first (南北 where the north's narration writes 北南) go
    /// on with the words of that side's speaker in the paragraph after them; named the other way,
    /// or after the other side's speaker, they are narration.
    @Test func theCountriesNamedWithTheSpeakersSideFirstGoOnWithTheSpeech() throws {
        func withPerspectives(_ lines: String) throws -> SpeakerList {
            try SpeakerList(parsing: InventedSummit.speakers.replacingOccurrences(of: "stances: [愿同, 很高兴]\n", with: "stances: [愿同, 很高兴]\n" + lines),
                            file: "summit.yaml")
        }
        let speakers = try withPerspectives("  perspectives:\n    south: [南北]\n")
        let after = { (speech: String, next: String) in
            try attributed("\(speech)\n\n\(next)\n", speakers: speakers).map { "\($0.speaker)/\($0.rule)" }
        }
        #expect(try after("海川表示，两国是好邻居。", "近年来，南北关系快速发展。") == ["hai/cue", "hai/continuation"])
        #expect(try after("海川表示，两国是好邻居。", "近年来，北南关系快速发展。") == ["hai/cue", "narration/default"])
        #expect(try after("高峰表示，两国是好邻居。", "近年来，南北关系快速发展。") == ["gao/cue", "narration/default"])
        #expect(try after("他说，两国是好邻居。", "近年来，南北关系快速发展。") == ["narration/default", "narration/default"])
        // An outlet of the south that writes 南北 in its own narration before the south's speaker
        // spoke: its order, which shows no speech going on.
        #expect(try attributed("南北领导人举行会谈\n\n海川表示，两国是好邻居。\n\n近年来，南北关系快速发展。\n", speakers: speakers)
                    .map { "\($0.speaker)/\($0.rule)" } == ["narration/default", "hai/cue", "narration/default"])
        #expect(throws: RhetoricError.self) {
            try withPerspectives("  perspectives:\n    west: [西南]\n")
        }
    }

    /// A cue after 的 is a noun's (the welcome of a welcoming ceremony), not the verb of the side
    /// or speaker before it: a ceremony is narration, and so is the sentence after it.
    @Test func aCueAfterDeIsANounNotASidesVerb() throws {
        let result = try attributed("高峰抵达首都。俄方在机场为高峰举行隆重的欢迎仪式。高峰检阅了仪仗队。\n\n中方对俄方的支持表示感谢。\n")
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == ["narration/default", "narration/default", "narration/default", "china/side"])
        // So is a cue right after a verb of ceremony whose object it opens.
        let banquet = try attributed("高峰抵达首都，开始对中国的国事访问。\n\n当天晚上，中方在人民大会堂为高峰举行欢迎宴会。\n\n"
                                     + "俄方代表团成员出席欢迎仪式并参观了展览。\n\n中方欢迎俄方企业参加今年在上海举行的博览会。\n")
        #expect(banquet.map { "\($0.speaker)/\($0.rule)" } == ["narration/default", "narration/default", "narration/default", "china/side"])
        // Also with the verb's aspect between (举办了欢迎仪式): had been the side's position.
        let done = try attributed("高峰抵达首都。这是高峰首次出访，中方在机场为高峰举办了欢迎仪式。\n\n中方对俄方的支持表示感谢。\n")
        #expect(done.map { "\($0.speaker)/\($0.rule)" } == ["narration/default", "narration/default", "china/side"])
    }

    /// An interview that sets the answerer's label on its own line (`高峰：`, with a full-width or an
    /// ASCII colon) gives the paragraphs after it to that speaker, up to the next label.
    @Test func aSpeakersLabelAloneOnItsLineOpensATurn() throws {
        for colon in ["：", ":"] {
            let text = "记者\(colon)您如何看待两国关系？\n\n高峰\(colon)\n\n——两国关系处于历史最好时期。\n\n——我们将继续扩大合作。\n\n"
                + "记者\(colon)您对明年有何期待？\n\n海川\(colon)\n\n——双方要加强人员往来，扩大留学生交流，让两国人民更加亲近，推动地方合作不断取得新成果。\n"
            let result = try attributed(text, speakers: Self.summitSpeakers)
            #expect(result.map { "\($0.speaker)/\($0.start)" } == ["narration/记者\(colon)您如何", "gao/——两国关系", "gao/——我们将继",
                                                                 "narration/记者\(colon)您对明", "hai/——双方要加"])
        }
    }

    /// A speech given in full under its own title (`高峰在欢迎宴会上的致辞`) is its author's from the
    /// first paragraph on, whatever the paragraphs open with, unless one of them announces where it
    /// starts (`致辞全文如下：`); a report's title (`高峰出席欢迎宴会并致辞`) makes nothing anyone's.
    @Test func aTextUnderItsOwnTitleIsItsAuthors() throws {
        let body = "很高兴同海川总理和各位朋友在金秋时节相聚，共叙两国人民的深厚友谊。今年是两国建交七十周年，两国关系历经风雨，历久弥坚。\n\n"
            + "面向未来，北方国方面愿同南方国一道，深化经贸、能源、人文等各领域合作，共同维护地区和平稳定与发展繁荣。\n"
        for title in ["高峰在欢迎海川总理宴会上的致辞", "北方国总统高峰在南方国大学的主旨演讲 "] {
            let result = try attributed("\(title)\n\n\(body)", speakers: Self.summitSpeakers)
            // The title stays as a heading above the speech: narration.
            #expect(result.map(\.speaker) == ["narration", "gao", "gao", "gao"], "\(title)")
        }
        let report = try attributed("高峰出席欢迎宴会并致辞\n\n\(body)", speakers: Self.summitSpeakers)
        #expect(report.map(\.speaker) == ["narration", "narration", "north"])
        let announced = try attributed("高峰在欢迎海川总理宴会上的致辞\n\n当地时间5月16日晚，高峰在首都出席欢迎宴会并致辞。致辞全文如下：\n\n\(body)",
                                       speakers: Self.summitSpeakers)
        #expect(announced.map(\.speaker) == ["narration", "narration", "narration", "gao", "gao", "gao"])
    }

    /// A speech or article signed below its title (`北方国总统 高峰`, the subtitle `——在…上的讲话` read
    /// with the title) is the signer's from the first paragraph, its salutations too; another leader's
    /// cue or quotation in it is the signer citing them. A spaced headline signs nothing.
    @Test func aSignedTextIsTheSignersAndCitesOthersInTheirWords() throws {
        let speech = """
            携手共创美好未来
            ——在两国建交纪念大会上的讲话
            （2026年5月16日，首都）
            北方国总统 高峰

            尊敬的海川总理，
            女士们，先生们，朋友们：

            今天，我们在这里隆重集会，纪念两国建交这一重要日子。

            海川总理多次表示，两国关系处于历史最好时期，我对此表示赞赏。海川总理说：“我们是真正的朋友。”

            面向未来，北方国方面愿同南方国一道，深化各领域务实合作，共同维护地区和平稳定。
            """
        let result = try attributed(speech, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == ["narration/default"] + Array(repeating: "gao/continuation", count: 6))
        #expect(result.first?.start == "携手共创美好")
        let document = try cleanedText(speech.replacingOccurrences(of: "北方国总统 高峰", with: "中华人民共和国主席 习近平"))
        #expect(document.title == "携手共创美好未来——在两国建交纪念大会上的讲话")
        #expect(document.author == "中华人民共和国主席 习近平")
        #expect(document.decisions.contains { $0.rule == "signature" && $0.action == .metadata })
        // Signed again below a lead that announces the text: the signature is not the author's words.
        let announced = try attributed("""
            新华社首都5月16日电 北方国总统高峰在南方国报纸发表题为《携手共创美好未来》的署名文章。文章全文如下：

            携手共创美好未来

            北方国总统  高峰

            今天，我们在这里隆重集会，纪念两国建交这一重要日子。
            """, speakers: Self.summitSpeakers)
        #expect(announced.map { "\($0.speaker) \($0.start)" } == [
            "narration 北方国总统高", "narration 文章全文如下", "narration 携手共创美好",  // the lead, then the title again as a heading
            "gao 今天，我们在",
        ])
        // The office and the name on two lines (a page's line break between them) sign as one line.
        let twoLines = try attributed("携手共创美好未来\n\n北方国总统\n高峰\n\n今天，我们在这里隆重集会，纪念两国建交这一重要日子。\n\n"
                                      + "海川总理多次表示，两国关系处于历史最好时期。\n", speakers: Self.summitSpeakers)
        #expect(twoLines.map(\.speaker) == ["narration", "gao", "gao"])
        let page = try cleanedText("<h1>携手共创美好未来</h1><p>中华人民共和国主席<br>习近平</p><p>今天，我们在这里隆重集会，纪念两国建交这一重要日子。</p>",
                                   format: .html)
        #expect(page.author == "中华人民共和国主席 习近平" && page.paragraphs.map(\.text) == ["携手共创美好未来", "今天，我们在这里隆重集会，纪念两国建交这一重要日子。"])
        let report = try attributed("高峰会见南方国总理 海川\n\n高峰指出，两国是好邻居。海川表示，南方国愿同北方国深化合作。\n",
                                    speakers: Self.summitSpeakers)
        #expect(report.map(\.speaker) == ["narration", "gao", "hai"])
    }

    @Test func aHeadingEndsASpeech() throws {
        let text = "高峰指出，两国是好邻居，双方要加强合作。\n\n# 务实合作\n\n一是深化政治互信，坚定相互支持，推动两国关系发展。\n"
        let result = try cleanedText(text, format: .markdown)
        var table = TermTable()
        var config = SegmentationConfig.defaults()
        config.speakers = Self.summitSpeakers
        let segmented = try Segmenter(config: config, trie: config.trie()).segment(result, into: &table)
        #expect(segmented.sentences.map { Self.summitSpeakers.ids[Int($0.speaker)] } == ["gao", "narration", "narration"])
        #expect(segmented.sentences.map(\.rule) == [.cue, .default, .default])
    }

    /// A joint press appearance as a transcript, of our own writing: labels name who speaks, and
    /// the paragraphs of a turn carry no cue of their own.
    static let transcript = """
        两国领导人共同会见记者实录

        【主持人】女士们、先生们，下面请两位领导人发表讲话。

        【北方国总统高峰】尊敬的海川总理，各位记者朋友，大家好。刚才，我们举行了富有成果的会谈。

        双方将继续在多边框架内密切协调。

        会谈中，我们回顾了两国关系发展历程。

        【海川】我同意高峰总统的评价。南方国愿意扩大能源合作。

        主持人：感谢两位领导人。

        高峰：最后，我再次欢迎海川总理来访。

        两国合作的前景十分广阔，我们对此充满信心。
        """

    /// A live transcript (our own writing in the shape of a portal's): each label alone on its
    /// line, the same labels coming back at each turn, a time after each paragraph. Every turn is
    /// its speaker's, a host's and a reporter's turns narration (a host's `两国领导人同意回答两位记者的
    /// 提问。`, is no joint statement), and a label is no sentence of anyone's: it
    /// names who speaks. Within a sentence, the label's words are not counted either.
    @Test func aLiveTranscriptsLabelsOnTheirOwnLinesComeBackAtEachTurn() throws {
        let live = """
            两国领导人共同会见记者（实录）

            [主持人]:

            现在请两位领导人发表讲话。[10:29]

            两国领导人同意回答两位记者的提问。[10:29]

            [高峰]:

            我同海川总理举行了深入友好的会谈。[10:30]

            我们认为，两国关系经受住了考验。[10:32]

            [海川]:

            我同意高峰总统的看法，南方国愿加强能源合作。[10:35]

            [北方电视台记者]:

            总理，早上好。我想问，南方国对两国合作有何期待？[10:38]

            [高峰]:

            北方国愿同南方国在多边框架内密切协作。[10:40]
            """
        let turns = [
            "narration 两国领导人共", "narration 现在请两位领", "narration 两国领导人同",  // the host's turn, no joint statement
            "gao 我同海川总理", "gao 我们认为，两", "hai 我同意高峰总",
            "narration 总理，早上好", "narration 我想问，南方",  // a side named in a question is no side's statement
            "gao 北方国愿同南",
        ]
        let result = try attributed(live, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker) \($0.start)" } == turns)
        // The times after the entries go with the cleaning.
        #expect(try !cleanedText(live).text.contains("[10:"))
        // The same with colon labels: the reporter named with the outlet (`北方电视台记者：`, seven
        // characters) asks as `记者：` would; the answer had been Hai's.
        let colons = live.replacingOccurrences(of: "\n[", with: "\n").replacingOccurrences(of: "]:\n", with: "：\n")
        #expect(colons.contains("\n北方电视台记者：\n"))
        #expect(try attributed(colons, speakers: Self.summitSpeakers).map { "\($0.speaker) \($0.start)" } == turns)
        var config = SegmentationConfig.defaults()
        config.speakers = Self.summitSpeakers
        var table = TermTable()
        let document = try cleanedText("两国领导人会见记者\n\n【高峰】两国合作前景广阔，双方将继续加强沟通。\n\n高峰：我们充满信心。\n")
        let segmented = try Segmenter(config: config, trie: config.trie()).segment(document, into: &table)
        let words = segmented.sentences.map { segmented.terms(of: $0).map { table.term($0) } }
        #expect(words == [["两国", "领导人", "会见", "记者"], ["两国", "合作", "前景", "广阔", "双方", "继续", "加强", "沟通"], ["我们", "充满信心"]],
                "\(words)")
    }

    /// In a transcript set with colon labels (two labels or more, one naming a speaker), the host's
    /// label above the first speaker's starts a turn of narration too, also alone on its line.
    @Test func aHostsColonLabelBeforeTheFirstSpeakersStartsATurn() throws {
        let text = """
            两国领导人共同会见记者

            主持人：女士们、先生们，两国领导人同意回答两位记者的提问。

            双方同意由北方国记者先提问。

            高峰：我同海川总理举行了深入友好的会谈。

            双方同意加强能源合作。

            主持人：

            下面请海川总理讲话。

            海川：我同意高峰总统的看法。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule) \($0.start)" } == [
            "narration/default 两国领导人共", "narration/default 主持人：女士", "narration/default 双方同意由北",
            "gao/cue 高峰：我同海", "gao/continuation 双方同意加强",
            "narration/default 下面请海川总", "hai/cue 海川：我同意",
        ])
        // One speaker's colon label in a report makes no transcript: the host's words stay a report's.
        let report = try attributed("主持人：女士们，两国领导人同意回答提问。\n\n高峰：我们举行了会谈。\n\n双方同意加强能源合作。\n",
                                    speakers: Self.summitSpeakers)
        #expect(report.map(\.speaker) == ["joint", "gao", "joint"])
    }

    @Test func aTranscriptsLabelsGiveEachTurnItsSpeaker() throws {
        let result = try attributed(Self.transcript, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",  // the headline
            "narration/default",  // the host's turn
            "gao/cue", "gao/continuation",  // his label, then his next sentence
            "gao/continuation",  // 双方将…: still his turn, not a joint statement
            "gao/continuation",  // 会谈中，…: a paragraph that alone would be narration
            "hai/cue", "hai/continuation",  // the next label ends his turn
            "narration/default",  // a host's colon label, once the text is a transcript
            "gao/cue", "gao/continuation",  // a colon label naming him
        ])
        let list = Self.summitSpeakers
        func label(_ text: String, inTranscript: Bool = false) -> SpeakerList.Label? {
            Array(text.utf16).withUnsafeBufferPointer { list.label(of: $0, inTranscript: inTranscript) }
        }
        let gao = list.ids.firstIndex(of: "gao")!
        #expect(label("【高峰总统】谢谢。") == .speaker(gao, bracketed: true))
        #expect(label("[北方国总统高峰] 谢谢。") == .speaker(gao, bracketed: true))
        #expect(label("高峰总统：谢谢。") == .speaker(gao, bracketed: false))
        #expect(label("高峰（通过翻译）：谢谢。") == .speaker(gao, bracketed: false), "an aside before the colon")
        #expect(label("高峰（在会谈开始前的讲话中说）：谢谢。") == nil, "an aside too long for one")
        #expect(label("【高峰的外交足迹】多年来…") == .other, "a bracket naming no speaker alone")
        #expect(label("【高峰】") == nil, "a label with nothing after it")
        #expect(label("[相关新闻](https://example.org/a.html)") == nil, "a Markdown link")
        #expect(label("[1] 见联合声明。") == nil, "a note's number")
        #expect(label("会谈中：双方认为…") == nil && label("会谈中：双方认为…", inTranscript: true) == .other)
        #expect(label("你说道：合作没有止境。", inTranscript: true) == nil && label("他说：谢谢。", inTranscript: true) == nil,
                "words introduced by a cue")
        let defaults = SegmentationConfig.defaults().speakers
        #expect(Array("你写道：合作没有止境。".utf16).withUnsafeBufferPointer { defaults.label(of: $0, inTranscript: true) } == nil,
                "a cue ending in 道 (写道)")
        #expect(label("两国元首会谈的成果：一是…", inTranscript: true) == nil, "too long for a label naming nobody")
        #expect(label("北方国国家电视台记者：请问…", inTranscript: true) == .other, "a reporter named with the outlet")
        #expect(label("高峰指出，两国是好邻居。") == nil)
        // In a report, one colon label is a cue for its paragraph, and the next paragraph goes by
        // the usual evidence.
        let report = try attributed("高峰：两国是好邻居。\n\n会谈前，高峰为海川举行欢迎仪式。\n", speakers: Self.summitSpeakers)
        #expect(report.map { "\($0.speaker)/\($0.rule)" } == ["gao/cue", "narration/default"])
    }

    @Test func continuationNeedsEvidence() {
        let list = Self.summitSpeakers
        func continues(_ text: String) -> Bool {
            Array(text.utf16).withUnsafeBufferPointer { list.continues(0, in: $0) }
        }
        #expect(continues("一是深化互信。"))
        #expect(continues("近年来，我多次访问南方国。"))
        #expect(continues("正如海川总理所说，合作大有可为。"))  // the other leader by name and title
        #expect(continues("北方国愿同南方国深化合作。"))
        #expect(!continues("海川抵达时，礼兵列队致敬。"))  // a reporter names a leader without a title after it
        #expect(!continues("鼓乐齐鸣，宾主步入宴会厅。"))
        #expect(continues("“两国是搬不走的邻居。”"))  // words quoted, with no one named before them
        #expect(continues("「合作没有止境，前景广阔。」"))
        #expect(!continues("“丝路之友”论坛当天在首都开幕。"))  // a name in quotation marks
        #expect(continues("强调了两国青年交流的重要意义。"))  // a cue verb with no subject
        #expect(!continues("说明会当天举行。"))  // a one-character cue opens other words
    }

    /// A report written a sentence to a paragraph, or one that goes on in quotations (our own
    /// writing): a paragraph of words quoted goes on the speech before it whatever its subject,
    /// unless a tag names someone else (`“…。”部长甲说。`); one that opens with a cue verb and no
    /// subject, or with a feeling (很高兴…), goes on too.
    @Test func quotationsAndSubjectlessVerbsGoOnASpeechAcrossParagraphs() throws {
        let text = """
            两国领导人举行会谈

            高峰表示：“很高兴再次来到南方国。”

            很高兴有机会同海川总理深入交换意见。

            强调了两国在农业领域合作的重要意义。

            “双方要加强发展战略对接。”

            “这是我们的共同立场。”部长甲说。

            海川指出，南方国愿同北方国扩大合作。

            “两国领导人一致认为，合作前景广阔。”

            “丝路之友”论坛当天在首都开幕。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "gao/cue",
            "gao/continuation",  // a feeling, no subject
            "gao/continuation",  // a cue verb, no subject
            "gao/continuation",  // an exhortation quoted
            "narration/default", "narration/default",  // someone else's tag takes the quotation from 高峰
            "hai/cue",
            "hai/continuation",  // a joint subject inside 海川's quoted words
            "narration/default",  // a name in quotation marks
        ])
    }

    /// A clause citing a speaker (our own writing): in a commentary, the cited speaker's words, each
    /// leader's in turn; inside a speech, or opening the paragraph after one, the speaker's own citing
    /// of the other.
    @Test func aClauseCitingASpeakerGivesThemTheWordsOutsideASpeech() throws {
        let commentary = """
            评论员文章：携手开创两国关系新未来

            两国领导人会晤取得丰硕成果。

            正如高峰总统所指出的，两国关系有着深厚的历史逻辑。

            正如海川总理所说，两国是好邻居。

            如高峰总统所强调，双方要坚定相互支持。

            如高峰访问南方国，双方将签署协议。
            """
        #expect(try attributed(commentary, speakers: Self.summitSpeakers).map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "narration/default", "gao/cue", "hai/cue", "gao/cue", "narration/default",
        ])
        let speech = """
            两国领导人举行会谈

            高峰指出，两国关系不断发展。正如海川总理所说，两国是好邻居。

            正如海川总理所言，双方合作潜力巨大。
            """
        #expect(try attributed(speech, speakers: Self.summitSpeakers).map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "gao/cue", "gao/continuation", "gao/continuation",
        ])
    }

    /// Items of a list set out a paragraph each after a dash (`——坚持…`) go on with the speech that
    /// announced them (our own writing, the default speakers file).
    @Test func dashItemsGoOnWithTheSpeech() throws {
        let text = """
            两国元首举行会谈

            习近平指出，中方愿同俄方一道推动两国关系行稳致远，为此提出以下主张。

            ——坚持相互尊重，维护各自核心利益。

            ——坚持互利共赢，深化各领域务实合作。

            普京表示，俄方赞同习近平主席的主张。
            """
        #expect(try attributed(text).map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "xi/cue", "xi/continuation", "xi/continuation", "putin/cue",
        ])
    }

    /// An aide a speaker's name possesses (`…总统新闻秘书某某表示，`, `…的特使`, `…外交政策顾问`, our
    /// own writing) speaks for themselves: narration, which ends the speaker's words before it.
    @Test func anAideOfASpeakerIsNotTheSpeaker() throws {
        let text = """
            两国领导人举行会谈

            高峰表示，北方国愿同南方国深化合作。高峰总统新闻秘书林山表示，会谈气氛友好。

            海川的特使表示，双方将继续保持沟通。海川总统发言人也说，访问取得成功。

            高峰总统强调，两国关系前景广阔。

            高峰外交政策顾问白山表示，会谈成果丰硕。海川的外事助理指出，双方签署了协议。

            高峰在会见总统顾问时表示，合作大有可为。
            """
        #expect(try summitRules(text) == [
            "narration/default", "gao/cue", "narration/default", "narration/default", "narration/default", "gao/cue",
            "narration/default", "narration/default",  // an aide with what kind before it: before, the leader's
            "gao/cue",  // the aide he meets
        ])
    }

    /// The other leader as a sentence's subject, named as a report names them (bare or after their
    /// office), ends the speaker's words; named with a title, as one leader names the other, the
    /// sentence stays in the speaker's words (our own writing).
    @Test func theOtherLeaderNamedAsAReportNamesThemEndsTheSpeech() throws {
        let text = """
            两国领导人举行会谈

            高峰指出，北方国愿同南方国加强协作。海川对此表示赞同。

            高峰强调，双方要深化合作。南方国总理海川对此表示认同。

            高峰表示，两国合作成果丰硕。海川总理为此付出了很多努力。
            """
        #expect(try summitRules(text) == [
            "narration/default", "gao/cue", "narration/default", "gao/cue", "narration/default", "gao/cue", "gao/continuation",
        ])
    }

    /// A pronoun after someone else's words in the paragraph is theirs, not the speaker's the
    /// paragraph opened with (our own writing).
    @Test func aPronounAfterSomeoneElsesWordsIsTheirs() throws {
        let text = """
            两国领导人举行会谈

            海川在开场发言中表示，两国关系呈现企稳态势。部长甲向海川表示，两国有责任管控分歧。她又说，双方只有坦诚沟通才能取得进展。海川说，南方国愿同北方国合作。他强调，合作前景广阔。
            """
        #expect(try summitRules(text) == [
            "narration/default", "hai/cue", "narration/default", "narration/default", "hai/cue", "hai/pronoun",
        ])
    }

    /// A pronoun stands for the nearest speaker before it who was a sentence's subject, not the
    /// one the paragraph opened with: the other leader's cue, a mention of them or their quoted
    /// words' tag (our own writing, in the shape of an aggregator's copy of a meeting's report).
    @Test func aPronounTakesTheNearestSubject() throws {
        let text = """
            两国领导人举行会谈

            北方国总统高峰会见南方国总理海川。他在开场发言中表示，两国关系稳中向好。海川在开场发言中向高峰表示，两国有责任管好分歧。他又说，双方只有坦诚沟通才能取得进展。

            高峰说，北方国愿同南方国合作。海川点头赞同。他说，合作前景广阔。

            高峰指出，两国要世代友好。“南方国愿做北方国的好邻居。”海川说。他还表示，双方要扩大贸易。

            高峰说，两国合作成果丰硕。海川总理为此付出了很多努力。他强调，北方国愿同南方国深化合作。
            """
        // The other leader named with a title inside a speech is in its words: the pronoun after
        // is still the speaker's.
        #expect(try summitRules(text) == [
            "narration/default",
            "narration/default", "gao/pronoun", "hai/cue", "hai/pronoun",
            "gao/cue", "narration/default", "hai/pronoun",
            "gao/cue", "hai/cue", "hai/cue", "hai/pronoun",
            "gao/cue", "gao/continuation", "gao/pronoun",
        ])
    }

    /// A plural pronoun's cue right after a sentence whose subject is the two leaders together (a
    /// joint subject, or both names joined by 和) is theirs, joint; after any other subject, a
    /// group's, someone else's (our own writing).
    @Test func aPluralPronounAfterTheTwoLeadersIsJoint() throws {
        let text = """
            两国领导人举行会谈

            两国领导人在友好的气氛中回顾了两国关系的发展历程。他们一致认为，两国关系处于历史最好时期。

            高峰和海川共同见证了多项合作文件的签署。他们表示，将推动这些文件尽快落地。

            会谈后，南方国企业家代表同高峰座谈。他们表示，对两国合作前景充满信心。
            """
        #expect(try summitRules(text) == [
            "narration/default",
            "narration/default", "joint/joint",
            "narration/default", "joint/joint",
            "narration/default", "narration/default",
        ])
        let list = Self.summitSpeakers
        let joint = { (text: String) in Array(text.utf16).withUnsafeBufferPointer(list.opensWithJointSubject) }
        #expect(joint("会谈后，两国领导人共同会见记者。"))
        #expect(joint("高峰总统和海川总理参观了展览。"))
        #expect(!joint("高峰会见海川。"))
        #expect(!joint("某人说，两国经济互补性强。"))  // after someone's cue, no introduction
        #expect(!joint("南方国企业家代表同高峰座谈。"))
    }

    /// A paragraph after a speech whose first sentences name no one, and whose later one shows the
    /// speech going on (the speaker's side's stance, an exhortation), is that speech, sentences
    /// before the evidence too; a sentence naming someone before it keeps the paragraph narration
    /// (our own writing, in the shape of a news agency's report of talks).
    @Test func evidenceLaterInAParagraphContinuesTheSpeech() throws {
        let text = """
            两国领导人举行会谈

            高峰指出，两国关系日益成熟稳定。

            当前，世界变局加速演进。北方国愿同南方国加强战略沟通。

            在经贸领域，贸易规模不断扩大。双方要优化贸易结构。

            会谈在友好的气氛中进行。海川出席了欢迎宴会。北方国愿同南方国扩大合作。
            """
        #expect(try summitRules(text) == [
            "narration/default", "gao/cue",
            "gao/continuation", "gao/continuation",
            "gao/continuation", "gao/continuation",
            "narration/default", "narration/default", "north/side",
        ])
    }

    /// A side listed by its country's name names its officials too (`北方国副总理林风`): one of them as
    /// the subject is someone else, who ends a speech and whose pronoun is theirs, not the side's
    /// position nor its leader's speech going on (our own writing).
    @Test func aSidesOfficialIsSomeoneElse() throws {
        let text = """
            两国领导人举行会谈

            高峰指出，两国要加强合作。

            北方国副总理林风随后介绍了会谈情况。他说，双方达成多项共识。

            海川表示，南方国愿同北方国深化合作。南方国副总理林风陪同出席。

            北方国感谢南方国的支持。
            """
        #expect(try summitRules(text) == [
            "narration/default", "gao/cue", "narration/default", "narration/default",
            "hai/cue", "narration/default", "north/side",
        ])
        // The leader's aide named after the leader's role (`北方国总统新闻秘书`) is someone else too,
        // not the side's position (had been the north's).
        let withRoles = try SpeakerList(parsing: InventedSummit.speakers.replacingOccurrences(
            of: "gao: {names: [高峰, 北方国总统高峰], side: north}", with: "gao: {names: [高峰], roles: [北方国总统], side: north}"), file: "roles.yaml")
        let aide = "北方国总统新闻秘书林风表示，北方国总统高峰和南方国总理海川今天可能会一起参观农业展。\n\n北方国总统表示，北方国愿同南方国深化合作。\n"
        #expect(try attributed(aide, speakers: withRoles).map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "gao/cue",
        ])
    }

    /// Words a cue quotes whole (`海川说：“…。”`, our own writing) end the speech within the
    /// paragraph as a paragraph's end does: what follows is the speaker's only with the evidence a
    /// new paragraph needs, or with the speaker as a pronoun. A saying the speaker cites and a name
    /// quoted at a sentence's end end nothing.
    @Test func wordsQuotedWholeEndASpeechWithinItsParagraph() throws {
        let text = """
            两国领导人举行会谈

            北方国总统高峰在首都同南方国总理海川举行会谈。

            海川说：“南方国高度重视对北关系。”会谈后，部长甲陪同参观。

            海川说：“我们是好朋友。”他还邀请高峰访问南方国。

            高峰指出，古人说：“远亲不如近邻。”双方要世代友好。

            高峰强调，要坚持“丝路之友”。两国关系不断发展。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "narration/default",
            "hai/cue", "narration/default",  // the scene after the quoted words
            "hai/cue", "hai/continuation",  // the speaker as a pronoun
            "gao/cue", "gao/continuation",  // after a saying cited, the speech goes on
            "gao/cue", "gao/continuation",  // a name quoted at the sentence's end
        ])
    }

    /// How the compiled-in list reads a sentence's opening, and the ids of Xi and Putin.
    static func openings() -> (opening: (String) -> SpeakerList.Opening, xi: Int, putin: Int) {
        let list = SpeakerList.defaults
        let opening = { (text: String) in Array(text.utf16).withUnsafeBufferPointer { list.opening(of: $0) } }
        return (opening, list.ids.firstIndex(of: "xi")!, list.ids.firstIndex(of: "putin")!)
    }

    /// The subject of a clause of time (`当普京将…时，`) is the speaker of the clause after it when that
    /// clause has a cue and no subject, or a pronoun (our own writing).
    @Test func aClauseOfTimeGivesItsSubjectToTheCueAfterIt() {
        let (opening, xi, putin) = Self.openings()
        #expect(opening("当普京将代表团送上车时，对主人说道：“期待再会。”") == .speech(putin))
        #expect(opening("当普京谈到两国关系时，他表示，合作前景广阔。") == .speech(putin))
        #expect(opening("当普京访华时，习近平表示，欢迎老朋友。") == .speech(xi))
        #expect(opening("当普京步入会场时，全场起立鼓掌，主持人说：“欢迎。”") == .otherSpeech)  // not the next clause
        #expect(opening("当普京抵达时，礼兵列队致敬。") == .none)
    }

    @Test func openingsFindCuesAfterIntroductionsAsidesAndLists() {
        let (opening, xi, putin) = Self.openings()
        let list = SpeakerList.defaults
        #expect(opening("关于两国务实合作，习近平强调，双方要深化合作。") == .speech(xi))
        #expect(opening("普京高度评价两国关系，指出，俄方愿深化合作。") == .speech(putin))
        #expect(opening("俄罗斯总统普京今天在克里姆林宫(Kremlin)表示，俄方愿深化合作。") == .speech(putin))
        #expect(opening("克里姆林宫发言人普京表示，会谈很成功。") == .speech(putin))
        #expect(opening("普京、习近平表示，会谈很成功。") == .speech(putin))
        #expect(opening("普京抵达时，礼兵列队致敬。") == .mention(putin))
        #expect(opening("两国元首就双边关系深入交换意见，一致同意加强合作。") == .joint(exhorting: false))
        #expect(opening("双方要加强合作。") == .joint(exhorting: true))
        #expect(opening("习普二人一致同意，扩大能源合作。") == .joint(exhorting: false))  // the Hong Kong press's pair
        #expect(opening("中俄元首一致认为，两国关系处于历史最好时期。") == .joint(exhorting: false))
        #expect(opening("两国元首就重要问题交换意见。") == .none)  // 重要 holds no 要
        #expect(opening("中方感谢俄方的支持。") == .side(list.ids.firstIndex(of: "china")!))
        #expect(opening("普丁则表示，双方要加强合作。") == .speech(putin))  // the Taiwanese name
        #expect(opening("普廷表示，双方要加强合作。") == .speech(putin))  // the Liberty Times'
        #expect(opening("普京还提到，两国贸易额创新高。") == .speech(putin))
        #expect(opening("普京坦承，制裁带来了困难。") == .speech(putin))
        #expect(opening("普京答道：“我们对此充满信心。”") == .speech(putin))
        // The one told between the verb and its comma, at most eight characters.
        #expect(opening("普京告诉记者，俄方重视对华关系。") == .speech(putin))
        #expect(opening("普京告诉来访的金正恩：“期待再会。”") == .speech(putin))
        #expect(opening("普京告诉正在莫斯科访问的朝鲜代表团成员，会谈很成功。") == .mention(putin))
        #expect(opening("普京与金正恩通电话，告知金正恩有关会谈的最新消息。") == .mention(putin))  // no words told
        // A role instead of a name, with the cue right after it (or after one adverb).
        #expect(opening("俄罗斯总统表示，俄方重视对华关系。") == .speech(putin))
        #expect(opening("这位俄罗斯领导人还指出：“合作前景广阔。”") == .speech(putin))
        #expect(opening("中国国家主席强调，双方要加强协调。") == .speech(xi))
        #expect(opening("俄罗斯总统新闻秘书佩斯科夫表示，会谈很成功。") == .otherSpeech)
        #expect(opening("俄罗斯总统与来访的总理共同出席仪式。") == .none)
        let tag = { (text: String) in Array(text.utf16).withUnsafeBufferPointer { list.tag(of: $0, afterQuote: false)?.tag } }
        #expect(tag("“合作前景广阔。”这位俄罗斯领导人说。") == .speaker(putin))
        #expect(tag("“合作前景广阔。”俄罗斯总统助理说。") == .other)

        // The speech reported in the clause after the speaker's own, without a comma after the verb.
        #expect(opening("习近平在北京会见来访的总理，指中方愿同各方加强合作。") == .speech(xi))
        #expect(opening("普京会见中国外长，表示俄方愿深化合作。") == .speech(putin))
        #expect(opening("普京会见中国外长，称他对会谈感到满意。") == .speech(putin))
        #expect(opening("普京视察工厂，指导当地工作。") == .mention(putin))  // 指导 is no 指
        #expect(opening("普京会见中国外长，称赞两国友谊。") == .mention(putin))  // nor 称赞 称
        // An adverb carrying the subject on may stand before the verb (our own writing).
        #expect(opening("对此，普京表示赞同，并说两国应当携手应对挑战。") == .speech(putin))
        #expect(opening("普京会见中国外长，还称中方是可靠的伙伴。") == .speech(putin))
        #expect(opening("普京表示赞同，并说明了俄方的考虑。") == .mention(putin))  // 说明 is no 说
        // A stance reported in the speaker's own clause without a comma: the verb right before a
        // side, a joint subject or a pronoun; before anything else it may be the verb's object.
        #expect(opening("普京说俄方重视对华关系。") == .speech(putin))
        #expect(opening("普京总统在会谈中表示双方应加强协调。") == .speech(putin))
        #expect(opening("习近平强调中方愿同俄方一道努力。") == .speech(xi))
        #expect(opening("习近平介绍了中方的立场。") == .speech(xi))  // with 了, the object is what was said
        #expect(opening("普京强调了两国合作的重要作用。") == .speech(putin))
        #expect(opening("普京表示感谢。") == .mention(putin))
        #expect(opening("普京会见俄方代表团成员。") == .mention(putin))  // 见 is no cue, and 会见 none
        // Two speakers as one subject speak jointly; with a verb between, the first speaks.
        #expect(opening("习近平同普京一致认为，中俄关系保持高水平发展。") == .joint(exhorting: false))
        #expect(opening("习近平和普京总统都表示，愿推动两国关系发展。") == .joint(exhorting: false))
        #expect(opening("普京与习近平一致同意加强协调。") == .joint(exhorting: false))
        #expect(opening("习近平同普京会谈时表示，中方愿同俄方一道努力。") == .speech(xi))
        #expect(opening("习近平和普京共同见证签署合作文件。") == .mention(xi))
        // Given names before the surname, with a middle dot, as transliterated names are written.
        #expect(opening("俄罗斯总统弗拉基米尔·普京表示，俄方愿同中方加强协调。") == .speech(putin))
        #expect(opening("弗拉基米尔·普京说，俄中关系处于历史最高水平。") == .speech(putin))
        #expect(opening("俄罗斯联邦总统弗拉基米尔·弗拉基米罗维奇·普京表示，俄方愿合作。") == .speech(putin))
        // The speaker's own clause ending in a cue, however far from the name.
        #expect(opening("普京当天在克里姆林宫同来访的中国国家主席习近平举行会谈后对媒体表示，俄方愿加强协调。") == .speech(putin))
        #expect(opening("普京在同习近平举行会谈后的联合记者会上说：“俄中关系处于历史最高水平。”") == .speech(putin))
        #expect(opening("普京当天在克里姆林宫会见了来访的中国国务院副总理一行。") == .mention(putin))
        // The two states by their full names, as a joint document opens.
        #expect(opening("中华人民共和国和俄罗斯联邦一致认为，两国关系处于历史最高水平。") == .joint(exhorting: false))
        // An item's number before the subject.
        #expect(opening("一、双方高度评价两国关系发展成果。") == .joint(exhorting: false))
        #expect(opening("（二）普京表示，俄方愿深化合作。") == .speech(putin))
        #expect(Array("12.5%的增长".utf16).withUnsafeBufferPointer { SpeakerList.enumerator($0) } == 0)  // a number
        #expect(Array("3.两国".utf16).withUnsafeBufferPointer { SpeakerList.enumerator($0) } == 2)
        // A conjunction may open the sentence right before the name.
        #expect(opening("但普京指出，乌克兰拒绝谈判。") == .speech(putin))
        #expect(opening("同时习近平强调，双方要加强协调。") == .speech(xi))
        #expect(opening("但他同时也表示，反对强制推行。") == .pronounSpeech)
        // 道 may stand between the cue and its mark.
        #expect(opening("普京对习近平说道：“我们的关系是特殊的。”") == .speech(putin))
        #expect(opening("普京在文章中写道：“俄中友谊历久弥坚。”") == .speech(putin))
        // Any verb with 道 and a colon introduces words, listed or not; 知道 and 一道 are other words.
        #expect(opening("普京感慨道：“时间过得真快。”") == .speech(putin))
        #expect(opening("习近平笑道：“欢迎老朋友。”") == .speech(xi))
        #expect(opening("普京知道：两国关系十分重要。") == .mention(putin))
        #expect(opening("习近平同普京一道：出席了开幕式。") == .mention(xi))
        // A colon right before a quotation introduces words, whatever the verb; a colon before
        // anything else does not.
        #expect(opening("普京回忆起当年的情景：“那天下着大雨。”") == .speech(putin))
        #expect(opening("他举杯提议：“为两国人民的友谊干杯！”") == .pronounSpeech)
        #expect(opening("他们举杯提议：“为友谊干杯！”") == .groupSpeech)
        // A plural pronoun's cue is a group's words, not one speaker's.
        #expect(opening("他们表示，愿继续深耕市场。") == .groupSpeech)
        #expect(opening("但她们也认为，合作前景广阔。") == .groupSpeech)
        #expect(opening("他们参观了展览。") == SpeakerList.Opening.none)
        #expect(opening("普京回忆起当年的情景：那天下着大雨。") == .mention(putin))
        #expect(opening("市长说起一段往事：“三十年前您来考察，那天下着大雨。”") == .introducing)
        #expect(opening("会见时，市长说起一段往事：「那天下着大雨。」") == .introducing)
        #expect(opening("中国有句古话：“远亲不如近邻。”") == .framing)
        // And 到, as the Taiwanese press writes it; 说到底 is no cue.
        #expect(opening("他说到，两国都是具有独立精神的民族。") == .pronounSpeech)
        #expect(opening("普京说到底还是希望加强合作。") == .mention(putin))
        // The clause after the name has a pronoun for subject and ends in a cue: the name's speech.
        #expect(opening("普京近日赴北京出席论坛，他在会见记者时称，俄方愿深化合作。") == .speech(putin))
        #expect(opening("普京近日赴北京出席论坛，他在会场见到了许多老朋友。") == .mention(putin))
        #expect(opening("普京近日会见企业家代表，他们在会见时称，将扩大投资。") == .mention(putin))  // a group's words
        // A word of time right after the cue opens the words (普京表示当天…); other words are its object.
        #expect(opening("普京表示当天与对方讨论了建立统一防御空间的问题。") == .speech(putin))
        #expect(opening("普京表示感谢东道主的热情款待。") == .mention(putin))
        // A pronoun and a cue without a comma, as in the Hong Kong and overseas press.
        #expect(opening("他说10年前他提出这一倡议。") == .pronounSpeech)
        #expect(opening("他指中方始终从战略高度看待两国关系。") == .pronounSpeech)
        #expect(opening("他说“中方愿同各方合作”。") == .pronounSpeech)
        #expect(opening("他指导当地的工作。") == SpeakerList.Opening.none)
        // A clause giving the words after it to a speaker: 据…介绍，在…看来，用…的话说，
        #expect(opening("据普京介绍，俄方正在筹备纪念活动。") == .speech(putin))
        #expect(opening("在普京总统看来，俄中关系是大国关系的典范。") == .speech(putin))
        #expect(opening("用习近平的话说，中俄关系历久弥坚。") == .speech(xi))
        #expect(opening("在习近平主席的见证下，双方签署合作文件。") != .speech(xi))
        #expect(opening("在普京访华期间，两国签署了协议。") != .speech(putin))
    }

    /// Reported speech of people the list does not name (a spokesman, analysts, the press) is theirs:
    /// a joint subject or a side after their cue is no joint statement or side's position, and their
    /// words end one; a proverb a leader cites is a framing and stays his, and a paragraph that
    /// shows the speech going on is still the speaker's.
    @Test func reportedSpeechOfOthersIsNoJointStatement() throws {
        let list = SpeakerList.defaults
        let opening = { (text: String) in Array(text.utf16).withUnsafeBufferPointer { list.opening(of: $0) } }
        #expect(opening("克里姆林宫发言人佩斯科夫此前表示，双方将签署多项合作文件。") == .otherSpeech)
        #expect(opening("据俄媒报道，有分析人士认为：两国将深化合作。") == .otherSpeech)  // after an introduction
        #expect(opening("双方发表联合声明称，两国将深化合作。") == .joint(exhorting: false))  // the joint statement's words
        #expect(opening("外交部发言人在记者会上介绍了会谈情况。") == .none)  // no comma or colon after the cue
        let text = """
            北方国总统高峰同南方国总理海川举行会谈。

            总统府发言人此前表示，双方将签署多项合作文件。

            双方一致认为，两国关系处于历史最好时期。有分析人士表示，两国将进一步深化合作。

            高峰指出，北方国方面愿同南方国一道努力。正如俗话所说，双方要携手前行。

            正如俗话所说，我们要把握机遇。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",  // the lead
            "narration/default",  // the spokesman's words: before, 双方将… made them joint
            "joint/joint", "narration/default",  // the analysts end the joint statement
            "gao/cue", "gao/continuation",  // the saying he cites is his
            "gao/continuation",  // first person after his speech: it goes on
        ])
    }

    /// A pronoun opening a paragraph after someone the list does not name has spoken (an aide, a
    /// ministry's official: our own writing) is theirs, not the leader's named before them; after a
    /// leader's own speech it is still the leader's.
    @Test func aPronounAfterAnUnnamedSpeakerIsTheirs() throws {
        let text = """
            应南方国总理海川邀请，北方国总统高峰将于下月访问南方国。

            外交部部长助理林文在记者会上说，高峰访问期间将同海川举行会谈。

            此外他还透露，两国元首将出席合作文件签署仪式。

            高峰表示，北方国愿同南方国深化合作。

            他还强调，两国要扩大贸易往来。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "narration/default",
            "narration/default",  // the aide's 他, before: 海川's, named last
            "gao/cue", "gao/pronoun",
        ])
    }

    /// Someone else's cue ends a leader's speech, in the paragraph and across paragraphs (a minister
    /// or an aide speaking after the leader, of our own writing); a saying cited, the first person,
    /// an aside that ends like a cue and the press reporting the leader's own cue do not.
    @Test func anotherPersonsCueEndsALeadersSpeech() throws {
        let list = SpeakerList.defaults
        let opening = { (text: String) in Array(text.utf16).withUnsafeBufferPointer { list.opening(of: $0) } }
        let xi = list.ids.firstIndex(of: "xi")!, putin = list.ids.firstIndex(of: "putin")!
        #expect(opening("总统助理白山补充说，我们对会谈成果感到满意。") == .otherSpeech)
        // The press reporting what a leader said: the leader's words, not the press's.
        #expect(opening("中央电视台报道称，习近平在会谈时对普京表示：“双方要加强合作。”") == .speech(xi))
        #expect(opening("俄媒援引消息人士说，普京强调，俄方愿深化合作。") == .speech(putin))
        #expect(opening("拉夫罗夫表示，普京总统将于下月访华。") == .otherSpeech)  // named, but he says nothing
        // Someone else quoting a leader (引述, 援引): the leader's words, reported.
        #expect(opening("他又引述普京说，俄方是中方最可靠的伙伴。") == .speech(putin))
        #expect(opening("俄罗斯外长援引普京总统的话称，俄方愿扩大合作。") == .speech(putin))
        #expect(opening("报告援引普京在论坛上的讲话，认为合作前景广阔。") != .speech(putin))
        #expect(opening("他又引述中国古语说，远亲不如近邻。") == .pronounSpeech)
        // A report's words about a leader (…报道称，普京…) are narration that leave him the pronoun.
        #expect(opening("塔斯社援引新华社报道称，普京还呼吁扩大投资。") == .reporting(putin))
        #expect(opening("拉夫罗夫称，普京还呼吁扩大投资。") == .otherSpeech)
        #expect(opening("俄罗斯媒体发表文章说，习近平此访意义重大。") == .reporting(xi))
        #expect(opening("新华社报道称，他表示双方要加强合作。") == .otherSpeech)
        #expect(opening("中国有句古话说：远亲不如近邻。") == .framing)
        #expect(opening("正如高峰总统所说，合作大有可为。") == .framing)
        #expect(opening("我们认为，两国将深化合作。") == .framing)
        #expect(opening("可以说，双方将深化合作。") == .joint(exhorting: false))  // the aside is read past
        #expect(opening("对两国来说，合作是唯一选择。") == .none)
        #expect(opening("应当指出，两国关系经受住了考验。") == .none)
        let text = """
            北方国总统高峰同南方国总理海川举行会谈。

            高峰指出，北方国方面愿同南方国加强协调。

            外交部长林风表示，北方国愿同南方国深化能源合作。

            高峰强调，两国要扩大贸易。总统助理白山补充说，我们对会谈成果感到满意。

            高峰说，可以说，两国关系处于最好时期。对两国来说，合作是唯一选择。应当指出，合作经受住了考验。

            我想强调，北方国愿同南方国合作。

            正如古人所说，远亲不如近邻。

            会谈后，两国领导人共同会见记者。

            正如俗话所说，众人拾柴火焰高。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",  // the lead
            "gao/cue",
            "narration/default",  // the minister's words: before, 愿同 made them Gao's going on
            "gao/cue", "narration/default",  // the aide in Gao's paragraph: before, Gao's
            "gao/cue", "gao/continuation", "gao/continuation",  // asides are the speaker's own
            "gao/continuation",  // 我想强调，opening a paragraph after his speech: his
            "gao/continuation",  // a saying opening the paragraph after his speech: his
            "narration/default", "narration/default",  // after narration, the narrator's
        ])
    }

    /// Someone the list does not name, introducing a quotation with a colon whatever the verb,
    /// speaks for themselves: the first or second person inside their quotation no longer carries a
    /// leader's speech on into it (our own writing, in the shape of an anecdote of a state visit).
    /// A speaker's or a pronoun's clause so is their cue; inside a speech the words go on.
    @Test func aQuotationIntroducedByAColonIsItsSubjectsWords() throws {
        let text = """
            晚宴前，高峰会见了几位老朋友。

            高峰说，很高兴再次来到南港。

            市长说起一段往事：“三十年前您来我们港口考察，那天下着大雨。”

            高峰回忆起当年的情景：“那时候我们都还年轻。”他举杯提议：“为两国人民的友谊干杯！”

            高峰说，两国要加强合作。两国合作的目标只有一个：“共同繁荣”。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",
            "gao/cue",
            "narration/default",  // the mayor's words: before, their 您 and 我们 made them Gao's going on
            "gao/cue", "gao/pronoun",  // his own clause, then a pronoun's, before the colon: his words
            "gao/cue", "gao/continuation",  // a motto quoted inside his speech is still his
        ])
    }

    /// A roundup of the foreign press (our own writing, in the shape of a `外媒关注…` page): a paper
    /// quoting a leader gives the leader the words; a report about a leader leaves him the pronoun
    /// after it; a possessive pronoun after a leader's quoted words is narration about him, and
    /// words quoted right after it are his again.
    @Test func aPressRoundupGivesEachLeaderTheirWords() throws {
        let text = """
            外媒关注两国领导人会谈

            文章还援引高峰总统的话指出，“这次会谈意义重大。我同总理先生达成了许多共识。”

            西方通讯社援引北方通讯社报道称，高峰还呼吁扩大能源合作。他说：“两国合作潜力巨大。”

            海川说：“我们谈了很久。”他的讲话引起一阵笑声。“不过从长远看，我们会有很好的关系。”他的夫人也在场。会谈在友好的气氛中结束。

            部长林风表示，两国将扩大贸易。他说：“合作会越来越好。”
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",
            "gao/cue", "gao/continuation",  // 援引…的话指出，: the paper quotes him
            "narration/default",  // the report's words about him
            "gao/pronoun",  // 他 after a report about him is him: before, the report's (narration)
            "hai/cue",
            "narration/default",  // 他的讲话…: about him; before, his
            "hai/continuation",  // his words quoted again
            "narration/default", "narration/default",
            "narration/default", "narration/default",  // 他 after a minister's words is the minister
        ])
    }

    /// A quotation of several paragraphs opens each with a quotation mark, closes only the last and
    /// is tagged after it: the tag gives the speaker every paragraph it ran over (our own writing);
    /// a paragraph that closes its quotation, or a heading, stops it.
    @Test func aQuotationOverSeveralParagraphsIsItsTagsSpeaker() throws {
        let text = """
            两国领导人举行会谈

            “两国关系正处于历史最好时期。

            “我们愿同南方国一道，扩大各领域合作。”高峰说。

            “这是我们的共同选择。”部长林风说。

            “合作是两国人民的共同愿望。

            “我们将继续努力。”海川说。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",
            "gao/cue",  // the quotation's first paragraph: before, narration
            "gao/cue", "gao/cue",
            "narration/default", "narration/default",  // closed in its own paragraph: its own tag's
            "hai/cue",  // after a closed quotation, a new one: its tag's
            "hai/cue", "hai/cue",
        ])
    }

    /// A plural pronoun's cue is a group's words (our own writing): narration, ending the speech
    /// before it.
    @Test func aPluralPronounsWordsAreNoSpeakers() throws {
        let text = """
            高峰会见企业家代表

            高峰说，两国经济互补性强。她们表示，合作前景广阔。两国合作潜力巨大。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers).map { "\($0.speaker)/\($0.rule)" }
        #expect(result == [
            "narration/default", "gao/cue",
            "narration/default",  // before, Gao's by the pronoun
            "narration/default",  // the group's words go on: before, Gao's going on
        ])
    }

    /// An interview in question-and-answer form (our own writing): the speaker the lead says gives
    /// it answers (`答：`), the paragraphs of an answer are theirs, a question (`问：`, with its 您) is
    /// the interviewer's; without an interviewee named, answers are narration.
    @Test func anInterviewsAnswersAreTheIntervieweesWords() throws {
        let text = """
            高峰接受东方社专访

            北方国总统高峰日前接受东方社书面专访，就两国关系回答了记者提问。

            问：您如何评价当前两国关系？

            答：我认为，两国关系处于历史最好时期。

            双方在能源等领域合作成果丰硕。

            问：您对此访有何期待？

            答：我期待同海川总理深入交换意见。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "narration/default",  // the headline, the lead
            "narration/default",  // the question: its 您 does not make it his
            "gao/cue", "gao/continuation",  // the answer, and the paragraph after it
            "narration/default", "gao/cue",
        ])
        let anonymous = try attributed("问：您如何评价两国关系？\n\n答：我认为，两国关系处于历史最好时期。\n", speakers: Self.summitSpeakers)
        #expect(anonymous.map(\.speaker) == ["narration", "narration"])
        let list = SpeakerList.defaults
        let label = { (text: String) in Array(text.utf16).withUnsafeBufferPointer { list.label(of: $0, inTranscript: false) } }
        #expect(label("答：是的。") == .answer && label("问：为什么？") == .other && label("会谈中：双方同意。") == nil)
        let interviewee = { (text: String) in Array(text.utf16).withUnsafeBufferPointer { list.interviewee(in: $0) } }
        #expect(interviewee("俄罗斯总统普京日前接受新华社书面专访。") == list.ids.firstIndex(of: "putin"))
        #expect(interviewee("普京接受了各国使节递交国书。") == nil)  // 接受 without an interview
    }

    /// A quotation's speaker named after the words (our own writing), as Chinese reports often
    /// write it: the tag (`“…。”海川说。`, `“…，”他说，“…”`) gives the quotation's sentences of the
    /// paragraph to its speaker; a pronoun's tag after someone else's words is theirs, and a tag
    /// never takes a quotation from the speaker whose own cue opened it.
    @Test func aQuotationsTagGivesItsWordsToTheSpeakerNamedAfterThem() throws {
        let text = """
            两国领导人举行会谈

            高峰在会谈中回顾了两国交往的历史。“我们是真正的好邻居，”他说，“这种友谊经受住了考验。”

            “南方国愿同北方国扩大合作。我们对此充满信心。”海川说。

            部长甲表示，北方国愿加强沟通。“这是我们的共同立场。”他说。

            高峰指出：“北方国愿同南方国一道努力。”海川说。

            “两国合作潜力巨大，”海川总理在欢迎宴会上强调。
            """
        let result = try attributed(text, speakers: Self.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "narration/default",
            "gao/cue",  // the pronoun's tag between the two halves of the quotation
            "hai/cue", "hai/cue", "hai/cue",  // both quoted sentences, then the tag
            "narration/default", "narration/default", "narration/default",  // the minister's, not 高峰's
            "gao/cue", "hai/cue",  // 高峰's own cue keeps his quotation
            "hai/cue",  // a role and words between the name and the cue
        ])
        let list = Self.summitSpeakers
        let tag = { (text: String, afterQuote: Bool) in
            Array(text.utf16).withUnsafeBufferPointer { list.tag(of: $0, afterQuote: afterQuote)?.tag }
        }
        let hai = list.ids.firstIndex(of: "hai")!
        #expect(tag("海川说。", true) == .speaker(hai))
        #expect(tag("海川说。", false) == nil)  // no quotation before it
        #expect(tag("海川表示，南方国愿扩大合作。", true) == nil)  // a speech of its own
        #expect(tag("“合作很重要，”他们说。", false) == nil)  // 他们 is no one speaker
        #expect(tag("“合作很重要，”他说道。", false) == .pronoun)
        #expect(tag("“合作很重要，”部长甲说。", false) == .other)  // someone the list does not name
        // The comma after the closing quote, as Taiwan's and Hong Kong's press set it.
        #expect(tag("「我们愿扩大合作」，海川说。", false) == .speaker(hai))
        #expect(tag("「我们愿扩大合作」，海川说，两国要加强沟通。", false) == nil)  // a speech of its own
        // Any verb with 道 ends a tag that names a speaker or a pronoun, not one that names no one.
        #expect(tag("“时间过得真快。”海川感慨道。", false) == .speaker(hai))
        #expect(tag("“时间过得真快。”他笑道。", false) == .pronoun)
        #expect(tag("“时间过得真快。”部长甲感慨道。", false) == nil)  // 感慨 is no listed cue
        #expect(tag("“合作共赢。”这是相处之道。", false) == nil)
        #expect(tag("“合作共赢。”海川知道。", false) == nil)
        let added = Array("“合作很重要。”普京补充道。".utf16).withUnsafeBufferPointer { SpeakerList.defaults.tag(of: $0, afterQuote: false)?.tag }
        #expect(added == .speaker(SpeakerList.defaults.ids.firstIndex(of: "putin")!))
        let named = Array("共建“一带一路”倡议的提出。".utf16).withUnsafeBufferPointer { SpeakerList.defaults.tag(of: $0, afterQuote: false) }
        #expect(named == nil)  // a name in quotation marks: no words said, no one's tag
    }

    /// A text given in full (our own writing): after `全文如下：` the paragraphs, headings aside, are
    /// the words of the speaker the marker's sentence names, or the one named last (a signed
    /// article), or joint when a joint document is announced.
    @Test func aTextGivenInFullIsItsAuthors() throws {
        let article = """
            高峰发表署名文章

            北方国总统高峰在南方国媒体发表题为《友谊之路》的署名文章。全文如下：

            友谊之路

            我将对南方国进行国事访问。

            两国关系正处于历史最好时期，双方合作成果丰硕。
            """
        #expect(try attributed(article, speakers: Self.summitSpeakers).map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default", "narration/default", "narration/default",  // the headline, the lead, the marker
            "narration/default",  // the article's title: a heading
            "gao/continuation", "gao/continuation",
        ])
        // `文章如下：` in a sentence of its own announces it as well.
        let announced = article.replacingOccurrences(of: "署名文章。全文如下：", with: "署名文章。\n\n文章如下：")
        #expect(try attributed(announced, speakers: Self.summitSpeakers).suffix(2).map(\.speaker) == ["gao", "gao"])
        let statement = """
            两国领导人签署联合声明。声明全文如下：

            一、双方同意深化各领域合作。

            南方国方面重申支持北方国的发展道路。
            """
        let jointly = try attributed(statement, speakers: Self.summitSpeakers).map(\.speaker)
        #expect(jointly == ["narration", "narration", "joint", "joint"])
        let speech = """
            当地时间5月16日晚，南方国总理海川在首都为北方国总统高峰举行欢迎宴会，两人在宴会上发表讲话。

            高峰的讲话全文如下：

            女士们、先生们，我很高兴再次来到南方国。
            """
        let spoken = try attributed(speech, speakers: Self.summitSpeakers).map(\.speaker)
        #expect(spoken == ["narration", "narration", "gao"])
        // A joint document given as it is: the sentence naming its parties, then all of it joint,
        // its numbered sections and the sentences without a subject too.
        let document = """
            北方国和南方国关于深化全面战略伙伴关系的联合声明

            应南方国总理邀请，北方国总统于5月16日至17日对南方国进行国事访问。

            北方国和南方国（以下简称“双方”）在友好气氛中举行会谈，一致认为，两国关系处于历史最好时期。

            一、双方高度评价两国关系发展成果。

            推动贸易和投资便利化，扩大本币结算。
            """
        let parties = try attributed(document, speakers: Self.summitSpeakers).map(\.speaker)
        #expect(parties == ["narration", "narration", "narration", "joint", "joint"])
    }

    /// The Hong Kong and Singapore press name a leader by one character once the full name has been
    /// given (our own text): 习表示，/ 普则表示，are their cues then, not before, and a word that
    /// starts with the character (习惯上说) is none.
    @Test func aLeadersInitialIsTheirCueOnceTheyAreNamed() throws {
        let text = """
            习表示，两国要深化合作。

            国家主席习近平5月16日在北京与俄罗斯总统普京举行会谈。

            习表示，中俄关系经受住了考验。习又指出，双方要深化各领域合作。

            普则表示，俄方愿同中方加强能源合作。

            习惯上说，两国元首每年都会会面。
            """
        let result = try attributed(text)
        #expect(result.map { "\($0.speaker)/\($0.rule)" } == [
            "narration/default",  // before the full name: nobody's initial yet
            "narration/default",
            "xi/cue", "xi/cue", "putin/cue",
            "narration/default",
        ])
        #expect(throws: RhetoricError.self) {
            try SpeakerList(parsing: "speakers:\n  gao: {names: [高峰], initial: 高峰}\ncues: [说]\n", file: "s.yaml")
        }
    }

    @Test func aTraditionalReportNamesPutinTheTaiwaneseWay() throws {
        let result = try attributed("普丁則表示，雙方要加強合作。")
        #expect(result.map(\.speaker) == ["putin"])
    }

    @Test func overridesCorrectASentenceAndTheSpeechGoesOnFromIt() throws {
        let overrides = try SpeakerOverrides(parsing: "file,sentence_start,speaker\nsummit.txt,会谈前，高峰,gao\n", file: "o.csv",
                                             speakers: Self.summitSpeakers)
        let result = try attributed(InventedSummit.report, speakers: Self.summitSpeakers, overrides: overrides, file: "summit.txt")
        let ceremony = result.firstIndex { $0.start.hasPrefix("会谈前") }!
        #expect(result[ceremony].speaker == "gao" && result[ceremony].rule == "override")
        #expect(result[ceremony + 1].speaker == "gao" && result[ceremony + 1].rule == "continuation")
        // Another file's override does not apply here.
        let elsewhere = try attributed(InventedSummit.report, speakers: Self.summitSpeakers, overrides: overrides, file: "other.txt")
        #expect(!elsewhere.contains { $0.rule == "override" })
    }

    @Test func overridesFilesAreCheckedLineByLine() {
        do {
            _ = try SpeakerOverrides(parsing: "file,sentence_start,speaker\na.txt,,gao\na.txt,会谈前,nobody\na.txt,会谈\n", file: "o.csv",
                                     speakers: Self.summitSpeakers)
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.line) == [2, 3, 4])
            #expect(error.errors[1].message.contains("unknown speaker 'nobody'"))
        }
        #expect(throws: InputErrors.self) {
            try SpeakerOverrides(parsing: "file,start,who\n", file: "o.csv", speakers: Self.summitSpeakers)
        }
    }

    @Test func anInventedSummitGoesThroughTheWholeRun() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/corpus", withIntermediateDirectories: true)
        try write(["summit.txt": InventedSummit.report, "meetings.csv": "file,date\nsummit.txt,2024-05-16\n"], in: directory + "/corpus")
        try write(["summit.yaml": InventedSummit.speakers,
                   "overrides.csv": "file,sentence_start,speaker\nsummit.txt,部长甲,hai\n"], in: directory)
        let run = try runRhetoric(["run", "--corpus", directory + "/corpus", "--out", directory + "/reports", "--quiet", "--jobs", "1",
                                   "--speakers", directory + "/summit.yaml", "--speaker-overrides", directory + "/overrides.csv"])
        #expect(run.code == 0, "\(run.err)")
        let sentences = try CSVTable(parsing: String(contentsOfFile: directory + "/reports/sentences.csv", encoding: .utf8), file: "s")
        #expect(sentences.header == SentencesReport.header)
        let cue = try #require(sentences.rows.first { $0.fields[6].hasPrefix("关于两国人文交流") })
        #expect(cue.fields[..<6] == ["2024-05-16", "summit.txt", "8", "1", "hai", "cue"])
        // The terms are the sentence's words in order, stopwords left out.
        let terms = cue.fields[7].split(separator: " ").map(String.init)
        #expect(terms.contains("海川") && terms.contains("人文交流") && terms.contains("留学生"))
        var rest = Substring(cue.fields[6])
        for term in terms {
            let found = try #require(rest.range(of: term), "\(term)")
            rest = rest[found.upperBound...]
        }
        #expect(sentences.rows.first { $0.fields[6].hasPrefix("部长甲") }?.fields[4...5] == ["hai", "override"])
        let summary = try String(contentsOfFile: directory + "/reports/summary.json", encoding: .utf8)
        #expect(summary.contains("\"sentence_start\": \"部长甲\""))
        // The comparison leaves out the words that find speech: cue verbs, names, titles.
        let keyness = try CSVTable(parsing: String(contentsOfFile: directory + "/reports/speaker_keyness.csv", encoding: .utf8), file: "k")
        #expect(!keyness.rows.isEmpty)
        #expect(!keyness.rows.contains { ["指出", "强调", "表示", "高峰", "海川", "总理", "总统"].contains($0.fields[1]) })
        // An override that matches no sentence stops the run, naming its line.
        try write(["overrides.csv": "file,sentence_start,speaker\nsummit.txt,部长甲,hai\nsummit.txt,没有这句,gao\n"], in: directory)
        let failed = try runRhetoric(["run", "--corpus", directory + "/corpus", "--out", directory + "/reports", "--quiet", "--jobs", "1",
                                      "--speakers", directory + "/summit.yaml", "--speaker-overrides", directory + "/overrides.csv"])
        #expect(failed.code == 1)
        #expect(failed.err.contains("overrides.csv:3: no sentence of summit.txt starts with '没有这句'"))
    }

    @Test func onTheSeedsXisFourPointProposalIsAllHis() throws {
        let (corpus, segmented) = Self.seeds
        let ids = segmented.config.speakers.ids
        let index = try #require(corpus.documents.firstIndex { $0.file == "002_a9c9841912dcbb44.txt" })
        let document = corpus.documents[index]
        let points = document.cleaned.paragraphs.indices.filter { index in
            ["一是", "二是", "三是", "四是"].contains { document.cleaned.paragraphs[index].text.hasPrefix($0) }
        }
        #expect(points.count == 4)
        let sentences = segmented.documents[index].sentences.filter { points.contains(Int($0.paragraph)) }
        #expect(sentences.count >= 12)
        #expect(sentences.allSatisfy { ids[Int($0.speaker)] == "xi" })
        #expect(sentences.contains { $0.rule == .continuation })
    }

    @Test func cuesStartSpeechThatCarriesThroughTheParagraph() throws {
        let result = try attributed("""
            普京热烈欢迎习近平访问俄罗斯。普京表示，这是一次历史性访问。俄方愿加强合作。
            习近平强调，中俄互为伙伴。双方要加强协调。普京说：“欢迎。”
            双方认为，合作时机已经成熟。要扩大贸易。
            两国元首先后举行会谈。
            普京完全赞同习近平的评价。他表示，俄中看法一致。
            """)
        #expect(result.map(\.speaker) == ["narration", "putin", "putin", "xi", "xi", "putin", "joint", "joint", "narration",
                                          "narration", "putin"])
    }

    /// A sentence that names the speaker after its opening is about them, not by them: it ends
    /// the speech, in the paragraph or at the start of the next; the other leader named in a
    /// speech (我和普京总统…) and the speaker as the subject (习近平还邀请…) leave it going on.
    @Test func wordsThatNameTheSpeakerAreNotTheirSpeech() throws {
        let result = try attributed("""
            习近平表示，中方愿同俄方加强合作。我和普京总统决定举办文化年。习近平还邀请普京出席论坛。
            普京表示，俄方赞同这些建议。东道主请普京转达对俄罗斯人民的问候。会场气氛热烈友好。
            普京说，俄方欢迎中方企业投资。
            这是普京第五次对中国进行国事访问，也是两国元首今年的第二次会晤。
            """)
        #expect(result.map(\.speaker) == ["xi", "xi", "xi", "putin", "narration", "narration", "putin", "narration"])
        #expect(result.map(\.rule) == ["cue", "continuation", "continuation", "cue", "default", "default", "cue", "default"])
    }

    /// A report written a sentence to a paragraph (our own writing, in the shape of a page that set
    /// each sentence of an agency's paragraphs on its own): paragraphs naming no one between a
    /// speaker's words and a paragraph showing them going on (a cue verb with no subject) are theirs;
    /// before a new cue, or another speaker, they stay narration, as do paragraphs opening with the
    /// parties (两国领导人…). The same sentences two to a paragraph are no such document.
    @Test func aReportWrittenASentenceToAParagraphKeepsItsSpeechTogether() throws {
        let paragraphs = [
            "北方国总统高峰3日在首都同南方国总理海川举行会谈。", "高峰表示：“很高兴再次见到您。”", "很高兴有机会单独讨论两国关系的各个领域。",
            "最近，两国合作呈现出新的活力。", "能源项目进展顺利。", "强调了双方在能源领域合作的重要意义。", "会谈持续了三个小时。",
            "高峰还说，他期待明年再次访问南方国。", "会谈结束后，两人握手道别。", "海川表示，南方国愿同北方国继续加强合作。",
        ]
        let result = try attributed(paragraphs.joined(separator: "\n\n"), speakers: Self.summitSpeakers)
        #expect(result.map(\.speaker) == [
            "narration", "gao", "gao", "gao", "gao", "gao", "narration", "gao", "narration", "hai",
        ])
        #expect(result[3].rule == "continuation" && result[5].rule == "continuation")
        // Two sentences to a paragraph: a paragraph's break says the speech ended.
        let paired = stride(from: 0, to: paragraphs.count, by: 2).map { paragraphs[$0] + paragraphs[$0 + 1] }
        let document = try cleanedText(paired.joined(separator: "\n\n"))
        #expect(!Attribution.isWrittenASentenceAParagraph(document.paragraphs))
        for one in ["两国会谈。", "两国会谈。”", "他说：“很好！”）", "会谈持续了3小时", "Talks went on!"] {
            #expect(Attribution.holdsOneSentence(one), "\(one)")
        }
        for two in ["两国会谈。双方签署协定。", "会谈。3小时", "会谈。a", "会谈！双方签署协定", "好? 好"] {
            #expect(!Attribution.holdsOneSentence(two), "\(two)")
        }
        // Not bridged across breaks there, the sentences still go where they went one to a
        // paragraph: a paragraph whose later sentence shows the speech going on (能源项目进展顺利。
        // 强调了…) is the speech.
        let pairedResult = try attributed(paired.joined(separator: "\n\n"), speakers: Self.summitSpeakers)
        #expect(pairedResult.map(\.speaker) == result.map(\.speaker))
        #expect(pairedResult[4].rule == "continuation")
    }

    @Test func onTheSeedsEveryMeetingHasXiAndPutinAndPutinsCuesAreNeverXis() throws {
        let (corpus, segmented) = Self.seeds
        let ids = segmented.config.speakers.ids
        for meeting in corpus.meetings {
            var speakers = Set<String>()
            for (document, tokens) in zip(corpus.documents, segmented.documents) where document.meeting == meeting {
                for sentence in tokens.sentences {
                    let speaker = ids[Int(sentence.speaker)]
                    speakers.insert(speaker)
                    let units = Array(document.cleaned.paragraphs[Int(sentence.paragraph)].text.utf16)
                    let text = String(decoding: units[Int(sentence.start)..<Int(sentence.end)], as: UTF16.self)
                    if text.hasPrefix("普京表示") || text.hasPrefix("普京说") { #expect(speaker == "putin", "\(text)") }
                    if text.hasPrefix("习近平指出") || text.hasPrefix("习近平强调") { #expect(speaker == "xi", "\(text)") }
                    if text.hasPrefix("米舒斯京表示") { #expect(speaker == "mishustin") }
                }
            }
            #expect(speakers.isSuperset(of: ["xi", "putin"]), "\(meeting.id) has \(speakers.sorted())")
        }
    }

    @Test func speechInAColumnWrappedReportCarriesAcrossLineEnds() throws {
        // 000: Xi's paragraph goes on after a sentence that ended at the column edge.
        let result = try attributed(try cleanedSeed("000_54381d582db1526f.txt").text.replacingOccurrences(of: "# ", with: ""))
        let line = try #require(result.first { $0.start.hasPrefix("自我10年前") })
        #expect(line.speaker == "xi")
    }

    @Test func aSpeakersFileReplacesTheDefault() throws {
        let list = try SpeakerList(parsing: """
            speakers:
              lavrov: {names: [拉夫罗夫]}
            cues: [说]
            """, file: "s.yaml")
        #expect(list.ids == ["lavrov", "joint", "narration"])
        #expect(list.compared == nil)
        #expect(Self.summitSpeakers.ids == ["gao", "hai", "north", "south", "joint", "narration"])
        #expect(Self.summitSpeakers.machinery.isSuperset(of: ["高峰", "海川", "指出", "总统"]))
        #expect(!Self.summitSpeakers.machinery.contains("北方国总统高峰"))
        #expect(throws: RhetoricError.self) { try SpeakerList(parsing: "speakers: {}\ncues: [说]\n", file: "s.yaml") }
        #expect(throws: RhetoricError.self) {
            try SpeakerList(parsing: "speakers:\n  a: {names: [甲]}\ncues: [说]\ncompare: [a, b]\n", file: "s.yaml")
        }
        #expect(throws: RhetoricError.self) {
            try SpeakerList(parsing: "speakers:\n  a: {names: [甲], side: nowhere}\ncues: [说]\n", file: "s.yaml")
        }
    }
}
