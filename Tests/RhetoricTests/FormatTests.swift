import Testing
@testable import Rhetoric

@Suite struct FormatTests {
    @Test func frontMatterIsMetadataNotBody() throws {
        let document = try cleanedText("\n---\ntitle: '标题甲'\ndate: 2022-02-05\nauthor: 某人\n---\n双方同意加强合作。\n")
        #expect(document.title == "标题甲")
        #expect(document.publishedDate == "2022-02-05")
        #expect(document.author == "某人")
        #expect(document.paragraphs == [Paragraph("双方同意加强合作。")])
    }

    @Test func aBlockThatIsNotValidYAMLIsTextWithAWarning() throws {
        let document = try cleanedText("---\ntitle: [unclosed\n---\n双方同意加强各领域务实合作。")
        #expect(document.title == nil)
        #expect(document.text.contains("双方同意加强各领域务实合作。") && !document.text.contains("---"))
        #expect(document.warnings.count == 1 && document.warnings[0].contains("look like front matter but are not valid YAML"))
    }

    @Test func aBlockNeverClosedIsText() throws {
        let document = try cleanedText("---\ntitle: x\n\n双方同意加强各领域务实合作。\n")
        #expect(document.text.contains("双方同意加强各领域务实合作。") && !document.text.contains("---"))
        #expect(document.title == nil)
    }

    @Test func htmlDropsScriptAndStyleDecodesEntitiesAndKeepsParagraphs() throws {
        let html = """
            <html><head><title>页面标题</title><style>p{}</style></head><body>
            <script>var x = "不要";</script>
            <p>双方&nbsp;同意&amp;加强合作。</p><p>第二段&#x3002;</p>
            <h2>小标题</h2><div><p><strong>加粗标题</strong></p></div>
            <figure><img src="a.jpg"><figcaption>图片说明。</figcaption></figure>
            </body></html>
            """
        let document = try cleanedText(html, format: .html)
        #expect(document.title == "页面标题")
        #expect(document.paragraphs == [
            Paragraph("双方 同意&加强合作。"), Paragraph("第二段。"),
            Paragraph("小标题", kind: .heading), Paragraph("加粗标题", kind: .heading),
        ])
    }

    @Test func looseTextBesideAnImageIsACaption() throws {
        let html = "<div><div><img src=\"a.jpg\"></div>习近平同普京举行会谈。<p>正文第一段。</p></div>"
        #expect(try cleanedText(html, format: .html).paragraphs == [Paragraph("正文第一段。")])
    }

    @Test func markdownHeadingsAreHeadings() throws {
        let document = try cleanedText("# 会谈\n\n双方同意。\n", format: .markdown)
        #expect(document.paragraphs == [Paragraph("会谈", kind: .heading), Paragraph("双方同意。")])
    }

    @Test func crlfAndABOMAreHandled() throws {
        let broken = "双方一致同意，进一步深化两国在经贸、能源和人文领域的"
        let document = try cleanedText("\u{FEFF}两国元首举行会谈，就双边关系交换意见。\r\n\r\n\(broken)\r\n合作。\r\n")
        #expect(document.paragraphs.map(\.text) == ["两国元首举行会谈，就双边关系交换意见。", broken + "合作。"])
    }

    @Test func utf16WithABOMDecodes() throws {
        let little: [UInt8] = [0xFF, 0xFE] + Array("中俄".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try SourceText.decode(little, file: "f.txt").text == "中俄")
        let big: [UInt8] = [0xFE, 0xFF] + Array("中俄".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try SourceText.decode(big, file: "f.txt").text == "中俄")
    }
}
