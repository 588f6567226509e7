/// Concordance lines aligned for a terminal: the term in one column, its left context
/// right-aligned against it.
public enum ConcordanceReport {
    public static func text(_ lines: [Concordance.Line], width: Int) -> String {
        let speakerWidth = lines.map { TextNormalizer.displayWidth($0.speaker) }.max() ?? 0
        return lines.map { line in
            [line.meeting, TextTable.pad(line.speaker, to: speakerWidth, .left),
             TextTable.pad(line.left, to: width * 2, .right) + " [" + line.term + "] " + line.right]
                .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }.joined()
    }
}
