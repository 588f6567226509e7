/// Network layouts kept between runs in a ``CacheFolder``. A layout is 300 rounds of forces between
/// every two nodes, most of what the page costs, and a meeting's strongest pairs stay the same
/// while its sentences do: after a document is added to one meeting the others' layouts are read
/// back rather than computed.
///
/// An entry is named by the hash (``ContentHash``) of the program binary and everything the layout
/// depends on (the box, the node count, each edge's ends and weight's bits); it holds each node's x
/// and y as the bits of a `Double` (u64 pairs, little-endian) and a CRC-32, and one that is not
/// whole and sound, or holds another number of nodes, is computed again.
public struct LayoutCache: Sendable {
    static let fileExtension = "layout"
    static let magic = Array("RHETLAYT".utf8)

    let folder: CacheFolder

    /// The layout's positions, from the cache or computed (and kept).
    func positions(_ layout: NetworkLayout, count: Int, edges: [(Int, Int, Double)]) -> [(x: Double, y: Double)] {
        var hasher = CacheEntry.namer("network layout")
        var inputs = [layout.width.bitPattern, layout.height.bitPattern, UInt64(layout.iterations), UInt64(count)]
        for (a, b, weight) in edges { inputs += [UInt64(a), UInt64(b), weight.bitPattern] }
        inputs.withUnsafeBytes { hasher.update($0.bindMemory(to: UInt8.self)) }
        let key = hasher.hex()
        if let body = folder.body(key, kind: Self.fileExtension, magic: Self.magic), body.count == count * 16 {
            let bits = body.withUnsafeBytes { raw in (0..<count * 2).map { raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self) } }
            return (0..<count).map { (Double(bitPattern: UInt64(littleEndian: bits[2 * $0])), Double(bitPattern: UInt64(littleEndian: bits[2 * $0 + 1]))) }
        }
        let positions = layout.positions(count: count, edges: edges)
        var body: [UInt8] = []
        body.reserveCapacity(count * 16)
        for position in positions {
            for value in [position.x, position.y] { withUnsafeBytes(of: value.bitPattern.littleEndian) { body += $0 } }
        }
        folder.seal(key, kind: Self.fileExtension, magic: Self.magic, body)
        return positions
    }
}
