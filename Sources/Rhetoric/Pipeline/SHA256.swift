import CCrypto

/// SHA-256 (FIPS 180-4), for what must resist forgery or is compared by hand: the checksum of a
/// partials file (``PartialsFile``), the hashes of the input files `summary.json` records, a
/// document's text digest and the settings hash. Foundation on Linux has no digest; libcrypto's
/// uses the processor's SHA instructions. Streaming, over the caller's buffers, so a 16 MB corpus
/// hashes without copies. A hasher is used by one owner: copies share one digest.
public struct SHA256: StreamingHash {
    private let digest = HashState(library: "libcrypto", make: { rx_sha256_new() }, free: { rx_sha256_free($0) })

    public init() {}

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.hex()
    }

    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard rx_sha256_update(digest.handle, bytes.baseAddress, bytes.count) == 1 else {
            preconditionFailure("libcrypto failed to hash \(bytes.count) bytes")
        }
    }

    /// The digest as 32 bytes; the hasher starts over.
    public mutating func finish() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        guard rx_sha256_finish(digest.handle, &out) == 1 else { preconditionFailure("libcrypto failed to finish a SHA-256 digest") }
        return out
    }
}
