/// Interns terms given as UTF-16 code units and hands out dense integer ids, in order of first
/// appearance. The hot path hashes the code units in place, so no `String` is made per token.
public struct TermTable: Sendable {
    /// The terms alone, in id order, without the index that finds them: what a document's partial
    /// keeps until the merge, which only reads them in order. A few kilobytes of hash slots per
    /// document would otherwise stay with each of thousands of partials.
    public struct List: Sendable, Equatable {
        /// All terms' code units, back to back.
        fileprivate(set) var storage: [UInt16] = []
        /// `starts[id] ..< starts[id + 1]` is term `id` in `storage`.
        fileprivate(set) var starts: [Int32] = [0]

        public init() {}

        public var count: Int { starts.count - 1 }

        /// The code units of term `id`.
        public func units(_ id: Int32) -> ArraySlice<UInt16> {
            storage[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
        }

        /// The terms in UTF-8, back to back, and where each starts (term `id` is
        /// `bytes[starts[id] ..< starts[id + 1]]`): for a report that writes every term of a
        /// document, one buffer transcoded in one pass rather than a string per term. A lone
        /// surrogate becomes U+FFFD, as in `String(decoding:as:)`.
        public func utf8() -> (bytes: [UInt8], starts: [Int]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(storage.count * 3)
            var offsets = [0]
            offsets.reserveCapacity(count + 1)
            storage.withUnsafeBufferPointer { units in
                for id in 0..<count {
                    var index = Int(starts[id])
                    let end = Int(starts[id + 1])
                    while index < end {
                        var scalar = UInt32(units[index])
                        index += 1
                        if scalar & 0xF800 == 0xD800 {
                            if scalar < 0xDC00, index < end, units[index] & 0xFC00 == 0xDC00 {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                                index += 1
                            } else {
                                scalar = 0xFFFD
                            }
                        }
                        switch scalar {
                        case ..<0x80:
                            bytes.append(UInt8(scalar))
                        case ..<0x800:
                            bytes.append(UInt8(0xC0 | scalar >> 6))
                            bytes.append(UInt8(0x80 | scalar & 0x3F))
                        case ..<0x10000:
                            bytes.append(UInt8(0xE0 | scalar >> 12))
                            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                            bytes.append(UInt8(0x80 | scalar & 0x3F))
                        default:
                            bytes.append(UInt8(0xF0 | scalar >> 18))
                            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                            bytes.append(UInt8(0x80 | scalar & 0x3F))
                        }
                    }
                    offsets.append(bytes.count)
                }
            }
            return (bytes, offsets)
        }

        /// Writes the terms, in id order, for a partials file.
        func encode(into writer: inout ByteWriter) {
            writer.i32s(starts[...])
            writer.u16s(storage[...])
        }

        /// Reads what ``encode(into:)`` wrote; terms that do not rebuild the same ids (out of
        /// order, or one twice) are damage. Each term is looked up in a set of the ids before it,
        /// over the decoded units themselves: interning them into a table would copy every term of
        /// every partial a run reads.
        init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
            let starts = try reader.i32s(), storage = try reader.u16s()
            guard starts.first == 0, Int(starts.last!) == storage.count else { throw ByteReader.Damaged() }
            var slots = [Int32](repeating: -1, count: 16)
            while slots.count < 2 * starts.count { slots += slots }
            let mask = slots.count - 1
            let sound = storage.withUnsafeBufferPointer { units in
                slots.withUnsafeMutableBufferPointer { slots in
                    for id in 0..<starts.count - 1 {
                        let (start, end) = (Int(starts[id]), Int(starts[id + 1]))
                        guard start <= end, end <= units.count else { return false }
                        let term = UnsafeBufferPointer(rebasing: units[start..<end])
                        var slot = Int(TermTable.hash(term)) & mask
                        while slots[slot] >= 0 {
                            let other = Int(slots[slot])
                            let (from, to) = (Int(starts[other]), Int(starts[other + 1]))
                            if to - from == term.count
                                && (term.isEmpty || memcmp(units.baseAddress! + from, term.baseAddress!, term.count * 2) == 0) {
                                return false
                            }
                            slot = (slot + 1) & mask
                        }
                        slots[slot] = Int32(id)
                    }
                    return true
                }
            }
            guard sound else { throw ByteReader.Damaged() }
            (self.storage, self.starts) = (storage, starts)
        }
    }

    private var entries = List()
    /// Open addressing: an id, or -1 for an empty slot. The count is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var hashes: [UInt32] = []

    public init() {}

    public var count: Int { entries.count }

    /// The terms without their index, each array cut to its size.
    public var list: List {
        var list = List()
        (list.storage, list.starts) = (entries.storage.fitted, entries.starts.fitted)
        return list
    }

    /// The id of `units`, adding it if new.
    public mutating func intern(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
        let hash = TermTable.hash(units)
        if let id = find(units, hash: hash) { return id }
        let id = Int32(count)
        entries.storage.append(contentsOf: units)
        entries.starts.append(Int32(entries.storage.count))
        hashes.append(hash)
        if count * 2 > slots.count { grow() }
        insert(id, hash: hash)
        return id
    }

    public mutating func intern(_ term: String) -> Int32 {
        var units = Array(term.utf16)
        return units.withUnsafeMutableBufferPointer { intern(UnsafeBufferPointer($0)) }
    }

    /// Interns every term of `other`; returns, for each of its ids, the id here.
    public mutating func absorb(_ other: List) -> [Int32] {
        (0..<Int32(other.count)).map { id in other.units(id).withUnsafeBufferPointer { intern($0) } }
    }

    /// The id of `units`, if interned.
    public func id(of units: UnsafeBufferPointer<UInt16>) -> Int32? {
        find(units, hash: TermTable.hash(units))
    }

    public func id(of term: String) -> Int32? {
        Array(term.utf16).withUnsafeBufferPointer { id(of: $0) }
    }

    /// The code units of term `id`.
    public func units(_ id: Int32) -> ArraySlice<UInt16> { entries.units(id) }

    /// Term `id` as a string (made once per term, never per token).
    public func term(_ id: Int32) -> String {
        String(decoding: units(id), as: UTF16.self)
    }

    /// All terms, in id order.
    public var terms: [String] { (0..<Int32(count)).map(term) }

    private func find(_ units: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash {
                let start = Int(entries.starts[Int(id)]), end = Int(entries.starts[Int(id) + 1])
                if end - start == units.count {
                    let equal = entries.storage.withUnsafeBufferPointer { stored in
                        units.count == 0 || memcmp(stored.baseAddress! + start, units.baseAddress!, units.count * 2) == 0
                    }
                    if equal { return id }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in 0..<Int32(count) { insert(id, hash: hashes[Int(id)]) }
    }

    /// FNV-1a over the code units.
    static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for unit in units {
            h = (h ^ UInt32(unit)) &* 16_777_619
        }
        return h
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
