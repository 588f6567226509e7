import Testing
@testable import Rhetoric

@Suite struct ArtefactsTests {
    @Test(arguments: [
        ("新华社莫斯科3月21日电 当地时间", "莫斯科", 3, 21, "当地时间"),
        ("新华社北京3月21日电 国家主席", "北京", 3, 21, "国家主席"),
        ("新华社北京2月4日电（记者温馨）国家主席", "北京", 2, 4, "国家主席"),
        ("本报莫斯科5月8日电 （记者杜尚泽、陈振凯）当地时间5月8日", "莫斯科", 5, 8, "当地时间5月8日"),
        ("新华社北京12月21日电 国家", "北京", 12, 21, "国家"),
    ])
    func datelines(text: String, city: String, month: Int, day: Int, rest: String) {
        let dateline = Artefacts.dateline(in: text)
        #expect(dateline?.city == city)
        #expect(dateline?.month == month)
        #expect(dateline?.day == day)
        #expect(dateline?.rest == rest)
    }

    /// A dateline run in after a headline is found whatever follows it: a long one (a city of 7
    /// characters, a 40-character byline) is found within the span it is first looked for in, and
    /// the rest comes back whole however long the paragraph.
    @Test func aDatelineAfterAHeadlineIsFoundBeforeAParagraphOfAnyLength() {
        let byline = "（记者" + String(repeating: "某", count: 36) + "）"
        let body = String(repeating: "两国元首举行会谈，双方同意深化合作。", count: 200)
        let found = Artefacts.datelineAfterHeadline(in: "两国关系迈上新台阶 ——记会谈 新华社符拉迪沃斯托克12月31日电 \(byline)" + body)
        #expect(found?.headline == "两国关系迈上新台阶 ——记会谈" && found?.city == "符拉迪沃斯托克" && found?.month == 12 && found?.day == 31)
        #expect(found?.rest == body)
        #expect(Artefacts.datelineAfterHeadline(in: "两国关系迈上新台阶 新华社北京5月16日" + body) == nil)
    }

    /// A wire's dateline without a date, and a wire's dateline after the city (shapes of Chinese
    /// services of foreign agencies, our own text); prose that starts like them is none.
    @Test(arguments: [
        ("俄罗斯卫星通讯社莫斯科电 俄罗斯总统助理表示，会谈富有成果。", "俄罗斯卫星通讯社", "莫斯科", nil, nil, "俄罗斯总统助理表示，会谈富有成果。"),
        ("（新华社北京电）两国元首举行会谈。", "新华社", "北京", nil, nil, "两国元首举行会谈。"),
        ("新华社北京十二月三十一日电（记者林山）两国元首举行会谈。", "新华社", "北京", 12, 31, "两国元首举行会谈。"),
        ("新华社香港一日电 两地报纸发表社论。", "新华社", "香港", nil, 1, "两地报纸发表社论。"),
        ("新华社符拉迪沃斯托克九月五日电 两国元首出席论坛。", "新华社", "符拉迪沃斯托克", 9, 5, "两国元首出席论坛。"),
        ("莫斯科，5月8日（路透社） - 俄罗斯总统周三表示，会谈富有成果。", "路透社", "莫斯科", 5, 8, "俄罗斯总统周三表示，会谈富有成果。"),
        ("北京，12日（Bloomberg）—两国签署协议。", "Bloomberg", "北京", nil, 12, "两国签署协议。"),
        ("据新华社北京5月12日电（记者王河）两国元首举行会谈。", "新华社", "北京", 5, 12, "两国元首举行会谈。"),
        ("路透北京5月12日 - 两国元首周一举行会谈。", "路透", "北京", 5, 12, "两国元首周一举行会谈。"),
    ] as [(String, String, String, Int?, Int?, String)])
    func wireDatelines(text: String, agency: String, city: String, month: Int?, day: Int?, rest: String) {
        let dateline = Artefacts.dateline(in: text)
        #expect(dateline?.agency == agency && dateline?.city == city && dateline?.month == month && dateline?.day == day)
        #expect(dateline?.rest == rest)
    }

    @Test(arguments: ["新华社5月12日-13日在北京举办研讨会。", "国家电网公司董事长来电 表示祝贺。", "中国南方电网 举行仪式。", "莫斯科，5月8日（星期三）-会谈举行。", "北京，5月8日（路透社）两国会谈。",
                      "两国元首5月8日（北京时间）举行会谈。", "新华社记者今天在会场外的广场上看到一封来电", "新华社与北方国通讯社签署合作五日电 双方表示满意。"])
    func proseThatStartsLikeAWireDatelineIsNone(text: String) {
        #expect(Artefacts.dateline(in: text) == nil)
    }

