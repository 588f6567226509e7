/// The CSV files of the analysis stages. Numbers have six decimals; an undefined statistic is an
/// empty cell.
public enum StageReports {
    public static func frequency(_ rows: [FrequencyStage.Row], _ tables: AnalysisTables) -> String {
        var csv = CSVWriter(header: ["meeting", "term", "count", "per_10k", "rank", "tfidf", "dp"])
        for row in rows {
            csv.appendRow([tables.meetings[row.meeting].id, tables.terms[Int(row.term)], String(row.count),
                           Format.decimal(row.per10k), String(row.rank), Format.decimal(row.tfidf), Format.decimal(row.dp)])
        }
        return csv.text
    }

    /// One row per term, its rate in each meeting side by side: the table to chart.
    public static func frequencyWide(_ tables: AnalysisTables) -> String {
        var csv = CSVWriter(header: ["term", "total_count"] + tables.meetings.map(\.id))
        for (term, total) in FrequencyStage.termsByTotal(tables) {
            csv.appendRow([tables.terms[Int(term)], String(total)]
                          + tables.meetings.indices.map { Format.decimal(Statistics.per10k(tables.counts[$0][Int(term)], tables.tokens[$0])) })
        }
        return csv.text
    }

    /// `targetName` labels each row's target (a meeting id, or a speaker comparison).
    public static func keyness(_ rows: [KeynessStage.Row], _ tables: AnalysisTables, targetName: (Int) -> String) -> String {
        var csv = CSVWriter(header: ["meeting", "term", "count", "count_rest", "per_10k", "per_10k_rest", "g2", "p_value",
                                     "log_ratio", "logodds_z", "key"])
        for row in rows {
            csv.appendRow([targetName(row.target), tables.terms[Int(row.term)], String(row.count), String(row.countRest),
                           Format.decimal(row.per10k), Format.decimal(row.per10kRest), Format.decimal(row.g2),
                           Format.probability(row.pValue), Format.decimal(row.logRatio), Format.decimal(row.logOddsZ),
                           String(row.key)])
        }
        return csv.text
    }

    public static func cooccurrence(_ rows: [CooccurrenceStage.Row], _ tables: AnalysisTables) -> String {
        var csv = CSVWriter(header: ["meeting", "term_a", "term_b", "count", "count_a", "count_b", "sentences", "pmi",
                                     "npmi", "llr", "jaccard", "logdice", "mi3"])
        for row in rows {
            csv.appendRow([meetingName(row.meeting, tables), tables.terms[Int(row.termA)],
                           tables.terms[Int(row.termB)], String(row.count), String(row.countA), String(row.countB),
                           String(row.sentences), Format.decimal(row.pmi), Format.decimal(row.npmi),
                           Format.decimal(row.llr), Format.decimal(row.jaccard), Format.decimal(row.logDice),
                           Format.decimal(row.mi3)])
        }
        return csv.text
    }

    public static func trends(_ rows: [TrendsStage.Row], _ tables: AnalysisTables) -> String {
        var csv = CSVWriter(header: ["term", "total_count", "meetings_present", "first_seen", "last_seen", "slope_per_year",
                                     "spearman", "status"] + tables.meetings.map(\.id))
        for row in rows {
            csv.appendRow([tables.terms[Int(row.term)], String(row.total), String(row.meetingsPresent),
                           tables.meetings[row.firstSeen].id, tables.meetings[row.lastSeen].id,
                           row.slopePerYear.map { Format.decimal($0) } ?? "", row.spearman.map { Format.decimal($0) } ?? "",
                           row.status.rawValue] + row.per10k.map { Format.decimal($0) })
        }
        return csv.text
    }

    public static func speakers(_ rows: [SpeakerStage.Row], _ tables: AnalysisTables) -> String {
        var csv = CSVWriter(header: ["meeting", "speaker", "sentences", "tokens", "share"])
        for row in rows {
            csv.appendRow([meetingName(row.meeting, tables), tables.speakers[row.speaker], String(row.sentences),
                           String(row.tokens), Format.decimal(row.share)])
        }
        return csv.text
    }

    public static func themes(_ rows: [ThemeStage.Row], _ tables: AnalysisTables, themes: ThemeList) -> String {
        var csv = CSVWriter(header: ["meeting", "speaker", "theme", "theme_label", "hits", "per_10k", "share"])
        for row in rows {
            csv.appendRow([meetingName(row.meeting, tables), row.speaker.map { tables.speakers[$0] } ?? "all",
                           themes.themes[row.theme].name, themes.themes[row.theme].label, String(row.hits), Format.decimal(row.per10k),
                           row.share.map { Format.decimal($0) } ?? ""])
        }
        return csv.text
    }

    /// Each concept group's hits per meeting (and `all`), with the terms that made them: the terms a
    /// glob matched are listed with their counts, most frequent first, so a reader sees what was
    /// pooled.
    public static func concepts(_ rows: [ThemeStage.Row], _ tables: AnalysisTables, concepts: ThemeList) -> String {
        let ids = concepts.termIDs(in: tables.terms)
        var csv = CSVWriter(header: ["meeting", "concept", "hits", "per_10k", "terms"])
        for row in rows {
            let meetings = row.meeting.map { [$0] } ?? Array(tables.meetings.indices)
            let counted = ids[row.theme].map { term in (term, meetings.reduce(0) { $0 + tables.counts[$1][Int(term)] }) }
                .filter { $0.1 > 0 }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : tables.precedes($0.0, $1.0) }
            csv.appendRow([meetingName(row.meeting, tables), concepts.themes[row.theme].name, String(row.hits),
                           Format.decimal(row.per10k), counted.map { "\(tables.terms[Int($0.0)]) \($0.1)" }.joined(separator: "; ")])
        }
        return csv.text
    }

    /// `from` and `to` label the compared sides (meeting ids, or what `diff` was given).
    public static func shifts(_ rows: [ShiftStage.Row], _ tables: AnalysisTables, name: (Int) -> String) -> String {
        var csv = CSVWriter(header: ["from", "to", "term", "count_from", "count_to", "per_10k_from", "per_10k_to",
                                     "change_per_10k", "log_ratio", "g2", "p_value", "key", "status"])
        for row in rows {
            csv.appendRow([name(row.from), name(row.to), tables.terms[Int(row.term)], String(row.countFrom),
                           String(row.countTo), Format.decimal(row.per10kFrom), Format.decimal(row.per10kTo),
                           Format.decimal(row.change), Format.decimal(row.logRatio), Format.decimal(row.g2),
                           Format.probability(row.pValue), String(row.key), row.status.rawValue])
        }
        return csv.text
    }

    /// A meeting's id, or `all`.
    static func meetingName(_ meeting: Int?, _ tables: AnalysisTables) -> String {
        meeting.map { tables.meetings[$0].id } ?? "all"
    }
}
