import Foundation
import VersusCore

/// What a build is asked to do. The clock and the file system are parameters
/// so that tests do not depend on the day and two builds of the same input
/// give the same bytes.
public struct BuildOptions: Sendable {
    /// The site folder on disk (absolute or relative to the working directory).
    public var root: String
    /// Where the site is written; default `<root>/Output`.
    public var output: String
    /// Overrides `base_url` of `site.yml`.
    public var baseURL: String?
    public var includeDrafts: Bool
    public var strict: Bool
    public var jobs: Int
    public var now: Date
    /// Read and write the build cache beside the output (`.versus-cache/`).
    /// The command line's `versus build` does, unless `--no-cache`; tests and
    /// the preview do not.
    public var cache: Bool

    public init(root: String, output: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
                strict: Bool = false, jobs: Int = defaultJobs, now: Date = Date(), cache: Bool = false) {
        self.root = root
        self.output = output ?? (root.hasSuffix("/") ? root + "Output" : root + "/Output")
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.jobs = max(1, jobs)
        self.now = now
        self.cache = cache
    }
}
