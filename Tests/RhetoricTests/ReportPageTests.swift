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
    // Theme bars: every meeting × theme, for all speakers, Xi and Putin.
    #expect(occurrences(of: "class=\"mark theme-segment\"", in: page) == 3 * meetings * themeCount)
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom",
                             "file://" + reports.folder + "/index.html"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(dom.contains("<svg"))
        try checkCharts(dom, reports)
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

    @Test func theLayoutIsDeterministicAndStaysInTheFrame() {
        let layout = NetworkLayout(width: 300, height: 200)
        let edges = [(0, 1, 1.0), (1, 2, 0.5), (3, 4, 0.2)]
        let first = layout.positions(count: 6, edges: edges)
        #expect(first.map(\.x) == layout.positions(count: 6, edges: edges).map(\.x))
        #expect(first.allSatisfy { $0.x >= 0 && $0.x <= 300 && $0.y >= 0 && $0.y <= 200 })
    }
}
