import ArgumentParser

/// The ranges numeric options must fall in. A value outside is a usage error (exit 2), never a
/// crash or a run that grows without bound.
enum Limits {
    static let jobs = 1024
    static let width = 1000
    /// 1 PiB: a `--cache-limit` in bytes stays far inside `Int`.
    static let cacheMegabytes = 1 << 30

    static func check(_ option: String, _ value: Int, in range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            let bound = range.upperBound == .max ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            throw ValidationError("\(option) must be \(bound), not \(value)")
        }
    }

    static func check(_ option: String, _ value: Double, in range: ClosedRange<Double>) throws {
        guard value.isFinite, range.contains(value) else {
            throw ValidationError("\(option) must be a number from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
    }
}
