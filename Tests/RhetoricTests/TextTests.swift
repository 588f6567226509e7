import Testing
@testable import Rhetoric

@Suite struct TextNormalizerTests {
    @Test func fullWidthDigitsAndLettersBecomeASCIIButPunctuationStays() {
        #expect(TextNormalizer.normalize("２０１５年ＡＰＥＣ会议，好！") == "2015年APEC会议，好！")
    }

    @Test func spacesAroundNumbersInChineseAreRemoved() {
        #expect(TextNormalizer.normalize("新华社北京 2 月 4 日电") == "新华社北京2月4日电")
        #expect(TextNormalizer.normalize("自 2013 年以来") == "自2013年以来")
    }

    @Test func ideographicSpacesGoOtherSpacesCollapse() {
        #expect(TextNormalizer.normalize("　　双方认为，　中俄") == "双方认为，中俄")
        #expect(TextNormalizer.normalize("访问印度　莫迪亲自迎接　") == "访问印度 莫迪亲自迎接")
        #expect(TextNormalizer.normalize("元首外交  战略\u{A0}抉择 ") == "元首外交 战略 抉择")
        // The small and vertical forms of Big5 days' pages become the usual marks.
        #expect(TextNormalizer.normalize("编辑︰林小川﹐记者﹕王明﹔对吗﹖好﹗") == "编辑：林小川，记者：王明；对吗？好！")
    }

    @Test func indentationIsSeenBeforeItIsRemoved() {
        #expect(TextNormalizer.isIndented("　　双方"))
        #expect(TextNormalizer.isIndented(" 习近平"))
        #expect(!TextNormalizer.isIndented("习近平"))
    }

    @Test func aTextProfileCountsEachKindOfCharacter() {
        // 3 function characters (的 在 是) among 13 Han, 3 Latin, 2 digits, 2 ends, 3 clause marks, 2 separators, 3 spaces.
        let profile = TextProfile("两国的合作，在新时代 ABc 20、｜• 深化！是吗？：」")
        #expect(profile.han == 13 && profile.functionCharacters == 3 && profile.latin == 3 && profile.digits == 2)
        #expect(profile.sentenceEnds == 2 && profile.clauseMarks == 3 && profile.separators == 2 && profile.spaces == 3)
        #expect(profile.length == 26 && !profile.endsSentence)
        // A closing quote after the end still ends a sentence.
        #expect(TextProfile("合作共赢。”").endsSentence && TextProfile("合作共赢）").endsSentence == false)
    }

    @Test func displayWidthCountsCJKTwice() {
        #expect(TextNormalizer.displayWidth("自我10年") == 8)
    }
}

@Suite struct UnwrapperTests {
    func paragraphs(_ lines: [String]) -> [Paragraph] {
        let items: [Unwrapper.Item] = lines.enumerated().map { index, line in
            line.isEmpty ? .blank : .line(line, indented: TextNormalizer.isIndented(line), number: index + 1)
        }
        return Unwrapper().paragraphs(from: items)
    }

    /// Ten lines of six characters: a column of width 12.
    let column = ["一二三四五六", "七八九十甲乙", "丙丁戊己庚辛", "壬癸子丑寅卯", "辰巳午未申酉",
                  "戌亥天地玄黄", "宇宙洪荒日月", "盈昃辰宿列张"]

    @Test func aFullLineContinuesAcrossABlankLine() {
        let result = paragraphs(column + ["", "续写。"])
        #expect(result == [Paragraph(column.joined() + "续写。")])
    }

    @Test func aShortLineWithoutPunctuationEndsItsParagraphInAColumn() {
        let result = paragraphs(column + ["短行", "", "另一段，未完", "续。"])
        #expect(result.map(\.text) == [column.joined() + "短行", "另一段，未完续。"])
    }

    @Test func sentenceFinalPunctuationEndsAParagraph() {
        #expect(paragraphs(["他说：“好。”", "下一段。"]).map(\.text) == ["他说：“好。”", "下一段。"])
    }

