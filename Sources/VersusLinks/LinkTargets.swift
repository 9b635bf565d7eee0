import VersusCore

/// Everything a link in Markdown may point at: pages (by URL and by source
/// file) with their heading ids, and the files copied into the output.
public struct LinkTargets: Sendable {
    public var pageAtURL: [String: Int]
    public var pageAtPath: [String: Int]
    public var urlPaths: [String]
    /// Per page, the ids a `#fragment` may name.
    public var anchors: [Set<String>]
    /// Output paths of copied files (`css/site.css`, `comparisons/chart.gif`).
    public var files: Set<String>
    /// `base_url`'s path (`/versus/`); links written with it are accepted too.
    public var basePath: String

    public init(pageAtURL: [String: Int], pageAtPath: [String: Int], urlPaths: [String], anchors: [Set<String>],
                files: Set<String>, basePath: String) {
        self.pageAtURL = pageAtURL
        self.pageAtPath = pageAtPath
        self.urlPaths = urlPaths
        self.anchors = anchors
        self.files = files
        self.basePath = basePath
    }
}

/// Resolves the destination of a Markdown link or image on one page. Relative
/// destinations are read against the source file's folder, the way GitHub and
/// editors read them: from `Content/comparisons/x.md`, `../models/r1.md` and
/// `../models/r1/` both name the model page. Site paths start with `/`.
/// The result is an href relative to the page, so the site works under any
/// base path.
public struct LinkResolver {
    public enum Problem: Error, Equatable {
        case noTarget(written: String, suggestion: String?)
        case noAnchor(page: String, anchor: String, suggestion: String?)

        /// The diagnostic's typed problem.
        public var diagnosis: VersusCore.Problem {
            switch self {
            case .noTarget(let written, let suggestion):
                return .brokenLink(written: written, meant: suggestion)
            case .noAnchor(let page, let anchor, let suggestion):
                return .brokenAnchor(page: page == "this page" ? nil : page, anchor: anchor, meant: suggestion)
            }
        }
    }

    let targets: LinkTargets
    let pageIndex: Int
    /// `Content/comparisons/x.md` → `comparisons`: the site folder of the source.
    let sourceFolder: [Substring]
    /// `./`, `../../`: from the page back to the site root.
    let root: String

    public init(targets: LinkTargets, pageIndex: Int, sourcePath: String, root: String) {
        self.targets = targets
        self.pageIndex = pageIndex
        self.sourceFolder = Array(sourcePath.split(separator: "/").dropFirst().dropLast())
        self.root = root
    }

    /// nil when the destination is not ours to check (external, mailto:, empty).
    public func resolve(_ destination: String) -> Result<String, Problem>? {
        if destination.isEmpty || destination.hasPrefix("//") || Self.hasScheme(destination) { return nil }
        var path = Substring(destination)
        var fragment: Substring?
        var query: Substring = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = path[path.index(after: hash)...]
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") {
            query = path[question...]
            path = path[..<question]
        }
        if path.isEmpty {
            guard let fragment else { return nil }
            return checkAnchor(String(fragment), onPage: pageIndex, written: "this page").map { "#" + $0 }
        }
        let decoded = String(path).removingPercentEncodingLossy()
        guard var sitePath = normalize(decoded) else { return .failure(.noTarget(written: destination, suggestion: nil)) }
        // A site path that names a page as written wins: on a site at
        // /kettles/ with a section kettles/, "/kettles/" is that section, not
        // the home page base_url's path read off it would leave.
        if sitePath != decoded.dropFirst(), let whole = normalize(decoded, keepingBase: true),
           page(at: whole) != nil || targets.files.contains(whole) {
            sitePath = whole
        }

        if let page = page(at: sitePath) {
            let url = targets.urlPaths[page]
            var href = root + url + query
            if let fragment {
                switch checkAnchor(String(fragment), onPage: page, written: "/" + url) {
                case .success(let anchor): href += "#" + anchor
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(href)
        }
        if targets.files.contains(sitePath) {
            return .success(root + sitePath + query + (fragment.map { "#" + $0 } ?? ""))
        }
        return .failure(.noTarget(written: destination, suggestion: suggestion(for: sitePath)))
    }

    private func page(at sitePath: String) -> Int? {
        if sitePath.hasSuffix(".md") {
            return targets.pageAtPath["Content/" + sitePath]
        }
        if sitePath.isEmpty || sitePath == "index.html" { return targets.pageAtURL[""] }
        let trimmed = sitePath.hasSuffix("/index.html") ? String(sitePath.dropLast("index.html".count)) : sitePath
        let withSlash = trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
        return targets.pageAtURL[withSlash]
    }

    /// The site path (no leading slash) a destination names, or nil when `..`
    /// climbs above the site root.
    func normalize(_ path: String, keepingBase: Bool = false) -> String? {
        var parts: [Substring]
        var written = Substring(path)
        if written.hasPrefix("/") {
            if !keepingBase && targets.basePath != "/" && path.hasPrefix(targets.basePath) {
                written = written.dropFirst(targets.basePath.count)
            }
            parts = []
        } else {
            parts = sourceFolder
        }
        let trailingSlash = written.hasSuffix("/")
        for piece in written.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(piece)
            }
        }
        let joined = parts.joined(separator: "/")
        return trailingSlash && !joined.isEmpty ? joined + "/" : joined
    }

    private func checkAnchor(_ anchor: String, onPage page: Int, written: String) -> Result<String, Problem> {
        let ids = targets.anchors[page]
        if ids.contains(anchor) { return .success(anchor) }
        let close = Suggestion.closest(to: anchor, among: ids)
        return .failure(.noAnchor(page: written, anchor: anchor, suggestion: close))
    }

    private func suggestion(for sitePath: String) -> String? {
        let key = sitePath.hasSuffix(".md") ? String(sitePath.dropLast(3)) + "/" : (sitePath.hasSuffix("/") ? sitePath : sitePath + "/")
        // A pair named the other way round: its URL has the ids in order.
        if key.hasPrefix("compare/"), let vs = key.range(of: "-vs-") {
            let a = String(key["compare/".endIndex..<vs.lowerBound]), b = String(key[vs.upperBound...].dropLast())
            let swapped = "compare/\(b)-vs-\(a)/"
            if targets.pageAtURL[swapped] != nil { return "/" + swapped }
        }
        let candidates = targets.urlPaths + Array(targets.files)
        return Suggestion.closest(to: key, among: candidates).map { "/" + $0 }
    }

    static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
            && scheme.first!.isLetter
    }
}

private extension String {
    /// `%20` → space; malformed escapes are kept as written.
    func removingPercentEncodingLossy() -> String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
