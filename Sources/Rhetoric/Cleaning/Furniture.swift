/// Site furniture and credits: whole lines that a page carries around the report and that are never
/// part of it. Each rule is a general pattern with a name (the audit trail of `clean --explain`
/// shows it); they run on normalised, Simplified text, so each is written once for both scripts.
///
/// A line holding sentence-final punctuation is prose-shaped and only the rules for markers that
/// never occur in a report (copyright, licence numbers, app promotions) look at it.
enum Furniture {
    /// The rule a whole line falls under, if it is furniture.
    static func rule(for text: String, _ profile: TextProfile) -> String? {
        let found = Markers(rawValue: markers.lists(in: text))
        if isDisclaimer(found) { return "disclaimer" }
        if isCookieNotice(found) { return "cookie notice" }
        if isFooter(text, found) { return "footer" }
        if isPromotion(found, profile) { return "promotion" }
        guard profile.sentenceEnds == 0 || profile.length <= 24 else { return nil }
        if isPageNumber(text) { return "page number" }
        if isCreditBlock(text, profile) { return "credit block" }
        if isBreadcrumb(text, profile) { return "breadcrumb" }
        if isWidget(text) { return "widget" }
        if isPointer(text) { return "pointer" }
        if isSiteNotice(text, profile) { return "site notice" }
        if isChannelBar(text, profile) { return "channel bar" }
        if isByline(text, profile) { return "byline" }
        if isSectionTrail(text) { return "breadcrumb" }
        if isEditionNavigation(text, profile) { return "edition navigation" }
        if isInlineRelatedLink(text, profile) { return "related link" }
        if isTranscriptLabel(text, profile) { return "transcript label" }
        return nil
    }

    // MARK: Credits

    /// The labels of editorial and production credits.
    static let creditLabels = [
        "总策划", "总监制", "总编辑", "文编", "鸣谢", "实习", "监制", "出品人", "出品", "制片人", "制片", "导演", "编导", "策划", "统筹", "记者", "摄像", "摄影", "录音",
        "翻译", "责任编辑", "责编", "编辑", "剪辑", "后期", "包装", "美编", "设计", "校对", "审校", "审核", "监审", "主编",
        "配音", "撰稿", "文字", "图片", "视频", "海报", "出镜", "主持", "撰文", "实习生", "通讯员", "编译", "作者", "文",
    ]

    static let creditSeparators: Set<Unicode.Scalar> = ["丨", "|", "｜", "：", ":", "/", "／", " ", "、", "·"]

