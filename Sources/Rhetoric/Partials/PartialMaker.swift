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
    let rowsCache: SentenceRowsCache?
    let speakers: Int

    init(source: CorpusSource, settings: String, cache folder: String?, corpus: String, speakers: Int) {
        self.source = source
        self.settings = settings
        cache = folder.map { PartialCache(folder: $0, settings: settings, corpus: corpus) }
        rowsCache = cache.map { SentenceRowsCache(folder: $0.folder) }
        self.speakers = speakers
    }

    /// A file's partial and, when asked for, its `sentences.csv` rows; with a cache, the name of
    /// its entry (which follows from the file's bytes).
    struct Made {
        var partial: DocumentPartial
        var rows: Rows?
        var key: String?
    }

    /// A document's rows: made (or read and checked) here, or only found in the cache.
    enum Rows {
        case made(ArraySlice<UInt8>)
        /// The cache's entry of that name was there and has been touched; it is read, and checked,
        /// only when the report is written (``cachedRows(_:key:speakers:worker:)``).
        case cached(key: String)
    }

    /// The file's partial. With `speakers` (their ids), also its rows (``SentencesReport``), after
    /// which the partial lets go of its text (``CleanedDocument/releaseText()``): the rows are all a
    /// run needs of it. The cache keeps both under one name, and when it has the rows the partial
    /// is read without its text. With `deferringRows`, rows the cache has are left there
    /// (``Rows/cached(key:)``): a rerun copies 1,000 documents' rows once, into the report,
    /// rather than read them here, write them aside and copy them again.
    func partial(_ file: CorpusFile, worker: Worker, rows speakers: [String]? = nil,
                 deferringRows: Bool = false) -> Result<Made, RhetoricError> {
        Result { () throws(RhetoricError) -> Made in
            let bytes = try source.read(file)
            let key = cache?.key(file, entry: source.manifest.entries[file.name], bytes: bytes)
            var rows: Rows?
            if speakers != nil, let key, let rowsCache {
                if !deferringRows {
                    rows = rowsCache.load(key).map { .made($0.bytes[$0.rows]) }
                } else if rowsCache.touch(key) {
                    rows = .cached(key: key)
                }
            }
            var partial: DocumentPartial
            if let cache, let key, let kept = cache.load(key, settings: settings, speakers: self.speakers, text: rows == nil) {
                partial = kept
            } else {
                partial = try make(file, bytes: bytes, worker: worker)
                if let cache, let key { cache.store(key, partial, settings: settings) }
            }
            if let speakers {
                if rows == nil {
                    let made = SentencesReport.rows(of: partial, speakers: speakers)
                    if let key { rowsCache?.store(key, made) }
                    rows = .made(made[...])
                }
                partial.record.cleaned.releaseText()
            }
            return Made(partial: partial, rows: rows, key: key)
        }
    }

    /// The rows of `file` that ``partial(_:worker:rows:deferringRows:)`` left in the cache under
    /// `key`, read and checked now. Rows that no longer check, or are gone, are made again from the
    /// document (its partial read with its text, on a `worker` made for it) and kept, unless the
    /// file's bytes are no longer those counted: they would be rows of another text.
    func cachedRows(_ file: CorpusFile, key: String, speakers: [String],
                    worker: () -> Worker) throws(RhetoricError) -> ArraySlice<UInt8> {
        if let kept = rowsCache?.load(key) { return kept.bytes[kept.rows] }
        let again = try partial(file, worker: worker()).get()
        guard again.key == key else {
            throw RhetoricError(file: source.path(of: file), "changed while the reports were being written; run again")
        }
        let rows = SentencesReport.rows(of: again.partial, speakers: speakers)
        rowsCache?.store(key, rows)
        return rows[...]
    }

    /// Cleans and segments a file.
    private func make(_ file: CorpusFile, bytes: [UInt8], worker: Worker) throws(RhetoricError) -> DocumentPartial {
        let (cleaner, segmenter) = try worker.tools()
        var partial = DocumentPartial(path: file.bytes, record: try source.load(file, bytes: bytes, cleaner: cleaner))
        if partial.record.status == .ok {
            var terms = TermTable()
            partial.segmented = try segmenter.segment(partial.record.cleaned, file: partial.record.file, into: &terms)
            partial.terms = terms.list
        }
        return partial
    }
}
