/// Every word segmentation knows, in one trie over UTF-16 code units: the general vocabulary with
/// its probabilities, and the word lists layered over it (the user's lexicons, the domain lexicon,
/// the frozen phrases, the stopwords, the name variants). Segmentation walks it once from each
/// position and sees, for every word that starts there, all that is known about it.
///
/// The trie's transitions live in one open-addressing hash table keyed by (node, code unit), so a
/// walk costs one probe per code unit, and a copy (to add a run's word lists to the shared
/// vocabulary) is a copy of a few flat arrays.
public struct WordTrie: Sendable {
    /// What a word is. A node may be several at once.
    public struct Layers: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// A word of the general vocabulary, with a probability.
        public static let vocabulary = Layers(rawValue: 1 << 0)
        /// An entry of a user's lexicon (`--lexicon`): wins wherever it matches.
        public static let user = Layers(rawValue: 1 << 1)
        /// An entry of the domain lexicon.
        public static let domain = Layers(rawValue: 1 << 2)
        /// A phrase of the corpus's frozen phrases file.
        public static let phrase = Layers(rawValue: 1 << 3)
        /// A stopword: segmented as a word, never counted.
        public static let stopword = Layers(rawValue: 1 << 4)
        /// A variant of a name, counted as its canonical form (普丁 → 普京).
        public static let alias = Layers(rawValue: 1 << 5)
    }

    /// One slot per transition, 0 when empty: the key `(node << 16 | unit) + 1` in the high 40 bits
    /// and the child node in the low 24, so that a probe reads one word of memory. The slot count
    /// is a power of two; the trie holds at most 2^24 nodes.
    private var slots: [UInt64]
    private var shift: UInt64
    /// The root's children by code unit (-1 for none): the first step of every walk, from a table
    /// that stays in the cache.
    private var rootChildren = [Int32](repeating: -1, count: 65536)
    /// Per node.
    public private(set) var layers: [Layers] = [[]]
    /// Per node: the natural log of the word's probability in the vocabulary, or `-infinity`.
    public private(set) var logProbability: [Float] = [-.infinity]
    /// Alias node → the canonical term it counts as.
    public private(set) var canonical: [Int32: String] = [:]
    /// The natural log of the probability of a word the vocabulary does not know: a count of one
    /// over the vocabulary's total, as jieba gives it (``Vocabulary/build()`` sets it). Kept with
    /// the trie so that a run reading the trie back (``TrieCache``) does not sum the 349,046
    /// frequencies again.
    public internal(set) var unknownLogProbability: Float = 0

    public static let root: Int32 = 0
    static let maximumNodes = 1 << 24

    /// An empty trie with room for about `capacity` nodes before it grows.
    public init(capacity: Int = 1024) {
        var size = 1024
        while size * 7 < capacity * 10 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        layers.reserveCapacity(capacity)
        logProbability.reserveCapacity(capacity)
    }

    public var nodeCount: Int { layers.count }

    @inline(__always)
    static func key(_ node: Int32, _ unit: UInt16) -> UInt64 {
        (UInt64(UInt32(node)) << 16 | UInt64(unit)) &+ 1
    }

    /// The child of `node` along `unit`, or -1.
    @inline(__always)
    public func child(_ node: Int32, _ unit: UInt16) -> Int32 {
        if node == WordTrie.root { return rootChildren[Int(unit)] }
        let key = WordTrie.key(node, unit)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = slots[slot]
            if stored >> 24 == key { return Int32(truncatingIfNeeded: stored & 0xFF_FFFF) }
            if stored == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// The node of `units` (walking from the root), or -1.
    public func node(of units: some Sequence<UInt16>) -> Int32 {
        var node = WordTrie.root
        for unit in units {
            node = child(node, unit)
            if node < 0 { return -1 }
        }
        return node
    }

    public func node(of word: String) -> Int32 { node(of: word.utf16) }

    /// The child of `node` along `unit`, created if new.
    public mutating func extend(_ node: Int32, _ unit: UInt16) -> Int32 {
        let existing = child(node, unit)
        if existing >= 0 { return existing }
        let created = Int32(layers.count)
        precondition(layers.count < WordTrie.maximumNodes, "a word trie holds at most 2^24 nodes")
        layers.append([])
        logProbability.append(-.infinity)
        if node == WordTrie.root {
            rootChildren[Int(unit)] = created
        } else {
            if layers.count * 10 > slots.count * 7 { grow() }
            store(WordTrie.key(node, unit) << 24 | UInt64(UInt32(created)))
        }
        return created
    }

    /// Adds `units` (if new) and returns its node.
    @discardableResult
    public mutating func insert(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
        var node = WordTrie.root
        for unit in units { node = extend(node, unit) }
        return node
    }

    /// Adds `word` (if new) and returns its node.
    @discardableResult
    public mutating func insert(_ word: String) -> Int32 {
        Array(word.utf16).withUnsafeBufferPointer { insert($0) }
    }

    /// Marks `word` as belonging to `layer`.
    public mutating func add(_ word: String, to layer: Layers) {
        let node = insert(word)
        guard node != WordTrie.root else { return }
        layers[Int(node)].formUnion(layer)
    }

    /// Makes `node` a vocabulary word with its log probability (the larger, if it is set twice).
    public mutating func setVocabulary(_ node: Int32, logProbability value: Float) {
        guard node != WordTrie.root else { return }
        layers[Int(node)].insert(.vocabulary)
        logProbability[Int(node)] = max(logProbability[Int(node)], value)
    }

    /// Takes a node's word out of the general vocabulary (it stays a prefix of longer words).
    mutating func removeVocabulary(_ node: Int32) {
        layers[Int(node)].remove(.vocabulary)
        logProbability[Int(node)] = -.infinity
    }

    /// Adds a variant that counts as `canonical` (and is segmented as a domain word).
    public mutating func addAlias(_ variant: String, canonical term: String) {
        let node = insert(variant)
        guard node != WordTrie.root else { return }
        layers[Int(node)].formUnion([.alias, .domain])
        canonical[node] = term
    }

    private mutating func store(_ entry: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ((entry >> 24) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        for entry in old where entry != 0 { store(entry) }
    }
}

extension WordTrie {
    /// The trie's arrays as bytes (``ByteWriter``), for ``TrieCache``: the hash table, the root's
    /// children, each node's layers and log probability, and the aliases in node order.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.u32(UInt32(shift))
        writer.u64s(slots)
        writer.i32s(rootChildren[...])
        writer.count(layers.count)
        writer.raw(layers.map(\.rawValue))
        writer.i32s(logProbability.map { Int32(bitPattern: $0.bitPattern) }[...])
        writer.u32(unknownLogProbability.bitPattern)
        writer.count(canonical.count)
        for (node, term) in canonical.sorted(by: { $0.key < $1.key }) {
            writer.i32(node)
            writer.string(term)
        }
        return writer.bytes
    }

    /// The trie ``encoded()`` wrote, its shift and hash table already read (``TrieCache`` reads the
    /// table straight into its array) and the rest from `reader`; checked to be one: a table whose
    /// size and shift agree, every child a node of the trie, as many probabilities as nodes.
    init(shift: UInt64, slots: [UInt64], decodingRest reader: inout ByteReader) throws(ByteReader.Damaged) {
        let rootChildren = try reader.i32s()
        let nodes = try reader.count()
        let layers = try reader.raw(nodes).map(Layers.init(rawValue:))
        let logProbability = try reader.i32s().map { Float(bitPattern: UInt32(bitPattern: $0)) }
        let unknownLogProbability = Float(bitPattern: try reader.u32())
        guard slots.count >= 1024, slots.count.nonzeroBitCount == 1, shift == UInt64(64 - slots.count.trailingZeroBitCount),
              rootChildren.count == 65536, (1...WordTrie.maximumNodes).contains(nodes), logProbability.count == nodes,
              rootChildren.allSatisfy({ $0 >= -1 && $0 < nodes }), slots.allSatisfy({ $0 == 0 || $0 & 0xFF_FFFF < nodes })
        else { throw ByteReader.Damaged() }
        var canonical: [Int32: String] = [:]
        for _ in 0..<(try reader.count(width: 8)) {
            let node = try reader.i32()
            guard node > 0 && Int(node) < nodes else { throw ByteReader.Damaged() }
            canonical[node] = try reader.string()
        }
        self.init()
        (self.shift, self.slots, self.rootChildren, self.layers, self.logProbability, self.canonical, self.unknownLogProbability)
            = (shift, slots, rootChildren, layers, logProbability, canonical, unknownLogProbability)
    }
}