    /// `监制丨某某 记者丨某某 某某 摄像 | …`: credit labels (also spaced out, `监 制丨`), each
    /// followed by a separator or directly by names, and nothing but names between them; run
    /// together or one per line; one label and its colon alone (`主持人：`) is none. Also a studio's or
    /// agency's sign-off: `某某工作室制作`, `某某出品`.
    static func isCreditBlock(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.sentenceEnds == 0, profile.length <= 160 else { return false }
        if profile.length <= 20, profile.clauseMarks == 0, profile.han == profile.length,
           TextScan.hasSuffixAny(text, ["制作", "出品", "联合出品", "摄制"]) != nil {
            return true
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0, labels = 0, labelAtStart = false
        while index < scalars.count {
            let atBoundary = index == 0 || creditSeparators.contains(scalars[index - 1])
            if atBoundary, let (label, after) = creditLabels.lazy.compactMap({ label in spacedMatch(scalars, at: index, label).map { (label, $0) } }).first {
                // "文" alone is a credit only before a separator (文／某某), never the start of a word.
                let separated = after < scalars.count && creditSeparators.contains(scalars[after])
                if separated || (label.unicodeScalars.count > 1 && after < scalars.count && isHan(scalars[after])) {
                    labels += 1
                    if index == 0 { labelAtStart = separated || labels > 0 }
                    index = after
                    continue
                }
            }
            // Between labels only names: Han characters, Latin names, separators.
            let c = scalars[index]
            guard isHan(c) || creditSeparators.contains(c) || c.properties.isAlphabetic || c == "-" else { return false }
            index += 1
        }
        // One label with its colon last names no one: a label of what follows (a transcript's `主持人：`).
        if labels == 1, scalars.last == "：" || scalars.last == ":" { return false }
        return labelAtStart && (labels >= 2 || scalars.contains { $0 == "丨" || $0 == "|" || $0 == "｜" || $0 == "：" || $0 == ":" })
    }

    /// Bylines standing on their own: `记者某某／综合报导`, `即时中心／综合报导`,
    /// `特派记者某某／北京5日电`, `新华社记者某某、某某`, `本网记者 某某`, `（记者某某）`, and a
    /// broadcaster's label set off by a comma (`作者，某某`).
    static func isByline(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.sentenceEnds == 0, profile.length <= 40 else { return false }
        if profile.length <= 16, TextScan.hasPrefixAny(text, ["作者，", "记者，", "撰文，", "编辑，"]) != nil, profile.clauseMarks == 1 { return true }
        if TextScan.hasSuffixAny(text, ["综合报导", "综合报道", "编译报道", "报导", "报道", "综合外电"]) != nil, profile.length <= 30 { return true }
        // A reporter, a slash, then the dateline: the Taiwanese press's byline.
        if text.hasSuffix("电"), let slash = text.firstIndex(where: { $0 == "／" || $0 == "/" }), TextScan.contains(String(text[..<slash]), "记者") {
            return true
        }
        var body = Substring(text)
        if body.hasPrefix("（") || body.hasPrefix("(") { body = body.dropFirst().dropLast() }
        // `东方社记者 张三 摄` is a photo's credit, which closes its caption (``Artefacts``).
        guard !body.hasSuffix("摄"), let reporter = body.prefix(14).range(of: "记者") else { return false }
        // The reporter's outlet before 记者: a listed one, the paper's or site's own (本网), or a
        // name ending as outlets' names do (某某晚报特约记者).
        var outlet = body[..<reporter.lowerBound]
        for kind in ["特约", "特派", "首席"] where outlet.hasSuffix(kind) { outlet = outlet.dropLast(kind.count) }
        guard outlet.isEmpty || ["央视", "本报", "本网", "本台", "本刊", "本站"].contains(outlet) || Artefacts.isOutlet(outlet) else { return false }
        let rest = body[reporter.upperBound...].unicodeScalars
        return !rest.isEmpty && rest.allSatisfy { isHan($0) || $0 == " " || $0 == "、" || $0 == "，" || $0 == "·" }
    }

    /// A page's number as a document copied from a PDF or a print edition sets it between the
    /// lines of its text (`— 3 —`, `- 12 -`, `·3·`, `第3页`, `3 / 12`): one or two numbers of up to
    /// four digits with only dashes, dots, slashes and spaces around them, or 第…页. Left in a
    /// wrapped text, it was joined into the sentence it interrupted.
    static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "第" && scalars.last == "页" { scalars = scalars.dropFirst().dropLast() }
        var numbers = 0, inNumber = false
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                if !inNumber { numbers += 1 }
                inNumber = true
            } else {
                inNumber = false
                guard " -–—·•/／|".unicodeScalars.contains(scalar) else { return false }
            }
        }
        return (1...2).contains(numbers) && scalars.split(whereSeparator: { !("0"..."9").contains($0) }).allSatisfy { $0.count <= 4 }
    }

    // MARK: Navigation

    /// `所在位置：首页 > 国际 > 正文`, `网易首页 > 网易号 > 正文`, `> 国际新闻 >`, `新闻频道 > 环球资讯`, and
    /// a trail laid out one item a line, each ending in its separator (`1. 某某资讯 /`, `全球 »`).
    static func isBreadcrumb(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.sentenceEnds == 0, profile.length <= 100 else { return false }
        let scalars = text.unicodeScalars
        if let last = scalars.last, trailSeparators.contains(last), scalars.dropLast().last == " " { return true }
        let arrows = text.unicodeScalars.filter { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "→" || $0 == "＞" }.count
        if TextScan.hasPrefixAny(text, ["当前位置", "所在位置", "您的位置", "您现在的位置", "现在位置", "位置："]) != nil { return true }
        if arrows >= 1 && (TextScan.contains(text, "首页") || TextScan.contains(text, "正文")) { return true }
        if arrows >= 2 || (arrows >= 1 && (text.hasPrefix(">") || text.hasSuffix(">"))) { return true }
        // `新闻频道 > 环球资讯`: two short names and an arrow, nothing else.
        let items = text.split { $0 == ">" || $0 == "›" || $0 == "»" || $0 == "＞" }.map { $0.trimmingSpaces() }
        return arrows == 1 && items.count == 2 && items.allSatisfy { !$0.isEmpty && $0.count <= 8 && !$0.contains(" ") }
            && profile.clauseMarks == 0
    }

    /// `中国/习近平`, a section and a topic: two or three names of two to six Han characters between
    /// slashes (asked after ``isByline(_:_:)``: `即时中心／综合报导` is a byline).
    static func isSectionTrail(_ text: String) -> Bool {
        let sections = text.split { $0 == "/" || $0 == "／" }
        return (2...3).contains(sections.count) && !text.hasPrefix("/") && !text.hasSuffix("/") && !text.contains("//")
            && sections.allSatisfy { (2...6).contains($0.count) && $0.unicodeScalars.allSatisfy(isHan) }
    }

    /// A newspaper's web edition's page header and its buttons: `第03版：要闻`, `上一版 4 下一版`,
    /// `版面导航 | 标题导航`, with the day and the font buttons beside them. A report names no page of
    /// its paper in a line without a sentence.
    static func isEditionNavigation(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.sentenceEnds == 0, profile.length <= 60 else { return false }
        if TextScan.hasPrefixAny(text, ["版面导航", "标题导航", "返回目录"]) != nil
            || TextScan.contains(text, "上一版") && TextScan.contains(text, "下一版") { return true }
        // A button alone, perhaps with a page's number: not `上一版本的协定`.
        if let button = TextScan.hasPrefixAny(text, ["上一版", "下一版"]),
           !text.unicodeScalars.dropFirst(button.unicodeScalars.count).contains(where: isHan) { return true }
        // `第03版`, `第 3 版`, `第十版`, then a colon, a space or the end.
        guard text.unicodeScalars.first == "第" else { return false }
        let scalars = Array(text.unicodeScalars.filter { $0 != " " })
        let number = scalars.dropFirst().prefix { ("0"..."9").contains($0) || "〇一二三四五六七八九十".unicodeScalars.contains($0) }
        guard (1...3).contains(number.count), number.endIndex < scalars.count, scalars[number.endIndex] == "版" else { return false }
        let after = number.endIndex + 1
        return after == scalars.count || scalars[after] == ":" || scalars[after] == "："
    }

    /// What ends each item of a navigation trail laid out one a line.
    private static let trailSeparators: Set<Unicode.Scalar> = ["/", "／", "|", "｜", ">", "›", "»", "＞"]

    /// `国内 | 国际 | 社会 | 军事`: three or more short items between separators or spaces.
    static func isChannelBar(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.sentenceEnds == 0, profile.clauseMarks == 0, profile.length <= 80 else { return false }
        let explicit: Set<Unicode.Scalar> = ["|", "｜", "·", "•", "丨", "/", "／"]
        var items: [Int] = []
        var current = 0, separators = 0
        for scalar in text.unicodeScalars {
            if explicit.contains(scalar) || scalar == " " {
                if explicit.contains(scalar) { separators += 1 }
                if current > 0 { items.append(current) }
                current = 0
            } else {
                current += 1
            }
        }
        if current > 0 { items.append(current) }
        guard items.count >= 3, items.allSatisfy({ $0 <= 6 }) else { return false }
        return separators >= 1 || items.count >= 4
    }

    /// Words of page widgets: share and font buttons, QR codes, comment counters, ad markers.
    static let widgetWords = [
        "分享到", "分享至", "分享", "收藏", "点赞", "评论", "发表评论", "全部评论", "暂无评论", "网友评论", "条评论", "打印本页", "打印",
        "关闭窗口", "关闭", "返回顶部", "返回首页", "返回原文", "字号", "字体", "默认", "超大", "大", "中", "小", "二维码", "扫一扫",
        "扫码", "在手机打开当前页", "手机阅读", "手机看新闻", "手机版", "我要纠错", "纠错", "举报", "复制链接", "微信", "微博",
        "QQ空间", "朋友圈", "上一篇", "下一篇", "全屏", "浏览量", "阅读量", "阅读", "浏览", "查看原文", "阅读原文", "听新闻",
        "我要听", "按这里", "新功能", "请继续往下阅读", "继续阅读", "我是广告", "广告", "展开全文", "收起", "加载更多", "点击查看",
        "快来发表你的评论吧", "已有", "人发表了评论", "人参与", "登录", "注册", "行高", "带图打印", "打印纸张", "字号选择",
        "进入论坛", "双击或拖选", "单词翻译", "A+", "A-", "EN", "CN",
        // An account's article (WeChat): the buttons under it, the call to follow above it.
        "在看", "点在看", "点个在看", "点击蓝字", "蓝字", "关注我们", "关注", "设为星标", "星标", "置顶", "转发",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    /// A short line made only of widget words, digits and punctuation.
    static func isWidget(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 40 else { return false }
        var index = 0, words = 0
        while index < scalars.count {
            let c = scalars[index]
            if !isHan(c) && !c.properties.isAlphabetic {
                index += 1
                continue
            }
            guard let word = widgetWords.first(where: { starts(scalars, at: index, with: $0) }) else { return false }
            words += 1
            index += word.unicodeScalars.count
        }
        return words > 0
    }

    /// A short line pointing down at what follows (`问答均很精彩，强烈推荐↓`, `点击观看视频👇`): the
    /// editor's word to the reader about the next paragraphs, no part of them.
    static func isPointer(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return ["↓", "⬇", "👇", "⇩", "⤵"].contains(last)
    }

    /// `打开网易新闻 查看精彩图片`, `…客户端 点击或扫描下载`, `现在用APP看新闻`, `…尽在某某APP`; and a page's call to its
    /// reader, prose-shaped as it is: `欢迎关注本报微信公众号`, `扫描二维码，关注我们。`, a paywall's
    /// `您已阅读35%…订阅以继续探索完整内容`, a newsletter's `…请在这里注册。`. Such a call addresses the
    /// reader (您, 请关注, 欢迎订阅, 立即订阅, or a tap or scan), names where to go (an account, a code,
    /// a channel, the rest of the text) and what to do there; a report on mobile payment (`二维码技术推动跨境支付`)
    /// does neither of the first two.
    static func isPromotion(_ found: Markers, _ profile: TextProfile) -> Bool {
        guard profile.length <= 80 || profile.sentenceEnds <= 1 else { return false }
        return found.contains(.promotion) || found.isSuperset(of: [.app, .appAction])
            || found.isSuperset(of: [.readerAddress, .readerChannel, .readerAction])
    }

    static let promotions: [String] = ["查看精彩图片", "点我下载", "扫描下载", "扫码下载", "下载客户端", "点击下载", "下载APP", "下载App"]
    static let apps: [String] = ["客户端", "APP", "App", "app"]
    static let appActions: [String] = ["下载", "扫描", "扫码", "点击", "打开", "安装", "看新闻", "订阅", "尽在"]
    /// Not 请 or 欢迎 alone, which every report holds (邀请, 欢迎仪式).
    static let readerAddress: [String] = [
        "您", "请关注", "请订阅", "请点击", "请扫描", "请下载", "请在这里", "欢迎关注", "欢迎订阅", "欢迎收看", "敬请关注", "点击", "扫描", "扫码", "长按",
        "立即订阅", "马上订阅", "追踪我们",
    ]
    static let readerChannels: [String] = [
        "公众号", "订阅号", "视频号", "小程序", "二维码", "电子报", "频道", "官方账号", "这里注册", "完整内容", "全文", "更多精彩", "更多内容",
        "YouTube", "Facebook", "粉丝专页", "Telegram", "Instagram", "本文",
    ]
    static let readerActions: [String] = ["关注", "订阅", "注册", "登录", "下载", "阅读", "收看", "获取", "追踪"]

    /// The marker lists of the promotion, legal and footer rules, each a bit of what one pass over
    /// a line finds (``NeedleSet``).
    struct Markers: OptionSet {
        let rawValue: UInt32
        static let promotion = Markers(rawValue: 1 << 0), app = Markers(rawValue: 1 << 1), appAction = Markers(rawValue: 1 << 2)
        static let readerAddress = Markers(rawValue: 1 << 3), readerChannel = Markers(rawValue: 1 << 4)
        static let readerAction = Markers(rawValue: 1 << 5), disclaimer = Markers(rawValue: 1 << 6)
        static let withoutLeave = Markers(rawValue: 1 << 7), reuse = Markers(rawValue: 1 << 8), cookie = Markers(rawValue: 1 << 9)
        static let consent = Markers(rawValue: 1 << 10), footer = Markers(rawValue: 1 << 11)
    }

    /// Every marker list, in the order of ``Markers``' bits.
    static let markers = NeedleSet(lists: [promotions, apps, appActions, readerAddress, readerChannels, readerActions, disclaimers,
                                           withoutLeave, reuses, cookies, consents, footers])

    // MARK: Site notices

    /// What a page says to the reader's browser, not about the news: the link past its menus for
    /// screen readers (`跳到主要内容`, `无障碍链接`, `Skip to content`), which a saved page keeps as its first line
    /// and which would otherwise be taken for its headline; a missing page's notice, which some
    /// sites keep in the markup of every page (`頁面未找到`, `您嘗試訪問的內容不存在或不再可用。`); a
    /// paid archive's note of an excerpt's length (`(节录)全文共491字`); a video player's words,
    /// kept where the player stood (`您的浏览器不支持 video 标签。`, `视频加载中...`, `点击播放`; its
    /// times are ``Cleaner/isDuration(_:)``'s); and a live page's note that it goes on
    /// (`（本直播持续更新中，请刷新页面）`).
    static func isSiteNotice(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.length <= 40 else { return false }
        return (text.utf8.count <= headerBytes + 12 && isHeader(text.lowercased(), skipLinks))
            || missingPage.contains { TextScan.contains(text, $0) } || player.contains { TextScan.contains(text, $0) }
            || liveNotices.contains { TextScan.contains(text, $0) } || isExcerptNotice(text)
    }

    /// A paid archive's note under the excerpt it shows (`(节录)全文共491字`): the excerpt's length.
    static func isExcerptNotice(_ text: String) -> Bool {
        let marked = TextScan.contains(text, "(节录)") || TextScan.contains(text, "（节录）")
        guard let count = TextScan.range(of: "全文共", in: text) else { return marked }
        let rest = TextScan.suffix(text, fromByte: count.upperBound)
        return rest.hasSuffix("字") && rest.dropLast().allSatisfy { $0.isASCII && $0.isNumber } && rest.count > 1
    }

    static let skipLinks: Set<String> = [
        "跳到主要内容", "跳至主要内容", "跳转到主要内容", "跳转至主要内容", "访问主要内容", "转到主要内容", "直达主要内容", "跳到内容",
        "跳至内容", "跳过导航", "无障碍链接", "无障碍浏览", "无障碍阅读", "无障碍", "skip to content", "skip to main content",
        "skip navigation",
    ]
    static let player = [
        "浏览器不支持", "支持HTML5", "支持html5", "HTML5视频", "升级浏览器", "视频加载中", "正在加载", "加载中...", "加载中…", "点击播放",
        "重新播放", "播放失败", "does not support the video",
    ]
    static let liveNotices = ["持续更新中", "滚动更新中", "实时更新中", "请刷新页面", "刷新查看", "直播已结束", "本直播", "本文持续更新"]
    static let missingPage = [
        "页面未找到", "页面不存在", "访问的内容不存在", "访问的页面不存在", "页面已删除", "页面已被删除", "找不到页面", "找不到该页面", "找不到网页",
    ]

    // MARK: Legal

    /// Copyright notices and reprint disclaimers.
    static func isDisclaimer(_ found: Markers) -> Bool {
        found.contains(.disclaimer) || found.isSuperset(of: [.withoutLeave, .reuse])
    }

    /// A site's notice that it stores cookies (`本网站使用cookie…继续浏览即表示您同意…`).
    static func isCookieNotice(_ found: Markers) -> Bool {
        found.isSuperset(of: [.cookie, .consent])
    }

    static let cookies: [String] = ["cookie", "Cookie", "COOKIE", "小型文本文件"]
    static let consents: [String] = ["同意", "接受", "您", "隐私"]

    static let disclaimers: [String] = [
        "免责声明", "版权所有", "版权归", "Copyright", "copyright", "©", "All Rights Reserved", "All rights reserved", "转载请注明",
        "非本站原创", "不代表本站", "不代表本网", "仅代表作者", "如有侵权", "侵权请联系", "版权声明", "本文来源于网络", "文章转载自",
        // A platform's statement under an account's article, a picture's note (`（图片来自网络，侵删）`).
        "仅代表该作者", "自媒体平台", "信息发布平台", "信息存储空间", "侵删", "图片来自网络", "图片来源于网络",
        // An account's note on its sources (`本文所有内容均源自权威渠道，相关信源已统一附于文末`).
        "附于文末", "均源自权威", "均来源于权威", "均来自权威",
        // A directory site's note that a company supplied the text (`…真实性未证实，仅供参考。…风险自负。`).
        "风险自负", "真实性未证实", "真实性未经证实",
    ]
    static let withoutLeave: [String] = ["未经授权", "未经许可", "未经书面授权", "未经同意"]
    static let reuses: [String] = ["转载", "使用", "复制", "禁止"]

    /// Licence numbers, report lines, addresses and site links of a page's footer.
    static func isFooter(_ text: String, _ found: Markers) -> Bool {
        found.contains(.footer)
            || TextScan.hasPrefixAny(text, ["地址：", "地址:", "电话：", "电话:", "传真：", "传真:", "邮编：", "邮编:", "E-mail", "Email："]) != nil
    }

    static let footers: [String] = [
        "ICP备", "ICP证", "网安备", "公网安备", "经营许可证", "信息服务许可证", "视听节目许可证", "违法和不良信息举报", "举报电话", "举报邮箱",
        "建议使用", "最佳浏览效果", "网站地图", "联系我们", "关于我们", "广告服务", "隐私政策", "用户协议",
    ]

    // MARK: Broadcast

    /// `【同期】…`, `【解说词】`: the labels of a TV script, alone or with the name of who speaks.
    static func isTranscriptLabel(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.length <= 40, let label = TextScan.hasPrefixAny(text, transcriptLabels) else { return false }
        return profile.clauseMarks == 0 || text.unicodeScalars.count == label.unicodeScalars.count
    }

    static let transcriptLabels = ["【同期】", "【解说词】", "【解说】", "【导视】", "【现场】", "【画外音】", "【字幕】", "【口播】", "【导语】"]

    /// The marks a list's lines open with (`-` and `*` only before a space, as in Markdown).
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "●", "▸", "►", "-", "*"]

    /// A list item's text without the bullet that opens it (`● 普京表示，…`, `★双方同意…`, `- …`), or nil
    /// when none does: the mark is no word of the item, and hid its cue and its prose from the rules.
    /// ▶ ▲ △ ▼, which may open a photo's caption (``Artefacts/isCaptionOpening(_:)``), open an item
    /// only before a speaker's cue (▲ △ ▼ on two paragraphs in a row, as a caption that quotes may
    /// start with one).
    static func withoutBullet(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, bullets.contains(first) || itemMarks.contains(first) else { return nil }
        let rest = scalars.dropFirst()
        if first == "-" || first == "*", rest.first != " " { return nil }
        let item = String(String.UnicodeScalarView(rest)).trimmingSpaces()
        return item.isEmpty ? nil : item
    }

    /// Marks that open a list's items besides ``bullets``.
    static let itemMarks: Set<Unicode.Scalar> = ["■", "◆", "◇", "★", "☆", "□", "◎", "◉", "♦", "➤", "✔", "▶", "▲", "△", "▼"]

    /// The paragraphs (by index) in runs of at least three in a row that open with the same bullet
    /// and none of which ends a sentence: a site's list of other stories (`• 某国宣布新一轮关税措施?
    /// 外媒称影响深远`), whatever header stands above it, or none. A report lists in sentences, or
    /// under 一是/二是.
    static func linkLists(_ texts: [String]) -> Set<Int> {
        var found = Set<Int>()
        var run: (start: Int, bullet: Unicode.Scalar)?
        for index in 0...texts.count {
            var bullet: Unicode.Scalar?
            if index < texts.count, !Unwrapper.endsSentence(texts[index]) {
                var scalars = texts[index].unicodeScalars.makeIterator()
                if let first = scalars.next(), bullets.contains(first), first != "-" && first != "*" || scalars.next() == " " {
                    bullet = first
                }
            }
            if let open = run, bullet != open.bullet {
                if index - open.start >= 3 { found.formUnion(open.start..<index) }
                run = nil
            }
            if let bullet, run == nil { run = (index, bullet) }
        }
        return found
    }

    /// Headers of lists of links to other stories, after which headline-like lines are links too.
    static let relatedHeaders: Set<String> = [
        "新闻推荐", "相关新闻", "相关阅读", "延伸阅读", "热门推荐", "推荐阅读", "猜你喜欢", "热点新闻", "相关报道", "更多新闻",
        "热门文章", "精彩推荐", "编辑推荐", "最新新闻", "热门新闻", "往期回顾", "热门赛事", "今日推荐", "热门阅读",
        "往期推荐", "往期精彩", "相关推荐", "精选推荐", "热文推荐", "近期热文", "更多精彩", "相关文章", "上一篇", "下一篇", "上一条",
        "下一条", "最新视频", "相关视频", "热门视频", "更多视频", "视频推荐", "精彩视频", "相关话题", "相关主题", "相关内容", "更多相关内容", "新闻时间线", "事件时间线",
    ]

    /// A link to another story set inline after one of ``relatedHeaders`` and a colon
    /// (`相关文章：某国防长访问某地 称…`): a headline, with no sentence end.
    static func isInlineRelatedLink(_ text: String, _ profile: TextProfile) -> Bool {
        guard profile.sentenceEnds == 0, profile.length <= 60,
              let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }), text.distance(from: text.startIndex, to: colon) <= 6
        else { return false }
        return relatedHeaders.contains(String(text[..<colon]).trimmingSpaces()) && !text[text.index(after: colon)...].trimmingSpaces().isEmpty
    }

    /// Whether a line is one of ``relatedHeaders``, perhaps set off as pages set headers
    /// (`相关新闻：`, `【延伸阅读】`, `▌推荐阅读 >>`), or a short line of words ending in one of four
    /// characters or more after the site's or channel's name (`某某卫视最新视频`, `本台热门新闻`,
    /// `在Telegram中查看相关推荐`: a word in letters counts as one character).
    static func isRelatedHeader(_ text: String) -> Bool {
        if isHeader(text, relatedHeaders) { return true }
        guard text.utf8.count <= 36, text.unicodeScalars.count <= 24,
              text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) }),
              wordCount(text) <= 12,
              let header = relatedHeaders.first(where: { $0.count >= 4 && text.hasSuffix($0) }) else { return false }
        return text.count > header.count
    }

    /// The characters of a text, a run of ASCII letters and digits counting as one.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let ascii = scalar.isASCII
            if !ascii || !inWord { count += 1 }
            inWord = ascii
        }
        return count
    }

    /// Headers of a page's list of readers' comments (not the buttons to write one: 发表评论).
    static let commentsHeaders: Set<String> = [
        "网友评论", "全部评论", "热门评论", "最新评论", "精彩评论", "评论区", "评论列表", "读者评论", "用户评论",
    ]

    static func isCommentsHeader(_ text: String) -> Bool { isHeader(text, commentsHeaders) }

    /// Headers under which a page repeats its earlier reports of the same event (`早前报道`,
    /// `【此前报道】`, `前情回顾：`): the story told again, which counted twice.
    static let earlierReportsHeaders: Set<String> = [
        "早前报道", "此前报道", "前期报道", "先前报道", "早前消息", "此前消息", "前情回顾", "往期报道", "更早报道",
    ]

    static func isEarlierReportsHeader(_ text: String) -> Bool { isHeader(text, earlierReportsHeaders) }

    /// The headers a site's theme sets under its articles in English whatever the language of the
    /// text, above other stories with their excerpts or the form for comments (compared in lower case).
    static let themeHeaders: Set<String> = [
        "latest from blog", "don't miss", "related posts", "related articles", "you may also like", "you might also like",
        "more stories", "recent posts", "popular posts", "trending now", "read next", "leave a reply", "leave a comment",
    ]

    static func isThemeHeader(_ text: String) -> Bool {
        text.utf8.count <= headerBytes + 12 && isHeader(text.lowercased(), themeHeaders)
    }

    /// Whether a line is one of `headers`, perhaps set off with marks. Asked of every line: a line
    /// longer than the longest header and a few marks is not hashed (a `String`'s hash normalises
    /// all of its text).
    private static func isHeader(_ text: String, _ headers: Set<String>) -> Bool {
        guard text.utf8.count <= headerBytes + 12 else { return false }
        var header = Substring(text).unicodeScalars
        while let first = header.first, headerMarks.contains(first) { header.removeFirst() }
        while let last = header.last, headerMarks.contains(last) { header.removeLast() }
        return headers.contains(String(Substring(header)))
    }

    private static let headerBytes = relatedHeaders.union(commentsHeaders).union(themeHeaders).union(skipLinks).union(earlierReportsHeaders)
        .map(\.utf8.count).max() ?? 0

    /// What sets a header off: brackets, a colon, arrows, a bar or a block, spaces.
    private static let headerMarks: Set<Unicode.Scalar> = [
        "【", "】", "[", "]", "［", "］", "「", "」", "《", "》", "〔", "〕", "：", ":", ">", "＞", "›", "»", "▶", "►", "▌", "|", "■", "●", "◆", " ",
    ]

    // MARK: Helpers

    static func isHan(_ scalar: Unicode.Scalar) -> Bool { TextNormalizer.isHan(scalar) }

    /// Where `label` ends if it starts at `index`, its characters perhaps one space apart (`监 制`).
    static func spacedMatch(_ scalars: [Unicode.Scalar], at index: Int, _ label: String) -> Int? {
        var position = index
        for (offset, scalar) in label.unicodeScalars.enumerated() {
            if offset > 0, position < scalars.count, scalars[position] == " ", position + 1 < scalars.count, scalars[position + 1] == scalar {
                position += 1
            }
            guard position < scalars.count, scalars[position] == scalar else { return nil }
            position += 1
        }
        return position
    }

    static func starts(_ scalars: [Unicode.Scalar], at index: Int, with word: String) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }
}