    @Test func inAColumnAFullLineEndingASentenceContinuesUnlessABlankLineFollows() {
        let ending = ["一二三四五。"]
        #expect(paragraphs(column + ending + ["下一句。"]).map(\.text) == [(column + ending + ["下一句。"]).joined()])
        #expect(paragraphs(column + ending + ["", "下一段。"]).map(\.text) == [(column + ending).joined(), "下一段。"])
        #expect(paragraphs(column + ["短。", "下一段。"]).map(\.text) == [(column + ["短。"]).joined(), "下一段。"])
    }

    @Test func aStandaloneShortLineIsAHeading() {
        let result = paragraphs(["第一段。", "习近平会见普京", "", "第二段。"])
        #expect(result == [Paragraph("第一段。"), Paragraph("习近平会见普京", kind: .heading), Paragraph("第二段。")])
    }

    @Test func inAColumnALineFollowedDirectlyByTextIsNoHeading() {
        let result = paragraphs(column + ["结束。", "", "新华社莫斯科3月21日", "电 当地时间。"]).map(\.text)
        #expect(result.last == "新华社莫斯科3月21日电 当地时间。")
    }

    @Test func withoutAColumnProseBrokenMidSentenceContinuesButNothingElseIsJoined() {
        #expect(paragraphs(["两国元首举行会谈。", "双方要乘势而上，深化中国同俄罗斯的发展战略对接，推动中", "", "国规划落地。"]).map(\.text)
                == ["两国元首举行会谈。", "双方要乘势而上，深化中国同俄罗斯的发展战略对接，推动中国规划落地。"])
        // Above the first sentence, a headline with a comma is not joined to the lead below it.
        #expect(paragraphs(["红毯相迎，两国元首在机场握手寒暄致意", "", "两国元首当天在机场举行简短会谈。"]).map(\.text)
                == ["红毯相迎，两国元首在机场握手寒暄致意", "两国元首当天在机场举行简短会谈。"])
        // A space between Chinese words is a headline's: never joined.
        #expect(paragraphs(["两国元首举行会谈。", "访问期间，双方签署多项文件 联合声明同日发表", "两国外长随后会见记者。"]).map(\.text)
                == ["两国元首举行会谈。", "访问期间，双方签署多项文件 联合声明同日发表", "两国外长随后会见记者。"])
        // A headline, a timestamp or a label directly above the lead stays a paragraph of its own.
        #expect(paragraphs(["两国元首举行会谈", "2024年5月16日 10:30", "两国元首当天在北京举行会谈。"]).map(\.text)
                == ["两国元首举行会谈", "2024年5月16日 10:30", "两国元首当天在北京举行会谈。"])
    }

    /// A sentence set out a clause per line (a toast, a couplet) is one paragraph however short its
    /// lines; a label's colon or a headline's comma above the first sentence joins nothing.
    @Test func clausesSetOutALinePerClauseAreOneParagraph() {
        #expect(paragraphs(["两国元首共同出席欢迎宴会。", "现在，我提议：", "", "为南方国人民的幸福，", "", "为两国的友谊，", "", "干杯！", "宴会后双方合影。"]).map(\.text)
                == ["两国元首共同出席欢迎宴会。", "现在，我提议：为南方国人民的幸福，为两国的友谊，干杯！", "宴会后双方合影。"])
        #expect(paragraphs(["会谈后举行记者会。", "海川：", "我们讨论了合作。", "问：", "双方签署了哪些文件？"]).map(\.text)
                == ["会谈后举行记者会。", "海川：", "我们讨论了合作。", "问：", "双方签署了哪些文件？"])
        #expect(paragraphs(["北京欢迎你，", "两国元首今天举行会谈。"]).map(\.text) == ["北京欢迎你，", "两国元首今天举行会谈。"])
        #expect(Unwrapper.endsMidClause("为友谊，") && Unwrapper.endsMidClause("能源、") && Unwrapper.endsMidClause("一是合作；"))
        #expect(Unwrapper.endsMidClause("现在，我提议：") && !Unwrapper.endsMidClause("记者：") && !Unwrapper.endsMidClause("干杯！"))
    }

    /// A word cut at a line's end after its last sentence goes on in the next line, even in the
    /// first paragraph of a short copy; a line ending in a time or a bracket after its sentence
    /// does not (`…。[10:29]` above a transcript's label).
    @Test func aWordCutAfterTheLastSentenceGoesOnInTheNextLine() {
        #expect(paragraphs(["两国元首举行会谈", "双方同意推动两国关系迈上新台阶。习", "近平强调，双方要加强合作。"]).map(\.text)
                == ["两国元首举行会谈", "双方同意推动两国关系迈上新台阶。习近平强调，双方要加强合作。"])
        #expect(paragraphs(["两国元首举行会谈。[10:29]", "[高峰]:", "双方要加强合作。"]).map(\.text)
                == ["两国元首举行会谈。[10:29]", "[高峰]:", "双方要加强合作。"])
        #expect(Unwrapper.endsInFragment("台阶。习近") && !Unwrapper.endsInFragment("台阶。") && !Unwrapper.endsInFragment("两国元首举行会谈"))
    }

    @Test func aPageOfOneParagraphPerLineIsNoColumnWhateverTwoLinesShare() {
        // Two labels of one width are a quarter of eight lines, but the prose lines run far past
        // them: no column, so no label is run into the sentence after it.
        let page = ["北方国总统会见南方国总理", "北方国总统府通报，两国领导人举行了会谈，讨论了双边合作的各个方面。", "多媒体",
                    "北方国总统在会谈后的记者会上说：“我们讨论了双边合作的所有关键问题。”", "他指出，两国贸易额继续增长。", "组图集",
                    "北方国外交部此前表示，双方将签署一系列合作文件。", "南方国总理随后离开首都。"]
        #expect(TextNormalizer.displayWidth("多媒体") == TextNormalizer.displayWidth("组图集"))
        #expect(Unwrapper.columnWidth(of: page.map { .line($0, indented: false, number: 0) }) == nil)
        #expect(paragraphs(page).map(\.text) == page)
        // Two sentences of one width, the widest lines: whole sentences are no wrapped column either.
        let sentences = ["两国元首会谈", "北方国总统府通报，两国领导人举行了会谈。", "Sputnik", "南方国总理府通报，两国领导人举行了会谈。",
                         "他指出，贸易额增长。", "多媒体", "北方国总统抵达首都", "双方将签署一系列合作文件。"]
        #expect(TextNormalizer.displayWidth(sentences[1]) == TextNormalizer.displayWidth(sentences[3]))
        #expect(Unwrapper.columnWidth(of: sentences.map { .line($0, indented: false, number: 0) }) == nil)
        #expect(paragraphs(sentences).map(\.text).contains("Sputnik"))
        // A column with a few wider lines (a headline, a dateline) stays a column.
        #expect(Unwrapper.columnWidth(of: (["两国元首在北京举行会谈并共同会见记者"] + column).map { .line($0, indented: false, number: 0) }) == 12)
    }

    @Test func anIndentedLineStartsAParagraph() {
        #expect(paragraphs(["　　甲乙丙", "　　丁戊己。"]).map(\.text) == ["甲乙丙", "丁戊己。"].map { "　　" + $0 })
    }
}

