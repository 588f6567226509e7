/// Makes one file's partial: reads it, then takes the partial from the cache when it holds one for
/// these bytes and settings, else cleans and segments the file and keeps the result there.
struct PartialMaker: Sendable {
    /// What each worker opens once, on its first file not in the cache: a cleaner (OpenCC) and a
    /// segmenter (ICU), neither thread-safe.
    final class Worker {
        private let config: SegmentationConfig
        private let trie: SharedTrie
        private let cleaning: Cleaner.Options
        private var opened: (cleaner: Cleaner, segmenter: Segmenter)?

        init(config: SegmentationConfig, trie: SharedTrie, cleaning: Cleaner.Options) {
            (self.config, self.trie, self.cleaning) = (config, trie, cleaning)
        }

        func tools() throws(RhetoricError) -> (cleaner: Cleaner, segmenter: Segmenter) {
            if let opened { return opened }
            let made = (Cleaner(options: cleaning), try Segmenter(config: config, trie: trie.trie))
            opened = made
            return made
        }
    }

    let source: CorpusSource
    let settings: String
    let cache: PartialCache?
    let speakers: Int

    init(source: CorpusSource, settings: String, cache folder: String?, corpus: String, speakers: Int) {
        self.source = source
        self.settings = settings
        cache = folder.map { PartialCache(folder: $0, settings: settings, corpus: corpus) }
        self.speakers = speakers
    }

    func partial(_ file: CorpusFile, worker: Worker) -> Result<DocumentPartial, RhetoricError> {
        Result { () throws(RhetoricError) -> DocumentPartial in
            let bytes = try source.read(file)
            let key = cache?.key(file, entry: source.manifest.entries[file.name], bytes: bytes)
            if let cache, let key, let kept = cache.load(key, settings: settings, speakers: speakers) { return kept }
            let (cleaner, segmenter) = try worker.tools()
            var partial = DocumentPartial(path: file.bytes, record: try source.load(file, bytes: bytes, cleaner: cleaner))
            if partial.record.status == .ok {
                var terms = TermTable()
                partial.segmented = try segmenter.segment(partial.record.cleaned, file: partial.record.file, into: &terms)
                partial.terms = terms.list
            }
            if let cache, let key { cache.store(key, partial, settings: settings) }
            return partial
        }
    }
}
