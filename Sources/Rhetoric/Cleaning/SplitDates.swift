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
        joined.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            let unit = units[index]
            guard let (merged, withBefore) = Cleaner.dateJoined(unit, to: index + 1 < units.count ? units[index + 1] : nil,
                                                                after: joined.last) else {
                joined.append(unit)
                index += 1
                continue
            }
            if withBefore { joined.removeLast() }
            document.decisions.append(CleaningDecision(line: merged.number, .changed, "split date", unit.text, result: merged.text))
            // The next number may join it in turn (`当地时间5月` / `16` / `日…`).
            joined.append(merged)
            index += 2
        }
        return joined
    }

    /// `unit` joined to the line after it, `next`, and to the one before it, `before`, when it is a
    /// number of the date they are split across, and whether `before` is part of it.
    private static func dateJoined(_ unit: Unit, to next: Unit?, after before: Unit?) -> (Unit, withBefore: Bool)? {
        guard unit.kind.isLine, let number = shortNumber(unit.text), let next, next.kind.isLine,
              case let rest = next.text.trimmingSpaces(), let mark = rest.unicodeScalars.first,
              dateRanges[mark]?.contains(number) == true else { return nil }
        let date = unit.text.trimmingSpaces() + rest
        if let before, before.kind.isLine, case let line = before.text.trimmingSpaces(), let last = line.unicodeScalars.last,
           TextNormalizer.isHan(last) || ("0"..."9").contains(last) {
            return (Unit(text: line + date, kind: before.kind, number: before.number), true)
        }
        return rest.unicodeScalars.count <= 2 ? (Unit(text: date, kind: next.kind, number: unit.number), false) : nil
    }

    /// The value of a line that is one to four ASCII digits, spaces around them aside.
    private static func shortNumber(_ text: String) -> Int? {
        // Asked of every line: most are longer than a number with spaces around it.
        guard text.utf8.count <= 12 else { return nil }
        let digits = text.trimmingSpaces()
        guard (1...4).contains(digits.utf8.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(digits)
    }

    /// The numbers a date's unit may follow.
    private static let dateRanges: [Unicode.Scalar: ClosedRange<Int>] = ["年": 1000...2100, "月": 1...12, "日": 1...31, "号": 1...31, "时": 0...24]
}

extension Cleaner.Unit.Kind {
    /// What may hold run-together paragraphs (``isText``), or loose text of a page: what a date may
    /// be split across.
    var isLine: Bool {
        if case .loose = self { return true }
        return isText
    }
}
