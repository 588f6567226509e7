/// Partials into the corpus a run analyses. Records go through ``Corpus/init(records:)`` in path
/// order (duplicates and near-duplicates found there, as in one run), and the counted documents'
/// term tables are merged in corpus order, so term ids, and every report, are those of one run
/// over all the files, however the partials were split, ordered or cached. The partials are
/// consumed: each one's tokens move into the merged corpus rather than being copied there. The
/// term tables are merged `jobs` at a time (``SegmentedCorpus/init(merging:config:trie:jobs:)``).
public enum PartialsMerge {
    public static func corpus(_ partials: consuming [DocumentPartial], config: SegmentationConfig,
                              trie: SharedTrie, jobs: Int = 1) throws(RhetoricError) -> (corpus: Corpus, segmented: SegmentedCorpus) {
        var ordered = partials
        ordered.sort { $0.path.lexicographicallyPrecedes($1.path) }
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.path == b.path {
            throw RhetoricError(file: a.record.file, "is in the partials twice; give each file's partial once")
        }
        let corpus = Corpus(records: ordered.map(\.record), jobs: jobs)
        let position = Dictionary(ordered.indices.map { (ordered[$0].record.file, $0) }, uniquingKeysWith: { first, _ in first })
        var counted: [(TermTable.List, SegmentedDocument)] = []
        counted.reserveCapacity(corpus.documents.count)
        for document in corpus.documents {
            let index = position[document.file]!
            counted.append((ordered[index].terms, ordered[index].segmented))
            ordered[index].terms = TermTable.List()
            ordered[index].segmented = SegmentedDocument()
        }
        ordered = []
        let segmented = try SegmentedCorpus(merging: counted, config: config, trie: trie, jobs: jobs)
        return (corpus, segmented)
    }
}
