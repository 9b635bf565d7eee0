import Dispatch
import Foundation

/// Runs a pure function over every element on `jobs` threads and returns the
/// results in input order. The stages use it for per-page work; the order of
/// the output never depends on scheduling, so builds are reproducible.
public func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Result
) -> [Result] {
    let count = elements.count
    if count == 0 { return [] }
    let workers = max(1, min(jobs, count))
    if workers == 1 { return elements.map(transform) }
    let results = ResultSlots<Result>(count: count)
    let next = AtomicCounter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
            let i = next.increment()
            if i >= count { break }
            results.set(i, transform(elements[i]))
        }
    }
    return results.values()
}

/// The number of worker threads a build uses when the user does not say.
public var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

/// Each slot is written by exactly one worker and read only after all have
/// finished, so no lock is needed around the slots themselves.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) { storage[index] = value }

    func values() -> [Result] { (0..<count).map { storage[$0]! } }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}

private final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}
