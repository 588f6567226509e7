/// The whole corpus as term ids: one vocabulary, every document's sentences, and the phrases found.
///
/// Documents are segmented concurrently, each into its own table; the tables are then merged in
/// document order, so term ids (first appearance in corpus order) do not depend on `--jobs`.
public struct SegmentedCorpus: Sendable {
    public var vocabulary: TermTable
    /// Aligned with the corpus's documents; phrases applied, separators kept.
    public var documents: [SegmentedDocument]
    /// Applied phrases, in the order of `phraseIDs`.
    public var phrases: [PhraseFinder.Phrase]
    /// The vocabulary id of each phrase.
    public var phraseIDs: [Int32]
    public var config: SegmentationConfig

    public static func build(_ corpus: Corpus, config: SegmentationConfig, jobs: Int, progress: Progress? = nil) throws(RhetoricError) -> SegmentedCorpus {
        let segmented = try Parallel.map(
            corpus.documents, jobs: jobs,
            worker: { () throws(RhetoricError) in try Segmenter(config: config) },
            { (segmenter: Segmenter, document: Document) throws(RhetoricError) -> (TermTable, SegmentedDocument) in
                defer { progress?.step() }
                var table = TermTable()
                let result = try segmenter.segment(document.cleaned, into: &table)
                return (table, result)
            })
        var vocabulary = TermTable()
        var documents: [SegmentedDocument] = []
        for (table, document) in segmented {
            documents.append(document.remapped(vocabulary.absorb(table)))
        }
        var result = SegmentedCorpus(vocabulary: vocabulary, documents: documents, phrases: [], phraseIDs: [], config: config)
        if config.phrases {
            result.discoverPhrases(meetingOf: corpus.documents.map { $0.meeting.date }, jobs: jobs)
        }
        return result
    }

    /// Finds phrases, applies them, and drops those applied fewer times than the minimum count.
    /// Counting and applying run on `jobs` workers.
    mutating func discoverPhrases(meetingOf meetings: [MeetingDate], jobs: Int) {
        let finder = PhraseFinder(options: config.phraseOptions)
        let lexicon = config.lexicon
        let snapshot = vocabulary
        var candidates = finder.candidates(in: documents.flatMap { $0.sentences.map(\.tokens) }, jobs: jobs) { id in
            snapshot.units(id).withUnsafeBufferPointer { lexicon.contains($0) }
        }
        var applied: [SegmentedDocument] = []
        var ids: [Int32] = []
        for _ in 0..<2 {
            ids = candidates.map { phrase in vocabulary.intern(phrase.parts.map(snapshot.term).joined()) }
            let index = PhraseIndex(candidates, ids: ids)
            let phraseCount = candidates.count
            // Each document rewritten, with how often it used each phrase.
            let results = Parallel.map(documents, jobs: jobs) { (document: SegmentedDocument) -> (SegmentedDocument, [Int]) in
                var uses = Array(repeating: 0, count: phraseCount)
                var rewritten = document
                for s in rewritten.sentences.indices {
                    rewritten.sentences[s].tokens = index.apply(to: document.sentences[s].tokens) { uses[$0] += 1 }
                }
                return (rewritten, uses)
            }
            applied = results.map(\.0)
            for index in candidates.indices {
                candidates[index].count = results.reduce(0) { $0 + $1.1[index] }
                candidates[index].meetings = Set(results.indices.filter { results[$0].1[index] > 0 }.map { meetings[$0] }).count
            }
            let kept = candidates.filter { $0.count >= config.phraseOptions.minimumCount }
            if kept.count == candidates.count { break }
            candidates = kept
        }
        phrases = candidates
        phraseIDs = ids
        documents = applied
    }

    /// Segments a document outside the corpus the same way, phrases included, interning any new
    /// terms into this corpus's vocabulary.
    public mutating func segment(_ document: CleanedDocument) throws(RhetoricError) -> SegmentedDocument {
        var table = TermTable()
        let local = try Segmenter(config: config).segment(document, into: &table)
        var result = local.remapped(vocabulary.absorb(table))
        let index = PhraseIndex(phrases, ids: phraseIDs)
        for s in result.sentences.indices {
            result.sentences[s].tokens = index.apply(to: result.sentences[s].tokens)
        }
        return result
    }
}
