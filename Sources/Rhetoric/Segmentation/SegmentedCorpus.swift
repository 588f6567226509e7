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
        let runs = SegmentedCorpus.runs(count: segmented.count, jobs: jobs)
        // The documents in a buffer of their own, each the only holder of its tokens, which its run's
        // worker rewrites in place (each run's documents are its alone).
        let held = HeldDocuments(segmented.map(\.1))
        let lists = segmented.map(\.0)
        segmented = []
        let tables = Parallel.map(runs, jobs: jobs) { (run: Range<Int>) -> TermTable in
            var table = TermTable()
            for index in run { held.documents[index].remap(table.absorb(lists[index])) }
            return table
        }
        var vocabulary = TermTable()
        for (run, table) in zip(runs, tables) {
            guard vocabulary.count > 0 else {
                vocabulary = table
                continue
            }
            let global = vocabulary.absorb(table.list)
            for index in run { held.documents[index].remap(global) }
        }
        let documents = held.take()
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

    /// Documents moved out of their array, so that rewriting one in place copies nothing.
    private final class HeldDocuments: @unchecked Sendable {
        let documents: UnsafeMutableBufferPointer<SegmentedDocument>

        init(_ documents: consuming [SegmentedDocument]) {
            self.documents = .allocate(capacity: documents.count)
            var moved = documents
            for index in moved.indices {
                (self.documents.baseAddress! + index).initialize(to: moved[index])
                moved[index] = SegmentedDocument()
            }
        }

        /// The documents, moved back into an array; the buffer is empty after.
        func take() -> [SegmentedDocument] {
            var array: [SegmentedDocument] = []
            array.reserveCapacity(documents.count)
            for index in documents.indices {
                array.append((documents.baseAddress! + index).move())
                (documents.baseAddress! + index).initialize(to: SegmentedDocument())
            }
            return array
        }

        deinit {
            documents.deinitialize()
            documents.deallocate()
        }
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
