/// Each meeting's co-occurrence counts and strongest pairs kept between runs in a ``CacheFolder``.
/// Counting a meeting's pairs is most of the co-occurrence stage, and after a document is added to
/// one meeting the others have the same sentences: their counts are read back rather than counted.
/// Term ids can shift with the corpus, so an entry holds the meeting's local ids
/// (``MeetingContent``), which the run maps back to its own.
///
/// An entry is named by the hash (``ContentHash``) of the program binary, the meeting's content
/// digest, the smallest pair count and the most pairs kept: all its rows depend on. One that is not
/// whole and sound, or does not fit the meeting, is ignored and counted again.
///
///     "RHETPAIR"              8 bytes, the magic
///     sentences               u32, the meeting's sentences
///     terms                   u32 count, then i32 each: sentences holding each local id
///     pairs                   u32 count, then u64 each: the local ids packed (``PairCounts/key(_:_:)``), ascending
///     counts                  u32 count, then i32 each: sentences holding each pair
///     kept                    u32 count, then i32 each: the rows' pairs (indices into pairs), strongest first
///     statistics              u32 count, then u64 each: each row's pmi, npmi, llr, jaccard, logdice and mi3
///                             (IEEE 754 bits), six per row: a rerun reads them rather than take 10 logs a row
///     check                   u32, the CRC-32 of everything before it
/// (little-endian.)
public struct CooccurrenceCache: Sendable {
    static let fileExtension = "pairs"
    static let magic = Array("RHETPAIR".utf8)

    let folder: CacheFolder

    /// What an entry holds, in local ids.
    struct Entry: Equatable {
        var sentences: Int
        var terms: [Int32]
        var pairs: [UInt64]
        var counts: [Int32]
        var kept: [Int32]
        var statistics: [UInt64]
    }

    func key(_ content: MeetingContent, minimumCount: Int, maximumPairs: Int) -> String {
        var hasher = CacheEntry.namer("co-occurrence")
        hasher.update(field: content.digest)
        hasher.update(field: "\(minimumCount) \(maximumPairs)")
        return hasher.hex()
    }

    /// The entry, or nil if there is none that is whole and sound with its ids in its own bounds.
    func load(_ key: String) -> Entry? {
        guard let bytes = folder.read(key, kind: Self.fileExtension),
              let body = CacheEntry.body(of: bytes, magic: Self.magic) else { return nil }
        var reader = ByteReader(bytes, offset: body.lowerBound, end: body.upperBound)
        guard let entry = try? Entry(sentences: Int(reader.u32()), terms: reader.i32s(), pairs: reader.u64s(),
                                     counts: reader.i32s(), kept: reader.i32s(), statistics: reader.u64s()),
              reader.isAtEnd, entry.pairs.count == entry.counts.count, entry.statistics.count == 6 * entry.kept.count,
              entry.kept.allSatisfy({ $0 >= 0 && Int($0) < entry.pairs.count }),
              entry.pairs.allSatisfy({ let (a, b) = PairCounts.pair($0); return a >= 0 && a < b && Int(b) < entry.terms.count })
        else { return nil }
        return entry
    }

    func store(_ key: String, _ entry: Entry) {
        var writer = ByteWriter()
        writer.count(entry.sentences)
        writer.i32s(entry.terms[...])
        writer.u64s(entry.pairs)
        writer.i32s(entry.counts[...])
        writer.i32s(entry.kept[...])
        writer.u64s(entry.statistics)
        folder.seal(key, kind: Self.fileExtension, magic: Self.magic, writer.bytes)
    }
}
