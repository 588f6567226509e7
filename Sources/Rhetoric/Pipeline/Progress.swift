import Foundation

/// "documents done of total" on stderr while a long run works, only when stderr is a terminal,
/// so logs and pipes stay clean. Safe to call from any worker.
public final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private let total: Int
    private var done = 0

    /// A reporter, or nil when `enabled` is false or stderr is not a terminal.
    public static func onTerminal(_ label: String, total: Int, enabled: Bool) -> Progress? {
        enabled && isatty(STDERR_FILENO) != 0 ? Progress(label: label, total: total) : nil
    }

    init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    public func step() {
        lock.lock()
        done += 1
        let line = "\r\(label) \(done)/\(total) documents" + (done == total ? "\n" : "")
        lock.unlock()
        FileHandle.standardError.write(Data(line.utf8))
    }
}
