/// A plain-text table for the terminal, aligned by display width (a CJK character takes two
/// columns), so Chinese terms line up.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(header: [String], alignments: [Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    public func rendered() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { TextNormalizer.displayWidth($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                TextTable.pad(row[column], to: widths[column], alignments[column])
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }.joined()
    }

    /// `text` padded with spaces to `width` display columns.
    public static func pad(_ text: String, to width: Int, _ alignment: Alignment) -> String {
        let padding = String(repeating: " ", count: max(0, width - TextNormalizer.displayWidth(text)))
        return alignment == .left ? text + padding : padding + text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
