import Foundation

/// Several strings looked for in one pass over a line's UTF-8, for the rules that run on every
/// line of a corpus with a list of markers (copyright, licence numbers, app promotions): a search
/// per marker would read each line twenty times. A table of the markers' first two bytes finds
/// where one may start; only there are the markers that start so compared.
struct NeedleSet: Sendable {
    /// The markers by their first two bytes (as `first << 8 | second`).
    private let byHead: [UInt16: [[UInt8]]]
    /// One bit per two-byte head that starts a marker.
    private let heads: [UInt64]

    /// `needles` are at least two bytes long each.
    init(_ needles: [String]) {
        var byHead: [UInt16: [[UInt8]]] = [:]
        var heads = [UInt64](repeating: 0, count: 1024)
        for needle in needles {
            let bytes = Array(needle.utf8)
            precondition(bytes.count >= 2, "a marker of one byte would match inside other characters")
            let head = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            byHead[head, default: []].append(bytes)
            heads[Int(head >> 6)] |= 1 << UInt64(head & 63)
        }
        (self.byHead, self.heads) = (byHead, heads)
    }

    /// Whether any of the strings occurs in `text`, compared as UTF-8 bytes.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2, let base = bytes.baseAddress else { return false }
            for index in 0..<bytes.count - 1 where bytes[index] & 0xC0 != 0x80 {
                // A marker starts a character, never inside one (at a UTF-8 continuation byte).
                let head = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                guard heads[Int(head >> 6)] & (1 << UInt64(head & 63)) != 0 else { continue }
                for needle in byHead[head]! where needle.count <= bytes.count - index {
                    if memcmp(base + index, needle, needle.count) == 0 { return true }
                }
            }
            return false
        }
    }
}
