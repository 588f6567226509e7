import CCrypto

/// SHA-256 (FIPS 180-4), for the hashes of the input files `summary.json` records and the keys and
/// checksums of the partials cache: enough to tell whether two runs read the same bytes. Foundation
/// on Linux has no digest; libcrypto's uses the processor's SHA instructions, and a warm `kwic`
/// hashes the whole corpus and every cache entry. Streaming, over the caller's buffers, so a 16 MB
/// corpus hashes without copies. A hasher is used by one owner: copies share one digest.
public struct SHA256 {
    /// libcrypto's digest in progress, freed with the last hasher that holds it.
    private final class Digest {
        let handle: OpaquePointer

        init() {
            guard let handle = rx_sha256_new() else { preconditionFailure("libcrypto cannot start a SHA-256 digest") }
            self.handle = handle
        }

        deinit { rx_sha256_free(handle) }
    }

    private let digest = Digest()

    public init() {}

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.hex()
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Adds a string's UTF-8 bytes, then a zero byte, so that consecutive fields cannot run together.
    public mutating func update(field: String) {
        update(Array(field.utf8) + [0])
    }

    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard rx_sha256_update(digest.handle, bytes.baseAddress, bytes.count) == 1 else {
            preconditionFailure("libcrypto failed to hash \(bytes.count) bytes")
        }
    }

    /// The digest as 32 bytes; the hasher is spent.
    public mutating func finish() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        guard rx_sha256_finish(digest.handle, &out) == 1 else { preconditionFailure("libcrypto failed to finish a SHA-256 digest") }
        return out
    }

    /// The digest as 64 lowercase hex digits; the hasher is spent.
    public mutating func hex() -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        return String(String.UnicodeScalarView(finish().flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xf)]] }))
    }
}
