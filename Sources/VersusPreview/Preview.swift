import FlyingFox
import FlyingSocks
import Foundation
import VersusCore
import VersusSite

/// `versus serve`: builds the site in memory, serves it, watches the site
/// folder and rebuilds on every save. Rebuilds run one at a time on their own
/// queue; the search index is rebuilt after the pages, on another queue, so
/// pages reload without waiting for it.
public final class Preview: @unchecked Sendable {
    public struct Settings: Sendable {
        public var options: BuildOptions
        public var host: String
        public var port: UInt16
        /// Quiet period of the watcher before a batch of events is rebuilt.
        public var quiet: Double
        public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000, quiet: Double = 0.01) {
            self.options = options
            self.host = host
            self.port = port
            self.quiet = quiet
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case address(String)
        case listen(String)
        case watch(String)

        public var description: String {
            switch self {
            case .address(let text), .listen(let text), .watch(let text): return text
            }
        }
    }

    let settings: Settings
    let live: LiveBuild
    let hub = EventHub()
    private let lock = NSLock()
    private var snapshot = SiteSnapshot()
    private let rebuilds = DispatchQueue(label: "versus.rebuild")
    private let searches = DispatchQueue(label: "versus.search", qos: .utility)
    private var searchSequence = 0
    private var servedSearch = 0
    private var failed = false
    private var watcher: Watcher?
    private let log: @Sendable (String) -> Void
    private let formatter: DiagnosticFormatter

