import CSystem
import Dispatch
import Foundation

/// Writes a run's reports so that the folder is always either the previous reports or the new ones,
/// whatever happens: a failure, Ctrl-C, a kill, or other runs writing into the same folder.
///
/// The files go into a staging folder beside the destination (`NAME.tmp-PID`), with the marker that
/// makes the folder rhetoric's (see ``OutputFolder``). Under an exclusive `flock` on a lock file
/// beside the folder, which serialises concurrent runs, the staging folder then swaps places with
/// the old one in one step (`renameat2` with `RENAME_EXCHANGE`; where the filesystem cannot, two
/// renames) and the old reports are deleted. SIGINT, SIGTERM and SIGHUP delete the staging folder;
/// staging and retired folders left by processes that died are deleted by the next run.
public enum ReportWriter {
    /// A file's contents: a rendered report's text or the workbook's bytes, written as they are
    /// held, never copied; or a report made piece by piece as it is written, never held whole (on
    /// 100 MB of input the sentences alone are over 200 MB).
    public enum Contents: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Calls its argument with each piece of the file in turn.
        case streamed(@Sendable (_ write: (UnsafeBufferPointer<UInt8>) throws(RhetoricError) -> Void) throws(RhetoricError) -> Void)
    }

    /// Writes `files` (name → contents) as the new contents of `folder`. With `bom`, CSV files start
    /// with a UTF-8 byte-order mark, which Excel on Windows needs to read UTF-8. `corpus` is checked
    /// again against the folder under the lock (see ``OutputFolder/check(corpus:)``).
    public static func write(_ files: [(name: String, contents: Contents)], to folder: OutputFolder, corpus: String?,
                             bom: Bool = false) throws {
        let staging = try ReportStaging(folder, bom: bom)
        do {
            for file in files { try staging.add(file.name, file.contents) }
            try staging.commit(listing: files.map(\.name), corpus: corpus)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Swaps the filled `staging` folder into the place of `folder`, under the lock; the staging
    /// folder is gone afterwards, whether this succeeds or throws.
    static func publish(_ staging: String, as folder: OutputFolder, corpus: String?, pid: Int32) throws {
        Fault.point("staged")
        let lock = try FolderLock(folder.lockPath)
        defer { lock.release() }
        removeStale(beside: folder)
        do {
            try folder.check(corpus: corpus)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        try Interruption.shared.whileWriting { try replace(folder, with: staging, pid: pid) }
    }

    /// Puts `staging` in the place of the folder and deletes what was there.
    static func replace(_ folder: OutputFolder, with staging: String, pid: Int32) throws {
        guard FileManager.default.fileExists(atPath: folder.path) else {
            guard rename(staging, folder.path) == 0 else { throw failure(folder, staging, errno) }
            return
        }
        let code = rx_exchange_paths(staging, folder.path)
        if code == 0 {
            // The staging path now holds the previous reports.
            Fault.point("exchanged")
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP else { throw failure(folder, staging, code) }
        let retired = folder.retired(pid)
        guard rename(folder.path, retired) == 0 else { throw failure(folder, staging, errno) }
        guard rename(staging, folder.path) == 0 else {
            let reason = errno
            _ = rename(retired, folder.path)
            throw failure(folder, staging, reason)
        }
        try? FileManager.default.removeItem(atPath: retired)
    }

    /// The error for a failed move, with the staging folder deleted; `code` is read where it happened.
    static func failure(_ folder: OutputFolder, _ staging: String, _ code: Int32) -> RhetoricError {
        try? FileManager.default.removeItem(atPath: staging)
        return RhetoricError(file: folder.path, "cannot move the new reports into place: \(String(cString: strerror(code)))")
    }

    /// Deletes `NAME.tmp-PID` and `NAME.old-PID` folders beside `folder` whose process is gone.
    static func removeStale(beside folder: OutputFolder) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.parent) else { return }
        for entry in entries {
            for infix in [".tmp-", ".old-"] where entry.hasPrefix(folder.name + infix) {
                guard let pid = Int32(entry.dropFirst(folder.name.count + infix.count)), pid > 0,
                      kill(pid, 0) != 0 && errno == ESRCH
                else { continue }
                try? FileManager.default.removeItem(atPath: (folder.parent as NSString).appendingPathComponent(entry))
            }
        }
    }
}

/// An exclusive `flock` on a lock file, held until released.
struct FolderLock {
    let descriptor: Int32

    init(_ path: String) throws(RhetoricError) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RhetoricError(file: path, "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw RhetoricError(file: path, "cannot lock: \(reason)")
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Deletes the folders a run is building when the run is interrupted (SIGINT, SIGTERM, SIGHUP),
/// then exits with 128 + the signal, as a shell expects.
///
/// Writing holds a lock the handler also takes, so a folder is never deleted while a file is being
/// written into it (which could leave a half-deleted folder behind).
final class Interruption: @unchecked Sendable {
    static let shared = Interruption()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    private init() {
        let queue = DispatchQueue(label: "rhetoric.interruption")
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
            source.setEventHandler { [unowned self] in
                lock.lock()
                for path in paths { try? FileManager.default.removeItem(atPath: path) }
                _exit(128 + signal)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Registers `path` to be deleted on interruption, or (false) no longer.
    func remove(_ path: String, whenInterrupted: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if whenInterrupted { paths.insert(path) } else { paths.remove(path) }
    }

    /// Runs `body` with interruption held off until it returns.
    func whileWriting<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// Fault injection for the tests of ``ReportWriter``: when `RHETORIC_FAULT` names a point, the run
/// kills itself there (SIGKILL, which no handler sees), or with `interrupt:POINT` interrupts itself
/// (SIGINT), so a test can show what a crash or Ctrl-C at that moment leaves behind.
enum Fault {
    static let requested = ProcessInfo.processInfo.environment["RHETORIC_FAULT"]

    static func point(_ name: String) {
        guard let requested else { return }
        if requested == name { kill(getpid(), SIGKILL) }
        if requested == "interrupt:" + name {
            kill(getpid(), SIGINT)
            // The handler deletes the staging folder and exits; wait for it.
            while true { sleep(1) }
        }
    }
}
