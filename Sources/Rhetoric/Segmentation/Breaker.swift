import CICU

/// ICU's word break iterator (dictionary-based for Chinese) over UTF-16 text. Not thread-safe: each
/// worker owns its own and reuses it for every text it segments.
public final class Breaker {
    /// What ICU's rule status says a word segment is.
    public enum Segment: Sendable {
        /// Letters (a Latin word).
        case word
        /// Ideographs or kana.
        case ideographic
        case number
        /// Spaces, punctuation, symbols.
        case other
    }

    private let handle: OpaquePointer

    public init(locale: String = "zh") throws(RhetoricError) {
        var status: Int32 = 0
        guard let handle = rx_breaker_open(locale, &status) else {
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
            case Int32(RX_WORD_LETTER)..<Int32(RX_WORD_LETTER_LIMIT): segment = .word
            case Int32(RX_WORD_KANA)..<Int32(RX_WORD_IDEO_LIMIT): segment = .ideographic
            default: segment = .other
            }
            body(start..<end, segment)
            start = end
        }
    }
}
