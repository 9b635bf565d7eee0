/// One state of the served site. Immutable: a rebuild makes a new one and the
/// server swaps it in, so a request never sees half a rebuild.
public struct SiteSnapshot: Sendable {
    /// Output path (`comparisons/x/index.html`) → bytes, as `build` would write them.
    public var files: [String: [UInt8]]
    /// The search index, built after the pages and swapped in on its own.
    public var search: [String: [UInt8]]
    /// Counts rebuilds that changed what is served; pages compare it on reconnect.
    public var generation: Int
    /// The last rebuild's errors, formatted with `path:line:col`, when it
    /// failed: `files` is then the last good site.
    public var problems: [String]
    /// The site's warnings as it now stands, formatted the same way: every
    /// page shows their count, folded, so none goes unseen.
    public var warnings: [String] = []
    /// The path of the site's base_url (`/` or `/docs/`), also served.
    public var basePath: String

    public init(files: [String: [UInt8]] = [:], search: [String: [UInt8]] = [:], generation: Int = 0, problems: [String] = [],
                basePath: String = "/") {
        self.basePath = basePath
        self.files = files
        self.search = search
        self.generation = generation
        self.problems = problems
    }

    func file(_ path: String) -> [UInt8]? {
        files[path] ?? search[path]
    }
}
