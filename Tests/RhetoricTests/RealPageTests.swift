import Foundation
import Testing
@testable import Rhetoric

/// Pages of our own writing in the shapes real news pages take (studied on pages of other
/// bilateral meetings): Traditional script, gateway pinyin, credit blocks, site furniture, headlines
/// and timestamps around the lead. The leaders and places are invented.
@Suite struct RealPageTests {
    func body(_ document: CleanedDocument) -> [String] {
        document.paragraphs.filter { $0.kind == .body }.map(\.text)
    }

    static let traditionalPage = """
        新聞首頁 > 國際 > 正文
        習近平會見來訪的南方國總統
        2024年06月25日 20:43　來源：新華網
        字號：默認 超大 | 打印 |
        6月25日，國家主席習近平在北京人民大會堂會見來訪的南方國總統。 新華社記者 林山 攝
        新華社北京6月25日電（記者 高原）國家主席習近平25日在人民大會堂會見來華進行國事訪問的南方國總統。
        習近平指出，兩國是好朋友、好夥伴。雙方要加強發展戰略對接，深化各領域務實合作，取得顯著成果。
        南方國總統表示，南方國高度重視發展對華關係，願同中方加強溝通協作。
        原標題：習近平會見南方國總統
        【我要糾錯】責任編輯：陳河
        掃一掃在手機打開當前頁
        """

