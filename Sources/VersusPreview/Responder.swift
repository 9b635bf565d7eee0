/// What the preview answers to one request, decided without I/O from the
/// current snapshot: tests call it directly, the server only copies the
/// answer onto the socket.
public struct PreviewResponse: Equatable, Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    public static func == (a: PreviewResponse, b: PreviewResponse) -> Bool {
        a.status == b.status && a.body == b.body && a.headers.map { "\($0.0): \($0.1)" } == b.headers.map { "\($0.0): \($0.1)" }
    }
}

public enum Responder {
    /// Where the preview's own files live; no site path starts with `__`.
    public static let prefix = "__versus/"

    public static func respond(method: String, target: String, ifNoneMatch: String?, snapshot: SiteSnapshot) -> PreviewResponse {
        let head = method == "HEAD"
        guard method == "GET" || head else {
            return plain(405, "Only GET and HEAD are served.", head: false, extra: [("Allow", "GET, HEAD")])
        }
        let segments: [String]
        let directory: Bool
        switch RequestPath.parse(target) {
        case .refused(let reason):
            return plain(400, "Bad request: \(reason).", head: head)
        case .site(let s, let d):
            segments = Self.dropBase(s, base: snapshot.basePath)
            directory = d
        }
        let key = segments.joined(separator: "/")
        if key == prefix + "live.js" {
            return file(Array(LiveScript.client.utf8), path: "live.js", status: 200, head: head, ifNoneMatch: ifNoneMatch)
        }
        let path = directory ? (key.isEmpty ? "index.html" : key + "/index.html") : key
        if let bytes = snapshot.file(path) {
            return file(page(bytes, path: path, generation: snapshot.generation), path: path, status: 200, head: head, ifNoneMatch: ifNoneMatch)
        }
        if !directory, snapshot.file(key + "/index.html") != nil {
            var location = "/" + segments.map(URLPath.escape).joined(separator: "/") + "/"
            if let mark = target.firstIndex(of: "?") { location += target[mark...] }
            return plain(301, "Moved to \(location)", head: head, extra: [("Location", location)])
        }
        let notFound = snapshot.file("404.html") ?? Array(LiveScript.notFoundPage(path: "/" + key).utf8)
        return file(page(notFound, path: "404.html", generation: snapshot.generation), path: "404.html", status: 404, head: head, ifNoneMatch: nil)
    }

    /// HTML pages get the live-reload client before `</body>`.
    static func page(_ bytes: [UInt8], path: String, generation: Int) -> [UInt8] {
        guard path.hasSuffix(".html") else { return bytes }
        return LiveScript.inject(into: bytes, generation: generation)
    }

    /// The site is served at `/` and also under its base_url's path, so that
    /// the 404 page (whose links start at the base path) works in preview.
    static func dropBase(_ segments: [String], base: String) -> [String] {
        let prefix = base.split(separator: "/").map(String.init)
        guard !prefix.isEmpty, segments.starts(with: prefix) else { return segments }
        return Array(segments.dropFirst(prefix.count))
    }

    static func file(_ bytes: [UInt8], path: String, status: Int, head: Bool, ifNoneMatch: String?) -> PreviewResponse {
        let tag = "\"" + ETag.of(bytes) + "\""
        // The preview must never show a stale page: browsers revalidate every
        // time, and an unchanged file costs a 304.
        var headers = [("Content-Type", ContentType.of(path)), ("ETag", tag), ("Cache-Control", "no-cache"),
                       ("X-Content-Type-Options", "nosniff")]
        if status == 200, let ifNoneMatch, ifNoneMatch.split(separator: ",").contains(where: {
            let candidate = $0.trimmingCharacters(in: " ")
            return candidate == tag || candidate == "W/" + tag || candidate == "*"
        }) {
            return PreviewResponse(status: 304, headers: headers, body: [])
        }
        headers.append(("Content-Length", String(bytes.count)))
        return PreviewResponse(status: status, headers: headers, body: head ? [] : bytes)
    }

    static func plain(_ status: Int, _ text: String, head: Bool, extra: [(String, String)] = []) -> PreviewResponse {
        let bytes = Array((text + "\n").utf8)
        return PreviewResponse(status: status,
                               headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache"),
                                         ("Content-Length", String(bytes.count))] + extra,
                               body: head ? [] : bytes)
    }
}

/// A strong validator for a file's bytes: 64-bit FNV-1a, in hex.
enum ETag {
    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Percent-escaping of one path segment for a `Location` header.
enum URLPath {
    static func escape(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
