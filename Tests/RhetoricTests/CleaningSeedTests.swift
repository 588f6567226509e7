import Testing
@testable import Rhetoric

/// Each cleaning rule, checked on the seed that shows it.
@Suite struct CleaningSeedTests {
    @Test func hardWrappedLinesJoinInsideSentencesEvenAcrossBlankLines() throws {
        let text = try cleanedSeed("000_54381d582db1526f.txt").text
        #expect(text.contains("中方愿同俄方一道，继往开来，丰富中俄新时代全面战略协作伙伴关系内涵"))
        #expect(text.contains("在莫斯科克里姆林宫同俄罗斯总统普京"))
        #expect(text.contains("促进全球疫后经济复苏"))
        #expect(text.contains("米舒斯京表示，今天我率俄罗斯政府几乎所有重要内阁成员"))
        #expect(!text.contains("克\n"))
    }

    @Test func aBreakAfterSentenceFinalPunctuationEndsAParagraphUnlessTheColumnWrappedThere() throws {
        let paragraphs = try cleanedSeed("000_54381d582db1526f.txt").paragraphs.map(\.text)
        // Followed by a blank line: a paragraph break.
        #expect(paragraphs.contains("两国元首先后举行小范围、大范围会谈。"))
        #expect(paragraphs.contains { $0.hasSuffix("深化新时代全面战略协作伙伴关系。") })
        // A short line ending in 。 then the next paragraph at once: a break (Mishustin's reply).
        #expect(paragraphs.contains { $0.hasSuffix("开展更高水平、更深层次的区域合作。") })
        #expect(paragraphs.contains { $0.hasPrefix("米舒斯京表示，今天我率俄罗斯政府") })
        // A full line whose sentence ends at the column edge: the paragraph goes on.
        #expect(paragraphs.contains { $0.contains("不会因一时一事而改变。自我10年前首次对俄进行国事访问以来") })
        #expect(paragraphs.contains { $0.hasSuffix("合影留念。军乐团奏中俄两国国歌。") })
    }

    @Test func longParagraphContinuesAcrossABlankLineIn002() throws {
        let text = try cleanedSeed("002_a9c9841912dcbb44.txt").text
        #expect(text.contains("深化中国“十五五”规划同俄罗斯2030年前发展战略对接"))
    }

    @Test func headingsStayParagraphsOfTheirOwn() throws {
        let headings000 = try cleanedSeed("000_54381d582db1526f.txt").paragraphs.filter { $0.kind == .heading }.map(\.text)
        #expect(headings000 == ["习近平同俄罗斯总统普京举行会谈", "习近平会见俄罗斯总理米舒斯京"])
        let document002 = try cleanedSeed("002_a9c9841912dcbb44.txt")
        let headings002 = document002.paragraphs.filter { $0.kind == .heading }.map(\.text)
        #expect(headings002.contains("中俄两国成为世界百年变局中的关键恒量"))
        #expect(headings002.contains("习近平同俄罗斯总统普京共同会见记者"))
        #expect(!document002.paragraphs.contains { $0.kind == .body && $0.text.contains("关键恒量5月") })
    }

    @Test func repeatedBodyIsDroppedAndCounted() throws {
        let document = try cleanedSeed("001_fcc7e1297d7c3b9d.txt")
        #expect(document.duplicateParagraphsRemoved == 15)
        let opening = document.paragraphs.filter { $0.text.hasPrefix("国家主席习近平22日在莫斯科克里姆林宫") }
        #expect(opening.count == 1)
    }

    @Test func photoCaptionsAndCreditsAreNotSpeech() throws {
        for seed in ["000_54381d582db1526f.txt", "001_fcc7e1297d7c3b9d.txt", "002_a9c9841912dcbb44.txt",
                     "003_e43c17c6c2395aa3.txt", "004_6e24b730c9e4fd8b.txt"] {
            let text = try cleanedSeed(seed).text
            for artefact in ["新华社发", "新华社图", "摄\n", "新华社记者", "这是会谈后", "这是两国元首举行小范围会谈"] {
                #expect(!text.contains(artefact), "\(seed) still holds \(artefact)")
            }
        }
        // 002's caption repeats the lead; the standalone 新华社图 closes it.
        let text002 = try cleanedSeed("002_a9c9841912dcbb44.txt").text
        #expect(!text002.contains("举行会谈。会谈前，习近平在人民大会堂东门外广场"))
        // 004's first image caption sits as loose text beside the image.
        let paragraphs004 = try cleanedSeed("004_6e24b730c9e4fd8b.txt").paragraphs.map(\.text)
        #expect(!paragraphs004.contains("国家主席习近平2月4日下午在北京钓鱼台国宾馆同俄罗斯总统普京举行会谈。"))
    }

