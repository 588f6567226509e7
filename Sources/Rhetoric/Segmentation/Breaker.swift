import CICU

/// One ICU break iterator (word or sentence) over UTF-16 text. Not thread-safe: each worker owns
/// its own and reuses it for every text it segments.
public final class Breaker {
    public enum Kind: Sendable { case word, sentence }

    /// What ICU's rule status says a word segment is.
    public enum Segment: Sendable {
        /// Letters, ideographs or kana.
        case word
        case number
        /// Spaces, punctuation, symbols.
        case other
    }

    private let handle: OpaquePointer

    public init(_ kind: Kind, locale: String = "zh") throws(RhetoricError) {
        var status: Int32 = 0
        guard let handle = rx_breaker_open(kind == .word ? RX_BREAK_WORD : RX_BREAK_SENTENCE, locale, &status) else {
            throw RhetoricError(file: "ICU", "cannot open a break iterator: \(String(cString: rx_error_name(status)))")
        }
        self.handle = handle
    }

    deinit { rx_breaker_close(handle) }

    /// Calls `body` with each segment of `text` (boundaries relative to `text`), in order. `text`
    /// must stay valid during the call; ICU reads it in place.
    public func forEachSegment(in text: UnsafeBufferPointer<UInt16>, _ body: (Range<Int>, Segment) -> Void) {
        guard !text.isEmpty else { return }
        var status: Int32 = 0
        rx_breaker_set_text(handle, text.baseAddress, Int32(text.count), &status)
        var start = 0
        while true {
            let end = Int(rx_breaker_next(handle))
            if end < 0 { break }
            let rule = rx_breaker_rule_status(handle)
            let segment: Segment
            switch rule {
            case Int32(RX_WORD_NUMBER)..<Int32(RX_WORD_NUMBER_LIMIT): segment = .number
            case Int32(RX_WORD_LETTER)..<Int32(RX_WORD_IDEO_LIMIT): segment = .word
            default: segment = .other
            }
            body(start..<end, segment)
            start = end
        }
    }

    /// The boundaries ICU's sentence iterator finds in `text`, as ranges.
    public func sentences(in text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        forEachSegment(in: text) { range, _ in ranges.append(range) }
        return ranges
    }
}
