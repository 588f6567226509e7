/// Partials into the corpus a run analyses. Records go through ``Corpus/init(records:)`` in path
/// order (duplicates and near-duplicates found there, as in one run), and the counted documents'
/// term tables are merged in corpus order, so term ids, and every report, are those of one run
/// over all the files, however the partials were split, ordered or cached.
public enum PartialsMerge {
    public static func corpus(_ partials: [DocumentPartial], config: SegmentationConfig,
                              trie: SharedTrie) throws(RhetoricError) -> (corpus: Corpus, segmented: SegmentedCorpus) {
        let ordered = partials.sorted { $0.path.lexicographicallyPrecedes($1.path) }
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.path == b.path {
            throw RhetoricError(file: a.record.file, "is in the partials twice; give each file's partial once")
        }
        let corpus = Corpus(records: ordered.map(\.record))
        let byFile = Dictionary(ordered.map { ($0.record.file, $0) }, uniquingKeysWith: { first, _ in first })
        let segmented = try SegmentedCorpus(merging: corpus.documents.map { document in
            let partial = byFile[document.file]!
            return (partial.terms, partial.segmented)
        }, config: config, trie: trie)
        return (corpus, segmented)
    }
}
