/// `index.html`: one self-contained page (inline SVG and CSS, no script, no network) with the
/// pictures an analyst would draw from the CSVs. Generated with the other reports, so it diffs
/// cleanly; each chart's marks carry the class `mark` and a kind, so a test can count them.
enum HTMLReport {
    static let fileName = "index.html"
    /// Terms per side in the Xi-against-Putin chart, terms per trend chart, pairs per network.
    static let speakerTerms = 12
    static let trendTerms = 5
    static let networkPairs = 30

    static func html(corpus: Corpus, tables: AnalysisTables, results: StageResults, themes: ThemeList, files: [String],
                     layouts: LayoutCache? = nil) -> String {
        let meetingCount = tables.meetings.count
        var body = "<h1>Xi–Putin summits: how the rhetoric differs and shifts</h1>\n"
        body += "<p class=\"lead\">\(corpus.documents.count) reports of \(meetingCount) meetings, "
            + "\(tables.tokens.reduce(0, +)) terms counted. Rates are per 10,000 terms. Every number comes from the CSV files linked at the end.</p>\n"
        body += meetingsSection(corpus: corpus, tables: tables, results: results)
        body += themesSection(tables: tables, results: results, themes: themes)
        body += trendsSection(tables: tables, results: results)
        body += sharesSection(tables: tables, results: results)
        body += speakersSection(tables: tables, results: results)
        body += networkSection(tables: tables, results: results, layouts: layouts)
        body += filesSection(files)
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>rhetoric: Xi–Putin summits</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", \
        "WenQuanYi Micro Hei", "Noto Sans", sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
        h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05em; }
        table { border-collapse: collapse; } tr.meeting td:first-child { white-space: nowrap; } td, th { padding: 0.3em 0.8em; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
        svg { font-family: inherit; } svg text { font-size: 12px; fill: #222; } .axis { stroke: #999; stroke-width: 1; }
        .legend span { display: inline-block; margin-right: 1em; } .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
        .edge { stroke: #9aa; } .node { fill: #4e79a7; fill-opacity: 0.8; } .networks { display: flex; flex-wrap: wrap; gap: 1em; }
        .lead { color: #555; } .files li { margin: 0.3em 0; }
        """

    // MARK: Meetings

    static func meetingsSection(corpus: Corpus, tables: AnalysisTables, results: StageResults) -> String {
        var html = "<h2>The meetings</h2>\n<table class=\"meetings\">\n<tr><th>date</th><th>city</th><th>label</th><th>documents</th><th>terms</th><th>top keywords (against the other meetings; bold: key)</th></tr>\n"
        var small: [String] = []
        let counts = Dictionary(grouping: corpus.documents, by: \.meeting.date).mapValues(\.count)
        let top = TopSelection.first(10, ofEach: tables.meetings.count, among: results.keyness) { $0.g2 > 0 ? $0.target : nil }
        for (m, meeting) in tables.meetings.enumerated() {
            let documents = counts[meeting.date] ?? 0
            let keywords = top[m].map { row in
                let term = SVG.escape(tables.terms[Int(row.term)])
                return row.key ? "<strong>\(term)</strong>" : term
            }
            let isSmall = tables.tokens[m] < DiffReport.smallSample
            if isSmall { small.append(meeting.id) }
            html += "<tr class=\"meeting\"><td>\(meeting.id)</td><td>\(SVG.escape(meeting.city))</td><td>\(SVG.escape(meeting.label))</td>"
                + "<td>\(documents)</td><td>\(tables.tokens[m])\(isSmall ? " †" : "")</td><td>\(keywords.joined(separator: " · "))</td></tr>\n"
        }
        html += "</table>\n<p class=\"lead\">A keyword is key (bold) when its difference is significant after Bonferroni correction over the \(tables.testedTerms) terms of the corpus, its count is at least 3 and it is at least twice as frequent (keyness.csv).</p>\n"
        if !small.isEmpty {
            html += "<p class=\"lead\">† Fewer than \(DiffReport.smallSample) terms (\(small.joined(separator: ", "))): the differences of a meeting this small are indicative.</p>\n"
        }
        return html
    }

    // MARK: Themes

    /// A heatmap per speaker (all speakers, then the compared two): a row per theme, a column per
    /// meeting; the shade is the theme's hits per 10,000 terms there (so a small meeting's 7 hits do
    /// not look like a large one's 136), the number the hits themselves.
    static func themesSection(tables: AnalysisTables, results: StageResults, themes: ThemeList) -> String {
        var html = "<h2>Themes</h2>\n<p>Each cell is a theme at a meeting: the number counts the theme's terms (hits), "
            + "the shade their rate per 10,000 terms of the meeting (darkest: the chart's highest rate). themes.csv has every figure.</p>\n"
        var speakers: [Int?] = [nil]
        if let (a, b) = tables.compared { speakers += [a, b] }
        let labelWidth = 200.0, cellWidth = 80.0, rowHeight = 24.0, top = 24.0
        let width = labelWidth + cellWidth * Double(tables.meetings.count) + 4
        let height = top + rowHeight * Double(themes.themes.count) + 4
        for speaker in speakers {
            let name = speaker.map { tables.speakers[$0] } ?? "all speakers"
            let rows = results.themes.filter { $0.meeting != nil && $0.speaker == speaker }
            let highest = rows.map(\.per10k).max() ?? 0
            html += "<h3>\(SVG.escape(name))</h3>\n" + SVG.open("class=\"chart themes\" data-speaker=\"\(SVG.escape(name))\"", width: width, height: height)
            for (m, meeting) in tables.meetings.enumerated() {
                let x = labelWidth + cellWidth * (Double(m) + 0.5)
                html += "<text x=\"\(SVG.n(x))\" y=\"16\" text-anchor=\"middle\">\(meeting.id)</text>\n"
            }
            for (t, theme) in themes.themes.enumerated() {
                html += "<text x=\"\(SVG.n(labelWidth - 8))\" y=\"\(SVG.n(top + rowHeight * Double(t) + 16))\" text-anchor=\"end\">\(SVG.escape(theme.label))</text>\n"
            }
            for row in rows {
                let x = labelWidth + cellWidth * Double(row.meeting!), y = top + rowHeight * Double(row.theme)
                let level = highest > 0 ? row.per10k / highest : 0
                let label = "\(tables.meetings[row.meeting!].id) · \(SVG.escape(themes.themes[row.theme].label)): \(row.hits) hits, \(Format.decimal(row.per10k, places: 1)) per 10,000 terms"
                html += "<rect class=\"mark theme-cell\" x=\"\(SVG.n(x + 1))\" y=\"\(SVG.n(y + 1))\" width=\"\(SVG.n(cellWidth - 2))\" height=\"\(SVG.n(rowHeight - 2))\" fill=\"\(SVG.shade(level))\"><title>\(label)</title></rect>\n"
                html += "<text x=\"\(SVG.n(x + cellWidth / 2))\" y=\"\(SVG.n(y + 16))\" text-anchor=\"middle\"\(level > 0.55 ? " style=\"fill:#fff\"" : "")>\(row.hits)</text>\n"
            }
            html += "</svg>\n"
        }
        return html
    }

    // MARK: Trends

    /// The rising terms with the steepest slopes and the falling ones with the steepest descents.
    static func trendTerms(_ rows: [TrendsStage.Row]) -> (rising: [TrendsStage.Row], falling: [TrendsStage.Row]) {
        let slope: (TrendsStage.Row) -> Double = { $0.slopePerYear ?? 0 }
        let rising = rows.filter { $0.status == .rising }.sorted { slope($0) > slope($1) }
        let falling = rows.filter { $0.status == .falling }.sorted { slope($0) < slope($1) }
        return (Array(rising.prefix(trendTerms)), Array(falling.prefix(trendTerms)))
    }

    static func trendsSection(tables: AnalysisTables, results: StageResults) -> String {
        let (rising, falling) = trendTerms(results.trends)
        var html = "<h2>What rose and what fell</h2>\n<p>Rates per 10,000 terms at each meeting, for the rising and falling terms (Spearman ≥ 0.7 or ≤ −0.7) with the steepest slopes.</p>\n"
        for (title, rows) in [("Rose most", rising), ("Fell most", falling)] {
            html += "<h3>\(title)</h3>\n" + lineChart(rows, tables: tables)
        }
        return html
    }

    static func lineChart(_ rows: [TrendsStage.Row], tables: AnalysisTables) -> String {
        let width = 700.0, height = 270.0, left = 50.0, right = 110.0, top = 20.0, bottom = 30.0
        let years = tables.meetings.map(\.date.fractionalYear)
        let (minX, maxX) = (years.min() ?? 0, years.max() ?? 1)
        let maxY = max(rows.flatMap(\.per10k).max() ?? 1, 1)
        let px: (Double) -> Double = { maxX > minX ? left + ($0 - minX) / (maxX - minX) * (width - left - right) : left }
        let py: (Double) -> Double = { top + (1 - $0 / maxY) * (height - top - bottom) }
        var svg = SVG.open("class=\"chart trends\"", width: width, height: height)
        svg += "<line class=\"axis\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(height - bottom))\" x2=\"\(SVG.n(width - right))\" y2=\"\(SVG.n(height - bottom))\"/>\n"
        svg += "<line class=\"axis\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(top))\" x2=\"\(SVG.n(left))\" y2=\"\(SVG.n(height - bottom))\"/>\n"
        // Ticks at 0, half and the maximum, with the axes' titles.
        for value in [0, maxY / 2, maxY] {
            svg += "<text x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(py(value) + 4))\" text-anchor=\"end\">\(Format.decimal(value, places: 0))</text>\n"
        }
        svg += "<text class=\"axis-title\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(top - 2))\">per 10,000 terms</text>\n"
        // Year labels, thinned so that they stay at least 34 px apart on long spans.
        var lastLabel = -Double.infinity
        for (m, meeting) in tables.meetings.enumerated() where px(years[m]) - lastLabel >= 34 {
            lastLabel = px(years[m])
            svg += "<text x=\"\(SVG.n(px(years[m])))\" y=\"\(SVG.n(height - 8))\" text-anchor=\"middle\">\(meeting.date.year)</text>\n"
        }
        guard !rows.isEmpty else {
            return svg + "<text x=\"\(SVG.n(left + 20))\" y=\"\(SVG.n(height / 2))\">No term passes the threshold: see trends.csv.</text>\n</svg>\n"
        }
        let labels = SVG.spread(rows.map { py($0.per10k.last ?? 0) + 4 }, gap: 18, low: top + 8, high: height - bottom)
        for (index, row) in rows.enumerated() {
            let points = zip(years, row.per10k).map { (px($0), py($1)) }
            let term = SVG.escape(tables.terms[Int(row.term)])
            svg += "<polyline class=\"mark trend-line\" fill=\"none\" stroke=\"\(SVG.color(index))\" stroke-width=\"2\" points=\"\(points.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " "))\"><title>\(term)</title></polyline>\n"
            for (point, meeting) in zip(points, tables.meetings) {
                svg += "<circle cx=\"\(SVG.n(point.0))\" cy=\"\(SVG.n(point.1))\" r=\"3\" fill=\"\(SVG.color(index))\"><title>\(term), \(meeting.id)</title></circle>\n"
            }
            svg += "<text class=\"label\" x=\"\(SVG.n(width - right + 6))\" y=\"\(SVG.n(labels[index]))\" fill=\"\(SVG.color(index))\">\(term)</text>\n"
        }
        return svg + "</svg>\n"
    }

    // MARK: Speaker shares

    /// Per meeting (and over all), one bar split by speaker: each speaker's share of the terms.
    static func sharesSection(tables: AnalysisTables, results: StageResults) -> String {
        guard !tables.speakers.isEmpty else { return "" }
        var html = "<h2>Who speaks</h2>\n<p>Each speaker's share of the terms counted at each meeting (speakers.csv); joint statements and narration are speakers here too.</p>\n<p class=\"legend\">"
        for (s, speaker) in tables.speakers.enumerated() {
            html += "<span><span class=\"swatch\" style=\"background:\(SVG.color(s))\"></span>\(SVG.escape(speaker))</span>"
        }
        html += "</p>\n"
        let labelWidth = 90.0, barWidth = 600.0, rowHeight = 26.0
        let meetings = tables.meetings.indices.map(Optional.some) + [nil]
        html += SVG.open("class=\"chart speaker-shares\"", width: labelWidth + barWidth + 4, height: rowHeight * Double(meetings.count) + 4)
        for (index, meeting) in meetings.enumerated() {
            let y = rowHeight * Double(index) + 2
            let name = StageReports.meetingName(meeting, tables)
            html += "<text x=\"0\" y=\"\(SVG.n(y + 15))\">\(name)</text>\n"
            var x = labelWidth
            for row in results.speakers where row.meeting == meeting && row.tokens > 0 {
                let width = row.share * barWidth
                let percent = Format.decimal(row.share * 100, places: 1)
                html += "<rect class=\"mark speaker-share\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(width))\" height=\"20\" fill=\"\(SVG.color(row.speaker))\">"
                    + "<title>\(name) · \(SVG.escape(tables.speakers[row.speaker])): \(percent)% (\(row.tokens) terms, \(row.sentences) sentences)</title></rect>\n"
                // A percentage inside a segment wide enough to hold it.
                if width >= 44 {
                    html += "<text x=\"\(SVG.n(x + width / 2))\" y=\"\(SVG.n(y + 15))\" text-anchor=\"middle\" style=\"fill:#fff\">\(Format.decimal(row.share * 100, places: 0))%</text>\n"
                }
                x += width
            }
        }
        return html + "</svg>\n"
    }

    // MARK: Speakers

    /// The compared speakers' most distinctive terms over all meetings: the first speaker's by G²
    /// descending, the second's by G² ascending.
    static func speakerTerms(_ tables: AnalysisTables, _ rows: [KeynessStage.Row]) -> (first: [KeynessStage.Row], second: [KeynessStage.Row]) {
        let all = rows.filter { $0.target == tables.meetings.count }
        return (Array(all.filter { $0.g2 > 0 }.prefix(speakerTerms)), Array(all.filter { $0.g2 < 0 }.reversed().prefix(speakerTerms)))
    }

    static func speakersSection(tables: AnalysisTables, results: StageResults) -> String {
        guard let (a, b) = tables.compared else { return "" }
        let (first, second) = speakerTerms(tables, results.speakerKeyness)
        let names = (SVG.escape(tables.speakers[a]), SVG.escape(tables.speakers[b]))
        var html = "<h2>\(names.0) against \(names.1)</h2>\n<p>The terms most distinctive of each speaker over all meetings (log-likelihood G², speaker_keyness.csv).</p>\n"
        let rowHeight = 20.0, center = 360.0, half = 250.0
        let maxG2 = max((first + second).map { abs($0.g2) }.max() ?? 1, 1)
        let height = Double(max(first.count, second.count)) * rowHeight + 30
        html += SVG.open("class=\"chart speaker-keyness\"", width: 720, height: height)
        html += "<text x=\"\(SVG.n(center - half))\" y=\"14\">← \(names.0)</text><text x=\"\(SVG.n(center + half - 60))\" y=\"14\">\(names.1) →</text>\n"
        for (side, rows) in [(-1.0, first), (1.0, second)] {
            for (index, row) in rows.enumerated() {
                let width = abs(row.g2) / maxG2 * (half - 60)
                let y = 24 + Double(index) * rowHeight
                let x = side < 0 ? center - width : center
                let term = SVG.escape(tables.terms[Int(row.term)])
                html += "<rect class=\"mark speaker-bar\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(width))\" height=\"14\" fill=\"\(SVG.color(side < 0 ? 0 : 2))\"><title>\(term): G² \(Format.decimal(row.g2, places: 2))</title></rect>\n"
                let labelX = side < 0 ? center - width - 6 : center + width + 6
                html += "<text x=\"\(SVG.n(labelX))\" y=\"\(SVG.n(y + 11))\" text-anchor=\"\(side < 0 ? "end" : "start")\">\(term)</text>\n"
            }
        }
        return html + "</svg>\n"
    }

    // MARK: Networks

    /// The strongest pairs (by llr) of each meeting, then of all meetings (at the meetings' count).
    static func networkPairs(_ rows: [CooccurrenceStage.Row], meetings: Int) -> [[CooccurrenceStage.Row]] {
        TopSelection.first(networkPairs, ofEach: meetings + 1, among: rows) { $0.meeting ?? meetings }
    }

    /// With `layouts`, the networks' layouts are read from it when it has them.
    static func networkSection(tables: AnalysisTables, results: StageResults, layouts: LayoutCache? = nil) -> String {
        var html = "<h2>What goes with what</h2>\n<p>The \(networkPairs) strongest co-occurrences (Dunning's log-likelihood over sentences) of all meetings and of each; node size follows the term's frequency. cooccurrence.gexf opens in Gephi.</p>\n<div class=\"networks\">\n"
        let strongest = networkPairs(results.cooccurrence, meetings: tables.meetings.count)
        for meeting in [nil] + tables.meetings.indices.map(Optional.some) {
            let pairs = strongest[meeting ?? tables.meetings.count]
            let nodes = Array(Set(pairs.flatMap { [$0.termA, $0.termB] })).sorted(by: tables.precedes)
            let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
            let maxLLR = pairs.map(\.llr).max() ?? 1
            let edges = pairs.map { (index[$0.termA]!, index[$0.termB]!, $0.llr / maxLLR) }
            let size = meeting == nil ? 640.0 : 420.0
            let layout = NetworkLayout(width: size, height: size)
            let positions = layouts?.positions(layout, count: nodes.count, edges: edges) ?? layout.positions(count: nodes.count, edges: edges)
            let counts = nodes.map { term in meeting.map { tables.counts[$0][Int(term)] } ?? tables.total(Int(term)) }
            let maxCount = Double(max(counts.max() ?? 1, 1))
            let name = meeting.map { tables.meetings[$0].id } ?? "all"
            html += "<div><h3>\(name)</h3>\n" + SVG.open("class=\"chart network\" data-meeting=\"\(name)\"", width: size, height: size)
            for (a, b, weight) in edges {
                html += "<line class=\"edge\" x1=\"\(SVG.n(positions[a].x))\" y1=\"\(SVG.n(positions[a].y))\" x2=\"\(SVG.n(positions[b].x))\" y2=\"\(SVG.n(positions[b].y))\" stroke-width=\"\(SVG.n(0.5 + 3 * weight))\"/>\n"
            }
            for (i, term) in nodes.enumerated() {
                let radius = 3 + 9 * (Double(counts[i]) / maxCount).squareRoot()
                let label = SVG.escape(tables.terms[Int(term)])
                html += "<circle class=\"mark node\" cx=\"\(SVG.n(positions[i].x))\" cy=\"\(SVG.n(positions[i].y))\" r=\"\(SVG.n(radius))\"><title>\(label): \(counts[i])</title></circle>\n"
                // Labels on the right half point left, so none runs past the panel's edge.
                let leftward = positions[i].x > size / 2
                let x = leftward ? positions[i].x - radius - 2 : positions[i].x + radius + 2
                html += "<text x=\"\(SVG.n(x))\" y=\"\(SVG.n(positions[i].y + 4))\"\(leftward ? " text-anchor=\"end\"" : "")>\(label)</text>\n"
            }
            html += "</svg></div>\n"
        }
        return html + "</div>\n"
    }

    // MARK: Files


    static func filesSection(_ files: [String]) -> String {
        var html = "<h2>The files</h2>\n<ul class=\"files\">\n"
        for name in [WorkbookReport.fileName] + files where name != fileName {
            html += "<li><a href=\"\(SVG.escape(name))\">\(SVG.escape(name))</a>: \(SVG.escape(ReportCatalog.descriptions[name] ?? ""))</li>\n"
        }
        return html + "</ul>\n"
    }
}
