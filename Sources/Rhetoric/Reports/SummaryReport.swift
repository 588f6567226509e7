import Foundation

/// `summary.json`: what produced the reports (tool and ICU versions, every parameter) and, per
/// meeting, its size and its top terms, keywords and pairs, to read at a glance or diff in git.
enum SummaryReport {
    static let fileName = "summary.json"
    static let schemaVersion = 1
    static let top = 20

    /// The corpus's manifest and phrases file (when present) and the user's files, each with the
    /// SHA-256 of its bytes (null when it cannot be read). Paths inside the corpus folder are
    /// relative to it, so the summary does not depend on where the corpus lies.
    static func inputFiles(_ options: Pipeline.Options) -> [(role: String, path: String, sha256: String?)] {
        let own = [("manifest", Manifest.fileName), ("phrases", PhrasesFile.fileName)]
            .map { (role: $0.0, path: (options.corpus as NSString).appendingPathComponent($0.1)) }
            .filter { FileManager.default.fileExists(atPath: $0.path) && ($0.role != "phrases" || options.phrases) }
        let folder = (options.corpus as NSString).standardizingPath + "/"
        return (own + options.inputFiles.map { ($0.role, $0.path) }).map { role, path in
            let standard = (path as NSString).standardizingPath
            let shown = standard.hasPrefix(folder) ? String(standard.dropFirst(folder.count)) : path
            return (role, shown, FileManager.default.contents(atPath: path).map { SHA256.hex([UInt8]($0)) })
        }
    }

    static func json(corpus: Corpus, tables: AnalysisTables, results: StageResults, options: Pipeline.Options,
                     segmentation: SegmentationConfig) -> String {
        let analysis = options.analysis
        let parameters: [String: JSONValue] = [
            "simplify": .string(options.cleaning.simplify.rawValue),
            "keep_numbers": .bool(segmentation.keepNumbers),
            "keep_single_characters": .bool(segmentation.keepSingleCharacters),
            "lexicon_entries": .int(segmentation.domainLexicon.count + segmentation.userLexicon.count),
            "stopwords": .int(segmentation.stopwords.count),
            "phrases": .int(segmentation.phrases.count),
            "aliases": .object(Dictionary(segmentation.aliases.entries.map { ($0.variant, JSONValue.string($0.term)) },
                                          uniquingKeysWith: { _, last in last })),
            "prior_scale": .decimal(analysis.keyness.priorScale),
            "keyness_min_g2": .decimal(analysis.keyness.minimumG2),
            "keyness_top": .int(analysis.keyness.top),
            "alpha": .decimal(analysis.keyness.significance.alpha),
            "min_key_count": .int(analysis.keyness.significance.minimumCount),
            "min_log_ratio": .decimal(analysis.keyness.significance.minimumLogRatio),
            "tested_terms": .int(tables.testedTerms),
            "min_pair_count": .int(analysis.minimumPairCount),
            "max_pairs": .int(analysis.maximumPairs),
            "min_trend_count": .int(analysis.minimumTrendCount),
            "speakers": .array(segmentation.speakers.ids.map(JSONValue.string)),
            "speaker_overrides": .array(segmentation.speakerOverrides.entries.map {
                .object(["line": .int($0.line), "file": .string($0.file), "sentence_start": .string($0.sentenceStart),
                         "speaker": .string($0.speaker)])
            }),
        ]
        let count = tables.meetings.count
        let documents = Dictionary(grouping: corpus.documents, by: \.meeting.date).mapValues(\.count)
        let topTerms = TopSelection.first(top, ofEach: count, among: results.frequency) { $0.meeting }
        let topKeywords = TopSelection.first(top, ofEach: count, among: results.keyness) { $0.g2 > 0 && $0.key ? $0.target : nil }
        let topPairs = TopSelection.first(top, ofEach: count, among: results.cooccurrence) { $0.meeting }
        let meetings: [JSONValue] = tables.meetings.indices.map { m in
            let meeting = tables.meetings[m]
            let term = { (id: Int32) in JSONValue.string(tables.terms[Int(id)]) }
            return .object([
                "id": .string(meeting.id),
                "city": .string(meeting.city),
                "label": .string(meeting.label),
                "documents": .int(documents[meeting.date] ?? 0),
                "tokens": .int(tables.tokens[m]),
                "sentences": .int(tables.sentences[m].count),
                "top_terms": .array(topTerms[m].map {
                    .object(["term": term($0.term), "count": .int($0.count), "per_10k": .decimal($0.per10k)])
                }),
                "top_keywords": .array(topKeywords[m].map {
                    .object(["term": term($0.term), "g2": .decimal($0.g2), "log_ratio": .decimal($0.logRatio)])
                }),
                "top_pairs": .array(topPairs[m].map {
                    .object(["term_a": term($0.termA), "term_b": term($0.termB), "count": .int($0.count), "llr": .decimal($0.llr)])
                }),
            ])
        }
        return JSONValue.object([
            "schema_version": .int(schemaVersion),
            "tool": .object(["name": .string("rhetoric"), "version": .string(System.version)]),
            "icu_version": .string(System.icuVersion),
            "parameters": .object(parameters),
            "input_files": .array(inputFiles(options).map { file in
                .object(["role": .string(file.role), "path": .string(file.path), "sha256": file.sha256.map(JSONValue.string) ?? .null])
            }),
            "meetings": .array(meetings),
        ]).rendered()
    }
}
