/// ICU's word iterator alone: the reference the full segmentation is checked against.
public enum RawSegmentation {
    /// The word tokens (letters, ideographs, kana, numbers) ICU finds in `text`, in order.
    public static func words(in text: some StringProtocol, breaker: Breaker) -> [String] {
        let units = Array(text.utf16)
        var words: [String] = []
        units.withUnsafeBufferPointer { buffer in
            breaker.forEachSegment(in: buffer) { range, segment in
                if segment != .other {
                    words.append(String(decoding: buffer[range], as: UTF16.self))
                }
            }
        }
        return words
    }
}
