import Dispatch
import Foundation

/// The one place rhetoric runs work concurrently: an order-preserving parallel map over Dispatch.
///
/// Results come back in input order whatever the number of workers, and if several items fail the
/// error of the first failing item is thrown, so output and errors do not depend on `--jobs`.
/// Workers take the next item when they finish one, so a large item (the sentences report, a long
/// document) holds up one worker while the others go on with the rest.
public enum Parallel {
    /// With an `order` (a permutation of the items' indices), workers take the items in that order
    /// (the costliest first, say, so that none is started last while the others wait); the results
    /// still come back in the items' order. One worker takes them in their own order.
    public static func map<Element: Sendable, Result: Sendable, Failure: Error>(
        _ items: [Element], jobs: Int, order: [Int]? = nil, _ transform: @Sendable (Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        try map(items, jobs: jobs, order: order, worker: { () throws(Failure) in () }, { (_: Void, item: Element) throws(Failure) -> Result in
            try transform(item)
        })
    }

    /// Like ``map(_:jobs:order:_:)``, with a state made once per worker by `worker` (for example ICU
    /// iterators, which are costly to open and not thread-safe) and passed to every call.
    public static func map<Element: Sendable, Worker, Result: Sendable, Failure: Error>(
        _ items: [Element], jobs: Int, order: [Int]? = nil,
        worker makeWorker: @Sendable () throws(Failure) -> Worker,
        _ transform: @Sendable (Worker, Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 {
            var results: [Result] = []
            results.reserveCapacity(items.count)
            let state = try makeWorker()
            for item in items { results.append(try transform(state, item)) }
            return results
        }
        let slots = Slots<Swift.Result<Result, Failure>>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let state: Swift.Result<Worker, Failure> = Swift.Result { () throws(Failure) -> Worker in try makeWorker() }
            while let claimed = slots.claim() {
                let index = order.map { $0[claimed] } ?? claimed
                switch state {
                case .success(let state):
                    slots.set(index, Swift.Result { () throws(Failure) -> Result in try transform(state, items[index]) })
                case .failure(let error):
                    slots.set(index, .failure(error))
                }
            }
        }
        var results: [Result] = []
        results.reserveCapacity(items.count)
        for outcome in slots.values {
            results.append(try outcome!.get())
        }
        return results
    }

    /// Runs independent tasks concurrently and returns their results in the order given.
    public static func run<Result: Sendable>(jobs: Int, _ tasks: [@Sendable () -> Result]) -> [Result] {
        map(Array(tasks.indices), jobs: jobs) { (index: Int) -> Result in tasks[index]() }
    }
}

/// Write-once result slots, one per item, and the counter that hands the items out; each worker
/// writes only the indices it claimed, through a buffer allocated once so that no two workers ever
/// access the same Swift value.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>
    private let lock = NSLock()
    private var next = 0

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// The next unclaimed index, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < storage.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value?] { Array(storage) }
}
