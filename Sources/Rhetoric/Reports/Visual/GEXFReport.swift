/// `cooccurrence.gexf`: the all-meetings co-occurrence network for Gephi, with each term's
/// frequency on its node and the pair's counts and scores on its edge.
enum GEXFReport {
    static let fileName = "cooccurrence.gexf"

    static func xml(tables: AnalysisTables, rows: [CooccurrenceStage.Row]) -> String {
        let pairs = rows.filter { $0.meeting == nil }
        let nodes = Array(Set(pairs.flatMap { [$0.termA, $0.termB] })).sorted(by: tables.precedes)
        var xml = """
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

            """
        // Ids are the terms themselves (an edge's, its two terms), so adding a meeting never renames a node.
        let id = { (term: Int32) in SVG.escape(tables.terms[Int(term)]) }
        for term in nodes {
            xml += "      <node id=\"\(id(term))\" label=\"\(id(term))\"><attvalues><attvalue for=\"frequency\" value=\"\(tables.total(Int(term)))\"/></attvalues></node>\n"
        }
        xml += "    </nodes>\n    <edges>\n"
        for pair in pairs {
            xml += "      <edge id=\"\(id(pair.termA)) \(id(pair.termB))\" source=\"\(id(pair.termA))\" target=\"\(id(pair.termB))\" weight=\"\(Format.decimal(pair.llr))\"><attvalues>"
                + "<attvalue for=\"count\" value=\"\(pair.count)\"/><attvalue for=\"pmi\" value=\"\(Format.decimal(pair.pmi))\"/>"
                + "<attvalue for=\"npmi\" value=\"\(Format.decimal(pair.npmi))\"/><attvalue for=\"llr\" value=\"\(Format.decimal(pair.llr))\"/>"
                + "<attvalue for=\"jaccard\" value=\"\(Format.decimal(pair.jaccard))\"/><attvalue for=\"logdice\" value=\"\(Format.decimal(pair.logDice))\"/>"
                + "<attvalue for=\"mi3\" value=\"\(Format.decimal(pair.mi3))\"/></attvalues></edge>\n"
        }
        return xml + "    </edges>\n  </graph>\n</gexf>\n"
    }
}
