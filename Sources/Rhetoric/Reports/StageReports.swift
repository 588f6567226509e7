/// The CSV files of the analysis stages, as the UTF-8 bytes written (a report of megabytes made
/// into a `String` is checked byte by byte for nothing). Numbers have six decimals; an undefined
/// statistic is an empty cell.
public enum StageReports {
    public static func frequency(_ rows: [FrequencyStage.Row], _ tables: AnalysisTables) -> [UInt8] {
        var csv = CSVWriter(header: ["meeting", "term", "count", "per_10k", "rank", "tfidf", "dp"])
        for row in rows {
            csv.text(tables.meetings[row.meeting].id)
            csv.text(tables.terms[Int(row.term)])
            csv.integer(row.count)
            csv.decimal(row.per10k)
            csv.integer(row.rank)
            csv.decimal(row.tfidf)
            csv.decimal(row.dp)
            csv.endRow()
        }
        return csv.bytes
    }

    /// One row per term, its rate in each meeting side by side: the table to chart.
    public static func frequencyWide(_ tables: AnalysisTables) -> [UInt8] {
        var csv = CSVWriter(header: ["term", "total_count"] + tables.meetings.map(\.id))
        for (term, total) in FrequencyStage.termsByTotal(tables) {
            csv.text(tables.terms[Int(term)])
            csv.integer(total)
            for meeting in tables.meetings.indices {
                csv.decimal(Statistics.per10k(tables.counts[meeting][Int(term)], tables.tokens[meeting]))
            }
            csv.endRow()
        }
        return csv.bytes
    }

    /// `targetName` labels each row's target (a meeting id, or a speaker comparison).
    public static func keyness(_ rows: [KeynessStage.Row], _ tables: AnalysisTables, targetName: (Int) -> String) -> [UInt8] {
        var csv = CSVWriter(header: ["meeting", "term", "count", "count_rest", "per_10k", "per_10k_rest", "g2", "p_value",
                                     "log_ratio", "logodds_z", "key"])
        for row in rows {
            csv.text(targetName(row.target))
            csv.text(tables.terms[Int(row.term)])
            for count in [row.count, row.countRest] { csv.integer(count) }
            for statistic in [row.per10k, row.per10kRest, row.g2] { csv.decimal(statistic) }
            csv.probability(row.pValue)
            csv.decimal(row.logRatio)
            csv.decimal(row.logOddsZ)
            csv.text(String(row.key))
            csv.endRow()
        }
        return csv.bytes
    }

    /// With `blocks`, a meeting's rows whose cache key `keys` gives (``CooccurrenceStage/Output``)
    /// are read from it rather than formatted. The file (13 MB on the bench) is handed to `write`
    /// a meeting's block at a time rather than put together first.
    public static func cooccurrence(_ rows: [CooccurrenceStage.Row], _ tables: AnalysisTables, keys: [String?] = [],
                                    blocks: CSVBlockCache? = nil,
                                    to write: (UnsafeBufferPointer<UInt8>) throws(RhetoricError) -> Void) throws(RhetoricError) {
        var header = CSVWriter(header: ["meeting", "term_a", "term_b", "count", "count_a", "count_b", "sentences", "pmi",
                                        "npmi", "llr", "jaccard", "logdice", "mi3"])
        try header.drain(into: write)
        var start = 0
        while start < rows.count {
            let meeting = rows[start].meeting
            let end = rows[start...].firstIndex { $0.meeting != meeting } ?? rows.count
            let name = meetingName(meeting, tables)
            let render = {
                var block = CSVWriter()
                for row in rows[start..<end] {
                    block.text(name)
                    block.text(tables.terms[Int(row.termA)])
                    block.text(tables.terms[Int(row.termB)])
                    block.integer(row.count)
                    block.integer(row.countA)
                    block.integer(row.countB)
                    block.integer(row.sentences)
                    for statistic in [row.pmi, row.npmi, row.llr, row.jaccard, row.logDice, row.mi3] { block.decimal(statistic) }
                    block.endRow()
                }
                return block.bytes
            }
            let block = if let blocks, let meeting, meeting < keys.count, let source = keys[meeting] {
                blocks.block(blocks.key(report: "cooccurrence.csv", source: source, cell: name), render: render)
            } else {
                render()[...]
            }
            try block.withUnsafeBufferPointer { (bytes) throws(RhetoricError) in try write(bytes) }
            start = end
        }
    }