    @Test func datelinesAndBylinesGoButTheSentenceAfterThemStays() throws {
        let p000 = try cleanedSeed("000_54381d582db1526f.txt").paragraphs.map(\.text)
        #expect(p000.contains { $0.hasPrefix("当地时间3月21日下午，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。两国元首") })
        let p003 = try cleanedSeed("003_e43c17c6c2395aa3.txt").paragraphs.map(\.text)
        #expect(p003.first?.hasPrefix("当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平") == true)
        let p004 = try cleanedSeed("004_6e24b730c9e4fd8b.txt").paragraphs.map(\.text)
        #expect(p004.contains { $0.hasPrefix("国家主席习近平2月4日下午在北京钓鱼台国宾馆同俄罗斯总统普京举行会谈。两国元首") })
        for seed in ["000_54381d582db1526f.txt", "001_fcc7e1297d7c3b9d.txt", "003_e43c17c6c2395aa3.txt", "004_6e24b730c9e4fd8b.txt"] {
            let text = try cleanedSeed(seed).text
            #expect(!text.contains("日电"), "\(seed) keeps a dateline")
            #expect(!text.contains("（记者"), "\(seed) keeps a byline")
        }
    }

    @Test func agencyTagsTrailersChromeAndMetadataGo() throws {
        #expect(!(try cleanedSeed("002_a9c9841912dcbb44.txt").text.contains("据新华社")))
        let text003 = try cleanedSeed("003_e43c17c6c2395aa3.txt").text
        #expect(!text003.contains("人民日报"))
        #expect(!text003.contains("http"))
        #expect(!text003.contains("标题"))
        let text001 = try cleanedSeed("001_fcc7e1297d7c3b9d.txt").text
        #expect(!text001.contains("系列重要讲话数据库"))
        #expect(!text001.contains("关键词"))
        #expect(!text001.contains("合作 习近平 双方"))
        #expect(!text001.contains("发布时间"))
        let text004 = try cleanedSeed("004_6e24b730c9e4fd8b.txt").text
        #expect(!text004.contains("请看通稿"))
        #expect(!text004.contains("jpg"))
        #expect(!text004.contains("ZAKER"))
    }

    @Test func widthAndSpacingAreNormalised() throws {
        let text001 = try cleanedSeed("001_fcc7e1297d7c3b9d.txt").text
        #expect(text001.contains("提前实现2015年双边贸易额1000亿美元的目标"))
        #expect(!text001.contains("　"))
        let text004 = try cleanedSeed("004_6e24b730c9e4fd8b.txt").text
        #expect(text004.contains("自2013年以来第38次会晤"))
        let text000 = try cleanedSeed("000_54381d582db1526f.txt").text
        #expect(text000.contains("3月的莫斯科，天朗气清。"))
        #expect(text000.contains("，"))
    }

    @Test func metadataGivesTitleAndPublicationDate() throws {
        let document003 = try cleanedSeed("003_e43c17c6c2395aa3.txt")
        #expect(document003.title == "习近平同俄罗斯总统普京会谈")
        #expect(document003.publishedDate == "2025-05-09")
        let document004 = try cleanedSeed("004_6e24b730c9e4fd8b.txt")
        #expect(document004.title == "中俄元首“新春之会”，引海内外高度关注")
        #expect(document004.author == "ZAKER")
        #expect(document004.publishedDate == "Sat, 05 Feb 2022 20:22:00 GMT")
        #expect(try cleanedSeed("001_fcc7e1297d7c3b9d.txt").publishedDate == "2013-03-23")
    }
}
