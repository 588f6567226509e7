/// The whole corpus as term ids: one vocabulary and every document's sentences.
///
/// Documents are segmented concurrently, each into its own table; the tables are then merged in
/// document order, so term ids (first appearance in corpus order) do not depend on `--jobs`.
public struct SegmentedCorpus: Sendable {
    public var vocabulary: TermTable
    /// Aligned with the corpus's documents; separators kept.
    public var documents: [SegmentedDocument]
    public var config: SegmentationConfig
    /// The vocabulary with the configuration's word lists, shared by every segmenter.
    public var trie: WordTrie { words.trie }
    private var words: SharedTrie

    public static func build(_ corpus: Corpus, config: SegmentationConfig, jobs: Int) throws(RhetoricError) -> SegmentedCorpus {
        let trie = SharedTrie(config)
        let segmented = try Parallel.map(
            corpus.documents, jobs: jobs,
            worker: { () throws(RhetoricError) in try Segmenter(config: config, trie: trie.trie) },
            { (segmenter: Segmenter, document: Document) throws(RhetoricError) -> (TermTable.List, SegmentedDocument) in
                var table = TermTable()
                let result = try segmenter.segment(document.cleaned, file: document.file, into: &table)
                return (table.list, result)
            })
        return try SegmentedCorpus(merging: segmented, config: config, trie: trie, jobs: jobs)
    }

    /// Documents segmented each into its own term table, merged in the order given: term ids are
    /// those of first appearance in that order. Fails, naming every line, if a speaker override
    /// matched no sentence of any of the documents. Each document is taken out of `segmented` and
    /// rewritten in place, so a merge does not hold the corpus's tokens twice.
    ///
    /// With `jobs` above one, the term tables of consecutive runs of documents are merged each into
    /// a table of its own at once, and those tables then into the first in order: a term new to the
    /// tables before takes the next id in the order its run first used it, which is the order one
    /// merge over all the documents gives.
    init(merging segmented: consuming [(TermTable.List, SegmentedDocument)], config: SegmentationConfig, trie: SharedTrie,
         jobs: Int = 1) throws(RhetoricError) {
        var segmented = segmented
        let lists = segmented.map(\.0)
        let runs = SegmentedCorpus.runs(count: lists.count, jobs: jobs)
        // Each run's table, and each of its documents' ids there.
        let tables = Parallel.map(runs, jobs: jobs) { (run: Range<Int>) -> (TermTable, [[Int32]]) in
            var table = TermTable()
            var maps: [[Int32]] = []
            for index in run { maps.append(table.absorb(lists[index])) }
            return (table, maps)
        }
        var vocabulary = TermTable()
        var documents: [SegmentedDocument] = []
        documents.reserveCapacity(segmented.count)
        for (run, (table, maps)) in zip(runs, tables) {
            let global = vocabulary.count == 0 ? nil : vocabulary.absorb(table.list)
            if global == nil { vocabulary = table }
            for (index, local) in zip(run, maps) {
                var document = segmented[index].1
                segmented[index] = (TermTable.List(), SegmentedDocument())
                document.remap(global.map { global in local.map { global[Int($0)] } } ?? local)
                documents.append(document)
            }
        }
        let unmatched = config.speakerOverrides.unmatched(documents.reduce(into: Set<Int>()) { $0.formUnion($1.overridden) })
        if var first = unmatched.first {
            // One error, naming every line that matched nothing.
            for other in unmatched.dropFirst() { first.message += "; line \(other.line!): \(other.message)" }
            throw first
        }
        self.vocabulary = vocabulary
        self.documents = documents
        self.config = config
        words = trie
    }

    /// The runs of documents merged at once: one per job, of 64 documents at least (a run's table
    /// is merged again after).
    static func runs(count: Int, jobs: Int) -> [Range<Int>] {
        let runs = max(1, min(jobs, count / 64))
        return (0..<runs).map { (count * $0 / runs)..<(count * ($0 + 1) / runs) }
    }

    /// Segments a document outside the corpus the same way, interning any new terms into this
    /// corpus's vocabulary.
    public mutating func segment(_ document: CleanedDocument) throws(RhetoricError) -> SegmentedDocument {
        var table = TermTable()
        var local = try Segmenter(config: config, trie: trie).segment(document, into: &table)
        local.remap(vocabulary.absorb(table.list))
        return local
    }
}
