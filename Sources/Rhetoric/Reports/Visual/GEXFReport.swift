/// `cooccurrence.gexf`: the all-meetings co-occurrence network for Gephi, with each term's
/// frequency on its node and the pair's counts and scores on its edge.
enum GEXFReport {
    static let fileName = "cooccurrence.gexf"

    /// The file's bytes, put together as bytes: 5,000 edges of a dozen numbers and three ids each
    /// took tens of milliseconds as interpolated strings.
    static func xml(tables: AnalysisTables, rows: [CooccurrenceStage.Row]) -> [UInt8] {
        let pairs = rows.filter { $0.meeting == nil }
        let nodes = Array(Set(pairs.flatMap { [$0.termA, $0.termB] })).sorted(by: tables.precedes)
        var xml = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>rhetoric</creator><description>Terms that share sentences, all meetings (cooccurrence.csv, meeting = all)</description></meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">
                  <attribute id="frequency" title="frequency" type="integer"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="count" title="count" type="integer"/>
                  <attribute id="pmi" title="pmi" type="double"/>
                  <attribute id="npmi" title="npmi" type="double"/>
                  <attribute id="llr" title="llr" type="double"/>
                  <attribute id="jaccard" title="jaccard" type="double"/>
                  <attribute id="logdice" title="logdice" type="double"/>
                  <attribute id="mi3" title="mi3" type="double"/>
                </attributes>
                <nodes>

            """.utf8)
        // Ids are the terms themselves (an edge's, its two terms), so adding a meeting never renames
        // a node; each is escaped once.
        let ids = Dictionary(uniqueKeysWithValues: nodes.map { ($0, Array(SVG.escape(tables.terms[Int($0)]).utf8)) })
        func add(_ text: StaticString) {
            xml.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        func add(_ name: StaticString, _ value: Double) {
            add(name)
            Format.appendDecimal(value, places: 6, to: &xml)
            add("\"/>")
        }
        for term in nodes {
            add("      <node id=\"")
            xml += ids[term]!
            add("\" label=\"")
            xml += ids[term]!
            add("\"><attvalues><attvalue for=\"frequency\" value=\"")
            Format.appendInteger(tables.total(Int(term)), to: &xml)
            add("\"/></attvalues></node>\n")
        }
        add("    </nodes>\n    <edges>\n")
        for pair in pairs {
            let (a, b) = (ids[pair.termA]!, ids[pair.termB]!)
            add("      <edge id=\"")
            xml += a
            add(" ")
            xml += b
            add("\" source=\"")
            xml += a
            add("\" target=\"")
            xml += b
            add("\" weight=\"")
            Format.appendDecimal(pair.llr, places: 6, to: &xml)
            add("\"><attvalues><attvalue for=\"count\" value=\"")
            Format.appendInteger(pair.count, to: &xml)
            add("\"/>")
            add("<attvalue for=\"pmi\" value=\"", pair.pmi)
            add("<attvalue for=\"npmi\" value=\"", pair.npmi)
            add("<attvalue for=\"llr\" value=\"", pair.llr)
            add("<attvalue for=\"jaccard\" value=\"", pair.jaccard)
            add("<attvalue for=\"logdice\" value=\"", pair.logDice)
            add("<attvalue for=\"mi3\" value=\"", pair.mi3)
            add("</attvalues></edge>\n")
        }
        add("    </edges>\n  </graph>\n</gexf>\n")
        return xml
    }
}
