import Foundation

/// `sentences.csv` made while the corpus is read. Each document's rows (``SentencesReport``) are
/// written to a file in the staging folder as soon as its partial is made, and the partial lets go
/// of its paragraphs' text (``PartialMaker``); the report is then copied from that file in corpus
/// order. A run thus never holds the corpus's text (on 100 MB of input, the largest thing it held),
/// and the rows of a document later found to be a duplicate are simply not copied. Rows the cache
/// holds are not written aside: the document leaves a way to read them, which the report calls
/// when it comes to them (``add(of:reading:)``).
///
/// Documents are added from any worker: each reserves its place in the file under a lock and
/// writes there without it.
final class SentenceSpill: @unchecked Sendable {
    let path: String
    private let descriptor: Int32
    private let lock = NSLock()
    private var end = 0
    /// Where each document's rows are, by its file name.
    private var rows: [String: Place] = [:]

    private enum Place: Sendable {
        /// In the file.
        case spilled(Range<Int>)
        /// To be read when the report is written.
        case elsewhere(@Sendable () throws(RhetoricError) -> ArraySlice<UInt8>)
    }

    /// Creates the file at `path`, which must not exist (it is the run's own, in its staging folder).
    init(path: String) throws(RhetoricError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SentenceSpill.failure(path) }
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Writes the rows of a document (``SentencesReport/rows(of:speakers:)``) named `file`.
    func add(_ rows: ArraySlice<UInt8>, of file: String) throws(RhetoricError) {
        let count = rows.count
        lock.lock()
        let start = end
        end += count
        self.rows[file] = .spilled(start..<end)
        lock.unlock()
        let written = rows.withUnsafeBytes { bytes in FileBytes.transfer(count) { done in
            pwrite(descriptor, bytes.baseAddress! + done, count - done, off_t(start + done))
        } }
        guard written else { throw SentenceSpill.failure(path) }
    }

    /// Notes the rows of a document named `file` that `reading` gives when the report comes to them.
    func add(of file: String, reading: @escaping @Sendable () throws(RhetoricError) -> ArraySlice<UInt8>) {
        lock.withLock { rows[file] = .elsewhere(reading) }
    }

    /// The report: its header, then the rows of `corpus`'s documents in its order, handed to
    /// `write` `pieceBytes` at a time (the last piece shorter). With more than one job, the rows to
    /// be read elsewhere (the cache's) are read `jobs` at a time, `batch` documents ahead of those
    /// being written: opening, reading and checking 6,250 entries was most of what the report cost
    /// a rerun on 100 MB, on one thread while the other reports were done. 64 of the bench's
    /// documents have about 2 MB of rows.
    func write(_ corpus: Corpus, pieceBytes: Int = 1 << 20, jobs: Int = 1, batch: Int = 64,
               to write: (UnsafeBufferPointer<UInt8>) throws(RhetoricError) -> Void) throws(RhetoricError) {
        var header = CSVWriter(header: SentencesReport.header)
        try header.drain(into: write)
        var piece = [UInt8](repeating: 0, count: pieceBytes)
        var filled = 0
        func flush(_ piece: [UInt8], _ count: Int) throws(RhetoricError) {
            try piece.withUnsafeBufferPointer { (bytes) throws(RhetoricError) in try write(UnsafeBufferPointer(rebasing: bytes[..<count])) }
        }
        // Moves `count` bytes into the pieces, `fill` putting those from `done` on into the part
        // of the piece it is given.
        func move(_ count: Int, _ fill: (UnsafeMutableRawBufferPointer, _ done: Int) throws(RhetoricError) -> Void) throws(RhetoricError) {
            var done = 0
            while done < count {
                let step = min(pieceBytes - filled, count - done)
                let start = filled
                try piece.withUnsafeMutableBufferPointer { (buffer) throws(RhetoricError) in
                    try fill(UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[start..<start + step])), done)
                }
                (done, filled) = (done + step, filled + step)
                if filled == pieceBytes {
                    try flush(piece, filled)
                    filled = 0
                }
            }
        }
        let places = lock.withLock { corpus.documents.map { rows[$0.file] } }
        let batches = stride(from: 0, to: places.count, by: batch).map { $0..<min($0 + batch, places.count) }
        var ahead = batches.first.map { ReadAhead(places[$0], jobs: jobs) }
        for (number, documents) in batches.enumerated() {
            let read = ahead!.rows()
            ahead = number + 1 < batches.count ? ReadAhead(places[batches[number + 1]], jobs: jobs) : nil
            for index in documents {
                switch places[index] {
                case nil:
                    continue
                case .spilled(let range):
                    try move(range.count) { (buffer, done) throws(RhetoricError) in
                        let read = FileBytes.transfer(buffer.count) { moved in
                            pread(descriptor, buffer.baseAddress! + moved, buffer.count - moved, off_t(range.lowerBound + done + moved))
                        }
                        guard read else { throw SentenceSpill.failure(path) }
                    }
                case .elsewhere:
                    let rows = try read[index - documents.lowerBound].get()
                    try move(rows.count) { buffer, done in
                        rows.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[done..<done + buffer.count])) }
                    }
                }
            }
        }
        try flush(piece, filled)
    }

    /// The rows of a batch that are read elsewhere: with one job, or none to read (a cold run's
    /// rows are all in the spill file), read when asked for; with more, read `jobs` at a time on
    /// other threads from the start.
    private final class ReadAhead: @unchecked Sendable {
        private let places: [Place?]
        private let readsAhead: Bool
        private let done = DispatchSemaphore(value: 0)
        private var read: [Result<ArraySlice<UInt8>, RhetoricError>] = []

        init(_ places: ArraySlice<Place?>, jobs: Int) {
            self.places = Array(places)
            readsAhead = jobs > 1 && places.contains { if case .elsewhere? = $0 { true } else { false } }
            guard readsAhead else { return }
            DispatchQueue.global().async { [self] in
                read = ReadAhead.rows(of: self.places, jobs: jobs)
                done.signal()
            }
        }

        /// Each document's rows (empty where they are not read elsewhere), in the batch's order.
        func rows() -> [Result<ArraySlice<UInt8>, RhetoricError>] {
            guard readsAhead else { return ReadAhead.rows(of: places, jobs: 1) }
            done.wait()
            return read
        }

        private static func rows(of places: [Place?], jobs: Int) -> [Result<ArraySlice<UInt8>, RhetoricError>] {
            Parallel.map(places, jobs: jobs) { place in
                guard case .elsewhere(let reading)? = place else { return .success([]) }
                return Result { () throws(RhetoricError) in try reading() }
            }
        }
    }

    /// Deletes the file (once the report is written: the staging folder becomes the reports).
    func remove() {
        unlink(path)
    }

    private static func failure(_ path: String) -> RhetoricError {
        RhetoricError(file: path, "cannot write the reports: \(String(cString: strerror(errno)))")
    }
}
