import CIsal
import Foundation

/// The segmentation trie kept between runs in a ``CacheFolder``. Building it (the general
/// vocabulary's 350,000 words, then the word lists over them) takes a tenth of a second, which a
/// run that segments one new document would otherwise spend before its first word. An entry is
/// named by the hash (``ContentHash``) of the run's settings hash and the program binary (the
/// vocabulary and lists compiled into it); it holds the trie's arrays (``WordTrie/encoded()``) and
/// a CRC-32 of them, and one that is not whole and sound is ignored and made again.
public struct TrieCache: Sendable {
    static let fileExtension = "trie"
    static let magic = Array("RHETTRIE".utf8)

    let folder: CacheFolder
    let key: String

    public init(folder: String, settings: String) {
        self.folder = CacheFolder(folder)
        var hasher = CacheEntry.namer("word trie")
        hasher.update(field: settings)
        key = hasher.hex()
    }

    /// The entry's trie, read from its file straight into the trie's arrays.
    func load() -> WordTrie? {
        guard let descriptor = folder.open(key, kind: Self.fileExtension) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return Self.decode(size: Int(status.st_size)) { buffer, offset in
            FileBytes.transfer(buffer.count) { done in pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done)) }
        }
    }

    func store(_ trie: WordTrie) {
        folder.write(key, kind: Self.fileExtension, Self.encode(trie))
    }

    static func encode(_ trie: WordTrie) -> [UInt8] {
        CacheEntry.sealed(magic, trie.encoded())
    }

    /// The trie of an entry of `size` bytes that `read` fills a buffer from at an offset (false if
    /// it cannot). The hash table, 16 of the 20 MB, is read into its own array, not into the
    /// entry's bytes to be copied from there; the CRC-32 runs over the pieces in order.
    static func decode(size: Int, read: (UnsafeMutableRawBufferPointer, Int) -> Bool) -> WordTrie? {
        // The magic, the shift (u32) and the table's count (u32), as ``WordTrie/encoded()`` writes them.
        var head = [UInt8](repeating: 0, count: magic.count + 8)
        guard size >= head.count + 4, head.withUnsafeMutableBytes({ read($0, 0) }), head.starts(with: magic) else { return nil }
        var fields = ByteReader(head, offset: magic.count)
        guard let shift = try? UInt64(fields.u32()), let count = try? Int(fields.u32()),
              count <= (size - head.count - 4) / 8 else { return nil }
        var failed = false
        let slots = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            failed = !read(UnsafeMutableRawBufferPointer(buffer), head.count)
            initialized = count
        }
        var rest = [UInt8](repeating: 0, count: size - head.count - 8 * count)
        guard !failed, rest.withUnsafeMutableBytes({ read($0, head.count + 8 * count) }) else { return nil }
        var check = head.withUnsafeBufferPointer { rx_crc32(0, $0.baseAddress, $0.count) }
        check = slots.withUnsafeBytes { rx_crc32(check, $0.baseAddress?.assumingMemoryBound(to: UInt8.self), $0.count) }
        check = rest.withUnsafeBufferPointer { rx_crc32(check, $0.baseAddress, $0.count - 4) }
        var seal = ByteReader(rest, offset: rest.count - 4)
        var reader = ByteReader(rest, end: rest.count - 4)
        guard check == (try? seal.u32()), let trie = try? WordTrie(shift: shift, slots: slots, decodingRest: &reader), reader.isAtEnd
        else { return nil }
        return trie
    }
}
