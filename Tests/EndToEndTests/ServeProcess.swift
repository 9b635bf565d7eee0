import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `versus serve` running on a scratch site for one test: started on a free
/// port, stopped when the test ends. What it prints is kept for assertions.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private(set) var port: UInt16 = 0
    private let errors = Pipe()
    private let lock = NSLock()
    private var stderrText = ""

    init(root: String, extra: [String] = []) throws {
        process.executableURL = VersusBinary.url
        process.arguments = ["serve", "--root", root, "--port", "0"] + extra
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.stderrText += String(decoding: data, as: UTF8.self) }
        }
        // The first line on standard output is the address.
        var line = Data()
        let handle = out.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let url = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = url.firstMatch(of: /^http:\/\/127\.0\.0\.1:(\d+)\/$/), let port = UInt16(match.1) else {
            process.terminate()
            throw ServeError.noAddress(url + stderr)
        }
        self.port = port
    }

    enum ServeError: Error { case noAddress(String) }

    var stderr: String { lock.withLock { stderrText } }

    /// Waits until standard error contains `text`.
    @discardableResult
    func waitForLog(_ text: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stderr.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
    }
}

/// HTTP over a plain socket, so that tests can send requests no HTTP library
/// would (`..`, NUL, raw backslashes) and see exactly what comes back.
final class RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    let fd: Int32

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw RawError.connect }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    enum RawError: Error { case connect }

    deinit { close(fd) }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }

    private var buffer: [UInt8] = []

    /// Reads until `text` has arrived or `seconds` pass; returns all read so far.
    func read(until text: String, seconds: Double = 10) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let current = String(decoding: buffer, as: UTF8.self)
            if current.contains(text) { return current }
            if !fill() { break }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Drops what was read so far.
    func clear() { buffer = [] }

    private var closed = false

    /// One read; false once the peer closed.
    private func fill() -> Bool {
        guard !closed else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n == 0 { closed = true; return false }
        if n > 0 { buffer += chunk[..<n] }
        return true
    }

    /// One whole response (by Content-Length), or nil when the server closed
    /// the connection without answering.
    func response(seconds: Double = 10, head: Bool = false) -> Response? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let end = findHeaderEnd() {
                let headText = String(decoding: buffer[..<end], as: UTF8.self)
                var lines = headText.components(separatedBy: "\r\n")
                let statusLine = lines.removeFirst()
                let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
                var headers: [String: String] = [:]
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let length = head ? 0 : (Int(headers["content-length"] ?? "0") ?? 0)
                while buffer.count < end + 4 + length, Date() < deadline, fill() {}
                let bodyEnd = min(buffer.count, end + 4 + length)
                let body = String(decoding: buffer[(end + 4)..<bodyEnd], as: UTF8.self)
                buffer.removeFirst(bodyEnd)
                return Response(status: status, headers: headers, body: body)
            }
            if !fill() { return nil }
        }
        return nil
    }

    private func findHeaderEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4) where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }

    /// Sends a GET (or another method) and reads its response.
    static func request(_ port: UInt16, _ target: String, method: String = "GET", headers: [String] = []) throws -> Response? {
        let connection = try RawHTTP(port: port)
        connection.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n")
        return connection.response(head: method == "HEAD")
    }
}
