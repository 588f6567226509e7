import Dispatch

/// Wall time per pipeline step, in the order the steps ran, for `make bench`.
public struct Timings: Sendable {
    public private(set) var steps: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body`, recording its wall time under `name`.
    public mutating func measure<T, Failure: Error>(_ name: String, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { steps.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }

    public mutating func record(_ name: String, seconds: Double) {
        steps.append((name, seconds))
    }

    /// `{"step": seconds, …}` as JSON.
    public var json: String {
        JSONValue.object(Dictionary(steps.map { ($0.name, JSONValue.decimal($0.seconds)) }, uniquingKeysWith: { first, _ in first }))
            .rendered()
    }

    /// Seconds since `start` (a `DispatchTime` uptime in nanoseconds).
    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
