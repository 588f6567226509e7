import Foundation

/// The folder where runs keep what they can reuse (`--cache`, under `.build/rhetoric-cache` by
/// default; never in the corpus or the reports): documents' partials (``PartialCache``) and their
/// `sentences.csv` rows (``SentenceRowsCache``), each meeting's co-occurrence counts
/// (``CooccurrenceCache``) and rows in `cooccurrence.csv` (``CSVBlockCache``), the page's network
/// layouts (``LayoutCache``), the deflated pieces of workbook sheets (``SheetPieceCache``) and the
/// segmentation trie (``TrieCache``). An entry is named by the 32 hex digits of the hash
/// (``ContentHash``) of everything that decides it, and its kind's extension; it is written aside
/// and renamed into place, so that a reader never sees half of one, and touched when used.
///
/// A rebuild of the program or a change of settings leaves old entries unreachable, so each run
/// that used the cache prunes it to ``defaultLimit`` bytes (see ``prune(limit:usedSince:)``).
public struct CacheFolder: Sendable {
    public static let defaultFolder = ".build/rhetoric-cache"
    /// The most the cache's entries take after a run (`--cache-limit`), in bytes: 1 GiB.
    public static let defaultLimit = 1 << 30
    /// The extensions of the entries a cache keeps.
    static let extensions = [PartialsFile.fileExtension, SentenceRowsCache.fileExtension, SheetPieceCache.fileExtension,
                             TrieCache.fileExtension, CooccurrenceCache.fileExtension, CSVBlockCache.fileExtension,
                             LayoutCache.fileExtension]

    public let path: String

    public init(_ path: String) {
        self.path = path
    }

    private func file(_ key: String, _ kind: String) -> String { path + "/" + key + "." + kind }

    /// The entry's bytes, if it exists; its time becomes now, which pruning goes by.
    func read(_ key: String, kind: String) -> [UInt8]? {
        guard let descriptor = open(key, kind: kind) else { return nil }
        defer { close(descriptor) }
        return try? FileBytes.read(descriptor: descriptor, display: file(key, kind))
    }

    /// The entry's file opened for reading, if it exists; its time becomes now, as with ``read(_:kind:)``
    /// (set through the descriptor: a rerun reads thousands of entries, and each path lookup costs).
    func open(_ key: String, kind: String) -> Int32? {
        let descriptor = Glibc.open(file(key, kind), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        futimens(descriptor, nil)
        return descriptor
    }

    /// Whether the entry exists; if it does, its time becomes now, as with ``read(_:kind:)``.
    func touch(_ key: String, kind: String) -> Bool {
        utimensat(AT_FDCWD, file(key, kind), nil, 0) == 0
    }

    /// Keeps an entry. A cache that cannot be written only makes the next run slower. Written with
    /// POSIX calls and never synced to disk (Foundation's file writing syncs each file, which a run
    /// writing thousands of entries waited on): an entry a crash cuts short fails its check and is
    /// made again.
    func write(_ key: String, kind: String, _ bytes: [UInt8]) {
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let temporary = file(key, kind) + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let written = bytes.withUnsafeBytes { buffer in
            FileBytes.transfer(buffer.count) { done in Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done) }
        }
        if close(descriptor) != 0 || !written || rename(temporary, file(key, kind)) != 0 {
            unlink(temporary)
        } else {
            CacheUsage.added(bytes.count, to: path)
        }
    }

    /// The body of a sealed entry (``CacheEntry``), if there is one that is whole and sound.
    func body(_ key: String, kind: String, magic: [UInt8]) -> ArraySlice<UInt8>? {
        guard let bytes = read(key, kind: kind), let body = CacheEntry.body(of: bytes, magic: magic) else { return nil }
        return bytes[body]
    }

    /// Keeps `body` sealed (``CacheEntry``).
    func seal(_ key: String, kind: String, magic: [UInt8], _ body: some Collection<UInt8>) {
        write(key, kind: kind, CacheEntry.sealed(magic, body))
    }

    /// One of the folder's files as pruning sees it.
    struct Entry: Equatable {
        var name: String
        var size: Int
        /// Seconds since 1970 of its last use (a hit touches it).
        var used: Int
    }

    /// Removes the entries used least recently until the rest take at most nine tenths of `limit`
    /// bytes, never one used at or after `usedSince` (the run's own, and a concurrent run's), and the
    /// temporary files of writes cut off over an hour ago. Files not named as this cache names them
    /// are never touched, whatever else the folder holds. A file that cannot be removed is left: the
    /// cache only makes runs faster. The entries are not scanned while ``CacheUsage`` shows them
    /// within the limit; pruning below it leaves the next runs room to write before they scan.
    public func prune(limit: Int, usedSince: Int) {
        let now = Int(time(nil))
        let added = CacheUsage.takeAdded(path)
        if let usage = CacheUsage.read(path), usage.allowsSkip(adding: added, limit: limit, now: now) {
            return CacheUsage(bytes: usage.bytes + added, scanned: usage.scanned).write(path)
        }
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        var entries: [Entry] = []
        var stale: [String] = []
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let kind = Self.kind(of: name) else { continue }
            var status = stat()
            guard lstat(path + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let used = Int(status.st_mtim.tv_sec)
            switch kind {
            case .entry: entries.append(Entry(name: name, size: Int(status.st_size), used: used))
            case .temporary: if used < now - 3600 { stale.append(name) }
            }
        }
        let victims = Self.victims(entries, limit: limit - limit / 10, usedSince: usedSince)
        for name in stale + victims { unlink(path + "/" + name) }
        let removed = Set(victims)
        CacheUsage(bytes: entries.reduce(0) { $0 + (removed.contains($1.name) ? 0 : $1.size) }, scanned: now).write(path)
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

    /// An entry is named by 32 lowercase hexadecimal digits (64 in earlier builds, which named
    /// entries by SHA-256: theirs are pruned like the rest) and one of ``extensions``; a write in
    /// progress adds `.PID.RANDOM.tmp` to that.
    static func kind(of name: String) -> Kind? {
        let bytes = Array(name.utf8)
        let digits = bytes.prefix { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }.count
        guard digits == 32 || digits == 64, bytes.count > digits + 1, bytes[digits] == UInt8(ascii: ".") else { return nil }
        let parts = bytes[(digits + 1)...].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard extensions.contains(where: { parts[0].elementsEqual($0.utf8) }) else { return nil }
        if parts.count == 1 { return .entry }
        guard parts.count == 4, parts[3].elementsEqual("tmp".utf8),
              parts[1...2].allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        return .temporary
    }
}