    public static func trends(_ rows: [TrendsStage.Row], _ tables: AnalysisTables) -> [UInt8] {
        var csv = CSVWriter(header: ["term", "total_count", "meetings_present", "first_seen", "last_seen", "slope_per_year",
                                     "spearman", "status"] + tables.meetings.map(\.id))
        for row in rows {
            csv.text(tables.terms[Int(row.term)])
            csv.integer(row.total)
            csv.integer(row.meetingsPresent)
            csv.text(tables.meetings[row.firstSeen].id)
            csv.text(tables.meetings[row.lastSeen].id)
            csv.decimal(row.slopePerYear)
            csv.decimal(row.spearman)
            csv.text(row.status.rawValue)
            for rate in row.per10k { csv.decimal(rate) }
            csv.endRow()
        }
        return csv.bytes
    }

    public static func speakers(_ rows: [SpeakerStage.Row], _ tables: AnalysisTables) -> [UInt8] {
        var csv = CSVWriter(header: ["meeting", "speaker", "sentences", "tokens", "share"])
        for row in rows {
            csv.text(meetingName(row.meeting, tables))
            csv.text(tables.speakers[row.speaker])
            csv.integer(row.sentences)
            csv.integer(row.tokens)
            csv.decimal(row.share)
            csv.endRow()
        }
        return csv.bytes
    }

    public static func themes(_ rows: [ThemeStage.Row], _ tables: AnalysisTables, themes: ThemeList) -> [UInt8] {
        var csv = CSVWriter(header: ["meeting", "speaker", "theme", "theme_label", "hits", "per_10k", "share"])
        for row in rows {
            csv.text(meetingName(row.meeting, tables))
            csv.text(row.speaker.map { tables.speakers[$0] } ?? "all")
            csv.text(themes.themes[row.theme].name)
            csv.text(themes.themes[row.theme].label)
            csv.integer(row.hits)
            csv.decimal(row.per10k)
            csv.decimal(row.share)
            csv.endRow()
        }
        return csv.bytes
    }

    /// Each concept group's hits per meeting (and `all`), with the terms that made them: the terms a
    /// glob matched are listed with their counts, most frequent first, so a reader sees what was
    /// pooled.
    public static func concepts(_ rows: [ThemeStage.Row], _ tables: AnalysisTables, concepts: ThemeList) -> [UInt8] {
        let ids = concepts.termIDs(in: tables.terms)
        var csv = CSVWriter(header: ["meeting", "concept", "hits", "per_10k", "terms"])
        for row in rows {
            let meetings = row.meeting.map { [$0] } ?? Array(tables.meetings.indices)
            let counted = ids[row.theme].map { term in (term, meetings.reduce(0) { $0 + tables.counts[$1][Int(term)] }) }
                .filter { $0.1 > 0 }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : tables.precedes($0.0, $1.0) }
            csv.text(meetingName(row.meeting, tables))
            csv.text(concepts.themes[row.theme].name)
            csv.integer(row.hits)
            csv.decimal(row.per10k)
            csv.text(counted.map { "\(tables.terms[Int($0.0)]) \($0.1)" }.joined(separator: "; "))
            csv.endRow()
        }
        return csv.bytes
    }

    /// `from` and `to` label the compared sides (meeting ids, or what `diff` was given).
    public static func shifts(_ rows: [ShiftStage.Row], _ tables: AnalysisTables, name: (Int) -> String) -> [UInt8] {
        var csv = CSVWriter(header: ["from", "to", "term", "count_from", "count_to", "per_10k_from", "per_10k_to",
                                     "change_per_10k", "log_ratio", "g2", "p_value", "key", "status"])
        for row in rows {
            csv.text(name(row.from))
            csv.text(name(row.to))
            csv.text(tables.terms[Int(row.term)])
            csv.integer(row.countFrom)
            csv.integer(row.countTo)
            for statistic in [row.per10kFrom, row.per10kTo, row.change, row.logRatio, row.g2] { csv.decimal(statistic) }
            csv.probability(row.pValue)
            csv.text(String(row.key))
            csv.text(row.status.rawValue)
            csv.endRow()
        }
        return csv.bytes
    }

    /// A meeting's id, or `all`.
    static func meetingName(_ meeting: Int?, _ tables: AnalysisTables) -> String {
        meeting.map { tables.meetings[$0].id } ?? "all"
    }
}
