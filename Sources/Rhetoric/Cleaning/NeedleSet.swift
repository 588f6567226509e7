import Foundation

/// Several lists of strings looked for in one pass over a line's UTF-8, for the rules that run on
/// every line of a corpus with lists of markers (copyright, licence numbers, app promotions): a
/// search per marker, or per list, would read each line dozens of times. A table of the markers'
/// first two bytes finds where one may start, and for markers of three bytes or more a second of
/// their first three (the first two bytes of a Chinese character are shared by 64 others); only
/// there are the markers that start so compared. Each marker carries the bits of the lists that
/// hold it.
struct NeedleSet: Sendable {
    /// The markers by their first two bytes (as `first << 8 | second`), with their lists' bits.
    private let byHead: [UInt16: [(bytes: [UInt8], lists: UInt32)]]
    /// One bit per two-byte head that starts a marker.
    private let heads: [UInt64]
    /// One bit per two-byte head that is a whole marker.
    private let shortHeads: [UInt64]
    /// One bit per hash of a three-byte head that starts a marker.
    private let longHeads: [UInt64]

    /// Lists of markers, list `i` giving bit `1 << i` of ``lists(in:)``; every marker is at least
    /// two bytes long.
    init(lists: [[String]]) {
        var byHead: [UInt16: [(bytes: [UInt8], lists: UInt32)]] = [:]
        var heads = [UInt64](repeating: 0, count: 1024)
        var shortHeads = [UInt64](repeating: 0, count: 1024)
        var longHeads = [UInt64](repeating: 0, count: 1024)
        for (list, needles) in lists.enumerated() {
            for needle in needles {
                let bytes = Array(needle.utf8)
                precondition(bytes.count >= 2, "a marker of one byte would match inside other characters")
                let head = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
                if let index = byHead[head]?.firstIndex(where: { $0.bytes == bytes }) {
                    byHead[head]![index].lists |= 1 << UInt32(list)
                } else {
                    byHead[head, default: []].append((bytes, 1 << UInt32(list)))
                }
                heads[Int(head >> 6)] |= 1 << UInt64(head & 63)
                if bytes.count == 2 {
                    shortHeads[Int(head >> 6)] |= 1 << UInt64(head & 63)
                } else {
                    let slot = NeedleSet.slot(bytes[0], bytes[1], bytes[2])
                    longHeads[slot >> 6] |= 1 << UInt64(slot & 63)
                }
            }
        }
        (self.byHead, self.heads, self.shortHeads, self.longHeads) = (byHead, heads, shortHeads, longHeads)
    }

    /// A three-byte head's bit in ``longHeads``.
    @inline(__always)
    private static func slot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 0x9E37_79B1) >> 16)
    }

    /// The bits of the lists one of whose markers occurs in `text`, compared as UTF-8 bytes.
    func lists(in text: String) -> UInt32 {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2, let base = bytes.baseAddress else { return 0 }
            var found: UInt32 = 0
            for index in 0..<bytes.count - 1 where bytes[index] & 0xC0 != 0x80 {
                // A marker starts a character, never inside one (at a UTF-8 continuation byte).
                let head = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                let bit: UInt64 = 1 << UInt64(head & 63)
                guard heads[Int(head >> 6)] & bit != 0 else { continue }
                if shortHeads[Int(head >> 6)] & bit == 0 {
                    guard index + 2 < bytes.count else { continue }
                    let slot = NeedleSet.slot(bytes[index], bytes[index + 1], bytes[index + 2])
                    guard longHeads[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { continue }
                }
                for needle in byHead[head]! where needle.bytes.count <= bytes.count - index {
                    if memcmp(base + index, needle.bytes, needle.bytes.count) == 0 { found |= needle.lists }
                }
            }
            return found
        }
    }
}