    /// The lead a dateline opens is the report's text, however short and plain its one sentence.
    @Test func theLeadAfterADatelineIsProseHoweverShort() throws {
        let lead = "北方国总统高峰五日出席论坛。"
        let document = try cleanedText("新华社符拉迪沃斯托克九月五日电 \(lead)\n\n高峰指出，两国要加强战略协作。\n")
        #expect(document.paragraphs.map(\.text) == [lead, "高峰指出，两国要加强战略协作。"])
        #expect(document.dateline?.city == "符拉迪沃斯托克" && document.dateline?.day == 5)
        // Without its dateline, the same short line above the report restates nothing of it: the site's.
        #expect(try cleanedText("\(lead)\n\n高峰指出，两国要加强战略协作。\n").paragraphs.count == 1)
    }

    /// A paper's note that the text jumps to or from another page goes, on its own line or at a
    /// paragraph's end or start; bracketed words about an edition are no such note.
    @Test func aPapersPageJumpGoes() throws {
        #expect(Artefacts.withoutPageJump("两国要加强合作。(下转三版)") == "两国要加强合作。")
        #expect(Artefacts.withoutPageJump("（上接第1版）双方同意深化合作。") == "双方同意深化合作。")
        #expect(Artefacts.withoutPageJump("（下转A2版）") == "")
        #expect(Artefacts.withoutPageJump("报纸推出了纪念特刊（第一版）。") == nil)
        #expect(Artefacts.withoutPageJump("双方签署了合作文件（中俄文版）") == nil)
        #expect(Artefacts.withoutPageJump("（转载自本报第十二版）双方同意深化合作。") == nil)
        let document = try cleanedText("双方同意深化合作，推动两国关系向前发展。（下转第三版）\n\n（上接第一版）两国元首还共同出席了签字仪式。\n")
        #expect(document.paragraphs.map(\.text) == ["双方同意深化合作，推动两国关系向前发展。", "两国元首还共同出席了签字仪式。"])
    }

