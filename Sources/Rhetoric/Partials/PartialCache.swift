import Foundation

/// Partials kept between runs (under `.build/rhetoric-cache` by default; never in the corpus or the
/// reports), so that `make` after adding one meeting cleans and segments one file, and `kwic` and
/// `diff` read instead of segmenting. An entry is a partials file of one document, named by the
/// SHA-256 of everything that decides it: the settings hash, the program binary (so a rebuild with
/// other compiled-in lists starts afresh), the corpus folder, the file's path and manifest line, and
/// the file's bytes. An entry that does not read back whole is ignored and made again.
///
/// A rebuild of the program or a change of settings leaves the old entries unreachable, so each
/// run that used the cache prunes it to ``defaultLimit`` bytes (see ``prune(limit:usedSince:)``).
public struct PartialCache: Sendable {
    public static let defaultFolder = ".build/rhetoric-cache"
    /// The most the cache's entries take after a run (`--cache-limit`), in bytes: 1 GiB.
    public static let defaultLimit = 1 << 30

    public let folder: String
    private let base: [UInt8]

    public init(folder: String, settings: String, corpus: String) {
        self.folder = folder
        base = Array("\(settings)\u{0}\(System.executableIdentity)\u{0}\(corpus)\u{0}".utf8)
    }

    /// The entry name for a file with these bytes and this manifest line.
    func key(_ file: CorpusFile, entry: Manifest.Entry?, bytes: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(base)
        hasher.update(file.bytes + [0])
        hasher.update(field: entry.map { "\($0.date) \($0.city) \($0.label) \($0.encoding)" } ?? "-")
        hasher.update(bytes)
        return hasher.hex()
    }

    private func path(_ key: String) -> String { folder + "/" + key + "." + PartialsFile.fileExtension }

    /// The entry, if there is a sound one.
    func load(_ key: String, settings: String, speakers: Int) -> DocumentPartial? {
        guard let data = FileManager.default.contents(atPath: path(key)),
              let (stored, partials) = try? PartialsFile.decode([UInt8](data), file: path(key), speakers: speakers),
              stored == settings, partials.count == 1 else { return nil }
        // Its time is when it was last used, which pruning goes by.
        utimensat(AT_FDCWD, path(key), nil, 0)
        return partials[0]
    }

    /// Keeps an entry, written aside and renamed into place so that a reader never sees half of
    /// one. A cache that cannot be written only makes the next run slower.
    func store(_ key: String, _ partial: DocumentPartial, settings: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path(key) + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(PartialsFile.encode([partial], settings: settings))) else { return }
        if rename(temporary, path(key)) != 0 { unlink(temporary) }
    }

    /// One of the folder's files as pruning sees it.
    struct Entry: Equatable {
        var name: String
        var size: Int
        /// Seconds since 1970 of its last use (a hit touches it).
        var used: Int
    }

    /// Removes the entries used least recently until the rest take at most `limit` bytes, never one
    /// used at or after `usedSince` (the run's own, and a concurrent run's), and the temporary files of
    /// writes cut off over an hour ago. Files not named as this cache names them are never touched,
    /// whatever else the folder holds. A file that cannot be removed is left: the cache only makes runs
    /// faster.
    public func prune(limit: Int, usedSince: Int) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var entries: [Entry] = []
        var stale: [String] = []
        let now = Int(time(nil))
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let kind = Self.kind(of: name) else { continue }
            var status = stat()
            guard lstat(folder + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let used = Int(status.st_mtim.tv_sec)
            switch kind {
            case .entry: entries.append(Entry(name: name, size: Int(status.st_size), used: used))
            case .temporary: if used < now - 3600 { stale.append(name) }
            }
        }
        for name in stale + Self.victims(entries, limit: limit, usedSince: usedSince) { unlink(folder + "/" + name) }
    }

    /// Of the entries, those to remove: least recently used first (ties by name), until the rest take
    /// at most `limit` bytes, sparing those used at or after `usedSince`.
    static func victims(_ entries: [Entry], limit: Int, usedSince: Int) -> [String] {
        var total = entries.reduce(0) { $0 + $1.size }
        var victims: [String] = []
        for entry in entries.sorted(by: { ($0.used, $0.name) < ($1.used, $1.name) }) where total > limit && entry.used < usedSince {
            victims.append(entry.name)
            total -= entry.size
        }
        return victims
    }

    enum Kind { case entry, temporary }

    /// An entry is named by 64 lowercase hexadecimal digits and the partials extension; a write in
    /// progress adds `.PID.RANDOM.tmp` to that.
    static func kind(of name: String) -> Kind? {
        let bytes = Array(name.utf8)
        let suffix = Array(("." + PartialsFile.fileExtension).utf8)
        guard bytes.count >= 64 + suffix.count, bytes[..<64].allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
              bytes[64..<64 + suffix.count].elementsEqual(suffix) else { return nil }
        let rest = bytes[(64 + suffix.count)...]
        if rest.isEmpty { return .entry }
        let parts = rest.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, parts[3].elementsEqual("tmp".utf8),
              parts[1...2].allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        return .temporary
    }
}
