import Foundation
import Testing
@testable import Rhetoric

/// Chromium, if installed (`make test` and CI install it with fonts-noto-cjk).
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The page and CSVs of a fresh run on the seeds.
struct SeedReports {
    let folder: String

    init() throws {
        folder = try temporaryDirectory()
        var options = Pipeline.Options()
        options.corpus = seedsDirectory
        options.output = folder
        try Pipeline(options: options).run()
    }

    func table(_ name: String) throws -> [[String]] {
        try CSVTable(parsing: try String(contentsOfFile: folder + "/" + name, encoding: .utf8), file: name).rows.map(\.fields)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// How often `needle` occurs in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// Counts each chart's marks in a page (source or a browser's DOM) and checks them against what
/// the CSV files say the charts must show.
func checkCharts(_ page: String, _ reports: SeedReports) throws {
    let themes = try reports.table("themes.csv")
    let meetings = Set(themes.map { $0[0] }).subtracting(["all"]).count
    let themeCount = Set(themes.map { $0[2] }).count
    #expect(meetings == 5)
    #expect(occurrences(of: "<tr class=\"meeting\">", in: page) == meetings)
    // Theme heatmaps: every meeting × theme, for all speakers, Xi and Putin, with readable labels.
    #expect(occurrences(of: "class=\"mark theme-cell\"", in: page) == 3 * meetings * themeCount)
    #expect(page.contains(">History and WW II</text>") && !page.contains(">history_and_ww2<"))
    // Speaker shares: a segment for every speaker who has terms, per meeting and over all.
    let speakers = try reports.table("speakers.csv")
    #expect(occurrences(of: "class=\"mark speaker-share\"", in: page) == speakers.filter { $0[3] != "0" }.count)
    // Trend lines: the rising and the falling terms with the steepest slopes, five each at most.
    let trends = try reports.table("trends.csv")
    let expectedLines = min(5, trends.filter { $0[7] == "rising" }.count) + min(5, trends.filter { $0[7] == "falling" }.count)
    #expect(occurrences(of: "class=\"mark trend-line\"", in: page) == expectedLines)
    // Xi against Putin: twelve terms a side over all meetings.
    let overall = try reports.table("speaker_keyness.csv").filter { $0[0] == "all" }
    let expectedBars = min(12, overall.filter { Double($0[6])! > 0 }.count) + min(12, overall.filter { Double($0[6])! < 0 }.count)
    #expect(occurrences(of: "class=\"mark speaker-bar\"", in: page) == expectedBars)
    // Networks: all meetings and each one; nodes are the terms of its 30 strongest pairs.
    let pairs = try reports.table("cooccurrence.csv")
    let charts = page.components(separatedBy: "<svg class=\"chart network\" data-meeting=\"").dropFirst()
    #expect(charts.count == meetings + 1)
    for chart in charts {
        let meeting = String(chart.prefix { $0 != "\"" })
        let strongest = pairs.filter { $0[0] == meeting }.prefix(30)
        let terms = Set(strongest.flatMap { [$0[1], $0[2]] })
        let svg = chart.components(separatedBy: "</svg>")[0]
        #expect(occurrences(of: "class=\"mark node\"", in: svg) == terms.count, "network \(meeting)")
        #expect(occurrences(of: "class=\"edge\"", in: svg) == strongest.count, "network \(meeting)")
    }
}

@Suite struct ReportPageTests {
    @Test func thePageHasEveryChartWithTheRightNumberOfMarks() throws {
        let reports = try SeedReports()
        defer { reports.remove() }
        let page = try String(contentsOfFile: reports.folder + "/index.html", encoding: .utf8)
        try checkCharts(page, reports)
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"), "self-contained, no network")
        #expect(page.contains("Noto Sans CJK SC"))
        for name in try FileManager.default.contentsOfDirectory(atPath: reports.folder) where name != "index.html" && !name.hasPrefix(".") {
            #expect(page.contains("<a href=\"\(name)\">"), "a link to \(name)")
        }
    }

    @Test(.enabled(if: chromium != nil, "needs Chromium: apt-get install chromium fonts-noto-cjk"))
    func theChartsRenderInARealBrowser() throws {
        let reports = try SeedReports()
        defer { reports.remove() }
        let dom = try output(of: chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom",
                                             "file://" + reports.folder + "/index.html"])
        #expect(dom.contains("<svg"))
        try checkCharts(dom, reports)
    }

    /// At a phone's 400 px, with a measuring script added to a copy of the page (the page itself has
    /// none): every chart lies inside the viewport, and no two text labels of a chart overlap (the
    /// networks' labels excepted: a force layout can set two nodes close).
    @Test(.enabled(if: chromium != nil, "needs Chromium: apt-get install chromium fonts-noto-cjk"))
    func atFourHundredPixelsEveryChartFitsAndNoLabelsOverlap() throws {
        let reports = try SeedReports()
        defer { reports.remove() }
        // Headless Chromium's window is at least 500 px wide, so the page is laid out 400 px wide.
        let measure = """
            <style>html { width: 400px; }</style>
            <script>
            const problems = [];
            const width = document.documentElement.getBoundingClientRect().width;
            document.querySelectorAll("svg.chart").forEach((svg, i) => {
              const box = svg.getBoundingClientRect();
              if (box.left < 0 || box.right > width + 0.5) problems.push("chart " + i + " spans " + box.left + "-" + box.right + " of " + width);
              const texts = [...svg.querySelectorAll("text")].filter(t => t.getBoundingClientRect().width > 0);
              const labels = texts.map(t => t.getBoundingClientRect());
              for (let a = 0; a < labels.length; a++) for (let b = a + 1; b < labels.length; b++) {
                const p = labels[a], q = labels[b];
                const dx = Math.min(p.right, q.right) - Math.max(p.left, q.left), dy = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                if (!svg.classList.contains("network") && dx > 1 && dy > 1) problems.push("chart " + i + ": " + texts[a].textContent + " and " + texts[b].textContent + " overlap");
              }
            });
            document.body.insertAdjacentHTML("beforeend", "<pre id=measured>charts=" + document.querySelectorAll("svg.chart").length + " width=" + width + "\\n" + problems.join("\\n") + "</pre>");
            </script>
            """
        let page = try String(contentsOfFile: reports.folder + "/index.html", encoding: .utf8)
        try page.replacingOccurrences(of: "</body>", with: measure + "</body>")
            .write(toFile: reports.folder + "/measured.html", atomically: false, encoding: .utf8)
        let dom = try output(of: chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                                             "--window-size=500,900", "--dump-dom", "file://" + reports.folder + "/measured.html"])
        let measured = dom.components(separatedBy: "<pre id=\"measured\">").last?.components(separatedBy: "</pre>").first ?? ""
        let lines = measured.split(separator: "\n").map(String.init)
        #expect(lines.first == "charts=13 width=400", "\(lines.first ?? "no measurement")")
        #expect(lines.dropFirst().isEmpty, "\(lines.dropFirst().prefix(10))")
    }

