/// `rhetoric diff`'s readable report: the key rises and falls, the themes and concept groups, then
/// the new and the gone terms that occur often enough to matter.
public enum DiffReport {
    /// A side with fewer terms than this is small: its differences are indicative.
    public static let smallSample = 2000

    /// What the report is about: the sides as the user named them, their meetings and token counts,
    /// the speaker compared, and the rules a change must meet.
    public struct Sides {
        public var before: String
        public var after: String
        public var meetings: ([Int], [Int])
        public var speaker: String?
        public var significance: Significance

        public init(before: String, after: String, meetings: ([Int], [Int]), speaker: String?, significance: Significance) {
            self.before = before
            self.after = after
            self.meetings = meetings
            self.speaker = speaker
            self.significance = significance
        }
    }

    public static func text(_ sides: Sides, rows: [ShiftStage.Row], themes: [DiffStage.ThemeChange], themeList: ThemeList,
                            concepts: [DiffStage.ThemeChange], conceptList: ThemeList, tables: AnalysisTables, top: Int) -> String {
        let (before, after) = (sides.before, sides.after)
        func term(_ row: ShiftStage.Row) -> String { tables.terms[Int(row.term)] }
        func rateTable(_ selected: [ShiftStage.Row]) -> String {
            var table = TextTable(header: ["term", before, after, "change", "log_ratio", "g2", "p_value"],
                                  alignments: [.left, .right, .right, .right, .right, .right, .right])
            for row in selected {
                table.append([term(row), Format.decimal(row.per10kFrom, places: 1), Format.decimal(row.per10kTo, places: 1),
                              signed(row.change), Format.decimal(row.logRatio, places: 2), Format.decimal(row.g2, places: 2),
                              Format.probability(row.pValue)])
            }
            return selected.isEmpty ? "no significant change\n" : table.rendered()
        }
        func changeTable(_ changes: [DiffStage.ThemeChange], _ list: ThemeList, _ title: String) -> String {
            var table = TextTable(header: [title, before, after, "change"], alignments: [.left, .right, .right, .right])
            for change in changes.prefix(top) {
                table.append([list.themes[change.theme].label, Format.decimal(change.per10kBefore, places: 1),
                              Format.decimal(change.per10kAfter, places: 1), signed(change.change)])
            }
            return table.rendered()
        }
        // New or gone terms that occur at least the key count, grouped by count; the one-offs only counted.
        let minimum = sides.significance.minimumCount
        func byCount(_ selected: [ShiftStage.Row], count: (ShiftStage.Row) -> Int) -> String {
            let frequent = selected.filter { count($0) >= minimum }
            let rare = selected.count - frequent.count
            let note = rare > 0 ? "(and \(rare) terms used fewer than \(minimum) times)\n" : ""
            guard !frequent.isEmpty else { return "(none used \(minimum) times or more)\n" + note }
            let ordered = frequent.sorted { count($0) != count($1) ? count($0) > count($1) : tables.precedes($0.term, $1.term) }.prefix(top)
            let groups = Dictionary(grouping: ordered, by: count)
            return groups.keys.sorted(by: >).map { n in
                wrap(groups[n]!.map(term), prefix: TextTable.pad(String(n), to: 4, .right) + "  ")
            }.joined() + note
        }
        let rose = rows.filter { $0.key && $0.g2 > 0 && $0.status != .new }.prefix(top)
        let fell = rows.filter { $0.key && $0.g2 < 0 && $0.status != .gone }.sorted { $0.g2 < $1.g2 }.prefix(top)
        let speaker = sides.speaker.flatMap { tables.speakers.firstIndex(of: $0) }
        let tokens = [sides.meetings.0, sides.meetings.1].map { meetings in
            meetings.reduce(0) { total, m in total + (speaker.map { tables.speakerTokens[m][$0] } ?? tables.tokens[m]) }
        }
        let names = [sides.meetings.0, sides.meetings.1].map { $0.map { tables.meetings[$0].id }.joined(separator: ", ") }
        var header = """
            \(before) → \(after)\(sides.speaker.map { ", \($0)'s words" } ?? ""): rates per 10,000 tokens. A change is listed when it is \
            key: p · \(tables.testedTerms) terms ≤ \(Format.decimal(sides.significance.alpha, places: 2)) (Bonferroni), \
            count ≥ \(minimum), |log_ratio| ≥ \(Format.decimal(sides.significance.minimumLogRatio, places: 1))
            \(before): \(names[0]) (\(tokens[0]) terms)
            \(after): \(names[1]) (\(tokens[1]) terms)

            """
        for (name, count) in zip([before, after], tokens) where count < smallSample {
            header += "Note: \(name) has \(count) terms, fewer than \(smallSample): its differences are indicative.\n"
        }
        return header + """

            Rose
            \(rateTable(Array(rose)))
            Fell
            \(rateTable(Array(fell)))
            Themes
            \(changeTable(themes, themeList, "theme"))
            Concepts
            \(changeTable(concepts, conceptList, "concept"))
            New in \(after) (absent from \(before)), by count
            \(byCount(rows.filter { $0.status == .new }) { $0.countTo })
            Gone since \(before) (absent from \(after)), by count
            \(byCount(rows.filter { $0.status == .gone }) { $0.countFrom })
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
