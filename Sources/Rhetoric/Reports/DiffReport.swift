/// `rhetoric diff`'s readable report: the terms and themes that rose and fell most, then the new
/// and the gone.
public enum DiffReport {
    /// `before` and `after` name the sides as the user did; `pooled` lists each side's meetings.
    public static func text(before: String, after: String, pooled: ([Int], [Int]), rows: [ShiftStage.Row],
                            themes: [DiffStage.ThemeChange], themeList: ThemeList, tables: AnalysisTables, top: Int) -> String {
        func term(_ row: ShiftStage.Row) -> String { tables.terms[Int(row.term)] }
        func rateTable(_ selected: [ShiftStage.Row]) -> String {
            var table = TextTable(header: ["term", before, after, "change", "g2"], alignments: [.left, .right, .right, .right, .right])
            for row in selected {
                table.append([term(row), Format.decimal(row.per10kFrom, places: 1), Format.decimal(row.per10kTo, places: 1),
                              signed(row.change), Format.decimal(row.g2, places: 2)])
            }
            return selected.isEmpty ? "(none)\n" : table.rendered()
        }
        // Every new or gone term, grouped by count: rare words are often the telling ones.
        func byCount(_ selected: [ShiftStage.Row], count: (ShiftStage.Row) -> Int) -> String {
            guard !selected.isEmpty else { return "(none)\n" }
            let groups = Dictionary(grouping: selected, by: count)
            return groups.keys.sorted(by: >).map { n in
                let terms = groups[n]!.sorted { tables.precedes($0.term, $1.term) }.map(term)
                return wrap(terms, prefix: TextTable.pad(String(n), to: 4, .right) + "  ")
            }.joined()
        }
        let rose = rows.filter { $0.g2 > 0 && $0.status != .new }.prefix(top)
        let fell = rows.filter { $0.g2 < 0 && $0.status != .gone }.sorted { $0.g2 < $1.g2 }.prefix(top)
        let new = rows.filter { $0.status == .new }
        let gone = rows.filter { $0.status == .gone }
        let sides = [pooled.0, pooled.1].map { $0.map { tables.meetings[$0].id }.joined(separator: ", ") }
        var themeTable = TextTable(header: ["theme", before, after, "change"], alignments: [.left, .right, .right, .right])
        for change in themes {
            themeTable.append([themeList.themes[change.theme].name, Format.decimal(change.per10kBefore, places: 1),
                               Format.decimal(change.per10kAfter, places: 1), signed(change.change)])
        }
        return """
            \(before) → \(after): rates per 10,000 tokens; g2 is the log-likelihood of the change (|g2| ≥ 3.84: p < 0.05)
            \(before): \(sides[0])
            \(after): \(sides[1])

            Rose most
            \(rateTable(Array(rose)))
            Fell most
            \(rateTable(Array(fell)))
            Themes
            \(themeTable.rendered())
            New in \(after) (absent from \(before)), by count
            \(byCount(new) { $0.countTo })
            Gone since \(before) (absent from \(after)), by count
            \(byCount(gone) { $0.countFrom })
            """
    }

    /// Terms one space apart, wrapped at 80 display columns, continuation lines indented.
    static func wrap(_ terms: [String], prefix: String) -> String {
        let indent = String(repeating: " ", count: TextNormalizer.displayWidth(prefix))
        var lines: [String] = []
        var line = prefix
        for term in terms {
            if line != prefix && TextNormalizer.displayWidth(line) + 1 + TextNormalizer.displayWidth(term) > 80 {
                lines.append(line)
                line = indent
            }
            line += (line == prefix || line == indent ? "" : " ") + term
        }
        lines.append(line)
        return lines.map { $0 + "\n" }.joined()
    }

    static func signed(_ value: Double) -> String {
        let text = Format.decimal(value, places: 1)
        return text.hasPrefix("-") || text == "0.0" ? text : "+" + text
    }
}
