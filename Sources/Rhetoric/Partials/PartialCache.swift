import Foundation

/// Partials kept between runs in a ``CacheFolder``, so that `make` after adding one meeting cleans
/// and segments one file, and `kwic` and `diff` read instead of segmenting. An entry is a partials
/// file of one document whose checksum is the cache's CRC-32 (``CacheEntry``) rather than SHA-256:
/// a rerun reads every entry, 38 MB on the 1,000-document bench, and a CRC finds what a cut write or
/// a bad disk does to them. It is named by the hash (``ContentHash``) of everything that decides it:
/// the settings hash, the program binary (so a rebuild with other compiled-in lists starts afresh),
/// the corpus folder, the file's path and manifest line, and the file's bytes. An entry that does
/// not read back whole is ignored and made again.
public struct PartialCache: Sendable {
    let folder: CacheFolder
    private let base: [UInt8]

    public init(folder: String, settings: String, corpus: String) {
        self.folder = CacheFolder(folder)
        base = Array("\(settings)\u{0}\(System.executableIdentity)\u{0}\(corpus)\u{0}".utf8)
    }

    /// The entry name for a file with these bytes and this manifest line.
    func key(_ file: CorpusFile, entry: Manifest.Entry?, bytes: [UInt8]) -> String {
        var hasher = ContentHash()
        hasher.update(base)
        hasher.update(file.bytes + [0])
        hasher.update(field: entry.map { "\($0.date) \($0.city) \($0.label) \($0.encoding)" } ?? "-")
        hasher.update(bytes)
        return hasher.hex()
    }

    /// The entry, if there is a sound one; without `text`, its paragraphs are left out
    /// (``DocumentPartial/init(decoding:speakers:text:)``).
    func load(_ key: String, settings: String, speakers: Int, text: Bool = true) -> DocumentPartial? {
        guard let bytes = folder.read(key, kind: PartialsFile.fileExtension),
              let contents = CacheEntry.body(of: bytes, magic: PartialsFile.magic),
              let (stored, partials) = try? PartialsFile.decode(contents: bytes, contents, file: folder.path + "/" + key,
                                                                speakers: speakers, text: text),
              stored == settings, partials.count == 1 else { return nil }
        return partials[0]
    }

    func store(_ key: String, _ partial: DocumentPartial, settings: String) {
        folder.seal(key, kind: PartialsFile.fileExtension, magic: PartialsFile.magic,
                    PartialsFile.contents([partial], settings: settings))
    }
}
