/// Counts keyed by a pair of term ids packed into 64 bits (the smaller first): open addressing with
/// linear probing over two flat arrays, so counting the pairs of a million sentences hashes one
/// integer per pair and allocates nothing per pair, as a `Dictionary` of tuples or boxed keys would.
struct PairCounts: Sendable {
    /// The packed pairs, ``empty`` where a slot is free; the count is a power of two.
    private var keys: [UInt64]
    private var values: [Int32]
    private(set) var count = 0

    /// Never a key: term ids are non-negative `Int32`s, so a packed pair's top bit is clear.
    private static let empty = UInt64.max

    init(capacity: Int = 1024) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        keys = Array(repeating: PairCounts.empty, count: slots)
        values = Array(repeating: 0, count: slots)
    }

    /// The key of the pair `a`, `b` (`a < b`).
    static func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }

    /// The pair a key stands for.
    static func pair(_ key: UInt64) -> (Int32, Int32) {
        (Int32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key))
    }

    mutating func add(_ key: UInt64, _ amount: Int32 = 1) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = PairCounts.slot(key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key {
                values[slot] += amount
                return
            }
            if found == PairCounts.empty {
                keys[slot] = key
                values[slot] = amount
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Counts once each pair of the sorted, distinct term ids of one sentence. Room for all of them
    /// is made first, so the probing runs on the arrays' memory without a check per pair.
    mutating func addPairs(of terms: UnsafeBufferPointer<Int32>) {
        let pairs = terms.count * (terms.count - 1) / 2
        guard pairs > 0 else { return }
        while (count + pairs) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var added = 0
        keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in
                for i in terms.indices {
                    for j in (i + 1)..<terms.count {
                        let key = PairCounts.key(terms[i], terms[j])
                        var slot = PairCounts.slot(key, mask: mask)
                        while keys[slot] != key && keys[slot] != PairCounts.empty { slot = (slot + 1) & mask }
                        if keys[slot] == PairCounts.empty {
                            keys[slot] = key
                            added += 1
                        }
                        values[slot] += 1
                    }
                }
            }
        }
        count += added
    }

    /// Pairs and their counts side by side, where a key of ``empty`` is no pair: a table's own
    /// slots (``slots``), or a list made elsewhere (a cache entry's, which a rerun hands over
    /// without hashing each pair into a table of its own).
    struct Slots: Sendable {
        var keys: [UInt64]
        var counts: [Int32]
        /// The pairs, the keys that are not ``empty``.
        var count: Int
    }

    var slots: Slots { Slots(keys: keys, counts: values, count: count) }

    /// Adds every count of `other`, probing on the arrays' memory without a check per pair, as
    /// ``addPairs(of:)`` does, and growing where ``add(_:_:)`` would: when the table is half full.
    mutating func merge(_ other: Slots) {
        var next = 0
        while next < other.keys.count {
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1, room = keys.count / 2 - count
            var added = 0
            keys.withUnsafeMutableBufferPointer { keys in
                values.withUnsafeMutableBufferPointer { values in
                    other.keys.withUnsafeBufferPointer { otherKeys in
                        other.counts.withUnsafeBufferPointer { otherValues in
                            while next < otherKeys.count && added < room {
                                let key = otherKeys[next]
                                if key != PairCounts.empty {
                                    var slot = PairCounts.slot(key, mask: mask)
                                    while keys[slot] != key && keys[slot] != PairCounts.empty { slot = (slot + 1) & mask }
                                    if keys[slot] == PairCounts.empty {
                                        keys[slot] = key
                                        added += 1
                                    }
                                    values[slot] += otherValues[next]
                                }
                                next += 1
                            }
                        }
                    }
                }
            }
            count += added
        }
    }

    /// Every pair and its count, in slot order (which depends on the keys only).
    func forEach(_ body: (UInt64, Int) -> Void) {
        for slot in keys.indices where keys[slot] != PairCounts.empty { body(keys[slot], Int(values[slot])) }
    }

    /// Fibonacci hashing: the multiply spreads nearby ids over the table.
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = Array(repeating: PairCounts.empty, count: old.0.count * 2)
        values = Array(repeating: 0, count: old.0.count * 2)
        count = 0
        for slot in old.0.indices where old.0[slot] != PairCounts.empty { add(old.0[slot], old.1[slot]) }
    }
}
