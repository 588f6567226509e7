import Foundation

/// A progress bar on stderr while a run works, only when stderr is a terminal, so logs and pipes
/// stay clean: the phase (reading and cleaning, segmenting, analysing, writing), a bar, the
/// percentage, the items done, the time elapsed and an estimate of the time left in the phase.
/// Redrawn at most ten times a second; safe to call from any worker.
public final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let start = DispatchTime.now().uptimeNanoseconds
    private var phase = ""
    private var unit = ""
    private var total = 0
    private var done = 0
    private var phaseStart: UInt64 = 0
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// A reporter, or nil when `enabled` is false or stderr is not a terminal.
    public static func onTerminal(enabled: Bool) -> Progress? {
        enabled && isatty(STDERR_FILENO) != 0 ? Progress() : nil
    }

    init() {}

    /// Starts a phase of `total` items (documents, stages, files).
    public func begin(_ phase: String, total: Int, unit: String) {
        lock.lock()
        self.phase = phase
        self.unit = unit
        self.total = total
        done = 0
        phaseStart = DispatchTime.now().uptimeNanoseconds
        let line = render(now: phaseStart)
        lastDraw = phaseStart
        lock.unlock()
        write(line)
    }

    /// One item of the phase is done.
    public func step() {
        lock.lock()
        done += 1
        let now = DispatchTime.now().uptimeNanoseconds
        var line: String?
        if done == total || now - lastDraw >= 100_000_000 {
            line = render(now: now)
            lastDraw = now
        }
        lock.unlock()
        if let line { write(line) }
    }

    /// Clears the bar, so that what follows starts on a clean line.
    public func finish() {
        lock.lock()
        let clear = drawn
        drawn = false
        lock.unlock()
        if clear { write("\r\u{1B}[2K") }
    }

    private func render(now: UInt64) -> String {
        drawn = true
        return "\r\u{1B}[2K" + Progress.line(phase: phase, done: done, total: total, unit: unit,
                                               elapsed: Double(now - start) / 1e9, phaseElapsed: Double(now - phaseStart) / 1e9)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The bar's text: `segmenting  [#######.............]  35%  350/1000 documents  0:04 elapsed, ~0:07 left`.
    /// The estimate assumes the rest of the phase goes at the pace so far; none before the first item.
    static func line(phase: String, done: Int, total: Int, unit: String, elapsed: Double, phaseElapsed: Double) -> String {
        let fraction = total > 0 ? min(Double(done) / Double(total), 1) : 1
        let filled = Int((fraction * 20).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
        var line = "\(phase)  [\(bar)] \(String(Int((fraction * 100).rounded(.down))).leftPadded(to: 3))%  \(done)/\(total) \(unit)  \(clock(elapsed)) elapsed"
        if done > 0 && done < total {
            line += ", ~\(clock(phaseElapsed / Double(done) * Double(total - done))) left"
        }
        return line
    }

    /// Seconds as `m:ss`.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return "\(whole / 60):" + String(whole % 60).leftPadded(to: 2, with: "0")
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        String(repeating: pad, count: max(0, width - count)) + self
    }
}
