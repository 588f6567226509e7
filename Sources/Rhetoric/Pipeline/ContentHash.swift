import CXXHash

/// XXH3's 128-bit hash, for the names of cache entries (``CacheEntry/namer(_:)``,
/// ``PartialCache``): a rerun names an entry for every corpus file and every piece of the
/// workbook's sheets, 70 MB on the 1,000-document bench, which SHA-256 took a tenth of a second of
/// processor time to hash. Two names need only differ when their inputs do, and two different
/// inputs share XXH3's 128 bits by accident far less often than a disk errs; what must resist
/// forgery (the partials file's checksum) and what users compare (summary.json's hashes) stay
/// ``SHA256``. Streaming, over the caller's buffers; a hasher is used by one owner: copies share
/// one state.
public struct ContentHash: StreamingHash {
    private let state = HashState(library: "libxxhash", make: { rx_xxh128_new() }, free: { rx_xxh128_free($0) })

    public init() {}

    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard rx_xxh128_update(state.handle, bytes.baseAddress, bytes.count) == 1 else {
            preconditionFailure("libxxhash failed to hash \(bytes.count) bytes")
        }
    }

    /// The hash as 16 bytes, high half first (XXH128's canonical form); the hasher starts over.
    public mutating func finish() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 16)
        rx_xxh128_finish(state.handle, &out)
        return out
    }
}
