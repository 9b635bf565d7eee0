import FlyingSocks
import Foundation

/// The server-sent event stream the open pages listen on. Each page holds one
/// long response; a rebuild writes one event into all of them.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0

    var count: Int { lock.withLock { listeners.count } }

    /// A new listener's byte stream, starting with `first`.
    func subscribe(first: [UInt8]) -> EventBytes {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = lock.withLock { () -> Int in
            nextID += 1
            listeners[nextID] = continuation
            return nextID
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) }
        }
        continuation.yield(first)
        return EventBytes(stream: stream)
    }

    func send(_ event: String, data: String) {
        broadcast(Self.encode(event, data: data))
    }

    /// A comment line: keeps idle streams open through proxies and finds
    /// pages that went away (the write fails and the listener is dropped).
    func ping() {
        broadcast(Array(": ping\n\n".utf8))
    }

    private func broadcast(_ bytes: [UInt8]) {
        let all = lock.withLock { Array(listeners.values) }
        for listener in all { listener.yield(bytes) }
    }

    func closeAll() {
        let all = lock.withLock { Array(listeners.values) }
        for listener in all { listener.finish() }
    }

    static func encode(_ event: String, data: String) -> [UInt8] {
        var text = "event: \(event)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return Array((text + "\n").utf8)
    }
}

/// Adapts a stream of byte chunks to FlyingFox's streamed body, one chunk per
/// write, so each event reaches the page as soon as it is sent.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            let take = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(take.count)
            return take
        }
    }
}
