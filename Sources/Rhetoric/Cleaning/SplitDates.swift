extension Cleaner {
    /// Joins a date a page set across lines, each number in its own element (`当地时间` / `5` / `月` /
    /// `16` / `日下午，…`), into the line it belongs to (`当地时间5月16日下午，…`): left apart, the
    /// numbers read as page numbers and the lead opens mid-date.
    ///
    /// A line of at most four digits joins the line after it when that line opens with the unit the
    /// number is a date in (年 for 1000 to 2100, 月 for 1 to 12, 日 or 号 for 1 to 31, 时 for 0 to 24),
    /// and the line before it when that one ends in a Han character or a digit, mid-sentence; after
    /// a line ending a sentence, only a unit alone (`5` / `月`), so a page number between paragraphs
    /// stays apart from a paragraph that opens with 日前.
    static func joiningSplitDates(_ units: [Unit], into document: inout CleanedDocument) -> [Unit] {
        var joined: [Unit] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            let before = joined.last.flatMap { before -> Unit? in
                guard before.kind.isLine, let last = before.text.trimmingSpaces().unicodeScalars.last,
                      TextNormalizer.isHan(last) || ("0"..."9").contains(last) else { return nil }
                return before
            }
            guard index + 1 < units.count, unit.kind.isLine, case let next = units[index + 1], next.kind.isLine,
                  let number = Cleaner.shortNumber(unit.text), case let rest = next.text.trimmingSpaces(),
                  let unitMark = rest.unicodeScalars.first, Cleaner.dateRanges[unitMark]?.contains(number) == true,
                  before != nil || rest.unicodeScalars.count <= 2
            else {
                joined.append(unit)
                index += 1
                continue
            }
            var merged = Unit(text: unit.text.trimmingSpaces() + rest, kind: next.kind, number: unit.number)
            if let before {
                joined.removeLast()
                merged = Unit(text: before.text.trimmingSpaces() + merged.text, kind: before.kind, number: before.number)
            }
            document.decisions.append(CleaningDecision(line: merged.number, .changed, "split date", unit.text, result: merged.text))
            // The next number may join it in turn (`当地时间5月` / `16` / `日…`).
            joined.append(merged)
            index += 2
        }
        return joined
    }

    /// The value of a line that is one to four ASCII digits, spaces around them aside.
    private static func shortNumber(_ text: String) -> Int? {
        let digits = text.trimmingSpaces()
        guard (1...4).contains(digits.utf8.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(digits)
    }

    /// The numbers a date's unit may follow.
    private static let dateRanges: [Unicode.Scalar: ClosedRange<Int>] = ["年": 1000...2100, "月": 1...12, "日": 1...31, "号": 1...31, "时": 0...24]
}

extension Cleaner.Unit.Kind {
    /// A line of a text file, or a paragraph or loose text of a page: what a date may be split across.
    var isLine: Bool {
        switch self {
        case .line, .paragraph, .loose: true
        default: false
        }
    }
}
