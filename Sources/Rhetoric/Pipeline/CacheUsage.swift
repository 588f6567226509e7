import Foundation

/// What a cache's entries take, as its last full scan found it plus what runs have written since,
/// kept in the folder (``fileName``) so that a run can tell it is within its limit without a `stat`
/// of every entry: a cache in use holds tens of thousands, and scanning them took a rerun of the
/// 1,000-document bench 50 to 75 ms, as much as the whole co-occurrence stage.
///
/// The figure errs high, never low, but for two runs that add to it at the same moment (one
/// addition is lost): an entry written again is counted twice, and entries removed by hand stay
/// counted until the next scan. So pruning still scans when the figure passes the limit, and in
/// any case an hour after the last scan (``rescanAfter``).
///
///     rhetoric cache usage 1
///     BYTES SCANNED
/// (the bytes counted, and the scan's time in seconds since 1970.)
struct CacheUsage: Equatable {
    static let fileName = ".rhetoric-cache-usage"
    static let firstLine = "rhetoric cache usage 1"
    /// Seconds after which a run scans again however little the figure says.
    static let rescanAfter = 3600

    var bytes: Int
    /// When the entries were last scanned, in seconds since 1970.
    var scanned: Int

    /// Bytes this process wrote into each cache folder since it last pruned it, by the folder's path.
    private static let written = Mutex()

    /// The usage file of the cache at `folder`; nil if it is missing or not one this program wrote.
    static func read(_ folder: String) -> CacheUsage? {
        guard let bytes = try? FileBytes.read(folder + "/" + fileName) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 3, lines[0] == firstLine, lines[2].isEmpty else { return nil }
        let fields = lines[1].split(separator: " ")
        guard fields.count == 2, let bytes = Int(fields[0]), let scanned = Int(fields[1]), bytes >= 0 else { return nil }
        return CacheUsage(bytes: bytes, scanned: scanned)
    }

    /// Writes the usage file, unless the folder holds a file of that name this program did not write.
    func write(_ folder: String) {
        let path = folder + "/" + CacheUsage.fileName
        if FileManager.default.fileExists(atPath: path) && CacheUsage.read(folder) == nil { return }
        try? Data("\(CacheUsage.firstLine)\n\(bytes) \(scanned)\n".utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Whether a run may skip the scan at `now`: the figure with `added` is within `limit` and the
    /// last scan is under ``rescanAfter`` old (and not in the future).
    func allowsSkip(adding added: Int, limit: Int, now: Int) -> Bool {
        bytes + added <= limit && scanned <= now && now - scanned < CacheUsage.rescanAfter
    }

    /// Counts an entry of `bytes` written into the folder at `folder`.
    static func added(_ bytes: Int, to folder: String) {
        written.withLock { $0[folder, default: 0] += bytes }
    }

    /// The bytes written into the folder since the last call, which starts the count again.
    static func takeAdded(_ folder: String) -> Int {
        written.withLock { $0.removeValue(forKey: folder) ?? 0 }
    }

    /// A dictionary under a lock: entries are written from every worker.
    private final class Mutex: @unchecked Sendable {
        private let lock = NSLock()
        private var value: [String: Int] = [:]

        func withLock<T>(_ body: (inout [String: Int]) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&value)
        }
    }
}