    @Test func theNetworkForGephiHasEveryPairOfAllMeetings() throws {
        let reports = try SeedReports()
        defer { reports.remove() }
        let gexf = try String(contentsOfFile: reports.folder + "/cooccurrence.gexf", encoding: .utf8)
        let pairs = try reports.table("cooccurrence.csv").filter { $0[0] == "all" }
        #expect(occurrences(of: "<edge ", in: gexf) == pairs.count)
        #expect(occurrences(of: "<node ", in: gexf) == Set(pairs.flatMap { [$0[1], $0[2]] }).count)
        #expect(gexf.contains("<attvalue for=\"llr\" value=\"\(pairs[0][9])\"/>"))
        // Ids are the terms themselves, so they stay put when a meeting is added.
        let (a, b) = (pairs[0][1], pairs[0][2])
        #expect(gexf.contains("<edge id=\"\(a) \(b)\" source=\"\(a)\" target=\"\(b)\""))
        #expect(gexf.contains("<node id=\"\(a)\" label=\"\(a)\">"))
        #expect(gexf.contains("<attvalue for=\"logdice\" value=\"\(pairs[0][11])\"/><attvalue for=\"mi3\" value=\"\(pairs[0][12])\"/>"))
    }

    @Test func endLabelsAreSpreadApartWithinTheFrame() {
        // 100 and 105 are too close for a gap of 14: the second moves to 114; 200 stays.
        #expect(SVG.spread([105, 100, 200], gap: 14, low: 0, high: 300) == [114, 100, 200])
        // Three labels wanted at the bottom edge: pushed up so the lowest sits at the edge.
        #expect(SVG.spread([300, 300, 300], gap: 10, low: 0, high: 300) == [280, 290, 300])
        #expect(SVG.spread([], gap: 10, low: 0, high: 100) == [])
    }

    @Test func theLayoutIsDeterministicAndStaysInTheFrame() {
        let layout = NetworkLayout(width: 300, height: 200)
        let edges = [(0, 1, 1.0), (1, 2, 0.5), (3, 4, 0.2)]
        let first = layout.positions(count: 6, edges: edges)
        #expect(first.map(\.x) == layout.positions(count: 6, edges: edges).map(\.x))
        #expect(first.allSatisfy { $0.x >= 0 && $0.x <= 300 && $0.y >= 0 && $0.y <= 200 })
    }
}
