import Foundation

/// A presenter's greeting to the audience that opens a self-media article or a video's script,
/// inside the report's first paragraph (`大家好，这里是某某观察，今天带您深入解析…。当地时间2月26日，…`):
/// the channel's voice, not the report's.
///
/// Such a sentence opens with a greeting to the audience (``greetings``) and holds a presenter's
/// words (``presenting``); a speaker's `女士们，先生们，大家好！` holds none and stays. Only sentence
/// starts are compared, on the line's UTF-8 bytes.
enum ReaderGreetings {
    static let greetings = ["大家好", "各位读者", "各位网友", "亲爱的读者", "各位观众", "观众朋友们", "朋友们好"].map { Array($0.utf8) }
    static let presenting = ["这里是", "带您", "带大家", "欢迎收看", "欢迎来到", "本期"].map { Array($0.utf8) }

    /// The text without its greetings, or nil when it has none.
    static func strip(_ text: String) -> String? {
        TextScan.removing(from: text, greetingRanges(in:))
    }

    /// The byte ranges of the greeting sentences, each with its closing mark and the spaces after it.
    static func greetingRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && !endsSentence(bytes, at: end) { end += 1 }
            end = min(end + 3, bytes.count)  // the mark: 。！？ are three bytes each
            while end < bytes.count && bytes[end] == 0x20 { end += 1 }
            let sentence = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if greetings.contains(where: { sentence.starts(with: $0) }),
               presenting.contains(where: { $0.withUnsafeBufferPointer { TextScan.find($0, in: sentence) != nil } }) {
                ranges.append(start..<end)
            }
            start = end
        }
        return ranges
    }

    /// Whether a full-width 。！？ starts at `index`.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let (a, b, c) = (bytes[index], bytes[index + 1], bytes[index + 2])
        return a == 0xE3 && b == 0x80 && c == 0x82 || a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F)
    }
}