@Suite struct CSVTests {
    @Test func quotingFollowsRFC4180() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.appendRow(["x,y", "say \"hi\""])
        csv.appendRow(["line\nbreak", " padded"])
        #expect(csv.text == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"line\nbreak\",\" padded\"\n")
    }

    @Test func readingKeepsLineNumbersAndQuotedNewlines() throws {
        let table = try CSVTable(parsing: "a,b\r\n\"1,2\",\"x\ny\"\n\n3,\"say \"\"hi\"\"\"\n", file: "t.csv")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["1,2", "x\ny"], ["3", "say \"hi\""]])
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func anUnclosedQuoteNamesItsLine() {
        #expect(throws: RhetoricError(file: "t.csv", line: 2, "a quoted field is never closed")) {
            try CSVTable(parsing: "a\n\"open\n", file: "t.csv")
        }
    }

    @Test func writtenTextReadsBack() throws {
        var csv = CSVWriter(header: ["title"])
        csv.appendRow(["中俄元首\"新春之会\"，引关注"])
        #expect(try CSVTable(parsing: csv.text, file: "t").rows[0].fields == ["中俄元首\"新春之会\"，引关注"])
    }
}

@Suite struct ManifestTests {
    @Test func entriesAreReadByFileName() throws {
        let manifest = try Manifest(parsing: "file,date,city,label\na.txt,2013-03-22,Moscow,first\nb.txt,2022-02-04,Beijing\n", file: "m.csv")
        #expect(manifest.entries["a.txt"]?.date == MeetingDate(year: 2013, month: 3, day: 22))
        #expect(manifest.entries["b.txt"]?.city == "Beijing")
        #expect(manifest.entries["b.txt"]?.label == "")
    }

