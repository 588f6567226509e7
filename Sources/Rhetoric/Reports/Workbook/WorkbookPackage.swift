/// The parts of an xlsx package around its worksheets (ECMA-376 Part 2, Open Packaging): the
/// content types, the relationships, the workbook with its sheet list and autofilter names, one
/// bold font for the header rows, and document properties with a fixed date, so the same tables
/// give the same bytes.
enum WorkbookPackage {
    /// A worksheet as the workbook lists it: its name, and the range of its autofilter (nil for a
    /// sheet without columns).
    struct SheetEntry {
        var name: String
        var filter: String?
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentType = "application/vnd.openxmlformats-officedocument"

    static func worksheetPath(_ index: Int) -> String { "xl/worksheets/sheet\(index + 1).xml" }

    /// Every part but the worksheets, name → XML, in the order the archive holds them.
    static func parts(_ sheets: [SheetEntry], title: String, author: String) -> [(name: String, xml: String)] {
        let sheetTypes = sheets.indices.map {
            "<Override PartName=\"/\(worksheetPath($0))\" ContentType=\"\(contentType).spreadsheetml.worksheet+xml\"/>"
        }
        let types = """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="\(contentType).extended-properties+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="\(contentType).spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="\(contentType).spreadsheetml.sheet.main+xml"/>\
            \(sheetTypes.joined())</Types>
            """
        let rootRelationships = """
            <Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
            <Relationship Id="rId2" Type="\(packageRelationships)/metadata/core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="\(relationships)/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """
        let workbookRelationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        } + ["<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"]
        let filters = sheets.enumerated().compactMap { index, sheet in
            sheet.filter.map {
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(reference(sheet.name, $0))</definedName>"
            }
        }
        let workbook = """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)">\
            <bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/></bookViews>\
            <sheets>\(sheets.enumerated().map { "<sheet name=\"\(SVG.escape($1.name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())</sheets>\
            \(filters.isEmpty ? "" : "<definedNames>\(filters.joined())</definedNames>")\
            <calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>
            """
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        let styles = """
            <styleSheet xmlns="\(main)">\
            <fonts count="2"><font>\(font)</font><font><b/>\(font)</font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """
        let date = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"
        let core = """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(SVG.escape(title))</dc:title><dc:creator>\(SVG.escape(author))</dc:creator>\
            \(date)\(date.replacingOccurrences(of: "created", with: "modified"))</cp:coreProperties>
            """
        let app = """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Application>\(SVG.escape(author))</Application></Properties>
            """
        return [
            ("[Content_Types].xml", types), ("_rels/.rels", rootRelationships), ("docProps/app.xml", app),
            ("docProps/core.xml", core), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(packageRelationships)\">\(workbookRelationships.joined())</Relationships>"),
            ("xl/styles.xml", styles),
        ].map { ($0.0, declaration + $0.1) }
    }

    /// `A1:D14` on sheet `name` as a formula reference: `about!$A$1:$D$14`, the name quoted when
    /// it is not a plain word.
    static func reference(_ name: String, _ range: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        let sheet = plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        let absolute = range.split(separator: ":").map { cell in
            let letters = cell.prefix { $0.isLetter }
            return "$\(letters)$\(cell.dropFirst(letters.count))"
        }
        return SVG.escape(sheet + "!" + absolute.joined(separator: ":"))
    }
}
