/// What each report file holds, in one place for the page's list of files and the workbook's first
/// sheet.
enum ReportCatalog {
    /// The tables in the workbook's sheet order.
    static let tables = [
        "documents.csv", "frequency.csv", "frequency_wide.csv", "keyness.csv", "speaker_keyness.csv", "shifts.csv",
        "trends.csv", "themes.csv", "concepts.csv", "speakers.csv", "cooccurrence.csv", "phrases.csv", "sentences.csv",
    ]

    static let descriptions: [String: String] = [
        "rhetoric.xlsx": "every table below as a sheet of one workbook, numbers as numbers and meeting ids as text",
        "documents.csv": "every file read: its meeting, title, outlet, size, cleaning counts and status",
        "phrases.csv": "the corpus's phrases (phrases.txt), counted as one term, and how often each was",
        "frequency.csv": "each meeting's terms: count, rate per 10,000, rank, tf-idf, dispersion (dp)",
        "frequency_wide.csv": "one row per term, its rate in each meeting side by side: for charts",
        "keyness.csv": "what each meeting stresses against the others: G², p-value, log ratio, log-odds z, key",
        "cooccurrence.csv": "pairs of terms in the same sentence: PMI, NPMI, log-likelihood, Jaccard, logDice, MI³",
        "trends.csv": "each frequent term across the meetings: slope, Spearman, status",
        "speakers.csv": "who said how much in each meeting",
        "sentences.csv": "every sentence with its speaker, the rule that assigned it, and its terms",
        "speaker_keyness.csv": "Xi's words against Putin's, per meeting and overall",
        "themes.csv": "each theme's hits and share per meeting and speaker",
        "concepts.csv": "each concept group (中俄*, the treaty, …) per meeting, with the terms it pooled",
        "shifts.csv": "what changed from each meeting to the next, and whether it is key",
        "summary.json": "parameters, versions and the top terms, key keywords and pairs per meeting",
        "cooccurrence.gexf": "the co-occurrence network for Gephi",
    ]
}