    public init(_ settings: Settings, log: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        self.live = LiveBuild(options: settings.options)
        self.log = log
        let tree = settings.options.siteTree()
        formatter = DiagnosticFormatter { path in
            guard let bytes = try? tree.read(path) else { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
    }

    var current: SiteSnapshot { lock.withLock { snapshot } }

    private func publish(_ change: (inout SiteSnapshot) -> Void) -> SiteSnapshot {
        lock.withLock {
            change(&snapshot)
            return snapshot
        }
    }

    /// Builds, binds and starts watching; returns the URL being served.
    /// Serving goes on in the background until the process ends.
    public func start() async throws -> String {
        let first = rebuilds.sync { rebuild(changed: nil, batch: nil) }
        let address = try Self.address(host: settings.host, port: settings.port)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: PreviewHandler(preview: self))
        let failure = ErrorBox()
        let task = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        let deadline = Date().addingTimeInterval(10)
        while await !server.isListening {
            if let error = failure.value {
                task.cancel()
                throw Failure.listen(Self.describe(error, host: settings.host, port: settings.port))
            }
            guard Date() < deadline else { throw Failure.listen("could not listen on \(settings.host):\(settings.port)") }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        var port = settings.port
        switch await server.listeningAddress {
        case .ip4(_, let bound)?, .ip6(_, let bound)?: port = bound
        default: break
        }
        do {
            let watcher = try Watcher(root: settings.options.root, quiet: settings.quiet)
            self.watcher = watcher
            watcher.start { [weak self] batch in self?.enqueue(batch) }
        } catch {
            throw Failure.watch("cannot watch \(settings.options.root) for changes: \(error)")
        }
        Task.detached { [hub] in
            while true {
                try await Task.sleep(nanoseconds: 15_000_000_000)
                hub.ping()
            }
        }
        let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
        _ = first
        return "http://\(host):\(port)/"
    }

    private var pending: Watcher.Batch?

    /// Saves that arrive while a rebuild runs are merged into one rebuild
    /// after it, not queued one by one.
    func enqueue(_ batch: Watcher.Batch) {
        let schedule = lock.withLock { () -> Bool in
            if var waiting = pending {
                waiting.paths.formUnion(batch.paths)
                waiting.delivered = batch.delivered
                pending = waiting
                return false
            }
            pending = batch
            return true
        }
        guard schedule else { return }
        rebuilds.async {
            guard let batch = self.lock.withLock({ () -> Watcher.Batch? in defer { self.pending = nil }; return self.pending }) else { return }
            // An overflowed event queue names no paths: read everything.
            self.rebuild(changed: batch.paths.contains(Watcher.everything) ? nil : batch.paths, batch: batch)
        }
    }

    /// One rebuild, on the rebuild queue.
    @discardableResult
    func rebuild(changed: Set<String>?, batch: Watcher.Batch?) -> LiveBuild.Outcome {
        let outcome = live.rebuild(changed: changed)
        let what = changed.map { Self.describe(paths: $0) } ?? "the site"
        let warnings = formattedWarnings(outcome.diagnostics)
        if !outcome.succeeded {
            let problems = outcome.diagnostics.filter { $0.severity == .error }.map(formatter.format)
            failed = true
            let state = publish {
                $0.problems = problems
                $0.warnings = warnings
            }
            hub.send("problems", data: Self.json(["problems": problems, "warnings": warnings, "generation": state.generation]))
            report(outcome.diagnostics, changed: changed)
            log("versus: \(what): \(problems.count) error\(problems.count == 1 ? "" : "s"); still serving the last good site")
            return outcome
        }
        let wasFailing = failed
        failed = false
        if outcome.change == .none && !wasFailing && batch != nil {
            let before = current.warnings
            let state = publish {
                $0.problems = []
                $0.warnings = warnings
            }
            if before != warnings {
                hub.send("problems", data: Self.json(["problems": [String](), "warnings": warnings, "generation": state.generation]))
            }
            report(outcome.diagnostics, changed: changed)
            log("versus: \(what): nothing to update (\(Self.ms(outcome.seconds)))")
            return outcome
        }
        let files = live.files
        let base = live.basePath
        let state = publish {
            $0.files = files
            $0.basePath = base
            $0.problems = []
            $0.warnings = warnings
            $0.generation += 1
        }
        let styles = outcome.change == .styles && !wasFailing
        if styles {
            hub.send("styles", data: Self.json(["generation": state.generation, "paths": outcome.changedPaths.sorted()]))
        } else {
            hub.send("reload", data: Self.json(["generation": state.generation]))
        }
        let sent = DispatchTime.now().uptimeNanoseconds
        report(outcome.diagnostics, changed: changed)
        var timing = "rebuilt in \(Self.ms(outcome.seconds)), \(outcome.path)"
        if let batch {
            timing += "; event to \(styles ? "styles" : "reload") \(Self.ms(Double(sent - batch.firstEvent) / 1e9))"
            timing += ", after the quiet period \(Self.ms(Double(sent - batch.delivered) / 1e9))"
        }
        log("versus: \(what): \(outcome.rendered) page\(outcome.rendered == 1 ? "" : "s") rendered, \(outcome.changedPaths.count) file\(outcome.changedPaths.count == 1 ? "" : "s") changed (\(timing))")
        // Templates and published files leave the index as it was.
        if outcome.path != "files" { scheduleSearch() }
        return outcome
    }

    /// Prints every error, then the site's warnings: their count first, then
    /// those of the files just saved in full and the others folded to one
    /// line each, so a warning a save caused elsewhere (a stale figure in
    /// another article after a price change) is never hidden.
    private func report(_ diagnostics: [Diagnostic], changed: Set<String>?) {
        for diagnostic in diagnostics where diagnostic.severity == .error { log(formatter.format(diagnostic)) }
        let warnings = diagnostics.filter { $0.severity == .warning }
        guard !warnings.isEmpty else { return }
        // The same warnings as after the last save: the count, not the list again.
        if warnings == reportedWarnings && changed != nil && !warnings.contains(where: { changed!.contains($0.location.path) }) {
            log("versus: the site still has \(warnings.count) warning\(warnings.count == 1 ? "" : "s") (versus check lists them)")
            return
        }
        reportedWarnings = warnings
        log("versus: the site has \(warnings.count) warning\(warnings.count == 1 ? "" : "s"):")
        let shown = 20
        for (n, diagnostic) in warnings.enumerated() where n < shown {
            if changed == nil || changed!.contains(diagnostic.location.path) {
                log(formatter.format(diagnostic))
            } else {
                log(diagnostic.description)
            }
        }
        if warnings.count > shown { log("versus: … and \(warnings.count - shown) more (versus check lists them all)") }
    }

    private var reportedWarnings: [Diagnostic] = []
    private var formatted: [Diagnostic: String] = [:]

    /// The site's warnings as the overlay shows them. Formatting reads each
    /// file for its line, so each warning is formatted once, when it first
    /// appears, and kept while it stays (a save changes few warnings).
    private func formattedWarnings(_ diagnostics: [Diagnostic]) -> [String] {
        let warnings = diagnostics.filter { $0.severity == .warning }
        var next: [Diagnostic: String] = [:]
        next.reserveCapacity(warnings.count)
        let text = warnings.map { warning -> String in
            let line = formatted[warning] ?? formatter.format(warning)
            next[warning] = line
            return line
        }
        formatted = next
        return text
    }

    /// Builds the search index of the state just published, off the rebuild
    /// queue; a newer state's index replaces an older one, never the reverse.
    private func scheduleSearch() {
        guard let job = live.searchJob() else {
            _ = publish { $0.search = [:] }
            return
        }
        searchSequence += 1
        let sequence = searchSequence
        searches.async { [weak self] in
            // Only the newest waiting job runs; the ones it overtook are dropped.
            guard let self, self.rebuilds.sync(execute: { self.searchSequence == sequence }) else { return }
            let files = job.run()
            self.rebuilds.async {
                // An index newer than the one served is published even if a
                // still newer one is on its way: saves faster than the index
                // builds must not keep the old one for ever.
                guard sequence > self.servedSearch else { return }
                self.servedSearch = sequence
                _ = self.publish { $0.search = files }
                self.log("versus: search index updated (\(files.count) files)")
            }
        }
    }

    // MARK: - Helpers

    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        do {
            if name.contains(":") { return try sockaddr_in6.inet6(ip6: name, port: port) }
            return try sockaddr_in.inet(ip4: name, port: port)
        } catch {
            throw Failure.address("--host \(host) is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)")
        }
    }

    static func describe(_ error: any Error, host: String, port: UInt16) -> String {
        if case SocketError.failed(_, let code, let message) = error {
            if code == EADDRINUSE { return "port \(port) is in use on \(host): stop the other server or pass --port 0 to pick a free one" }
            if code == EACCES { return "not allowed to listen on port \(port) (ports below 1024 need root): pass --port 8000" }
            return "cannot listen on \(host):\(port): \(message)"
        }
        return "cannot listen on \(host):\(port): \(error)"
    }

    /// The saved files, as the log names them: an editor's temporary files
    /// (`.x.swp`, `x~`, `#x#`, vim's `4913`, sed's `sedAb12Cd`) are left out.
    static func describe(paths: Set<String>) -> String {
        let sorted = paths.filter { !isTemporary($0) }.sorted()
        if sorted.isEmpty { return "a temporary file" }
        if sorted.count <= 3 { return sorted.joined(separator: ", ") }
        return sorted.prefix(2).joined(separator: ", ") + " and \(sorted.count - 2) more"
    }

    static func isTemporary(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // GNU sed -i writes `sedXXXXXX` beside the file, then renames it.
        let sedTemporary = name.count == 9 && name.hasPrefix("sed") && name.allSatisfy { $0.isLetter || $0.isNumber }
        return name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913" || sedTemporary
            || [".swp", ".swx", ".swo", ".tmp", ".bak"].contains { name.hasSuffix($0) }
    }

    static func ms(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }

    static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A new page's event stream, starting with the state it was served:
    /// taken under the publish lock, so no rebuild slips between the two.
    func subscribe() -> EventBytes {
        lock.withLock {
            let hello = EventHub.encode("hello", data: Self.json(["generation": snapshot.generation, "problems": snapshot.problems, "warnings": snapshot.warnings]))
            return hub.subscribe(first: hello)
        }
    }
}

private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    var value: (any Error)? { lock.withLock { error } }
    func set(_ error: any Error) { lock.withLock { self.error = error } }
}

/// Copies `Responder`'s answers onto FlyingFox's responses; the event stream
/// is the one route that is not a file.
struct PreviewHandler: HTTPHandler {
    let preview: Preview

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let target = request.target.rawValue
        if request.target.path() == "/" + Responder.prefix + "events" && request.method == .GET {
            let body = HTTPBodySequence(from: preview.subscribe())
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
                                body: body)
        }
        let answer = Responder.respond(method: request.method.rawValue, target: target,
                                       ifNoneMatch: request.headers[.ifNoneMatch], snapshot: preview.current)
        var headers = HTTPHeaders()
        for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers,
                            body: Data(answer.body))
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        default: return "Status"
        }
    }
}