    @Test func aTraditionalPageIsConvertedThenCleanedByTheSameRules() throws {
        let document = try cleanedText(Self.traditionalPage)
        #expect(document.simplified)
        #expect(document.title == "习近平会见来访的南方国总统")
        #expect(document.publishedDate.flatMap(PublicationDate.parse)?.description == "2024-06-25")
        #expect(document.outlet == "新华社")
        #expect(document.dateline?.city == "北京" && document.dateline?.day == 25)
        #expect(body(document) == [
            "国家主席习近平25日在人民大会堂会见来华进行国事访问的南方国总统。",
            "习近平指出，两国是好朋友、好伙伴。双方要加强发展战略对接，深化各领域务实合作，取得显著成果。",
            "南方国总统表示，南方国高度重视发展对华关系，愿同中方加强沟通协作。",
        ])
    }

    @Test func pinyinReadingsGoSoNamesStayWhole() throws {
        let page = "國(guó)家主席習(xí)近平同南方國(guó)總統(tǒng)舉(jǔ)行會(huì)談，雙方同意深化協(xié)作戰(zhàn)略。"
        let document = try cleanedText(page)
        #expect(document.text == "国家主席习近平同南方国总统举行会谈，双方同意深化协作战略。\n")
        let words = try terms(page).flatMap { $0 }
        #expect(words.contains("习近平"))
        #expect(!words.contains("作战"))
        #expect(PinyinReadings.strip("总统(tǒng)") == "总统")
        #expect(PinyinReadings.strip("世界(World)") == nil)
        // Two readings of one character, toned then not (`國(guó)(guo)`): both go.
        #expect(PinyinReadings.strip("南方國(guó)(guo)總理(li)海川表(biǎo)示(shi)，合作(APEC)") == "南方國總理海川表示，合作(APEC)")
        // A search-optimised page's romanised words, which had been counted as terms (`GuanXi`).
        #expect(PinyinReadings.strip("推动两国关系[GuanXi]平稳发展[FaZhan]，南方国(NanFangGuo)") == "推动两国关系平稳发展，南方国")
        #expect(!(try terms("两国关系[GuanXi]平稳发展。").flatMap { $0 }.contains("GuanXi")))
        // Not pinyin, or more syllables than characters before them: they stay.
        for kept in ["华为(Huawei)", "金砖国家(BRICS)", "外长(Wang Yi)", "国[GuanXi]", "南方国(NanFangCity)"] {
            #expect(PinyinReadings.strip(kept) == nil, "\(kept)")
        }
    }

    /// A Hong Kong outlet's shape (our own text): the lead glosses names in English, which makes it
    /// less than 0.6 Han; glosses in brackets do not count against it, so the lead stays. A key with
    /// nothing but another key after it (`出版：更新：`) gives no date.
    @Test func aLeadThatGlossesNamesInEnglishIsProse() throws {
        let page = """
            两国元首会面 冀深化合作

            撰文：林山
            出版：更新：

            国家主席习近平（Xi Jinping）5月7日在北京会见南方国总理海川（Hai Chuan，又译海泉），双方就双边关系深入交换意见。

            习近平指出，两国关系经受住了国际风云变幻的考验。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "国家主席习近平（Xi Jinping）5月7日在北京会见南方国总理海川（Hai Chuan，又译海泉），双方就双边关系深入交换意见。",
            "习近平指出，两国关系经受住了国际风云变幻的考验。",
        ])
        #expect(document.publishedDate == nil && document.author == "林山")
        let lead = "国家主席习近平（Xi Jinping）5月7日在北京会见南方国总理海川（Hai Chuan，又译海泉），双方就双边关系深入交换意见。"
        // 38 Han characters of 64, 17 of them Latin letters in brackets: 38/47, not 38/64 (0.59).
        #expect(TextProfile(lead).glossLatin == 17 && TextProfile(lead).hanShare == 38.0 / 47.0)
    }

    /// An article reposted on a forum that hides anti-copying noise among the lines (the shape of
    /// Discuz's jammer; our own text and noise): the noise goes, the lines are read as without it,
    /// and a speaker's cue just before a photo credit is not taken for the photo's caption.
    @Test func forumNoiseGoesAndTheLinesAreReadAsWithoutIt() throws {
        let page = """
            东方通讯社北京5月8日电 5月7日，国家主席习近平在北京同南方国总理海川举行会谈。7 K2 p# ~) W9 x; Q
            习近平指出，中方愿同南方国一道，推动两国关系不断向前发展。: c5 R% t( h. [8 E
            3 u& Y8 f, Z* e6 M 东方通讯社记者林山摄
            # r9 D) k! M4 @1 v 海川表示，南方国高度重视对华关系，愿同中方深化各领域合作。
            两国领导人共同见证了多项合作文件的签署。. y+ L3 X6 u% G
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == [
            "5月7日，国家主席习近平在北京同南方国总理海川举行会谈。",
            "习近平指出，中方愿同南方国一道，推动两国关系不断向前发展。",  // a cue before a credit is no caption
            "海川表示，南方国高度重视对华关系，愿同中方深化各领域合作。",
            "两国领导人共同见证了多项合作文件的签署。",
        ])
        #expect(document.paragraphs.allSatisfy { $0.kind == .body })
        #expect(document.decisions.filter { $0.rule == "forum noise" }.count == 5)
    }

    /// A Taiwanese wire's page (our own text): the first line carries the channel and site after the
    /// headline, the dateline notes the story was compiled from others' reports.
    @Test func aHeadlineLosesTheSiteNameAndACompiledWiresDatelineGoes() throws {
        let page = """
            兩國元首會談 強調深化合作 | 國際 | 東方社 ENA

            （東方社台北16日綜合外電報導）北方國總統高峰今天在首都與南方國總理海川舉行會談。

            海川則表示，南方國願同北方國加強能源合作。
            """
        let document = try cleanedText(page)
        #expect(document.title == "两国元首会谈 强调深化合作")
        #expect(body(document) == ["北方国总统高峰今天在首都与南方国总理海川举行会谈。", "海川则表示，南方国愿同北方国加强能源合作。"])
        #expect(!document.paragraphs.contains { $0.text.contains("东方社") })
        #expect(document.dateline == CleanedDocument.Dateline(agency: "东方社", city: "台北", month: nil, day: 16))
        #expect(TitleFinder.withoutSiteName("两国元首会谈 - 东方网") == "两国元首会谈")
        #expect(TitleFinder.withoutSiteName("时政长镜头|相聚春城") == nil)  // a column and its headline
        #expect(TitleFinder.withoutSiteName("两国元首会谈 | 双方同意在多个领域深化务实合作") == nil)  // a subtitle, not a name
    }

    /// A foreign broadcaster's Chinese page (our own text): a picture's text given twice, the second
    /// time with its source; the outlet's name in round brackets opening the lead.
    @Test func aCaptionGivenTwiceAndARoundBracketedSourceGo() throws {
        let page = """
            北方国总统高峰与南方国总理海川举行会谈。

            两国领导人在会谈前握手。
            两国领导人在会谈前握手。图像来源: Pool via Reuters

            （东方之声中文网）北方国总统高峰周三与南方国总理海川在首都举行会谈，讨论能源合作。

            （截至目前）双方已签署十余份合作文件。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰与南方国总理海川举行会谈。", "北方国总统高峰周三与南方国总理海川在首都举行会谈，讨论能源合作。",
            "（截至目前）双方已签署十余份合作文件。",
        ])
        #expect(Artefacts.withoutSourcePrefix("（2023年，某某网）两国签署协定。") == nil)  // a date is no outlet's name
        #expect(Artefacts.withoutSourcePrefix("（央视网消息）两国签署协定。")?.outlet == "央视网")
        // The outlet before its reporter's name.
        #expect(Artefacts.withoutSourcePrefix("【东方网报道 记者 王小明】两国签署协定。")?.outlet == "东方网")
        #expect(Artefacts.withoutSourcePrefix("【东方日报记者王小明报道】两国签署协定。")?.outlet == "东方日报")
        #expect(Artefacts.withoutSourcePrefix("【记者王小明报道】两国签署协定。")?.outlet == nil)
    }

    /// How outlets open what they report (our own text, in the shapes of a TV network's page, a
    /// portal's and a Hong Kong paper's): the outlet's word for a report before a colon, in round
    /// brackets or after 据 goes, and the speaker's cue after it is found; a related-stories header
    /// set off with a colon or brackets starts the list of links, an app's slogan goes, and a first
    /// line's channel and site names after underscores leave the title.
    @Test func anOutletsLeadInGoesAndTheCueAfterItIsFound() throws {
        let page = """
            两国领导人举行会谈_新闻中心_东方网
            2024-07-03 08:15 来源：东方网 阅读 (1532)
            东方网消息（晚间新闻）：北方国总统高峰7月2日在首都同南方国总理海川举行会谈。
            （东方网消息）高峰指出，两国是好邻居、好伙伴。
            据南方通讯社报道，海川说南方国愿同北方国扩大合作。
            东方社快讯：两国领导人签署联合声明。
            据报道，双方还签署了多项合作文件。
            外交部消息：两国将互设领事馆。
            海量资讯、精准解读，尽在东方新闻APP
            【相关新闻】
            ► 高峰会见南方国外长
            ► 两国发表联合声明
            """
        let document = try cleanedText(page)
        #expect(document.title == "两国领导人举行会谈")
        #expect(document.outlet == "东方网")
        #expect(body(document) == [
            "北方国总统高峰7月2日在首都同南方国总理海川举行会谈。",
            "高峰指出，两国是好邻居、好伙伴。",
            "海川说南方国愿同北方国扩大合作。",
            "两国领导人签署联合声明。",
            "据报道，双方还签署了多项合作文件。",  // no outlet named
            "外交部消息：两国将互设领事馆。",  // a ministry, not an outlet
        ])
        let sentences = try attributed(page, speakers: AttributionTests.summitSpeakers)
        // The headline, the lead, 高峰's cue, 海川's stance, then narration.
        #expect(sentences.map(\.speaker) == ["narration", "narration", "gao", "hai", "narration", "narration", "narration"])
        #expect(Artefacts.sourceLeadIn("东方网消息：") == nil)  // nothing after it
        #expect(Artefacts.sourceLeadIn("据东方社电，高峰抵达首都。")?.outlet == "东方社")
        #expect(Artefacts.sourceLeadIn("东方网消息称两国将签署协定。") == nil)  // prose: no colon
        #expect(Artefacts.sourceLeadIn("据东方社记者报道，高峰抵达首都。")?.rest == "高峰抵达首都。")
        // 讯 and 电 run into the report after a space or before its date.
        for text in ["东方网讯 5月12日，高峰抵达首都。", "东方网讯5月12日，高峰抵达首都。", "东方社电 高峰抵达首都。"] {
            let leadIn = Artefacts.sourceLeadIn(text)
            #expect(leadIn?.outlet == (text.hasPrefix("东方社") ? "东方社" : "东方网"), "\(text)")
            #expect(leadIn?.rest.hasSuffix("高峰抵达首都。") == true && leadIn?.rest.hasPrefix("东方") == false, "\(text)")
        }
        #expect(Artefacts.sourceLeadIn("东方网讯问 高峰抵达首都。") == nil)  // no outlet's name before 讯
        #expect(Artefacts.sourceLeadIn("北方国首都电 高峰抵达首都。") == nil)  // nor before 电
        // A paper's lead-in naming only itself, in each of its forms; the report after it stays whole.
        for text in ["本报讯（记者 王某 李某）高峰抵达首都。", "本报讯 高峰抵达首都。", "本报讯：高峰抵达首都。", "本报讯高峰抵达首都。",
                     "本网讯　高峰抵达首都。"] {
            #expect(Artefacts.withoutOwnLeadIn(text) == "高峰抵达首都。", "\(text)")
        }
        #expect(Artefacts.withoutOwnLeadIn("本报讯") == nil && Artefacts.withoutOwnLeadIn("本报记者高峰抵达首都。") == nil)
        #expect(try cleanedText("本报讯 北方国主席高峰昨天会见南方国外长海川，双方同意加强合作。").outlet == nil)
        #expect(Artefacts.dateline(in: "东方社首都9月3日电／据南方社报道，高峰抵达。")?.rest == "据南方社报道，高峰抵达。")
        // An unlisted agency's name holding a shorter one (东方新闻 in 东方新闻社) is read whole;
        // a city may open with 台.
        for (text, agency, city) in [("东方新闻社首都6月2日电 高峰抵达。", "东方新闻社", "首都"),
                                     ("北方新闻网海港市6月2日电 高峰抵达。", "北方新闻网", "海港市"),
                                     ("东方社台北6月2日电 高峰抵达。", "东方社", "台北")] {
            let found = Artefacts.dateline(in: text)
            #expect(found?.agency == agency && found?.city == city && found?.rest == "高峰抵达。", "\(text)")
        }
        #expect(Furniture.isRelatedHeader("相关新闻：") && Furniture.isRelatedHeader("▌推荐阅读 >>"))
        #expect(!Furniture.isRelatedHeader("相关新闻显示，两国贸易额增长。"))
    }

    /// The two ends of an aggregator's page (our own text in its shape): a navigation trail laid out
    /// one item a line, each ending in its separator, above the headline; below the report, after
    /// the editor's credit, an app's slogan and other stories' headlines, which punctuation makes
    /// look like prose. Neither is the title or the text; the report's own ending stays.
    @Test func aTrailAboveAndOtherStoriesBelowGo() throws {
        let page = """
            1. 东方资讯 /
            2. 国际 /
            3. 两国领导人会晤时间长 /

            两国领导人会晤时间比原定长一倍

            北方国总统高峰5月4日在首都会见南方国总理海川，两人会晤时间比原定长一倍。

            高峰表示，北方国愿同南方国继续加强战略协作。

            部长甲参加会见。

            责任编辑：林山
            东方新闻APP，更好阅读体验

            南方国大选：谁能胜出？

            北方国开发稀土 邻国担心

            “抢矿之争，遭殃的却是他们”

            时代变了，“大家都想要新技术”
            """
        let document = try cleanedText(page)
        #expect(document.title == "两国领导人会晤时间比原定长一倍")
        #expect(body(document) == [
            "北方国总统高峰5月4日在首都会见南方国总理海川，两人会晤时间比原定长一倍。",
            "高峰表示，北方国愿同南方国继续加强战略协作。", "部长甲参加会见。",
        ])
        #expect(document.decisions.filter { $0.rule == "related links at the end" }.count == 5)
        // A speech's last exclamations end in a mark: they stay.
        let toast = "高峰在欢迎宴会上致辞，感谢南方国的热情接待。\n\n祝两国友谊万古长青，合作硕果累累！\n\n现在，请大家共同举杯，干杯！\n\n谢谢，谢谢大家！\n"
        #expect(body(try cleanedText(toast)).count == 4)
        // A poem closing a text follows the report with no furniture between: it stays.
        let poem = "高峰在欢迎宴会上致辞，引用了一首小诗。\n\n友谊的花朵，在大地上开放\n\n情谊如同松柏，在山上常青\n\n合作的道路，向着远方延伸\n"
        #expect(body(try cleanedText(poem)).count == 4)
    }

    /// A caption whose credit is its last clause (`…，图自社交媒体`) is no prose broken off
    /// mid-sentence: it is not glued to the paragraph after it, and goes; so does a screenshot's
    /// caption (`…报道截图`). Our own text, in the shape of a portal's page.
    /// A summary set as a list (our own writing in the shape of a portal's 要点 page): the bullets
    /// go and the items are read as prose with their cues; ▶ before a cue marks an item, and ▲ does
    /// on two such paragraphs in a row; ▲ before a picture's description, or one quoting caption,
    /// still opens a caption.
    @Test func aListsBulletsGoAndItsItemsAreProse() throws {
        let page = """
            两国领导人会谈要点

            5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。会谈要点如下：

            ● 高峰指出，两国要加强战略协作，维护地区和平稳定。

            ★海川表示，南方国愿同北方国扩大能源和贸易合作。

            ■ 两国领导人共同签署联合声明。

            ▶ 高峰强调，双方要坚定支持彼此核心利益。

            ▲5月16日，高峰在首都同海川举行会谈。

            - 南方国愿同北方国加强在多边机制中的协调。
            """
        var options = Cleaner.Options()
        options.speakers = AttributionTests.summitSpeakers
        let document = try Cleaner(options: options).clean(page, format: .text, file: "test.txt")
        #expect(body(document) == [
            "5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。会谈要点如下：",
            "高峰指出，两国要加强战略协作，维护地区和平稳定。",
            "海川表示，南方国愿同北方国扩大能源和贸易合作。",
            "两国领导人共同签署联合声明。",
            "高峰强调，双方要坚定支持彼此核心利益。",
            "南方国愿同北方国加强在多边机制中的协调。",
        ])
        #expect(document.decisions.filter { $0.rule == "list bullet" }.count == 5)
        #expect(Furniture.withoutBullet("-12-") == nil && Furniture.withoutBullet("●") == nil)
        let sentences = try attributed(page, speakers: AttributionTests.summitSpeakers)
        #expect(sentences.map(\.speaker) == ["narration", "narration", "narration", "gao", "hai", "narration", "gao", "south"])
        // ▲ before a cue on two paragraphs in a row marks items; alone, or crediting a photo, a caption.
        let marked = """
            5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。会谈要点如下：

            ▲高峰指出，两国要加强战略协作，维护地区和平稳定。

            ▲海川表示，南方国愿同北方国扩大能源和贸易合作。

            两国领导人还共同会见了记者，介绍了会谈成果。

            ▲高峰表示，合作前景广阔。

            ▲海川表示，两国是好邻居。（图／东方社）
            """
        let markedDocument = try Cleaner(options: options).clean(marked, format: .text, file: "test.txt")
        #expect(body(markedDocument) == [
            "5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。会谈要点如下：",
            "高峰指出，两国要加强战略协作，维护地区和平稳定。",
            "海川表示，南方国愿同北方国扩大能源和贸易合作。",
            "两国领导人还共同会见了记者，介绍了会谈成果。",
        ])
    }

    /// A list of points set with dashes right under the headline (our own writing): its first item
    /// ends in a clause mark and is no subtitle, and a headline takes one subtitle at most.
    @Test func aDashedListUnderTheHeadlineIsNoSubtitle() throws {
        let page = """
            两国联合声明要点

            ——双方将深化能源合作，扩大贸易规模；
            ——双方支持在多边框架内加强协调；
            ——双方同意举办文化年活动。

            5月16日，两国领导人签署联合声明，明确了下一阶段合作的重点方向。
            """
        let document = try cleanedText(page)
        #expect(document.title == "两国联合声明要点")
        #expect(!document.decisions.contains { $0.rule == "subtitle" })
        let speech = try cleanedText("携手共创美好未来\n——在两国建交纪念大会上的讲话\n——北方国总统高峰\n\n今天，我们在这里隆重集会，纪念两国建交。\n")
        #expect(speech.title == "携手共创美好未来——在两国建交纪念大会上的讲话")
    }

    /// A page that set each number of a date in its own element (our own writing in that shape):
    /// the date is joined into its line, not read as page numbers; a page number between
    /// paragraphs, or a number no date's unit follows, stays apart.
    @Test func aDateSplitAcrossLinesIsJoined() throws {
        let page = "高峰会见海川\n当地时间\n5\n月\n16\n日下午，高峰在总统府会见南方国总理海川，双方同意深化合作。\n"
            + "高峰指出，两国是友好邻邦，双方要加强各领域合作。\n"
        #expect(try cleanedText(page).paragraphs.map(\.text) == [
            "高峰会见海川", "当地时间5月16日下午，高峰在总统府会见南方国总理海川，双方同意深化合作。", "高峰指出，两国是友好邻邦，双方要加强各领域合作。",
        ])
        let numbered = "两国元首举行会谈，双方同意深化合作。\n12\n日前，两国签署了多项合作文件，涉及能源和贸易。\n"
        #expect(try cleanedText(numbered).paragraphs.map(\.text) == ["两国元首举行会谈，双方同意深化合作。", "日前，两国签署了多项合作文件，涉及能源和贸易。"])
        let opening = "两国元首举行会谈，双方同意深化合作。\n5\n月\n16\n日，两国签署了多项合作文件，涉及能源和贸易。\n"
        #expect(try cleanedText(opening).paragraphs.last?.text == "5月16日，两国签署了多项合作文件，涉及能源和贸易。")
        let late = "两国元首举行会谈，双方同意深化合作\n2024\n月底前双方将签署协议。\n"
        #expect(!(try cleanedText(late).decisions.contains { $0.rule == "split date" }))  // no month 2024
    }

    /// A magazine page's pictures (our own writing in that shape): an alt text above each caption
    /// that names the picture in the caption's words goes with it; a sub-heading of other words
    /// above a caption stays, as does the headline above a caption of the first picture.
    @Test func anAltTextAboveItsCaptionGoesWithIt() throws {
        let page = """
            海川访问北方国 赴港城参观

            应北方国总统高峰邀请，南方国总理海川5月15日至17日对北方国进行正式访问。

            海川访问行程-首都-港城
            海川访问行程一览。(本刊制图)

            5月16日下午，高峰在总统府广场举行仪式，欢迎海川进行正式访问，随后二人举行会谈。

            海川高峰会谈
            高峰在会谈中表示，海川此次访问为两国关系发展注入新动力。(图片来源:东方图片社)

            能源合作成果丰硕
            两国能源部长在首都签署合作文件。(本刊制图)

            会谈结束后，高峰同海川共见记者。
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == [
            "海川访问北方国 赴港城参观", "应北方国总统高峰邀请，南方国总理海川5月15日至17日对北方国进行正式访问。",
            "5月16日下午，高峰在总统府广场举行仪式，欢迎海川进行正式访问，随后二人举行会谈。", "能源合作成果丰硕", "会谈结束后，高峰同海川共见记者。",
        ])
        #expect(Cleaner.isAltText("两国元首会谈", of: "两国元首举行会谈。", below: []) == false)  // nothing of the report above it
    }

    @Test func aCaptionCreditedInItsLastClauseIsNotGluedToTheNextParagraph() throws {
        let page = """
            北方国总统高峰与南方国总理海川当地时间9月16日在首都举行会谈，双方讨论了能源合作。

            高峰与海川举行会谈，图自社交媒体
            据东方社报道，两国领导人共同出席了当天的峰会。

            两国媒体报道截图
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰与南方国总理海川当地时间9月16日在首都举行会谈，双方讨论了能源合作。",
            "两国领导人共同出席了当天的峰会。",
        ])
        #expect(Artefacts.trailingCredit(in: "两国签署协定，图为签字仪式现场") == nil)  // 图为 opens a caption, is no credit
    }

    /// A page saved from the web (our own text in a news site's shape): a cookie notice above the
    /// article and the readers' comments below it are prose-shaped, and neither is the report's.
    @Test func aCookieNoticeAndReadersCommentsGo() throws {
        let html = """
            <html><head><title>高峰：两国关系处于历史最好水平 | 东方新闻网</title></head><body>
            <div class="cookie">本网站使用cookie以提升您的浏览体验。继续浏览即表示您同意我们使用cookie。</div>
            <article><h1>高峰：两国关系处于历史最好水平</h1>
            <p>北方国总统高峰16日在首都表示，两国关系处于历史最好水平。</p>
            <p>高峰说，北方国愿同南方国深化能源和科技合作。</p></article>
            <section><h3>网友评论</h3><p>已有23人参与评论</p><p>用户123：支持两国友好！</p><p>两国合作前景广阔，值得期待。</p></section>
            </body></html>
            """
        let document = try cleanedText(html, format: .html)
        #expect(body(document) == ["北方国总统高峰16日在首都表示，两国关系处于历史最好水平。", "高峰说，北方国愿同南方国深化能源和科技合作。"])
        #expect(document.decisions.filter { $0.rule == "comments" }.count == 4)
        #expect(document.decisions.contains { $0.rule == "cookie notice" })
        // Above the report, a comments header is a widget's word; nothing after it goes for it.
        let top = try cleanedText("全部评论\n\n北方国总统高峰16日在首都表示，两国关系处于历史最好水平。\n")
        #expect(body(top).count == 1)
    }

    /// A platform's statement under an account's article and a picture's note (our own text in
    /// their shapes): they speak of the page, not the meeting, and go.
    @Test func aPlatformsStatementAndAPicturesNoteGo() throws {
        let page = """
            北方国总统高峰16日在首都同南方国总理海川举行会谈，双方同意深化合作。

            （图片来自网络，侵删）

            特别声明：本文为某某自媒体平台作者上传并发布，仅代表该作者观点。某某仅提供信息发布平台。

            特别提示:本信息由相关企业自行提供，真实性未证实，仅供参考。请谨慎采用，风险自负。
            """
        #expect(body(try cleanedText(page)) == ["北方国总统高峰16日在首都同南方国总理海川举行会谈，双方同意深化合作。"])
    }

    /// Labels a site sets before a headline or a paragraph (our own text): the medium in brackets and
    /// social media's topic tags name no words of the report, and go.
    @Test func mediaLabelsAndTopicTagsGo() throws {
        let page = """
            【视频】两国领导人举行会谈 这些细节值得关注

            #两国领导人会晤# 北方国总统高峰16日在首都同南方国总理海川举行会谈，双方同意深化合作。
            """
        let document = try cleanedText(page)
        #expect(document.title == "两国领导人举行会谈 这些细节值得关注")
        #expect(body(document) == ["北方国总统高峰16日在首都同南方国总理海川举行会谈，双方同意深化合作。"])
        #expect(Cleaner.withoutLabels("[视频](https://example.org) 两国领导人会谈") == nil)  // a Markdown link
        #expect(Cleaner.withoutLabels("【视频】") == nil)  // nothing else: the chrome rule drops it whole
        #expect(Cleaner.withoutLabels("#1 两国领导人会谈") == nil)
    }

    /// A flattened page that ran a photo's caption and credit into the paragraph after it (our own
    /// writing): the caption's sentence and the credit go, the report's cue starts the paragraph.
    @Test func aCaptionRunIntoAParagraphGoes() throws {
        let page = """
            两国领导人举行会谈

            北方国总统高峰在首都同南方国总理海川举行会谈，双方就双边关系深入交换意见。

            5月9日，高峰在首都同海川举行会谈。 东方社记者 陈河 摄高峰表示，北方国愿同南方国加强合作。
            """
        let document = try cleanedText(page)
        #expect(body(document) == ["北方国总统高峰在首都同南方国总理海川举行会谈，双方就双边关系深入交换意见。", "高峰表示，北方国愿同南方国加强合作。"])
        #expect(Artefacts.withoutCaptionInside("双方深化合作。会谈后，两国领导人会见记者。 东方社 记者 陈河 摄高峰表示，合作前景广阔。")
                == "双方深化合作。高峰表示，合作前景广阔。")  // the sentences before the caption stay
        #expect(Artefacts.withoutCaptionInside("东方社记者 陈河 摄高峰表示，合作前景广阔。") == "高峰表示，合作前景广阔。")
        // A forum's flattened post: a tag, the caption, the credit, a space, then the dateline and the report.
        let post = try cleanedText("""
            两国领导人举行会谈

            [/url] 5月9日，高峰在首都同海川举行会谈。 东方社记者 陈河 摄 东方社首都5月9日电（记者李明）北方国总统高峰9日在首都同南方国总理海川举行会谈。高峰表示，北方国愿同南方国加强合作。
            """)
        #expect(body(post) == ["北方国总统高峰9日在首都同南方国总理海川举行会谈。高峰表示，北方国愿同南方国加强合作。"])
        #expect(Artefacts.withoutCaptionInside("会谈后，两国领导人会见记者。 东方社记者 陈河 摄  高峰表示，合作前景广阔。") == "高峰表示，合作前景广阔。")
        #expect(Artefacts.withoutCaptionInside("两国青年一同参观了 摄影展。") == nil)
        #expect(Artefacts.withoutCaptionInside("高峰在会谈后同记者们一起观看了航天员 摄制的短片。") == nil)  // no photographer named
    }

    /// A Taiwanese paper's shape (our own writing, in Traditional characters): a byline with the
    /// dateline after a slash, a caption that places people in the picture and credits an agency in
    /// brackets, and a paragraph ending in quoted words without a mark, which the next paragraph does
    /// not continue.
    @Test func aTaiwanesePapersBylineCaptionAndUnmarkedQuotationEndAreRead() throws {
        let page = """
            高峰與海川會談 聚焦經貿合作

            特派記者林大同／首都5日電
            南方國總理海川(右)抵達首都。高峰(左)在國賓館為海川舉行歡迎儀式。(中新社)

            北方國總統高峰5日在首都與南方國總理海川會談。高峰表示，「兩國合作歷史悠久，雙方並非競爭關係，經濟具有相當的互補性」

            海川日前多次提到，兩國貿易存在不平衡。他說，南方國希望擴大對北方國的出口。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰5日在首都与南方国总理海川会谈。高峰表示，「两国合作历史悠久，双方并非竞争关系，经济具有相当的互补性」",
            "海川日前多次提到，两国贸易存在不平衡。他说，南方国希望扩大对北方国的出口。",
        ])
        for caption in ["海川(右)抵达首都。", "两国领导人（左二、右三）合影", "代表团成员（前排右三）", "嘉宾（左起）依次为…"] {
            #expect(Artefacts.placesPeopleInPicture(caption), "\(caption)")
        }
        for text in ["中国(中)与俄罗斯", "会场（右侧）", "他们(左派)认为", "双方（以下简称“两国”）同意"] {
            #expect(!Artefacts.placesPeopleInPicture(text), "\(text)")
        }
        #expect(Unwrapper.endsInQuotedWords("他说，“两国将继续合作，共同发展”") && !Unwrapper.endsInQuotedWords("共建“一带一路”"))
    }

    /// A foreign broadcaster's page (our own writing, in Traditional characters): its section and
    /// topic between slashes above the headline, and a file photo's caption in lines of its own,
    /// closed by its credit.
    @Test func aSectionTrailAndAFilePhotosCaptionGo() throws {
        let page = """
            訪問主要內容
            南方國/海川

            海川讚揚與北方國關係模式

            北方國總統高峰正在南方國訪問。南方國總理海川31日在首都會見高峰時稱，兩國關係為地區樹立了標桿。

            北方國總統高峰
            資料照片
            北方國總統高峰 資料照片 © 東方社照片
            廣告

            海川在會談中還表示，雙方要加強合作，任何國家都不能剝奪人民追求美好生活的權利。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰正在南方国访问。南方国总理海川31日在首都会见高峰时称，两国关系为地区树立了标杆。",
            "海川在会谈中还表示，双方要加强合作，任何国家都不能剥夺人民追求美好生活的权利。",
        ])
        #expect(Furniture.isSectionTrail("国际/亚太/东南亚"))
        for text in ["2023/10/18", "中国特色社会主义/新时代", "李某／画", "国际//亚太", "/国际/亚太"] { #expect(!Furniture.isSectionTrail(text), "\(text)") }
    }

    /// An international broadcaster's page (our own writing, in Traditional characters): a file
    /// photo's caption said twice, the second time with its credit run on without a sentence end,
    /// and a link to another story set inline after its header.
    @Test func aFilePhotoCaptionAndAnInlineRelatedLinkGo() throws {
        let page = """
            北方國總統高峰訪問南方國

            北方國總統高峰周日啟程訪問南方國，並將於周一與南方國總理海川會晤。

            資料照片:3月1日，海川在首都會見高峰
            資料照片:3月1日，海川在首都會見高峰圖片來源: 東方社

            高峰上一次訪問南方國是在今年3月，那次訪問也頗受關注。

            相關文章:南方國防長訪問北方國 稱兩國是「鐵桿」

            雙方呼籲盡快重建地區和平。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰周日启程访问南方国，并将于周一与南方国总理海川会晤。",
            "高峰上一次访问南方国是在今年3月，那次访问也颇受关注。",
            "双方呼吁尽快重建地区和平。",
        ])
        #expect(!Furniture.isInlineRelatedLink("相关文章：两国签署合作协议。", TextProfile("相关文章：两国签署合作协议。")))
        // A page's links to the stories before and after it.
        for link in ["上一篇：南方国总理海川抵达首都", "下一篇: 两国签署合作文件"] {
            #expect(Furniture.rule(for: link, TextProfile(link)) == "related link", "\(link)")
        }
    }

    /// A page served with a line of spam above its headline (our own writing): short lines that are
    /// no sentence above the headline are the site's; the headline is a heading. A lead set above
    /// the headline (a sentence) keeps everything where it was.
    @Test func shortLinesAboveTheHeadlineThatAreNoSentenceGo() throws {
        let page = """
            免费在线观看,最新影视大全,高清视频网站,每日更新


            高峰的一天这样度过

            来源：东方社 作者：林大同 责任编辑：王小明
            2018-09-05 14:34

            时间来到9月4日，此次峰会的重头戏圆桌会议如期举行。

            上午10点，高峰同各代表团团长一起步入会场。
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰的一天这样度过")
        #expect(body(document) == ["时间来到9月4日，此次峰会的重头戏圆桌会议如期举行。", "上午10点，高峰同各代表团团长一起步入会场。"])
        #expect(document.paragraphs.first?.text == "高峰的一天这样度过" && document.paragraphs.first?.kind == .heading)
        #expect(document.decisions.contains { $0.rule == "above the headline" })
    }

    /// A page that runs an English translation among its Chinese sentences (our own writing): the
    /// English sentences go, the Chinese stay, where the whole paragraph went as boilerplate.
    @Test func englishSentencesAmongChineseOnesGoAndTheChineseStay() throws {
        let page = """
            当地时间3月20日下午，北方国总统高峰抵达首都后应邀会见南方国总理海川。

            高峰表示，很高兴应海川总理邀请再次访问南方国。 It was the first country he visited after he was elected ten years ago. 那次访问的记忆至今仍历历在目。 President Gao expressed his appreciation to Prime Minister Hai for sending him congratulatory messages. 他表示，南方国明年将举行大选。

            Prime Minister Hai extended a warm welcome to President Gao for his state visit. 海川表示，过去十年，北方国在各领域取得了巨大成就。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "当地时间3月20日下午，北方国总统高峰抵达首都后应邀会见南方国总理海川。",
            "高峰表示，很高兴应海川总理邀请再次访问南方国。那次访问的记忆至今仍历历在目。他表示，南方国明年将举行大选。",
            "海川表示，过去十年，北方国在各领域取得了巨大成就。",
        ])
        // Names, glosses and acronyms stay; a line without Han is left to the classifier.
        for text in ["普京(Vladimir Vladimirovich Putin)表示，双方加强合作。", "普京（Vladimir Vladimirovich Putin, President of Russia）表示，",
                     "两国在G20、APEC和BRICS框架内加强协调。", "It was the first country he visited after he was elected."] {
            #expect(ForeignSentences.strip(text) == nil, "\(text)")
        }
        // A Russian translation among the Chinese of a bilingual page (the paragraph had gone as
        // boilerplate); a name in Cyrillic, as short, stays.
        let bilingual = "首先，两国政治互信达到新高度。 Прежде всего, политическое доверие между двумя странами достигло нового уровня. 两国元首多次会晤。"
        #expect(body(try cleanedText("两国关系达到新高度\n\n" + bilingual + "\n")) == ["首先，两国政治互信达到新高度。两国元首多次会晤。"])
        #expect(ForeignSentences.strip("北方国总统高峰（Гао Фэн）表示，双方加强合作。") == nil)
    }

    /// A page that lost its paragraph breaks (our own writing, in the shape of a provincial site's
    /// feature): its paragraphs run on in one line, a space after each closing mark, with section
    /// headings in spaced words before them and a photo's caption and credit among them. Each
    /// becomes a paragraph or a heading, the caption goes with its credit, and the cue's paragraph
    /// ends where the narration after it begins.
    @Test func paragraphsRunTogetherInOneLineAreSeparated() throws {
        let page = "携手前行——记北方国总统高峰访问南方国 新华社首都6月3日电(记者林山 高原)6月1日至2日，北方国总统高峰在南方国首都"
            + "同南方国总理海川举行会谈。两国领导人达成重要共识。 友谊之桥 越走越宽 首都，高原上的城市，天空湛蓝。 1日上午，高峰的车队"
            + "抵达总理府。　合作之路 越走越实 会谈中，高峰指出，两国是好邻居，双方合作潜力巨大。 当晚，文化年开幕式在首都举行。 "
            + "6月2日，高峰在首都参观港口。 新华社记者 林山 摄 当天，高峰还会见了侨界代表。\n"
        let document = try cleanedText(page)
        #expect(document.title == "携手前行——记北方国总统高峰访问南方国")
        #expect(document.paragraphs.filter { $0.kind == .heading }.map(\.text) == ["友谊之桥 越走越宽", "合作之路 越走越实"])
        #expect(body(document) == [
            "6月1日至2日，北方国总统高峰在南方国首都同南方国总理海川举行会谈。两国领导人达成重要共识。",
            "首都，高原上的城市，天空湛蓝。", "1日上午，高峰的车队抵达总理府。", "会谈中，高峰指出，两国是好邻居，双方合作潜力巨大。",
            "当晚，文化年开幕式在首都举行。", "当天，高峰还会见了侨界代表。",
        ])
        let sentences = try attributed(page, speakers: AttributionTests.summitSpeakers)
        #expect(sentences.filter { $0.speaker == "gao" }.map(\.start) == ["会谈中，高峰"])
        // One break is a slip, not a layout; a `!` before a space is no Chinese sentence's end; a
        // break before a photo's credit is none; words with punctuation after a break are no heading.
        // An outlet the agency list lacks, run in after the headline and a space, is a dateline too.
        let unlisted = Artefacts.datelineAfterHeadline(in: "携手前行——记高峰访问南方国 东方社首都6月3日电（记者林山）6月1日，高峰抵达首都。")
        #expect(unlisted?.agency == "东方社" && unlisted?.headline == "携手前行——记高峰访问南方国" && unlisted?.rest == "6月1日，高峰抵达首都。")
        #expect(Artefacts.datelineAfterHeadline(in: "两国签署协定。 东方社首都6月3日电") == nil)  // after a sentence: prose
        #expect(Artefacts.datelineAfterHeadline(in: "北方国总统高峰访问南方国东方社首都6月3日电") == nil)  // no space: one run of words
        #expect(RunTogetherParagraphs.split("两国领导人举行会谈。 双方签署了协定。") == nil)
        #expect(RunTogetherParagraphs.split("会谈结束。 a! b! 双方签署协定。 cd") == nil)
        #expect(RunTogetherParagraphs.split("高峰参观港口。 新华社记者 林山 摄 当天，高峰会见侨界代表。 当晚举行宴会。") == nil)
        #expect(RunTogetherParagraphs.split("会谈结束。 双方 同意，加强合作。 当晚举行宴会。")
            == [.init(text: "会谈结束。"), .init(text: "双方 同意，加强合作。"), .init(text: "当晚举行宴会。")])
    }

    /// A paper's web edition (our own writing in its shape): the page's number and section, the
    /// buttons to the pages before and after it and to its lists of headlines, and a headline in two
    /// lines. The headline is the title, not the page's number, and none of the furniture is text.
    @Test func aWebEditionsPageHeaderAndButtonsGo() throws {
        let page = """
            第03版：要 闻 上一版2  4下一版
            标题导航
               
            上一版2  4下一版 2023年5月8日 星期一 放大 缩小 默认
            高峰抵达首都 对南方国进行正式访问
            并出席两国政府磋商

            新华社首都5月7日电 （记者林山） 应南方国总理海川邀请，北方国总统高峰于当地时间7日下午抵达首都，开始正式访问。

            南方国政府高级官员到机场迎接。南方国方面为高峰举行了欢迎仪式，军乐队高奏两国国歌。

            高峰表示，两国是全方位战略伙伴。我期待通过此访深化互信，扩大务实合作，推动两国关系取得新进展。

            下一篇 4 放大 缩小 默认
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰抵达首都 对南方国进行正式访问")
        #expect(body(document) == [
            "应南方国总理海川邀请，北方国总统高峰于当地时间7日下午抵达首都，开始正式访问。",
            "南方国政府高级官员到机场迎接。南方国方面为高峰举行了欢迎仪式，军乐队高奏两国国歌。",
            "高峰表示，两国是全方位战略伙伴。我期待通过此访深化互信，扩大务实合作，推动两国关系取得新进展。",
        ])
        for line in ["第10版", "第 3 版：国际", "第十二版:要闻", "版面导航", "下一版", "上一版 3"] {
            #expect(Furniture.isEditionNavigation(line, TextProfile(line)), "\(line)")
        }
        for line in ["第3版的报道称，两国合作顺利。", "第三版本", "第1234版", "上一版本的协定"] {
            #expect(!Furniture.isEditionNavigation(line, TextProfile(line)), "\(line)")
        }
    }

    /// A blog's page and a video channel's (our own writing in their shapes): below the report, the
    /// theme's English headers open the site's other stories with their excerpts, to the page's
    /// end; a call to subscribe to the channel goes, prose-shaped as it is.
    @Test func aThemesOtherStoriesAndAChannelsCallGo() throws {
        let page = """
            高峰今天抵达首都 明天与海川会谈

            立即订阅东方新闻 YouTube，即时掌握时事发展。

            北方国总统高峰昨天下午抵达首都国际机场，南方国外长和驻北方国大使到机场迎接。

            明天的会谈结果如何还不得而知，南方国方面说不会发表联合声明，对会谈的内容将是“各自表述”。

            Tags:

            Latest from Blog

            南方国大选第三次辩论

            这一系列辩论已经成为一场争夺第二名的比赛。没有候选人有决心把领跑者拉下宝座。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰昨天下午抵达首都国际机场，南方国外长和驻北方国大使到机场迎接。",
            "明天的会谈结果如何还不得而知，南方国方面说不会发表联合声明，对会谈的内容将是“各自表述”。",
        ])
        #expect(Furniture.isThemeHeader("You May Also Like") && Furniture.isThemeHeader("【Related Posts】"))
        #expect(!Furniture.isThemeHeader("Latest from Blog posts about the summit") && !Furniture.isThemeHeader("相关新闻"))
        // Above the report, such a header is no page's end.
        #expect(try cleanedText("Don't Miss\n\n" + page).paragraphs.contains { $0.text.hasPrefix("北方国总统高峰昨天") })
    }

    /// A joint statement's section numbers alone on their lines (our own writing) open their
    /// sections: the first is not glued to `…声明如下：` before it.
    @Test func aSectionNumberIsNotGluedToTheLineBefore() throws {
        let page = """
            北方国和南方国联合声明

            应南方国总理海川邀请，北方国总统高峰于5月16日至17日对南方国进行国事访问。北方国和南方国（以下简称“双方”）声明如下：

            一

            双方高度评价两国关系发展成就，一致认为当前两国关系处于历史最高水平，愿继续深化各领域务实合作。

            （二）

            双方将扩大贸易规模，优化贸易结构，推动能源、农业、科技、人文等领域合作取得更多成果。
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map { "\($0.kind == .heading ? "# " : "")\($0.text)" }.dropFirst() == [
            "应南方国总理海川邀请，北方国总统高峰于5月16日至17日对南方国进行国事访问。北方国和南方国（以下简称“双方”）声明如下：",
            "# 一", "双方高度评价两国关系发展成就，一致认为当前两国关系处于历史最高水平，愿继续深化各领域务实合作。",
            "# （二）", "双方将扩大贸易规模，优化贸易结构，推动能源、农业、科技、人文等领域合作取得更多成果。",
        ])
        #expect(["一", "十二", "（三）", "(4)", "5.", "六、"].allSatisfy(Unwrapper.isSectionNumber))
        #expect(!["一是", "十一届", "2024", "12345"].contains(where: Unwrapper.isSectionNumber))
    }

    /// A paragraph whose source lost its final 。 (our own writing): the next line opens with
    /// someone's cue, so it starts a paragraph of its own and is not glued on as the rest of a
    /// broken sentence; a line that goes on mid-sentence is still joined.
    @Test func aLineOpeningWithACueIsNotGluedToOneWithoutItsFinalMark() throws {
        let page = """
            两国领导人举行会谈

            新华社首都5月16日电 北方国总统高峰16日在首都同南方国总理海川举行会谈。

            高峰指出，两国是好邻居、好伙伴，双方要加强发展战略对接，推动合作取得更多成果

            海川表示，南方国愿同北方国扩大贸易和投资合作，双方要共同维护

            地区和平稳定。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统高峰16日在首都同南方国总理海川举行会谈。", "高峰指出，两国是好邻居、好伙伴，双方要加强发展战略对接，推动合作取得更多成果",
            "海川表示，南方国愿同北方国扩大贸易和投资合作，双方要共同维护地区和平稳定。",
        ])
        let speakers = try attributed(page, speakers: AttributionTests.summitSpeakers).map(\.speaker)
        #expect(speakers == ["narration", "narration", "gao", "hai"])
    }

    /// Captions credited in two more ways (our own writing, in the shapes of a portal's page and a
    /// Hong Kong agency's): an agency's name and 图 after the caption (`… 视觉中国 图`), and a caption
    /// with its credit in brackets run into the dateline, which is no headline.
    @Test func captionsCreditedWithAnAgencysPictureOrRunIntoTheDatelineGo() throws {
        let portal = """
            两国领导人会晤

            9月1日，北方国总统高峰与南方国总理海川在首都举行了会晤，会晤持续不到一个小时。

            当地时间2025年9月1日，首都，北方国总统高峰与南方国总理海川在峰会期间举行会晤 视觉中国 图

            高峰表示，两国关系积极发展，各层级都已建立起紧密联系。
            """
        #expect(body(try cleanedText(portal)) == [
            "9月1日，北方国总统高峰与南方国总理海川在首都举行了会晤，会晤持续不到一个小时。", "高峰表示，两国关系积极发展，各层级都已建立起紧密联系。",
        ])
        let agency = "北方国总统高峰在峰会会场（中评社 林山摄） 中评社首都9月3日电（记者 林山）峰会于8月31日至9月1日举行。"
            + "会议开始前，高峰和海川互动频繁。\n\n高峰表示，很高兴再次见到海川总理。\n"
        let document = try cleanedText(agency)
        #expect(document.title == nil)
        #expect(body(document) == ["峰会于8月31日至9月1日举行。会议开始前，高峰和海川互动频繁。", "高峰表示，很高兴再次见到海川总理。"])
        #expect(Artefacts.trailingCredit(in: "两国领导人在会场。新华社图") != nil)
        for prose in ["两国签署了合作意向图", "他展示了视觉中国图", "双方共同绘制了合作路线图"] {
            #expect(Artefacts.trailingCredit(in: prose) == nil, "\(prose)")
        }
    }

    /// A photo feature (our own writing in the shape of an agency's "moment" pages): its paragraphs
    /// stand between pictures whose captions are gone, each picture's credit on a line of its own.
    /// Only a caption-shaped paragraph before a credit is a caption: the line announcing the
    /// pictures; not a quotation, not a paragraph of history, and the credit is never glued to the
    /// line before it. A paper's credit for the photo over its headline, set at the end, leaves the
    /// report's last paragraph; a caption pointing at its picture (`…。图为…`) goes however long.
    @Test func aPhotoFeaturesParagraphsBetweenCreditsStay() throws {
        let feature = """
            跨越万里的招手

            　　10月13日下午，首都人民会堂。高峰主席在这里同老朋友海川总统举行视频会晤。

            　　东方社记者的镜头，定格下这样的瞬间——

            　　东方社记者 张三 摄

            　　东方社记者 李四 摄

            　　“相识贵在相知，相知贵在知心。这句话，是对我们多年交往的很好诠释。”高峰主席对海川说。

            　　东方社记者 李四 摄

            　　人们记得，2013年9月，在南方国首都，高峰主席首次以国家元首身份同海川会面。两人商讨如何推动两国关系发展。此后两人又多次会晤。2019年，两国共同宣布建立全面战略伙伴关系。

            　　东方社记者 王五 摄

            　　10月13日，高峰主席同海川总统举行视频会晤。

            　　东方社记者 王五 摄
            """
        #expect(body(try cleanedText(feature)) == [
            "10月13日下午，首都人民会堂。高峰主席在这里同老朋友海川总统举行视频会晤。",
            "“相识贵在相知，相知贵在知心。这句话，是对我们多年交往的很好诠释。”高峰主席对海川说。",
            "人们记得，2013年9月，在南方国首都，高峰主席首次以国家元首身份同海川会面。两人商讨如何推动两国关系发展。此后两人又多次会晤。2019年，两国共同宣布建立全面战略伙伴关系。",
        ])
        let paper = """
            两国合作结硕果

            两国经贸合作近年来稳步发展，贸易额连续五年增长。双方在能源、农业、科技等领域的合作不断深化，一批重点项目相继落地，惠及两国民众，也为地区经济注入了新的活力。

            （压题照片：林山摄）

            图片新闻

            连年的暖冬使喜爱滑冰的市民无可奈何。时至隆冬，湖面刚刚冻上一层薄冰，他们便冲到冰上，玩个痛快，引来不少围观的游客驻足。图为几个年轻人在冰上打冰球。

            （高原摄）
            """
        #expect(body(try cleanedText(paper)) == [
            "两国经贸合作近年来稳步发展，贸易额连续五年增长。双方在能源、农业、科技等领域的合作不断深化，一批重点项目相继落地，惠及两国民众，也为地区经济注入了新的活力。",
        ])
        #expect(Artefacts.couldBeCaption("会谈前，两国元首出席欢迎仪式，并共同出席“友谊之路”展览开幕式。"))
        #expect(!Artefacts.couldBeCaption("“合作是唯一正确的选择。”高峰说。"))
    }

    /// A Hong Kong paper's lead-ins (our own writing in their shape): the paper's own
    /// `【某某报讯】` before a compiled agency report (`综合东方社报道：`), whose outlet is the agency,
    /// and another paper's name and 讯 with the reporter's byline in brackets, the report following.
    @Test func aHongKongPapersLeadInsLeaveTheirParagraphs() throws {
        let page = """
            高峰晤海川 倡深化合作

            【大公報訊】綜合東方社報道：北方國國家主席高峰3日在首都同南方國總統海川舉行會談。

            高峰指出，兩國要加強發展戰略對接，拓展數字經濟等新興領域合作。

            香港某某報訊（記者 張三 首都報道）海川表示，南方國願同北方國加強多邊協調。
            """
        let document = try cleanedText(page)
        #expect(document.outlet == "东方社")
        #expect(body(document) == ["北方国国家主席高峰3日在首都同南方国总统海川举行会谈。", "高峰指出，两国要加强发展战略对接，拓展数字经济等新兴领域合作。",
                                   "海川表示，南方国愿同北方国加强多边协调。"])
        #expect(Artefacts.sourceLeadIn("中国日报讯（记者高原）据报道，双方同意。")?.rest == "据报道，双方同意。")
        #expect(Artefacts.sourceLeadIn("两国关系发展（历史回顾）双方同意。") == nil)
    }

    /// A microblog post copied with its frame (our own writing in the shape of a Weibo post): the
    /// time and client it was posted from, its topic between hash marks, the video link and the
    /// button after the words, the reporter's credit, the counters and the link under it.
    @Test func aMicroblogPostsTopicsLinksAndButtonsGo() throws {
        let post = """
            东方新闻
            2026-5-16 11:02 来自 微博视频号
            【高峰同海川举行会谈】#两国元首会谈# 5月16日上午，北方国国家主席高峰在首都同南方国总统海川举行会谈。高峰指出，两国要加强战略协作。（东方新闻记者张三）L东方新闻的微博视频 收起全文d
            转发 1523 ｜ 评论 2841 ｜ 赞 3.2万
            网页链接
            """
        let document = try cleanedText(post)
        #expect(document.publishedDate?.hasPrefix("2026-5-16 11:02") == true)
        // The account is no headline; the post's own, in 【】, is.
        #expect(document.title == "高峰同海川举行会谈")
        // The headline stands above the lead, as a page's does: its words are counted once.
        #expect(document.paragraphs.map(\.text) == ["高峰同海川举行会谈", "5月16日上午，北方国国家主席高峰在首都同南方国总统海川举行会谈。高峰指出，两国要加强战略协作。"])
        #expect(document.paragraphs.first?.kind == .heading)
        for kept in ["# 两国元首会谈", "第#1#号决议", "两国#合作。#", "Lucas说，这是他的微博视频。", "请发邮件至news@example.com", "@东方新闻 报道，双方同意。"] {
            #expect(MicroblogMarks.strip(kept) == nil, "\(kept)")
        }
        // The accounts a post mentions and its link's text, after its last sentence.
        #expect(MicroblogMarks.strip("双方同意加强合作。（东方新闻记者张三）@东方新闻 @南方日报 网页链接") == "双方同意加强合作。（东方新闻记者张三）")
    }

    /// A broadcaster's page (our own writing in its shape): the accessibility link and the site's
    /// clock above the headline, a file photo's caption given twice, and below the report its
    /// channel's latest videos (a header after the channel's name, a programme's title asking a
    /// question), a player with no media and the page's size buttons.
    @Test func aBroadcastersAccessibilityLinkFilePhotoAndVideoListGo() throws {
        let page = """
            无障碍链接

            北方国时间 2:24 2026年11月24日 星期日

            北方国主席高峰星期一访问南方国


            北方国主席高峰(资料照片)
            北方国主席高峰(资料照片)

            北方国主席高峰星期一将开始对南方国进行为期四天的访问，与此同时两国关系正面临重大挑战。

            高峰星期二将与南方国总统海川举行两个小时的会谈，并共进午餐。

            某某卫视最新视频

            时事大家谈：就业供需失衡，毕业生怎么办？
            请稍等

            没有媒体可用资源

            0:00 0:20:40 0:00

            XS
            SM
            """
        let document = try cleanedText(page)
        #expect(document.title == "北方国主席高峰星期一访问南方国")
        #expect(body(document) == ["北方国主席高峰星期一将开始对南方国进行为期四天的访问，与此同时两国关系正面临重大挑战。", "高峰星期二将与南方国总统海川举行两个小时的会谈，并共进午餐。"])
        #expect(Furniture.isRelatedHeader("某某卫视最新视频") && Furniture.isRelatedHeader("相关新闻"))
        #expect(!Furniture.isRelatedHeader("最新视频显示，双方握手。") && !Furniture.isRelatedHeader("两国合作的最新进展"))
    }

    /// A video news page (our own writing in its shape): the player's time, its notices to a
    /// browser without video and its loading line stood between the headline and the report; the
    /// headline is still the title and the report's first line, and the loading line is neither.
    @Test func aVideoPlayersWordsGoAndTheHeadlineStays() throws {
        let page = """
            【视频】高峰同海川举行会谈
            00:00 / 02:35
            您的浏览器不支持 video 标签。
            请使用支持HTML5的浏览器观看
            视频加载中...
            来源：东方电视台 2025-06-03 19:30:12

            北方国主席高峰6月3日在首都同南方国总统海川举行会谈。高峰表示，北方国愿同南方国一道，推动两国关系迈上新台阶。

            海川表示，南方国珍视同北方国的传统友谊。
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰同海川举行会谈")
        #expect(document.paragraphs.map(\.text) == [
            "高峰同海川举行会谈",
            "北方国主席高峰6月3日在首都同南方国总统海川举行会谈。高峰表示，北方国愿同南方国一道，推动两国关系迈上新台阶。",
            "海川表示，南方国珍视同北方国的传统友谊。",
        ])
        // A video's headline after the medium and a colon, with its source after it on the line.
        let video = try cleanedText("视频：高峰会见南方国总理海川 来源：东方网\n\n4月16日，北方国主席高峰与到访的海川在正式会见后，一起散步交谈。\n")
        #expect(video.title == "高峰会见南方国总理海川" && video.outlet == "东方网")
        #expect(Cleaner.withoutLabels("视频：张三") == nil && Cleaner.trailingSource("他说，消息 来源：东方网。") == nil)
        for kept in ["记者在会场看到，部分浏览器不支持直播的观众改用电视收看。", "会谈于19:30开始。"] {
            #expect(try cleanedText(kept).paragraphs.map(\.text) == [kept], "\(kept)")
        }
    }

    /// A Hong Kong portal's page (our own writing in its shape): each picture's caption given twice,
    /// closed by its source after the last full stop: a picture agency, an agency the list lacks
    /// (`東方社`). Neither copy is the report's, and the two are not run together as one paragraph
    /// broken off mid-sentence.
    @Test func captionsClosedByAnUnlistedAgencyGo() throws {
        let page = """
            高峰將到首都出席南北合作會議

            在北方國首都，外交部宣佈，應南方國總理海川邀請，北方國主席高峰將於本月17日至18日出席南北合作會議。

            北方國主席高峰。AP圖片

            北方國主席高峰。AP圖片

            高峰在首都會見來訪的南方國總理海川。高峰說，北南兩國保持密切戰略溝通，不僅有利雙方攜手發展。

            高峰稱北方國願努力鞏固政治互信，海川指兩國合作發展迅速。東方社

            高峰稱北方國願努力鞏固政治互信，海川指兩國合作發展迅速。東方社

            海川表示，南方國願同北方國一道，深化各領域合作。
            """
        #expect(body(try cleanedText(page)) == [
            "在北方国首都，外交部宣布，应南方国总理海川邀请，北方国主席高峰将于本月17日至18日出席南北合作会议。",
            "高峰在首都会见来访的南方国总理海川。高峰说，北南两国保持密切战略沟通，不仅有利双方携手发展。",
            "海川表示，南方国愿同北方国一道，深化各领域合作。",
        ])
        // A report's paragraph of a caption's length but quoting words keeps its place.
        let quoted = "高峰说：“两国要加强合作，共同发展。”东方社"
        #expect(Artefacts.trailingCredit(in: quoted) == nil)
        #expect(Artefacts.trailingCredit(in: "两国合作发展迅速。东方社") != nil)
    }

    /// A weekly's page (our own writing in its shape) that repeats its earlier report of the visit
    /// under 早前报道: the story told again goes with the header, down to the page's end; the same
    /// header above the report, before any sentence, is no end.
    @Test func aPagesEarlierReportsBelowTheReportGo() throws {
        let page = """
            南方国总统海川抵京访问
            应北方国主席高峰邀请，南方国总统海川8日下午抵达首都，开始对北方国进行国事访问。
            这是海川今年就任总统以来首次访问北方国。访问期间，两国元首将就共同关心的重大问题进行战略性沟通。
            早前报道
            南方国总统海川抵京访问
            应北方国主席高峰邀请，南方国总统海川11月8日下午抵达首都，开始对北方国进行国事访问。（记者李某、王某）
            网络编辑：赵某
            """
        #expect(body(try cleanedText(page)) == [
            "应北方国主席高峰邀请，南方国总统海川8日下午抵达首都，开始对北方国进行国事访问。",
            "这是海川今年就任总统以来首次访问北方国。访问期间，两国元首将就共同关心的重大问题进行战略性沟通。",
        ])
        #expect(Furniture.isEarlierReportsHeader("【此前报道】") && Furniture.isEarlierReportsHeader("前情回顾："))
        #expect(!Furniture.isEarlierReportsHeader("早前报道称，两国将签署协议。"))
        let above = try cleanedText("早前报道\n\n北方国主席高峰同南方国总统海川会谈，双方同意加强合作。\n")
        #expect(above.paragraphs.map(\.text).contains("北方国主席高峰同南方国总统海川会谈，双方同意加强合作。"))
    }

    /// A foreign broadcaster's Chinese page (our own writing in its shape): a picture's caption
    /// quoting the visitor and closed by its source in Latin letters, with no full stop; the report's
    /// lead opened by the broadcaster's name in brackets, which is the outlet.
    @Test func aCaptionClosedByItsPictureSourceGoesAndTheBracketedNameIsTheOutlet() throws {
        let page = """
            南方国总统：没有北方国 地区事务什么也办不成

            海川强调，两国有共同利益，但这并不意味着"我们认同这里发生的一切"图像来源: picture-alliance/dpa/B. Pedersen

            (东方之声中文网)"如今没有北方国，就无法对地区的关键事务做出改变"，正在访问北方国的南方国总统海川本周日在首都谈到地区局势时，特别强调了北方国的重要性。

            海川表示，对话并不容易，然而因此更为必要。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "\"如今没有北方国，就无法对地区的关键事务做出改变\"，正在访问北方国的南方国总统海川本周日在首都谈到地区局势时，特别强调了北方国的重要性。",
            "海川表示，对话并不容易，然而因此更为必要。",
        ])
        #expect(document.outlet == "东方之声中文网")
        // Prose that names a picture's source goes on past it and stays.
        #expect(Artefacts.trailingCredit(in: "这些图片来源于两国档案馆，记录了双方交往的历史") == nil)
    }

    /// A portal's copy of an agency feature (our own writing in its shape): its headline given again
    /// under the portal's column label in brackets, then after the dateline with 题：. The report has
    /// its headline once.
    @Test func aHeadlineGivenAgainUnderAColumnLabelIsAHeadlineOnce() throws {
        let page = """
            高峰晤海川 国宾馆漫步和意悠长

            (近观北方)高峰晤海川 国宾馆漫步和意悠长

            东方社首都4月17日电 题：高峰晤海川 国宾馆漫步和意悠长

            在外交舞台上，大国领导人之间的互动方式备受瞩目。南方国总理海川访问期间，双方一场重要会晤的会场“延伸”到了户外。

            4月16日，首都国宾馆，北方国主席高峰与到访的海川在正式会见后，一起散步交谈。
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == [
            "高峰晤海川 国宾馆漫步和意悠长",
            "在外交舞台上，大国领导人之间的互动方式备受瞩目。南方国总理海川访问期间，双方一场重要会晤的会场“延伸”到了户外。",
            "4月16日，首都国宾馆，北方国主席高峰与到访的海川在正式会见后，一起散步交谈。",
        ])
        #expect(Cleaner.withoutColumnLabel("【深度】两国关系新阶段") == "两国关系新阶段")
        #expect(Cleaner.withoutColumnLabel("(2025年5月8日)") == nil && Cleaner.withoutColumnLabel("（左）高峰") == nil)
    }

    /// A broadcaster's page that sets its labels off with a comma (our own writing in its shape):
    /// the byline `作者，…`, the picture's source and caption, and below the report its topics and
    /// more stories, one with a date under it, which is not the page's own headline.
    @Test func aPageWithCommaLabelsKeepsItsHeadlineAndLosesItsTopics() throws {
        let page = """
            高峰与海川会晤：两国关系“进入新阶段”

            作者，张三
            某某中文
            2026年5月16日

            图像来源，Getty Images
            图像加注文字，高峰与海川在首都会晤时握手。

            北方国国家主席高峰周四在首都与南方国总统海川举行会谈，双方宣布两国关系进入新阶段。

            海川则表示，南方国重视同北方国的关系，愿意深化各领域交流。

            相关话题
            北方国
            南方国

            更多相关内容
            两国元首通电话 讨论地区局势
            2026年3月1日
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰与海川会晤：两国关系“进入新阶段”")
        #expect(body(document) == ["北方国国家主席高峰周四在首都与南方国总统海川举行会谈，双方宣布两国关系进入新阶段。", "海川则表示，南方国重视同北方国的关系，愿意深化各领域交流。"])
        #expect(!Furniture.isByline("作者，你说得对，但是", TextProfile("作者，你说得对，但是")))
        let byline = { (text: String) in Furniture.isByline(text, TextProfile(text)) }
        #expect(byline("本网记者 林文") && byline("东方晚报特约记者 林文、王晴") && byline("新华社记者林文") && byline("（记者 林文）"))
        #expect(!byline("两国记者 纷纷") && !byline("外交部记者会"))
    }

    /// A paper's own dateline names no agency (our own writing in the shape of the press of Malaysia
    /// and Singapore): it leaves the lead, gives the city and day, and no outlet.
    @Test func aPapersOwnDatelineInBracketsLeavesTheLead() throws {
        let page = """
            高峰称海川老朋友

            (首都13日讯)两国元首会晤今天上午登场，北方国国家主席高峰致词时说，两国关系比历史任何时期都更加紧密。

            高峰说，当前地区形势复杂，但是两国合作势不可挡。
            """
        let document = try cleanedText(page)
        #expect(body(document) == ["两国元首会晤今天上午登场，北方国国家主席高峰致词时说，两国关系比历史任何时期都更加紧密。", "高峰说，当前地区形势复杂，但是两国合作势不可挡。"])
        #expect(document.dateline?.city == "首都" && document.dateline?.day == 13 && document.outlet == nil)
        for (text, city, month, day) in [("（吉隆坡5月13日综合电）双方同意。", "吉隆坡", 5, 13), ("（西京2日专电）双方同意。", "西京", nil, 2),
                                         ("（首都综合讯）双方同意。", "首都", nil, nil)] {
            let found = try #require(Artefacts.dateline(in: text), "\(text)")
            #expect(found.rest == "双方同意。" && found.agency.isEmpty && found.city == city && found.month == month && found.day == day)
        }
        for prose in ["（首都13日）双方同意。", "（两国关系在过去13日讯）", "（首都32日讯）双方同意。", "（首都13月2日讯）双方同意。",
                      "（综合讯）双方同意。", "（首都）双方同意。"] {
            #expect(Artefacts.dateline(in: prose) == nil, "\(prose)")
        }
        // A site's own credit in that shape names the site, which is no place.
        let site = try #require(Artefacts.dateline(in: "(东方网讯)当地时间9月16日，两国元首会谈。"))
        #expect(site.agency == "东方网" && site.city.isEmpty && site.rest == "当地时间9月16日，两国元首会谈。")
        #expect(try cleanedText("(东方网讯)当地时间9月16日，北方国主席高峰同南方国总统海川会谈。").outlet == "东方网")
    }

    /// What a page says to the reader's browser (our own writing in the shape of a broadcaster's
    /// Traditional page): the link past its menus, which would be taken for the headline, and the
    /// notice of a missing page that the site keeps in every page's markup.
    @Test func aSkipLinkAndAMissingPagesNoticeGo() throws {
        let page = """
            訪問主要內容
            國際/高峰

            高峰稱讚與南方國關係模式

            南方國總統海川正在北方國訪問。北方國國家主席高峰3日在首都會見海川時稱，兩國關係為地區國家樹立了典範。

            高峰沒有點名第三國。海川與高峰上一次會見是在去年11月，地點在南方國首都。

            分享 :
            頁面未找到

            您嘗試訪問的內容不存在或不再可用。
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰称赞与南方国关系模式")
        #expect(body(document) == [
            "南方国总统海川正在北方国访问。北方国国家主席高峰3日在首都会见海川时称，两国关系为地区国家树立了典范。",
            "高峰没有点名第三国。海川与高峰上一次会见是在去年11月，地点在南方国首都。",
        ])
        #expect(try cleanedText("Skip to content\n\n两国元首同意加强合作\n\n双方同意扩大贸易规模，深化合作。\n").title == "两国元首同意加强合作")
        #expect(try body(cleanedText("双方认为，该协议的主要内容不存在争议，应尽快落实。\n")) == ["双方认为，该协议的主要内容不存在争议，应尽快落实。"])
    }

    /// A Taiwanese wire's report (our own writing in its shape, in Traditional characters): its
    /// dateline in brackets names the reporter before the city and ends in 专电; its last paragraph
    /// closes with the editor's credit and the wire's code of the day.
    @Test func aWiresReporterDatelineAndDayCodeGo() throws {
        let page = """
            北方國總統高峰晤南方國總理 稱兩國關係處於歷史最好時期

            （中央社記者林山首都3日專電）北方國總統高峰今天在首都會見南方國總理海川。北方國官方媒體報導，高峰表示，兩國關係處於歷史最好時期。

            海川則表示，南方國願同北方國深化各領域合作。

            高峰並邀請海川明年再次訪問北方國，海川愉快地接受了邀請。（編輯：陳河）1140903
            """
        let document = try cleanedText(page)
        #expect(document.dateline == .init(agency: "中央社", city: "首都", month: nil, day: 3))
        #expect(body(document) == [
            "北方国总统高峰今天在首都会见南方国总理海川。北方国官方媒体报导，高峰表示，两国关系处于历史最好时期。",
            "海川则表示，南方国愿同北方国深化各领域合作。", "高峰并邀请海川明年再次访问北方国，海川愉快地接受了邀请。",
        ])
        #expect(Artefacts.dateline(in: "（中央社记者林山莫斯科3日专电）两国会谈。")?.city == "莫斯科")
        #expect(Artefacts.dateline(in: "（中央社记者陈思远天津3日电）两国会谈。")?.city == "天津")
        #expect(Artefacts.withoutSourceCredit("两国签署协定。（编辑：陈河）114090") == nil)  // six digits: no day's code
        // A web desk's editor in square brackets after the last paragraph, a space between.
        #expect(Artefacts.withoutSourceCredit("两国签署协定。 【编辑:陈河】") == "两国签署协定。")
        #expect(Artefacts.withoutSourceCredit("两国签署协定。[责任编辑：陈河]") == "两国签署协定。")
        #expect(Artefacts.withoutSourceCredit("两国签署协定。【相关阅读】") == nil)
        #expect(Artefacts.withoutSourceCredit("两国签署协定。（编辑：陈河】") == nil)
    }

    /// A video page (our own writing in a broadcaster's shape): the medium before a bar leaves the
    /// headline, which is the title; the player's duration and button, a video set in the report
    /// with its title above its duration, and the list of other videos with their durations go.
    @Test func aVideoPagesMediumLabelLeavesItsHeadline() throws {
        let page = """
            视频｜北方国总统高峰会见南方国总理
            04:14
            播放
            来源：东方新闻客户端
            2024-05-16 21:30

            北方国总统高峰16日在首都会见南方国总理海川。高峰表示，两国是好邻居、好伙伴，双方要加强发展战略对接。

            两国领导人共同会见记者 高峰称合作前景广阔
            02:45

            海川表示，南方国愿同北方国扩大贸易和投资合作。

            相关视频
            两国领导人共同会见记者
            02:31
            """
        let document = try cleanedText(page)
        #expect(document.title == "北方国总统高峰会见南方国总理")
        #expect(body(document) == [
            "北方国总统高峰16日在首都会见南方国总理海川。高峰表示，两国是好邻居、好伙伴，双方要加强发展战略对接。",
            "海川表示，南方国愿同北方国扩大贸易和投资合作。",
        ])
        #expect(Cleaner.withoutLabels("视频丨林山") == nil)  // a credit: too short for a headline
        for duration in ["02:45", "1:02:45", "时长 04:14", "视频时长：12:08", "00:00 / 02:35", "/ 02:35"] { #expect(Cleaner.isDuration(duration), "\(duration)") }
        for other in ["2:4", "02:45:1", "123:45", "10:40 两国领导人举行会谈", "2024:05", "2024/05", "/", "02:45 / 两国"] {
            #expect(!Cleaner.isDuration(other), "\(other)")
        }
        #expect(Cleaner.withoutLabels("直播 | 两国领导人举行会谈") == "两国领导人举行会谈")
    }

    /// A self-media account's article on a portal (our own writing in its shape): a call to follow
    /// it that opens the text, its note on its sources, the presenter's greeting before the report's
    /// first sentence, and the key it gives its sources under go; the outlet is the one that key
    /// names. A speaker's greeting stays.
    @Test func anAccountsCallToFollowAndNoteOnItsSourcesGo() throws {
        let page = """
            在阅读本文之前，为便于您参与互动与传播，请您顺手点个“关注”，这将为您带来更深度的交流体验，衷心感谢您的支持与陪伴。

            本文所有内容均源自权威渠道，相关信源已统一附于文末

            大家好，这里是东方观察，今天带您深入解析两国领导人的对话。当地时间2月26日，两国高层会议在首都召开。北方国总统高峰在会上表示，两国的伙伴关系正面临前所未有的外部压力。

            海川表示，南方国愿同北方国一道应对挑战，共同维护地区和平稳定。

            信源：东方网 2025-02-27
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "当地时间2月26日，两国高层会议在首都召开。北方国总统高峰在会上表示，两国的伙伴关系正面临前所未有的外部压力。",
            "海川表示，南方国愿同北方国一道应对挑战，共同维护地区和平稳定。",
        ])
        #expect(document.outlet == "东方网" && document.publishedDate == "2025-02-27")
        #expect(ReaderGreetings.strip("高峰说：“女士们，先生们，大家好！很高兴来到这里。”") == nil)
        #expect(ReaderGreetings.strip("各位观众，欢迎收看本期节目。 两国领导人举行会谈。") == "两国领导人举行会谈。")
    }

    /// A live report (our own writing): each entry opens with its time of day, bracketed or not,
    /// which goes, so that the entry's cue is found and a short entry is not taken for a fragment.
    @Test func aLiveReportsTimesOfDayGo() throws {
        let page = """
            图文直播：两国领导人会谈

            【10:05】北方国总统高峰抵达会场，南方国总理海川在门外迎接。

            【10:40】高峰指出，今年是两国建交30周年，双方要共同维护地区和平。

            11:35 海川说：“这次访问非常成功。”
            """
        let result = try attributed(page, speakers: AttributionTests.summitSpeakers)
        #expect(result.map { "\($0.speaker)/\($0.rule)/\($0.start)" } == [
            "narration/default/图文直播：两", "narration/default/北方国总统高", "gao/cue/高峰指出，今", "hai/cue/海川说：“这",
        ])
        #expect(Cleaner.withoutLabels("[9:05]两国领导人会谈") == "两国领导人会谈")
        #expect(Cleaner.withoutLabels("10：40:30 两国领导人会谈") == "两国领导人会谈")
        #expect(Cleaner.withoutLabels("2：23日，两国领导人会谈") == nil)  // a date
        #expect(Cleaner.withoutLabels("10:00，两国领导人会谈") == nil)  // a time the sentence says
        #expect(Cleaner.withoutLabels("25:00 两国领导人会谈") == nil)
    }

    /// A feature's dateline gives its title after 题： (our own text): the headline again, not prose.
    @Test func aFeaturesTitleAfterItsDatelineGoes() throws {
        let page = """
            “好邻居、真伙伴”——记北方国总统访问南方国

            东方社首都3月22日电 题：“好邻居、真伙伴”

            ——记北方国总统访问南方国

            首都的会客厅里，一位青年问道：“这是您第几次来到南方国？”

            高峰总统微笑着说：“我算了一下，这是十年来第九次访问南方国。”

            两国领导人十年来会晤四十余次，这样的交往密度并不多见。
            """
        let document = try cleanedText(page)
        #expect(document.decisions.contains { $0.rule == "dateline and title" })
        #expect(document.dateline?.agency == "东方社")
        #expect(body(document).count == 3)
        #expect(!body(document).contains { $0.contains("题") })
    }

    /// A wire's page (our own text) that shows another story's title, site name and all, below a
    /// sentence of its own: a link, not a line of the report; the headline above keeps its text.
    @Test func aHeadlineWithASiteNameBelowTheReportIsALink() throws {
        let page = """
            北方国总统抵达首都 - 东方通讯社
            东方通讯社首都5月18日电 北方国总统高峰今天抵达首都，开始国事访问。
            高峰说：“双方合作前景广阔。”
            南方国总理会见北方国外长 - 东方通讯社
            他还表示，今年双边贸易额有望继续增长。
            """
        let document = try cleanedText(page)
        #expect(document.title == "北方国总统抵达首都")
        #expect(body(document) == ["北方国总统高峰今天抵达首都，开始国事访问。", "高峰说：“双方合作前景广阔。”", "他还表示，今年双边贸易额有望继续增长。"])
        #expect(document.decisions.contains { $0.rule == "related link" && $0.text.hasPrefix("南方国总理") })
    }

    /// An account's article as WeChat shows it (our own text): the byline with its date, the call to
    /// follow, the fields set off with 丨, the account's other articles and the buttons all go.
    @Test func anAccountsArticleKeepsOnlyItsReport() throws {
        let page = """
            两国元首会谈，这些细节值得关注

            原创 东方观察 东方观察 2024-05-16 21:30 发表于北京

            点击蓝字 关注我们

            5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。

            高峰指出，两国关系发展至今，来之不易，双方要倍加珍惜。

            来源丨东方社
            编辑丨林山

            往期推荐
            两国领导人通电话，释放重要信号
            两国贸易额再创新高

            分享收藏点赞在看
            """
        let document = try cleanedText(page)
        #expect(body(document) == ["5月16日，北方国总统高峰在首都同南方国总理海川举行会谈。", "高峰指出，两国关系发展至今，来之不易，双方要倍加珍惜。"])
        #expect(document.paragraphs.filter { $0.kind == .heading }.map(\.text) == ["两国元首会谈，这些细节值得关注"])
        #expect(document.publishedDate.flatMap(PublicationDate.parse)?.description == "2024-05-16")
        #expect(document.outlet == "东方社")
        #expect(Metadata.fields(of: "来源｜东方社")?.source == "东方社")  // the full-width bar
        #expect(Metadata.fields(of: "来源 | 东方社")?.source == "东方社")  // a spaced ASCII bar (had been dropped as boilerplate)
    }

    /// Three or more bulleted lines in a row that end no sentence are a site's list of other
    /// stories (a portal's shape, our own headlines), with whatever header above them.
    @Test func aBulletedListOfOtherStoriesGoes() throws {
        let page = """
            24小时热点

            • 北方国宣布新一轮关税措施?外媒称影响深远
            • 好消息不断,一架专机抵达首都,多数民众对邻国有好感
            • 局势正在失控,某前总统再次发出警告

            两国元首会谈释放积极信号

            2025-09-01 15:55:56 来源:东方网

            两国元首会谈释放积极信号。北方国总统新闻秘书林风称这次访问为“世纪之行”。

            双方签署了以下文件：
            - 联合声明。
            - 经贸合作协定
            - 人文交流计划

            双方还就国际和地区问题交换了意见，同意加强协调。
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == ["两国元首会谈释放积极信号", "两国元首会谈释放积极信号。北方国总统新闻秘书林风称这次访问为“世纪之行”。",
                                                    "双方签署了以下文件：", "联合声明。", "经贸合作协定", "人文交流计划",  // the bullets go
                                                    "双方还就国际和地区问题交换了意见，同意加强协调。"])
        #expect(document.decisions.filter { $0.rule == "link list" }.count == 3)
        #expect(Furniture.linkLists(["• a", "• b", "· c", "• d"]).isEmpty)  // the same bullet, three in a row
        #expect(Furniture.linkLists(["-1", "-2", "-3"]).isEmpty)  // a dash before a number is no bullet
    }

    @Test(arguments: [
        ("APEC 7 K2 p# ~) W9 x; Q G20", "APEC G20"),  // one space stays between words
        ("会谈。1 Y1 D$ z- ~, j. _( i% J7 ]", "会谈。"),
        ("G20 APEC BRICS", nil), ("1, 2, 3, 4, 5", nil), ("| 1 | 2 | 3 |", nil), ("a) b) c) d) e)", nil),
        ("x + y = z - w", nil),
    ])
    func forumNoiseIsShortTokensWithALetterAndSymbols(line: String, stripped: String?) {
        #expect(ForumNoise.strip(line) == stripped)
    }

    static let videoPage = """
        两国元首会谈现场画面

        监制丨林山 记者丨高原 陈河 摄像丨赵海 录音丨钱江 翻译丨孙湖 策划丨周林 统筹丨吴川

        两国元首在会谈中一致同意，继续深化全面战略协作伙伴关系，推动双边合作不断取得新成果。

        监 制丨林山
        编 导丨郑岩
        总策划 | 冯岩
        摄像 | 段河 卓山
        南风工作室制作
        东方通讯社出品
        """

    @Test func creditBlocksOfVideoPagesAreNeverCounted() throws {
        let document = try cleanedText(Self.videoPage)
        #expect(body(document) == ["两国元首在会谈中一致同意，继续深化全面战略协作伙伴关系，推动双边合作不断取得新成果。"])
        let words = Set(try terms(Self.videoPage).flatMap { $0 })
        for credit in ["监制", "摄像", "录音", "翻译", "策划", "统筹", "制作", "出品"] { #expect(!words.contains(credit), "\(credit)") }
    }

    @Test(arguments: [
        ("监制丨林山 记者丨高原 陈河 摄像丨赵海 录音丨钱江", "credit block"), ("监 制丨林山", "credit block"),
        ("总策划 | 冯岩", "credit block"), ("记者：高原 陈河", "credit block"), ("南风工作室制作", "credit block"),
        ("所在位置：首页 > 国际 > 正文", "breadcrumb"), ("> 国际新闻 >", "breadcrumb"), ("新闻频道 > 环球资讯", "breadcrumb"),
        ("当前位置:首页 > 图片", "breadcrumb"), ("国内 | 国际 | 社会 | 军事 | 财经", "channel bar"),
        ("A- A+", "widget"), ("二维码", "widget"), ("扫一扫", "widget"), ("手机阅读", "widget"), ("分享到：", "widget"),
        ("我是广告 请继续往下阅读", "widget"), ("东方新闻客户端 点击或扫描下载", "promotion"),
        ("打开东方新闻 查看精彩图片", "promotion"), ("不用抽 不用抢 现在用APP看新闻", "promotion"),
        ("欢迎关注本报微信公众号，获取更多时政资讯。", "promotion"), ("扫描二维码，关注我们。", "promotion"),
        ("您已读完12%（300字），剩余88%包含更多内容，订阅后阅读全文。", "promotion"),
        ("《早间速递》是您了解天下大事的好帮手。请在这里注册。", "promotion"), ("想看更多访谈？请订阅我们的电子报。", "promotion"),
        ("【免责声明】本文为转载稿，不代表本站观点，仅供参考。", "disclaimer"), ("版权所有 东方网 未经授权禁止转载", "disclaimer"),
        ("京ICP备12345678号-1", "footer"), ("地址：北京市东城区某某路1号 邮编：100000", "footer"),
        ("违法和不良信息举报电话：010-12345678", "footer"), ("记者高原／综合报导", "byline"), ("即时中心／综合报导", "byline"),
        ("新华社记者高原、陈河", "byline"), ("【同期】", "transcript label"), ("问答都很精彩，推荐阅读↓", "pointer"),
        ("点击观看完整视频👇", "pointer"),
    ])
    func furnitureRules(line: String, rule: String) {
        let text = TextNormalizer.normalize(line)
        #expect(Furniture.rule(for: text, TextProfile(text)) == rule)
    }

    @Test(arguments: [
        "两国元首举行会谈，双方同意加强合作。", "习近平指出，双方要深化各领域合作。", "两国元首举行会谈", "记者会上，双方介绍了会谈成果。",
        "监督管理部门记者招待会", "二维码技术推动跨境支付合作。", "我很高兴应您邀请来到这里，双方共同关注全球治理。",
        "普京在其电报频道发文，欢迎中方代表团来访。", "游客扫码即可获取两国景区信息。", "两国贸易额同比↓3%",
    ])
    func proseIsNoFurniture(line: String) {
        #expect(Furniture.rule(for: line, TextProfile(line)) == nil)
    }

    @Test func metadataLinesGiveTheirFieldsAndTheValueOnTheNextLine() throws {
        let fields = Metadata.fields(of: "编辑：陈河 | 时间：2019-06-05 | 来源：人民网 |")
        #expect(fields?.date == "2019-06-05" && fields?.source == "人民网")
        let page = """
            两国元首举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。
            责任编辑：
            陈河
            评论
            相关字词﹕外交部 南方国 两国关系
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == ["两国元首举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。"])
        #expect(document.decisions.map(\.rule) == ["metadata", "metadata: value", "widget", "metadata"])
    }

    /// Metadata lines that hold several fields without a key for each, in shapes of real pages (our
    /// own values): a date after the source, a date between bars, a key run into a time.
    @Test(arguments: [
        ("作者：佚名 来源：央视新闻客户端 2022-02-06 177", "2022-02-06 177", "央视新闻客户端"),
        ("来源：新华网 | 2024年05月08日 09:12 | 责任编辑：王平", "2024年05月08日 09:12", "新华网"),
        ("发布时间：2024-05-08 22:50:39来源：央视网", "2024-05-08 22:50:39", "央视网"),
        ("编辑：王平 2024-05-08 来源：人民网", "2024-05-08", "人民网"),
        ("标题：2024年5月16日两国元首会谈纪实 来源：人民网", nil, "人民网"),  // a title keeps its date
    ])
    func aMetadataLineGivesItsDateWhereverItIs(line: String, date: String?, source: String) {
        let fields = Metadata.fields(of: line)
        #expect(fields?.date == date && fields?.source == source)
    }

    @Test func aSourceWithADateGivesTheOutletAndThePublicationDate() throws {
        let page = """
            两国元首会谈纪实

            作者：佚名 来源：央视新闻客户端 2022-02-06 177

            两国元首举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。
            """
        let document = try cleanedText(page)
        #expect(document.outlet == "央视" && document.publishedDate == "2022-02-06 177")
    }

    @Test(arguments: [
        ("2016年06月25日 20:43", ""), ("09.05.2015 07:00", ""), ("2015年01月03日09:58 来源:中国侨网", "中国侨网"),
        ("2025/10/30 11:24 即时新闻／综合报导", "即时新闻／综合报导"), ("2017年08月02日07:25 来源:人民网-人民日报", "人民网-人民日报"),
        ("十月 05, 2018 18:45 Asia/Shanghai", "十月 Asia/Shanghai"),
    ])
    func timestampLines(line: String, rest: String) {
        let text = TextNormalizer.normalize(line)
        #expect(Metadata.timestamp(text, TextProfile(text))?.rest == rest)
    }

    @Test func timestampsNeedTheirDateToBeMostOfTheLine() {
        let sentence = "2024年5月16日，两国元首在北京举行会谈并签署联合声明"
        #expect(Metadata.timestamp(sentence, TextProfile(sentence)) == nil)
    }

    @Test func aDateLabelOpensTheFirstLine() {
        #expect(Metadata.datePrefix("date 2025-09-02 两国元首举行会谈")! == ("2025-09-02", "两国元首举行会谈"))
        #expect(Metadata.datePrefix("date 2023-09 2023/09/12 22:09")! == (nil, "2023/09/12 22:09"))
        #expect(Metadata.datePrefix("dated 2025-09-02") == nil)
        #expect(Metadata.datePrefix("update 2025") == nil)
    }

    static let flattenedPage = """
        首页 > 时政

        两国元首举行会谈

        2024-05-16 10:30

        ▲两国元首在会谈前握手。（图／东方社）

        记者高原／综合报导

        两国元首当天在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。

        两国元首一致同意，继续深化各领域务实合作。
        """

    @Test func withoutAColumnNothingAboveTheLeadIsGluedToIt() throws {
        let document = try cleanedText(Self.flattenedPage)
        #expect(document.title == "两国元首举行会谈")
        #expect(document.publishedDate.flatMap(PublicationDate.parse)?.description == "2024-05-16")
        #expect(body(document) == ["两国元首当天在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。", "两国元首一致同意，继续深化各领域务实合作。"])
        #expect(document.decisions.map(\.rule) == ["breadcrumb", "timestamp", "caption", "byline"])
    }

    /// A Taiwanese page (our own writing in its shape): captions marked ▲ and ▼ between the
    /// paragraphs, a byline, a one-sentence paragraph about both sides after a caption, then the
    /// site's other stories.
    @Test func aShortSentenceAboutBothSidesAmongCaptionsStays() throws {
        let page = """
            普丁訪問北京 與習近平會談三小時

            ▲中國國家主席習近平與俄羅斯總統普丁16日在北京舉行會談。（圖／東方社）

            記者高原／綜合報導

            俄羅斯總統普丁16日抵達北京進行國事訪問，與中國國家主席習近平舉行會談，兩人會談持續約3小時。

            ▲普丁稱，俄中合作不針對任何第三方。（圖／東方社）

            普丁則說，俄方願同中方加強能源合作，並擴大本幣結算。

            ▼普丁與習近平在人民大會堂前合影。（圖／翻攝自東方社）

            雙方會後簽署聯合聲明。

            更多新聞
            ►外長將訪問南方國 討論貿易議題
            ►南方國總理發表談話
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "俄罗斯总统普丁16日抵达北京进行国事访问，与中国国家主席习近平举行会谈，两人会谈持续约3小时。",
            "普丁则说，俄方愿同中方加强能源合作，并扩大本币结算。",
            "双方会后签署联合声明。",
        ])
        #expect(document.decisions.map(\.rule) == ["caption", "byline", "caption", "caption", "related links", "related links", "related links"])
    }

    @Test func theDatedLabelOfASavedPageGivesTheDateAndTheLineGoesOn() throws {
        let page = """
             date 2025-09-02 ▲两国元首在会谈前握手。（图／东方社）

            记者高原／综合报导

            两国元首当天在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。
            """
        let document = try cleanedText(page)
        #expect(document.publishedDate == "2025-09-02")
        #expect(body(document) == ["两国元首当天在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。"])
    }

    @Test func aHeadlineRunIntoTheDatelineIsTheTitleNotProse() throws {
        let page = "两国关系迈上新台阶 ——记两国元首会谈 新华社北京5月16日电（记者高原）两国元首16日在北京举行会谈。双方一致同意深化合作。"
        let document = try cleanedText(page)
        #expect(document.title == "两国关系迈上新台阶 ——记两国元首会谈")
        #expect(document.dateline?.city == "北京")
        #expect(body(document) == ["两国元首16日在北京举行会谈。双方一致同意深化合作。"])
    }

    @Test func bracketedSourcesAndCreditsLeaveTheProse() throws {
        let page = """
            〔即时新闻／综合报导〕两国元首当天在北京举行会谈，双方就双边关系深入交换意见。

            两国外长随后会见记者，介绍了会谈成果。（译者：陈河）

            外交部。东方新闻图片

            中新网5月16日电 综合报道，两国元首在会谈中一致同意深化合作。
            """
        let document = try cleanedText(page)
        #expect(body(document) == ["两国元首当天在北京举行会谈，双方就双边关系深入交换意见。", "两国外长随后会见记者，介绍了会谈成果。",
                                   "两国元首在会谈中一致同意深化合作。"])
    }

    @Test func anImagesAltTextAndCaptionSaidTwiceGoBoth() throws {
        let page = """
            两国元首当天在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。
            两国元首在钓鱼台国宾馆散步交谈。
            两国元首在钓鱼台国宾馆散步交谈。
            双方一致同意，继续深化各领域务实合作，推动两国关系不断向前发展。
            """
        #expect(body(try cleanedText(page)).count == 2)
    }

    static let htmlPage = """
        <html><head><title>两国元首举行会谈 深化全面战略协作_东方网</title></head><body>
        <div class="nav"><a>首页</a> | <a>国际</a> | <a>军事</a> | <a>财经</a></div>
        <div class="crumb">当前位置：<a>首页</a> &gt; <a>国际</a> &gt; 正文</div>
        <h1>两国元首举行会谈 深化全面战略协作</h1>
        <div class="info">2024-05-16 10:30 来源：新华网 作者：高原</div>
        <div class="share">分享到：<a>微信</a> <a>微博</a></div>
        <div class="content">
        <p><img src="a.jpg"></p><p>5月16日，两国元首在北京举行会谈。新华社记者 林山 摄</p>
        <p>新华社北京5月16日电（记者高原）两国元首16日在北京举行会谈。双方就双边关系和共同关心的国际问题深入交换意见。</p>
        <p>习近平指出，双方要深化各领域务实合作，推动两国关系不断向前发展。</p>
        <p>南方国总统表示，南方国愿同中方加强沟通协作，共同维护地区和平稳定。</p>
        </div>
        <div class="editor">【责任编辑：陈河】</div>
        <div class="related"><h3>相关新闻</h3><ul><li><a>两国外长举行会谈</a> 2024-05-15</li><li><a>南方国总统抵达北京</a> 2024-05-14</li></ul></div>
        <div class="footer">版权所有 东方网 京ICP备12345678号 地址：北京市某某路1号</div>
        </body></html>
        """

    @Test func aNewsSitePageKeepsOnlyItsReport() throws {
        let document = try cleanedText(Self.htmlPage, format: .html)
        #expect(document.title == "两国元首举行会谈 深化全面战略协作")
        #expect(document.publishedDate.flatMap(PublicationDate.parse)?.description == "2024-05-16")
        #expect(document.outlet == "新华社")
        #expect(body(document) == [
            "两国元首16日在北京举行会谈。双方就双边关系和共同关心的国际问题深入交换意见。",
            "习近平指出，双方要深化各领域务实合作，推动两国关系不断向前发展。",
            "南方国总统表示，南方国愿同中方加强沟通协作，共同维护地区和平稳定。",
        ])
        #expect(document.decisions.filter { $0.action == .dropped }.map(\.rule) == [
            "channel bar", "breadcrumb", "widget", "caption", "chrome", "related links", "related links", "related links", "related links",
        ])
    }

    // MARK: The prose classifier

    func verdict(_ text: String) -> ProseClassifier.Class {
        ProseClassifier.classify(text, TextProfile(text), speakers: .defaults).0
    }

    @Test func theClassifierReadsWhatAnyReaderSees() {
        #expect(verdict("两国元首举行会谈，双方同意在经贸、能源等领域加强合作。") == .prose)
        #expect(verdict("双方表示，将继续合作。") == .prose)
        #expect(verdict("习近平强调：") == .prose)
        #expect(verdict("两国元首举行会谈") == .short)
        #expect(verdict("合作 发展 战略 伙伴 关系 会谈 元首 外交 经贸 能源 科技 人文 教育") == .boilerplate)
        #expect(verdict("Share this article on Facebook and Twitter") == .boilerplate)
        #expect(verdict("免费视频,高清一区二区,精品久久,热门推荐,最新上线") == .boilerplate)
        #expect(verdict("相关专题 | 活动报道专页 |") == .boilerplate)
        #expect(verdict("普京四年来首次访问印度 莫迪亲自迎接送上拥抱") == .short)
        // One sentence opening with a speaker's name is the report's, however short; a headline
        // naming one has no sentence end. One opening with a joint subject or a side stays
        // whatever its context, without deciding its neighbours'.
        #expect(verdict("普京对此表示赞同。") == .prose)
        #expect(verdict("俄罗斯总统普京步出机舱。") == .prose)
        #expect(verdict("双方会后签署联合声明。") == .short)
        #expect(ProseClassifier.keepsAlone("双方会后签署联合声明。", speakers: .defaults))
        #expect(ProseClassifier.keepsAlone("中方对此表示欢迎。", speakers: .defaults))
        #expect(!ProseClassifier.keepsAlone("双方会后签署联合声明", speakers: .defaults))  // no sentence end
        #expect(!ProseClassifier.keepsAlone("欢迎关注本网。", speakers: .defaults))
        #expect(verdict("普京会见中国外长") == .short)
        #expect(verdict("对此表示赞同。") == .short)
    }

    @Test func shortParagraphsFollowTheirContext() {
        let lead = "两国元首当天在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换意见。"
        let texts = ["热门 推荐", "两国元首在北京举行会谈", lead, "双方的合作", lead, "更多精彩", "Share this"]
        let classes = texts.map(verdict)
        #expect(classes == [.short, .short, .prose, .short, .prose, .short, .boilerplate])
        #expect(ProseClassifier.resolve(classes, texts: texts) == [.boilerplate, .prose, .prose, .prose, .prose, .boilerplate, .boilerplate])
        #expect(ProseClassifier.resolve([.short, .short], texts: ["两国元首", "举行会谈"]) == [.prose, .prose])
        // A text opened with a salutation is a speech: its short thanks after the last prose close
        // it. After an article with no salutation, the same short line is the site's.
        let speech = ["女士们，先生们：", lead, "谢谢大家。", "更多精彩"]
        #expect(ProseClassifier.resolve(speech.map(verdict), texts: speech) == [.prose, .prose, .prose, .boilerplate])
        #expect(ProseClassifier.resolve([.prose, .short], texts: [lead, "谢谢大家。"]) == [.prose, .boilerplate])
        #expect(ProseClassifier.closesSpeech("谢谢！") && !ProseClassifier.closesSpeech("谢谢大家")
            && !ProseClassifier.closesSpeech("关注我们：news。") && !ProseClassifier.closesSpeech("欢迎下载本网客户端阅读。"))
    }

    // MARK: Titles and outlets

    @Test func titlesComeFromWhereEachPageSetsThem() throws {
        let html = "<html><head><title>两国元首举行会谈_东方网</title></head><body><p>两国元首当天举行会谈，双方同意加强合作。</p></body></html>"
        #expect(try cleanedText(html, format: .html).title == "两国元首举行会谈")
        let hyphenated = html.replacingOccurrences(of: "两国元首举行会谈_东方网", with: "两国元首举行会谈-东方网")
        #expect(try cleanedText(hyphenated, format: .html).title == "两国元首举行会谈")
        #expect(TitleFinder.withoutSiteName("中俄-蒙古经济走廊建设提速") == nil)  // a hyphen inside a headline
        let saved = "时政长镜头|相聚春城\n\n当地时间5月16日，两国元首在春城共同出席欢迎宴会，宾主在热烈友好的气氛中交谈。\n"
        #expect(try cleanedText(saved).title == "时政长镜头|相聚春城")
        let printed = "两国元首举行会谈，双方同意加强合作。\n\n双方同意扩大贸易规模，深化合作。\n\n两国元首同意加强合作\n"
        #expect(try cleanedText(printed).title == "两国元首同意加强合作")
        #expect(try cleanedText("两国元首举行会谈，双方同意加强合作。\n").title == nil)
        #expect(TitleFinder.restoringQuotes("中俄元首_新春之会_，引关注") == "中俄元首“新春之会”，引关注")
        #expect(TitleFinder.restoringQuotes("a_b") == "a_b")
    }

    @Test(arguments: [("人民网-人民日报", "人民日报"), ("央视新闻客户端", "央视"), ("新华网", "新华社"), ("ZAKER", "ZAKER"),
                      ("中国新闻网", "中新社"), ("东方网 作者：陈河", "东方网"), ("路透", "路透社"), ("路透社", "路透社"),
                      ("晨光电视台《晨光新闻》", "晨光电视台"), ("《东方日报》", "东方日报")])
    func outlets(source: String, outlet: String) {
        #expect(TitleFinder.outlet(source) == outlet)
    }

    // MARK: Script conversion

    /// A page whose photo sits in a table, saved as text: the cell's borders stay on the lines.
    static let tablePage = """
        |
        會談現場（東方社 記者林山攝） |
        東方社北京6月8日電（記者 高原）國家主席習近平7日在人民大會堂同北方國總統舉行會談。兩國元首一致決定，鞏固傳統友誼。
        | 習近平指出，雙方要加強政策協調，推進產能、投資、能源合作。 |
        首頁 | 要聞 | 國際 |
        """

    @Test func theBordersOfAFlattenedTableGoAndTheCaptionInsideIsSeen() throws {
        let document = try cleanedText(Self.tablePage)
        #expect(document.title == nil, "a caption is no headline")
        #expect(body(document) == ["国家主席习近平7日在人民大会堂同北方国总统举行会谈。两国元首一致决定，巩固传统友谊。",
                                   "习近平指出，双方要加强政策协调，推进产能、投资、能源合作。"])
        #expect(document.decisions.contains { $0.line == 2 && $0.rule == "caption" })
        #expect(document.decisions.contains { $0.line == 5 && $0.rule == "channel bar" })
        // An agency the list lacks: its name ends as an outlet's does, then the city, then the date.
        #expect(document.dateline?.agency == "东方社" && document.dateline?.city == "北京" && document.dateline?.day == 8)
        #expect(document.outlet == "东方社")
        let regional = Artefacts.dateline(in: "南方日报广州5月3日讯（记者 林山）两国代表团今天抵达。")
        #expect(regional?.agency == "南方日报" && regional?.city == "广州" && regional?.month == 5 && regional?.rest == "两国代表团今天抵达。")
        // An unlisted outlet's dateline with no city.
        let cityless = Artefacts.dateline(in: "东方网5月16日电 北方国总统高峰16日会见来访的南方国总理海川。")
        #expect(cityless?.agency == "东方网" && cityless?.city == "" && cityless?.day == 16 && cityless?.rest == "北方国总统高峰16日会见来访的南方国总理海川。")
        for prose in ["今年报告显示2024年贸易增长。", "两国元首8日电话交谈。", "东方社北京方面6月称，合作顺利。", "东方社北6月8日电", "电视台5月开播新节目。",
                      "东方网5月16日发布消息。"] {
            #expect(Artefacts.dateline(in: prose) == nil, "\(prose)")
        }
        for (line, bare) in [("|", ""), ("| a | b |", "a | b"), ("会谈现场 |", "会谈现场"), ("||  x", "x")] {
            #expect(Cleaner.withoutTableBorders(line) == bare, "\(line)")
        }
        for line in ["国内 | 国际", "", "丨监制"] { #expect(Cleaner.withoutTableBorders(line) == nil, "\(line)") }
    }

    @Test func conversionIsDecidedOverTheWholeTextAndIsPhraseAware() throws {
        let simplified = (1...40).map { "第\($0)次会谈，双方同意加强合作，效果显著。\n\n" }.joined()
        let document = try cleanedText(simplified + "習近平會見總統。\n")
        #expect(!document.simplified)
        #expect(document.text.contains("效果显著") && !document.text.contains("显着"))
        let traditional = try cleanedText("兩國元首舉行會談，雙方同意加強合作，效果顯著。\n乾隆年間修建的著名建築，至今保存完好。\n")
        #expect(traditional.simplified)
        #expect(traditional.text == "两国元首举行会谈，双方同意加强合作，效果显著。\n乾隆年间修建的著名建筑，至今保存完好。\n")
    }

    /// A forum's copy of a report (our own writing in its shape): the attachment's file name, its
    /// `下载附件` button and upload time above the post, the caption, the dateline and the report run
    /// into one line, the forum's scrambling characters after it. `下载附件` shares no pair of
    /// characters with the lead, so it is no headline, though it stands above the time.
    @Test func aForumPostsAttachmentIsNoHeadline() throws {
        let page = """
            [url=]
            5512345_88abcd12.jpg (212.40 KB, 下載次數: 17)
            下載附件
            2026-5-12 09:14 上傳
            [/url] 5月11日，北方國主席高峰在首都會見南方國總統海川。 東方社記者 林遠 攝 東方社首都5月11日電（記者王晴）北方國主席高峰11日下午在首都會見南方國總統海川。 高峰表示，兩國應當加強發展戰略對接，深化農業和新能源合作。 海川表示，南方國願擴大貿易投資往來。 7 }* k# R2 d, P* L' x J4 E0 Q8 O, w
            |
            """
        let document = try cleanedText(page)
        #expect(document.title == nil)
        #expect(document.publishedDate == "2026-5-12 09:14上传")
        #expect(body(document) == ["北方国主席高峰11日下午在首都会见南方国总统海川。", "高峰表示，两国应当加强发展战略对接，深化农业和新能源合作。",
                                   "海川表示，南方国愿扩大贸易投资往来。"])
    }

    /// A channel's copy of a report (our own writing in its shape): the headline above and again at
    /// the head of the one paragraph, the post's time and counter after its last sentence, and the
    /// channel's furniture below, a header naming a service in letters among it.
    @Test func aHeadlineAndATimeRunIntoThePostLeaveIt() throws {
        let page = """
            高峰晤海川 称两国做伙伴 合作共赢
            高峰晤海川 称两国做伙伴 合作共赢 北方国主席高峰在首都会见南方国总统海川。高峰在开场发言中表示，两国关系呈现稳中向好态势。海川表示，两国有责任管控分歧。 2026-04-07 11:26:30 (1)
            在Telegram中查看相关推荐
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰晤海川 称两国做伙伴 合作共赢")
        #expect(document.publishedDate == "2026-04-07 11:26:30 (1)")
        #expect(body(document) == ["北方国主席高峰在首都会见南方国总统海川。高峰在开场发言中表示，两国关系呈现稳中向好态势。海川表示，两国有责任管控分歧。"])
        #expect(Metadata.trailingTimestamp("双方举行会谈。10:30") == nil)
        #expect(Metadata.trailingTimestamp("双方签署联合声明。2026年5月16日") == nil)
        #expect(Metadata.trailingTimestamp("双方签署联合声明。2026-05-16 10:30")?.rest == "双方签署联合声明。")
        #expect(Furniture.isRelatedHeader("在Telegram中查看相关推荐"))
        #expect(!Furniture.isRelatedHeader("在某某频道中查看最近七天的全部相关推荐"))
    }

    /// Metadata lines a flattened page ran its lead into (our own writing in the shapes of a portal
    /// and a digest site): the editor's name before a listed agency's dateline, the keywords before a
    /// site's dated lead (`东方消息网9月21日报道`) and its byline. The lead is the report's; the
    /// keywords do not join the site's name. (An editor's name before an unlisted agency's does:
    /// nothing tells `张文` from `张文东方社`'s start.)
    @Test func aLeadRunIntoMetadataIsRead() throws {
        let portal = """
            高峰会见南方国总统海川
            发布时间:2026-06-25 08:33:00 | 来源:东方网 | 作者: | 责任编辑:张文新华社首都6月24日电(记者董明)6月24日上午，北方国主席高峰在首都会见来访的南方国总统海川。

            6月24日上午，北方国主席高峰在首都会见来访的南方国总统海川。新华社记者 岳文 摄
            高峰指出，双方始终坚持相互理解、彼此尊重。
            """
        let document = try cleanedText(portal)
        #expect(document.dateline?.agency == "新华社")
        #expect(body(document) == ["6月24日上午，北方国主席高峰在首都会见来访的南方国总统海川。", "高峰指出，双方始终坚持相互理解、彼此尊重。"])
        let digest = """
            南方国总统的这次北方行
            关键字: 南方国海川两国关系东方消息网9月21日报道(文/林思)如果用一个词来形容这次访问，或许就是“不虚此行”。
            高峰会见了海川，双方就两国关系和共同关心的国际问题交换了意见。
            """
        let read = try cleanedText(digest)
        #expect(read.outlet == "东方消息网")
        #expect(body(read) == ["如果用一个词来形容这次访问，或许就是“不虚此行”。", "高峰会见了海川，双方就两国关系和共同关心的国际问题交换了意见。"])
        #expect(Artefacts.dateline(in: "据当地媒体30日报道，双方同意。") == nil)
    }

    /// An aggregator's page (our own writing in its shape): the headline three times, once after the
    /// list's label (`07月09日最新时讯 `), once in a summary box that runs it into the lead and cuts
    /// the lead short (`导读 …这...`). Each copy had been counted; only the bare headline stays.
    @Test func aSummaryBoxAndALabelledHeadlineRepeatTheText() throws {
        let page = """
            07月09日最新时讯 南方媒体：海川此时访问北方国发出“合作信号”

            导读 南方媒体：海川此时访问北方国发出“合作信号”南方国总理海川于8日下午抵达北方城，开始对北方国进行为期两天的访问。这...

            南方媒体：海川此时访问北方国发出“合作信号”

            南方国总理海川于8日下午抵达北方城，开始对北方国进行为期两天的访问。这是海川就任总理后首次出国访问。

            海川在出发前强调，两国在能源、农业和交通等多个领域的伙伴关系不断深化。
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == [
            "南方媒体：海川此时访问北方国发出“合作信号”",
            "南方国总理海川于8日下午抵达北方城，开始对北方国进行为期两天的访问。这是海川就任总理后首次出国访问。",
            "海川在出发前强调，两国在能源、农业和交通等多个领域的伙伴关系不断深化。",
        ])
        #expect(document.duplicateParagraphsRemoved == 2)
        // A label or an ellipsis alone makes no repeat: the words must stand elsewhere.
        #expect(Cleaner.excerpt("他说：我们将继续坚定地向前进……") == "他说：我们将继续坚定地向前进")
        #expect(Cleaner.excerpt("两国元首会谈 成果丰硕") == nil, "too short")
        #expect(Cleaner.excerpt("南方国总理海川于8日下午抵达北方城。") == nil, "neither label nor ellipsis")
        #expect(!Cleaner.standsElsewhere("两国将继续深化能源合作", in: ["两国将继续深化农业合作"], except: ""))
        #expect(Cleaner.standsElsewhere("标题甲正文乙", in: ["标题甲", "正文乙的其余部分"], except: ""))
    }

    /// A foreign agency's Chinese service (our own writing in its shape): a summary repeating the
    /// lead above a photo credited `图自…` (set twice), then the lead under the agency's name, the
    /// city and a dash; a broadcaster's page opening `(某某之声) -`. The captions, the summary's copy
    /// and the datelines go (the caption, the dated copy and the broadcaster's name had been kept).
    @Test func aForeignServicesSummaryCaptionAndDatelineGo() throws {
        let page = """
            高峰总统对南方国进行国事访问：为两国关系注入动力

            据南方国外交部的消息，应南方国总理海川的邀请，北方国总统高峰将于6月19日至20日对南方国进行国事访问。

            北方国总统高峰。图自北方国总统府/南方通讯社
            北方国总统高峰。图自北方国总统府/南方通讯社

            南方通讯社南方城——据南方国外交部的消息，应南方国总理海川的邀请，北方国总统高峰将于6月19日至20日对南方国进行国事访问。

            南方国友好组织联合会林原表示，两国关系在政治、外交、经贸投资和教育领域取得了诸多成果。
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "据南方国外交部的消息，应南方国总理海川的邀请，北方国总统高峰将于6月19日至20日对南方国进行国事访问。",
            "南方国友好组织联合会林原表示，两国关系在政治、外交、经贸投资和教育领域取得了诸多成果。",
        ])
        #expect(document.dateline?.agency == "南方通讯社" && document.dateline?.city == "南方城")
        let broadcast = try cleanedText("高峰抵达南方城\n\n(南方之声) -6月19日晚，北方国总统高峰抵达南方城，开始对南方国进行国事访问。\n")
        #expect(body(broadcast) == ["6月19日晚，北方国总统高峰抵达南方城，开始对南方国进行国事访问。"])
        #expect(broadcast.outlet == "南方之声")
    }

    /// A news agency's page (our own writing in its shape): a photo's title with the agency's name
    /// over its caption, the same words without it, in the middle of the report. Both go (the
    /// caption had been kept as a paragraph).
    @Test func aPhotosCaptionUnderItsTitleGoesWithIt() throws {
        let page = """
            高峰和海川或将一起参观农业展
            晨光通讯社北方城2月15日电 北方国总统新闻秘书林风表示，高峰和海川今天可能会一起参观农业展。

            高峰和海川在会谈中 - 晨光通讯社
            高峰和海川在会谈中
            林风说：“今天两位总统将重点讨论农业、能源和交通方面的合作。”
            """
        let document = try cleanedText(page)
        #expect(body(document) == [
            "北方国总统新闻秘书林风表示，高峰和海川今天可能会一起参观农业展。",
            "林风说：“今天两位总统将重点讨论农业、能源和交通方面的合作。”",
        ])
        #expect(document.decisions.map(\.rule).contains("caption under its title"))
    }

    /// A Hong Kong and a Taiwanese paper's pages (our own writing in their shapes): a news list's
    /// time after the headline, the paper's `【某某专讯】`, a byline of parts set off by slashes
    /// naming the paper, and a column's name and another story's headline at the page's end.
    @Test func papersNameThemselvesInTheirLeadInsAndBylines() throws {
        let hongKong = """
            南方國總統下周訪問北方國 料晤高峰談經貿 (18:26)

            【東方日報專訊】北方國主席高峰6日在首都會見南方國總統海川。

            高峰表示，兩國傳統友好，合作成果豐碩。

            責任編輯：林一
            《東方周刊》
            帝國瓷盤：講述舊時軍隊的故事
            """
        let paper = try cleanedText(hongKong)
        #expect(paper.title == "南方国总统下周访问北方国 料晤高峰谈经贸")
        #expect(paper.outlet == "东方日报")
        #expect(body(paper) == ["北方国主席高峰6日在首都会见南方国总统海川。", "高峰表示，两国传统友好，合作成果丰硕。"])
        let taiwan = "南方日報／ 記者林文／即時報導\n北方國主席高峰25日抵達南方國首都，展開國事訪問。\n"
        #expect(try cleanedText(taiwan).outlet == "南方日报")
        // A forum's copy: the site's address, the time and the paper it took the report from.
        let forum = "高峰同海川视频会晤\nforum-example.com  2026-03-04 10:12  太平报\n北方国主席高峰4日同南方国总统海川举行视频会晤，双方就两国关系交换意见。\n"
        #expect(try cleanedText(forum).outlet == "太平报")
    }

    /// A report copied from a PDF (our own writing in its shape): lines cut at the column edge, the
    /// page numbers between them. The numbers go and the text runs on across them; a line of prose
    /// cut before its end is no headline.
    @Test func pageNumbersGoAndTheTextRunsOnAcrossThem() throws {
        let text = "北方国总统高峰16日在首都同来访的南方国总统海川举行会谈，两国元首就双边关系和共同关心的国际和地区问题深入交换意见。高峰指出，今年是两国建交60周年。60年来，两国关系经受住国际风云变幻考验，日益成熟稳定。双方要加强发展战略对接，深化经贸、能源、农业等领域合作，拓展数字经济、绿色发展等新兴领域合作。海川表示，南方国愿同北方国深化各领域合作，共同维护多边主义。"
        let scalars = Array(text + text)
        let lines = stride(from: 0, to: scalars.count, by: 38).map { String(scalars[$0..<min($0 + 38, scalars.count)]) }
        let page = (["— 3 —"] + lines.prefix(4) + ["- 4 -"] + lines.dropFirst(4)).joined(separator: "\n") + "\n"
        let document = try cleanedText(page)
        #expect(body(document).joined() == text + text)
        #expect(document.decisions.filter { $0.rule == "page number" }.count == 2)
        #expect(["— 3 —", "-12-", "·3·", "第3页", "3 / 12"].allSatisfy(Furniture.isPageNumber))
        #expect(!Furniture.isPageNumber("2026年") && !Furniture.isPageNumber("12345") && !Furniture.isPageNumber("1 2 3"))
        #expect(!TitleFinder.isHeadlineShaped("两国元首举行会谈。高峰指出，双方要加强合作，推动两国关系"))
    }

    /// An agency's page (our own writing in its shape): the picture's credit run into the headline,
    /// the headline again as the image's text with the agency's name, its width and the day, a
    /// follow button, and below the report another story's image text and a timeline's header.
    @Test func anAgencysImageTextsAndTimelineGo() throws {
        let page = """
            克宫谈南方国总统来访：双方将签署多项协议

            © Agency / Ivan Petrov克宫谈南方国总统来访：双方将签署多项协议
            克宫谈南方国总统来访：双方将签署多项协议 - 东方通讯社, 1920, 22.10.2026
            关注
            东方通讯社首都10月22日电 北方国总统新闻秘书林风表示，北方国总统高峰将于下周同南方国总统海川举行会谈，双方将签署多项协议。
            林风在回答相关问题时向记者表示：“会谈将讨论经贸、能源等领域合作。”
            高峰此前表示，北方国高度重视同南方国的关系。
            克宫：会晤具体时间尚未确定 - 东方通讯社, 1920, 21.10.2026
            新闻时间线
            """
        let document = try cleanedText(page)
        #expect(document.title == "克宫谈南方国总统来访：双方将签署多项协议")
        #expect(body(document) == ["北方国总统新闻秘书林风表示，北方国总统高峰将于下周同南方国总统海川举行会谈，双方将签署多项协议。",
                                   "林风在回答相关问题时向记者表示：“会谈将讨论经贸、能源等领域合作。”", "高峰此前表示，北方国高度重视同南方国的关系。"])
        #expect(TitleFinder.withoutStamp("东方通讯社, 1920, 22.10.2026") == "东方通讯社")
        #expect(TitleFinder.withoutStamp("东方通讯社, 北方国, 22.10.2026") == nil)
        // A paid archive's note under its excerpt.
        let excerpt = try cleanedText("高峰今晤海川 深入交换意见\n北方国总统高峰昨抵达南方国首都，出席地区合作论坛，两人将就双边关系交换意见，议程非常广泛 ...\n(节录)全文共491字\n")
        #expect(body(excerpt) == ["北方国总统高峰昨抵达南方国首都，出席地区合作论坛，两人将就双边关系交换意见，议程非常广泛 ..."])
        #expect(Furniture.isExcerptNotice("全文共491字") && !Furniture.isExcerptNotice("联合声明全文共分五个部分") && !Furniture.isExcerptNotice("全文共字"))
    }

    /// Hong Kong pages (our own writing in their shapes): a broadcaster's report whose last
    /// paragraph names its source in brackets, the time zone beside the time, and a paper's
    /// `【本報訊】` with the reporter's lead-in. The source is no picture's credit when someone speaks
    /// before it; the zone is no outlet; the lead-in names who reports, not what.
    @Test func aSourceInBracketsAfterSomeonesWordsIsNoCaption() throws {
        let broadcaster = """
            高峰晤南方國總統 倡深化合作
            2026-05-16 HKT 18:22
            北方國主席高峰今日在首都會見南方國總統海川，雙方就兩國關係交換意見。
            海川表示，南方國堅定支持兩國加強合作。（新華社）
            """
        let document = try cleanedText(broadcaster)
        #expect(document.outlet == nil)
        #expect(body(document) == ["北方国主席高峰今日在首都会见南方国总统海川，双方就两国关系交换意见。", "海川表示，南方国坚定支持两国加强合作。"])
        // A caption with the agency's name stays a caption.
        let caption = try cleanedText("两国元首会谈\n5月16日，北方国主席高峰在首都会见南方国总统海川。（新华社）\n北方国主席高峰16日在首都会见南方国总统海川，双方就两国关系深入交换意见。\n")
        #expect(body(caption) == ["北方国主席高峰16日在首都会见南方国总统海川，双方就两国关系深入交换意见。"])
        let paper = try cleanedText("【本報訊】記者林文報道：北方國主席高峰昨日在首都同南方國總統海川舉行會談，雙方同意深化合作。\n")
        #expect(body(paper) == ["北方国主席高峰昨日在首都同南方国总统海川举行会谈，双方同意深化合作。"])
        #expect(Artefacts.withoutReporterLeadIn("记者会上，他报道：双方同意。") == nil)
    }

    // MARK: The corpus

    @Test func theSameStoryInTwoScriptsIsCountedOnce() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let story = """
            新华社北京5月16日电 两国元首16日在北京举行会谈。双方就双边关系和共同关心的国际问题深入交换意见。
            习近平指出，双方要深化各领域务实合作，推动两国关系不断向前发展。
            南方国总统表示，南方国愿同中方加强沟通协作，共同维护地区和平稳定。
            """
        let copy = "東方網 > 國際\n" + (try ScriptConverter(configuration: "s2t.json").convert(story)) + "\n責任編輯：陳河\n"
        let other = "两国元首当天还共同出席了合作文件签字仪式，并共同会见记者。双方发表联合声明。\n"
        try write(["a.txt": story, "b.txt": copy, "c.txt": other,
                   "meetings.csv": "file,date\na.txt,2024-05-16\nb.txt,2024-05-16\nc.txt,2024-05-16\n"], in: directory)
        let corpus = try Corpus.load(try CorpusSource(directory: directory), jobs: 2)
        #expect(corpus.records.map(\.status) == [.ok, .duplicate, .ok])
        #expect(corpus.records[1].cleaned.simplified)
        #expect(corpus.records[1].warnings.contains { $0.contains("a.txt") })
    }

    /// A broadcaster's page: the programme's lead-in with its reporter's byline before the lead, and
    /// an empty 標簽 label just above the header of its related stories.
    static let broadcasterPage = """
        習近平同海川總統舉行會談
        編輯: 林小雨 | 時間: 2026-05-12 11:25:08 | 來源: 東方廣播電視總臺 |
        東方之聲消息(記者 王明):當地時間5月12日上午，國家主席習近平在北京同南方國總統海川舉行會談。
        習近平在會談開始時説，很高興同總統先生再次見面。兩國是好鄰居，建交以來雙方始終相互尊重、平等相待。
        海川表示，南方國高度重視同中國的關係，願同中方加強在貿易、能源和人文領域的合作。
        標簽:
        相關新聞
        - 2026-05-12習近平出席南方國總統歡迎儀式
        - 2026-05-11南方國總統海川抵達北京開始國事訪問
        - 2026-05-10外交部介紹海川總統訪華安排
        """

    @Test func aBylinedLeadInGoesAndAListBelowAnEmptyLabelIsLinks() throws {
        let document = try cleanedText(Self.broadcasterPage)
        #expect(document.paragraphs.map(\.text) == [
            "习近平同海川总统举行会谈",
            "当地时间5月12日上午，国家主席习近平在北京同南方国总统海川举行会谈。",
            "习近平在会谈开始时说，很高兴同总统先生再次见面。两国是好邻居，建交以来双方始终相互尊重、平等相待。",
            "海川表示，南方国高度重视同中国的关系，愿同中方加强在贸易、能源和人文领域的合作。",
        ])
        // Without a byline, a name that is no outlet's keeps its words: 外交部消息 is news of the ministry.
        #expect(Artefacts.sourceLeadIn("东方之声消息(记者 王明):当地时间5月12日，两国元首会谈。")?.outlet == "东方之声")
        #expect(Artefacts.sourceLeadIn("外交部消息：两国元首将于明日会谈。") == nil)
        // A longer name before a byline holds a place or a date: a dateline's, not an outlet's.
        #expect(Artefacts.sourceLeadIn("据东方社北京五月十二日电（记者王河）两国元首举行会谈。") == nil)
    }

    /// A broadcaster's explainer: the lead photo's credit under the headline and its timestamp
    /// credits a picture without a caption, so the headline stays; a caption above a credit goes.
    @Test func aCreditUnderTheHeadlineLeavesTheHeadline() throws {
        let page = """
            时政快评丨好伙伴如何共绘合作新蓝图，此访释放哪些信号
            来源：东方新闻客户端 时间: 2026-05-13 09:41:59
            (资料图)
            当地时间5月12日，从欢迎仪式、元首会谈，到共见记者、欢迎宴会，习近平主席对南方国的国事访问活动密集展开。
            南方国总统府前的广场，欢迎仪式举行地。
            (资料图)
            习近平指出，中方愿同南方国一道，做相互成就的好伙伴，推动两国合作提质升级，造福两国人民。
            """
        let document = try cleanedText(page)
        #expect(document.paragraphs.map(\.text) == [
            "时政快评丨好伙伴如何共绘合作新蓝图，此访释放哪些信号",
            "当地时间5月12日，从欢迎仪式、元首会谈，到共见记者、欢迎宴会，习近平主席对南方国的国事访问活动密集展开。",
            "习近平指出，中方愿同南方国一道，做相互成就的好伙伴，推动两国合作提质升级，造福两国人民。",
        ])
        #expect(document.decisions.contains { $0.line == 5 && $0.rule == "caption" })
    }

    /// A print page copied from its PDF (our own writing): the column-wrapped lead holds sentences
    /// though its lines end mid-sentence, so the line above the next page's running head is no
    /// headline, and the paragraph the page broke off mid-clause runs on across the page's number
    /// and running head.
    @Test func aParagraphRunsOnAcrossAPrintPagesBreak() throws {
        let page = """
            晨光日报 2024年5月17日 星期五                                   第 3 版

            高峰同海川举行会谈

            本报首都5月16日电 北方国总统高峰16日在首都同南方国总理海川举行会
            谈。高峰指出，两国是好邻居、好伙伴，双方要加强发展战略对接，推动
            各领域合作取得更多成果。

            海川表示，南方国愿同北方国一道，扩大贸易和能源合作，深化人文交流，

            — 3 —

            晨光日报 2024年5月17日 星期五                                   第 4 版

            推动两国关系不断向前发展。

            会谈后，两国领导人共同见证签署多项合作文件。

            第 4 页 共 4 页
            """
        let document = try cleanedText(page)
        #expect(document.title == "高峰同海川举行会谈")
        #expect(body(document) == [
            "北方国总统高峰16日在首都同南方国总理海川举行会谈。高峰指出，两国是好邻居、好伙伴，双方要加强发展战略对接，推动各领域合作取得更多成果。",
            "海川表示，南方国愿同北方国一道，扩大贸易和能源合作，深化人文交流，推动两国关系不断向前发展。",
            "会谈后，两国领导人共同见证签署多项合作文件。",
        ])
        #expect(!TitleFinder.isHeadlineShaped("两国要深化人文交流，"))
        #expect(TitleFinder.isHeadlineShaped("好伙伴如何共绘合作新蓝图，此访释放哪些信号"))
    }

    /// A live page (our own writing, in the shape of a portal's 图文直播): each entry's time goes, alone
    /// on its line or before the entry, and so does the page's note that it goes on.
    @Test func aLivePagesTimesAndNoticeGo() throws {
        let page = """
            直击｜两国领导人会谈全程回顾

            更新时间：2024-05-16 18:20

            18:05

            会谈结束后，两国领导人共同会见记者。高峰表示，这次会谈是建设性的。

            16:02 两国领导人步入会谈厅，会谈开始。

            （本直播持续更新中，请刷新页面）
            """
        let document = try cleanedText(page)
        #expect(body(document) == ["会谈结束后，两国领导人共同会见记者。高峰表示，这次会谈是建设性的。", "两国领导人步入会谈厅，会谈开始。"])
        #expect(Furniture.rule(for: "（本直播持续更新中，请刷新页面）", TextProfile("（本直播持续更新中，请刷新页面）")) == "site notice")
    }

    /// A self-media platform's page: the account's name, time and place of posting around the date
    /// are a timestamp line; the one link an author's list kept below the report is no paragraph.
    @Test func aPlatformsPostingLineAndItsLastLinkGo() throws {
        let page = """
            两国元首会谈释放积极信号
            东方观察 2026-05-12 21:05 发布于北京 东方观察官方账号
            关注

            国家主席习近平12日在北京同南方国总统海川举行会谈。两国元首同意加强发展战略对接，扩大贸易和投资合作。

            习近平指出，中南两国是好邻居、好伙伴。双方要以建交纪念为契机，推动两国关系迈上新台阶。

            举报/反馈

            发表评论
            作者最新文章
            南方国总统海川抵达北京 开始国事访问
            外交部：欢迎海川总统访华
            相关文章
            """
        let document = try cleanedText(page)
        #expect(document.publishedDate.flatMap(PublicationDate.parse)?.description == "2026-05-12")
        #expect(document.paragraphs.map(\.text) == [
            "两国元首会谈释放积极信号",
            "国家主席习近平12日在北京同南方国总统海川举行会谈。两国元首同意加强发展战略对接，扩大贸易和投资合作。",
            "习近平指出，中南两国是好邻居、好伙伴。双方要以建交纪念为契机，推动两国关系迈上新台阶。",
        ])
        // A line without a mark straight after the report, with furniture only below it, stays.
        let closing = "两国人民的友谊必将世代相传，两国关系的明天一定会更加美好"
        #expect(try cleanedText(page.replacingOccurrences(of: "举报/反馈", with: closing)).paragraphs.contains { $0.text == closing })
    }

    /// A social page's calls to the reader and box titles that open with a pictograph (`👇`, `🔥`,
    /// `👍`) go as they go undecorated, and a report's own emoji-led item keeps its words (our own
    /// writing, in the shape of a news app's account page).
    @Test func pictographsOpeningALineAreNoPartOfIt() throws {
        let document = try cleanedText("""
            北南两国领导人举行会谈
            2024-05-16 09:30:12 来源：晨光新闻客户端
            北方国总统高峰16日在白湖城同南方国总理海川举行会谈。高峰指出，两国是山水相连的好邻居，双方要持续深化各领域务实合作。
            📌 海川表示，南方国愿同北方国一道，推动双边关系不断向前发展。
            👇点击下方卡片，关注晨光新闻
            🔥 热门推荐
            👍 觉得不错就点个赞吧！
            """)
        #expect(body(document) == [
            "北方国总统高峰16日在白湖城同南方国总理海川举行会谈。高峰指出，两国是山水相连的好邻居，双方要持续深化各领域务实合作。",
            "海川表示，南方国愿同北方国一道，推动双边关系不断向前发展。",
        ])
        #expect(TextNormalizer.normalize("✅️ 双方签署合作文件") == "双方签署合作文件")
        #expect(TextNormalizer.normalize("★双方同意👍") == "★双方同意👍")
    }

    /// Padding inside and around ASCII brackets next to Chinese or a number, as a page converted
    /// from HTML sets it, closes up as full-width brackets are written (our own writing).
    @Test func paddedBracketsCloseUp() throws {
        #expect(TextNormalizer.normalize("高峰今 ( 30 ) 日表示") == "高峰今(30)日表示")
        #expect(TextNormalizer.normalize("海川 ( 左 ) 与高峰握手") == "海川(左)与高峰握手")
        #expect(TextNormalizer.normalize("G20 (Group of Twenty) 峰会") == "G20 (Group of Twenty)峰会")
        // A photo's positions so padded are read as the full-width ones are.
        let page = { (caption: String) in
            try cleanedText("高峰会见海川\n\(caption)\n北方国总统高峰今日在白湖城会见南方国总理海川。高峰表示，两国要加强合作。")
        }
        let padded = try page("5月30日，北方国总统高峰 ( 右 ) 在白湖城会见南方国总理海川 ( 左 ) 。")
        #expect(body(padded) == body(try page("5月30日，北方国总统高峰（右）在白湖城会见南方国总理海川（左）。")))
        #expect(body(padded) == ["北方国总统高峰今日在白湖城会见南方国总理海川。高峰表示，两国要加强合作。"])
    }

    @Test func explainShowsEveryDecision() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(Self.traditionalPage.utf8).write(to: URL(fileURLWithPath: directory + "/page.txt"))
        let result = try runRhetoric(["clean", "--explain", directory + "/page.txt"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.prefix(6) == [
            "title: 习近平会见来访的南方国总统", "published: 2024-06-25 (2024年06月25日20:43来源：新华网)", "outlet: 新华社",
            "dateline: 新华社 北京 6月25日", "converted from Traditional: yes", "paragraphs kept: 4",
        ])
        #expect(lines.contains("line 1: dropped (breadcrumb): 新闻首页 > 国际 > 正文"))
        #expect(lines.contains { $0.hasPrefix("line 5: dropped (caption): 6月25日，国家主席习近平") })
        #expect(lines.contains { $0.hasPrefix("line 6: changed (dateline): 新华社北京6月25日电") && $0.contains("→ 国家主席习近平25日") })
        #expect(lines.contains("line 9: metadata (metadata): 原标题：习近平会见南方国总统"))
        #expect(lines.contains("line 11: dropped (widget): 扫一扫在手机打开当前页"))
        let plain = try runRhetoric(["clean", directory + "/page.txt"])
        #expect(plain.out.hasPrefix("# 习近平会见来访的南方国总统\n国家主席习近平25日"))
    }
}