    /// A caption's credit whose closing bracket the page lost still makes it a caption; a
    /// report's own source so cut is no credit of a picture.
    @Test func aCreditMissingItsClosingBracketStillCredits() throws {
        #expect(Artefacts.trailingCredit(in: "北方国总统高峰。(新华社") != nil)
        #expect(Artefacts.trailingCredit(in: "北方国总统高峰(新华社") == nil)  // no sentence ends before it
        #expect(Artefacts.trailingCredit(in: "两国元首举行会谈。(会谈在首都举行") == nil)
        let page = "两国元首举行会谈\n\n北方国总统高峰。(新华社\n\n高峰指出，两国要加强战略协作，深化各领域合作。(新华社\n"
        var options = Cleaner.Options()
        options.speakers = AttributionTests.summitSpeakers
        #expect(try Cleaner(options: options).clean(page, format: .text, file: "test.txt").paragraphs.map(\.text)
                == ["两国元首举行会谈", "高峰指出，两国要加强战略协作，深化各领域合作。(新华社"])
    }

    /// A magazine's own map or chart and a picture's source named in brackets credit a caption.
    @Test func aChartsOrAPicturesSourceCredits() {
        #expect(Artefacts.isCreditOnly("(本刊制图)") && Artefacts.isCreditOnly("（图片来源：东方图片社）") && Artefacts.isCreditOnly("(图源:东方社)"))
        #expect(Artefacts.trailingCredit(in: "海川访问行程一览。(本刊制图)") != nil)
        #expect(Artefacts.trailingCredit(in: "两国签署了合作文件。(来源：外交部)") == nil)
        // A wire photo's credit in letters (had kept its caption as a paragraph); a bracket of
        // letters and slashes naming no agency, or holding Chinese, is none.
        #expect(Artefacts.trailingCredit(in: "9月3日，高峰与海川举行会谈，两人在离场时拥抱（Sputnik/Vladimir Linshanovsky/Pool via REUTERS）") != nil)
        #expect(Artefacts.trailingCredit(in: "两国元首会晤（AP Photo/Lin Shan）") != nil)
        #expect(Artefacts.trailingCredit(in: "两国在多边框架内合作（APEC/WTO）") == nil)
        #expect(Artefacts.trailingCredit(in: "两国签署了合作文件（北方/Reuters）") == nil)
        // A picture's credit after a space, as Taiwan's sites end a caption.
        #expect(Artefacts.trailingCredit(in: "高峰在港城与海川举行会晤。 图:东方影像/东方社") != nil)
        #expect(Artefacts.trailingCredit(in: "高峰在港城与海川举行会晤。图书馆当天闭馆") == nil)
    }

    @Test func chineseNumeralsCountToThirtyNine() {
        let value = { (text: String) in Artefacts.chineseNumber(ArraySlice(text.unicodeScalars)) }
        #expect(["一", "九", "十", "十一", "十九", "二十", "二十一", "三十一", "三十九"].map(value) == [1, 9, 10, 11, 19, 20, 21, 31, 39])
        #expect(["四十", "十十", "一一", "", "零"].allSatisfy { value($0) == nil })
    }

    /// A city and a dash opening the lead (the Chinese editions of foreign papers); a word with a
    /// function character or a dash between numbers is none.
    @Test func aCityAndADashOpenTheLead() throws {
        #expect(Artefacts.cityDash(in: "北京——中国国家主席周一会见了来访的南方国总统。").map { "\($0.city)|\($0.rest)" }
                == "北京|中国国家主席周一会见了来访的南方国总统。")
        #expect(Artefacts.cityDash(in: "华盛顿 - 南方国总统周一在白宫会见了北方国总统。")?.city == "华盛顿")
        #expect(Artefacts.cityDash(in: "两国的合作——这是会谈的重点之一。") == nil)
        #expect(Artefacts.cityDash(in: "北京-上海高铁今天迎来开通十周年。") == nil)
        // An outlet's name before the city (an agency's foreign-language service).
        #expect(Artefacts.cityDash(in: "南方通讯社南方城——据南方国外交部的消息，高峰将访问南方国。").map { "\($0.agency)|\($0.city)" }
                == "南方通讯社|南方城")
        let document = try cleanedText("习近平会见南方国总统\n北京——中国国家主席习近平周一在北京会见了南方国总统海川，双方承诺深化合作。\n"
                                       + "分析人士表示，此次会晤显示出两国关系的持续升温，海川在会后对记者说，他对会谈结果非常满意。\n")
        #expect(document.paragraphs.map(\.text).dropFirst().first == "中国国家主席习近平周一在北京会见了南方国总统海川，双方承诺深化合作。")
        #expect(document.dateline?.city == "北京")
    }

    @Test func aSentenceMentioningTheAgencyIsNoDateline() {
        #expect(Artefacts.dateline(in: "据新华社报道，两国元首举行会谈。") == nil)
    }

    @Test(arguments: ["新华社记者 黄敬文 摄", "新华社记者 王 晔摄", "新华社发", "新华社图"])
    func creditsStandingAlone(text: String) {
        #expect(Artefacts.isCreditOnly(text))
    }

    @Test func captionEndingInACredit() {
        let text = "3月22日，国家主席习近平在莫斯科克里姆林宫与俄罗斯总统普京举行会谈。 新华社记者 黄敬文 摄"
        #expect(Artefacts.trailingCredit(in: text) != nil)
        #expect(!Artefacts.isCreditOnly(text))
        #expect(Artefacts.trailingCredit(in: "两国元首共同会见记者。") == nil)
    }

    @Test func bracketedBylines() {
        #expect(Artefacts.isBracketedByline("（新华社莫斯科3月22日电 记者钱彤 宋宗利 吴黎明）"))
        #expect(!Artefacts.isBracketedByline("（2013年至2016年）"))
    }

    @Test(arguments: ["■据新华社", "据新华社", "习近平系列重要讲话数据库", "《 人民日报 》（ 2025年05月09日 01 版）",
                      "https://example.com/a.jpg", "更多内容，请看通稿"])
    func chrome(text: String) {
        #expect(Artefacts.isChrome(TextNormalizer.normalize(text)))
    }

    @Test func metadataLinesUseEitherColon() {
        #expect(Metadata.fields(of: "标题: 习近平同俄罗斯总统普京会谈")?.title == "习近平同俄罗斯总统普京会谈")
        #expect(Metadata.fields(of: "发布时间：2013-03-23")?.date == "2013-03-23")
        #expect(Metadata.fields(of: "关键词：")?.valueFollows == true)
        #expect(Metadata.fields(of: "习近平指出：双方要加强合作。") == nil)
    }
}