    @Test func everyBadRowNamesItsLine() throws {
        let manifest = try Manifest(parsing: "file,date,city\na.txt,2013-03-22,Moscow\nb.txt,2013-3-22,Moscow\nc.txt,2013-02-30\nd.txt,0000-01-01\n",
                                    file: "m.csv")
        #expect(manifest.problems.map(\.line) == [3, 4, 5])
        #expect(manifest.problems[0].message == "'2013-3-22' is not a date from 1900 to 2100; write it as YYYY-MM-DD")
        #expect(manifest.entries.keys.sorted() == ["a.txt"])
    }

    /// The lines a run asks for, pasted into a new file without the header, are read in the
    /// header's order; a first row that is no document and date still needs the header.
    @Test func aManifestOfPastedLinesNeedsNoHeader() throws {
        let manifest = try Manifest(parsing: "a.txt,2013-03-22,Moscow,\nb.html,2022-02-04,,visit\n", file: "m.csv")
        #expect(manifest.entries["a.txt"]?.city == "Moscow" && manifest.entries["a.txt"]?.line == 1)
        #expect(manifest.entries["b.html"]?.label == "visit" && manifest.entries["b.html"]?.date == MeetingDate(year: 2022, month: 2, day: 4))
        #expect(manifest.problems.isEmpty)
        #expect(throws: RhetoricError(file: "m.csv", line: 1, "the header must name the columns file,date,city,label,encoding")) {
            try Manifest(parsing: "name,when\na.txt,2013-03-22\n", file: "m.csv")
        }
        #expect(throws: RhetoricError.self) { try Manifest(parsing: "a.pdf,2013-03-22\n", file: "m.csv") }
    }

    @Test func aDuplicateRowNamesBothLines() throws {
        #expect(try Manifest(parsing: "file,date\na.txt,2013-03-22\na.txt,2014-03-22\n", file: "m.csv").problems
                == [RhetoricError(file: "m.csv", line: 3, "a.txt is listed twice (first on line 2)")])
    }
}

@Suite struct DateTests {
    @Test(arguments: [
        ("2013-03-23", "2013-03-23"), ("2025/05/09 08:00", "2025-05-09"), ("2013年3月23日", "2013-03-23"),
        ("Sat, 05 Feb 2022 20:22:00 GMT", "2022-02-05"), ("2016年06月25日 20:43", "2016-06-25"), ("09.05.2015 07:00", "2015-05-09"),
        ("时间：2018-09-12", "2018-09-12"), ("Nov 16, 2023", "2023-11-16"), ("十月05, 2018 18:45 Asia/Shanghai", "2018-10-05"),
        ("http://example.cn/n1/2024/0516/c1-1.html", "2024-05-16"), ("/20230321/", "2023-03-21"), ("2025年1月", nil),
        ("第2025号", nil), ("十一月 3, 2019", "2019-11-03"),
    ] as [(String, String?)])
    func publicationDates(text: String, expected: String?) {
        #expect(PublicationDate.parse(text)?.description == expected)
    }

    @Test func theMeetingDayTakesTheYearOfPublicationOrTheOneBefore() {
        let published = MeetingDate(year: 2014, month: 1, day: 2)!
        #expect(PublicationDate.meetingDay(published: published, month: 12, day: 30)?.description == "2013-12-30")
        #expect(PublicationDate.meetingDay(published: published, month: 1, day: 1)?.description == "2014-01-01")
    }

    @Test func fractionalYear() {
        #expect(MeetingDate(year: 2023, month: 1, day: 1)!.fractionalYear == 2023.0)
        #expect(MeetingDate(year: 2024, month: 12, day: 31)!.fractionalYear == 2024.0 + 365.0 / 366.0)
    }
}
