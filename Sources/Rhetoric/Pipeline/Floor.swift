import Dispatch

/// The speed limit the design sets: ICU's word iterator alone over the cleaned text of a corpus,
/// on the same number of workers as the pipeline. `make bench` sets the pipeline against it.
public enum Floor {
    /// Seconds to iterate every word boundary of every document (paragraphs as UTF-16 buffers
    /// prepared beforehand, untimed), and the number of word tokens seen.
    public static func measure(_ corpus: Corpus, jobs: Int) throws(RhetoricError) -> (seconds: Double, words: Int) {
        let texts = corpus.documents.map { $0.cleaned.paragraphs.map { Array($0.text.utf16) } }
        let start = DispatchTime.now().uptimeNanoseconds
        let counts = try Parallel.map(texts, jobs: jobs, worker: { () throws(RhetoricError) in try Breaker() }, countWords)
        return (Timings.seconds(since: start), counts.reduce(0, +))
    }

    @Sendable static func countWords(_ breaker: Breaker, _ paragraphs: [[UInt16]]) throws(RhetoricError) -> Int {
        var words = 0
        for units in paragraphs {
            units.withUnsafeBufferPointer { buffer in
                breaker.forEachSegment(in: buffer) { _, kind in
                    if kind != .other { words += 1 }
                }
            }
        }
        return words
    }
}
