import Foundation
import VersusContent
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
    /// The files beneath the site's own `Templates/` and `Public/`: the
    /// command line gives the embedded default theme; tests give none unless
    /// they ask for it.
    public var theme: Theme

    public init(root: String, output: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
                strict: Bool = false, jobs: Int = defaultJobs, now: Date = BuildOptions.clock(), cache: Bool = false,
                theme: Theme = .none) {
        self.root = root
        self.output = output ?? (root.hasSuffix("/") ? root + "Output" : root + "/Output")
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.jobs = max(1, jobs)
        self.now = now
        self.cache = cache
        self.theme = theme
    }

    /// The site as the stages read it: `tree` (or the disk at `root`) with
    /// the theme beneath, unless site.yml says `theme: none` (read here
    /// first, so that no stage, the cache or the preview sees a theme file).
    public func siteTree(_ tree: (any FileTree)? = nil) -> any FileTree {
        let site = tree ?? DiskTree(root: root)
        return theme.isEmpty || SiteConfig.themeTurnedOff(in: site) ? site : theme.layered(over: site)
    }

    /// The build's date, which figures' ages and dates in the future are
    /// measured against.
    public var today: Day { Day(secondsSince1970: now.timeIntervalSince1970) }

    /// Now, or `SOURCE_DATE_EPOCH` (seconds since 1970) when it is set, as
    /// reproducible builds expect: the same input then builds the same
    /// output and the same warnings on any day.
    public static func clock(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Double(text.trimmingCharacters(in: .whitespaces)), seconds.isFinite {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
