/// A request's path as a key into the site, or why it is refused. Pure, so
/// that every traversal trick can be tested without a socket: the server holds
/// the site in memory and never opens a file by a requested name, and this is
/// the second wall.
public enum RequestPath: Equatable, Sendable {
    /// Site-relative segments, decoded once; `directory` when the path ended in `/`.
    case site(segments: [String], directory: Bool)
    /// Not a path Versus will look up: `..`, bad percent-encoding, NUL or
    /// other control bytes, backslashes, or not starting with `/`.
    case refused(String)

    /// Decodes a raw request target's path (`/a%20b/?q` → `["a b"]`, directory).
    public static func parse(_ target: String) -> RequestPath {
        var raw = Substring(target)
        if let mark = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<mark] }
        guard raw.first == "/" else { return .refused("the path must start with /") }
        guard raw.utf8.count <= 2048 else { return .refused("the path is too long") }
        var segments: [String] = []
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false)
        for (offset, part) in parts.enumerated() where offset > 0 {
            guard let decoded = percentDecoded(part) else { return .refused("bad percent-encoding") }
            if decoded.isEmpty || decoded == "." { continue }
            if decoded == ".." { return .refused("'..' in the path") }
            for byte in decoded.utf8 where byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/") {
                return .refused(byte == UInt8(ascii: "/") ? "an encoded / in the path" : "a control byte or backslash in the path")
            }
            segments.append(decoded)
        }
        return .site(segments: segments, directory: raw.hasSuffix("/") || segments.isEmpty)
    }

    /// Percent-decoding of one segment; nil on a malformed escape or bytes
    /// that are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hex), let low = iterator.next().flatMap(hex) else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
