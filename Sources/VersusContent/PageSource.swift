import VersusCore

/// One Markdown file under `Content/` after its front matter has been read
/// and type-checked: everything later stages need, and nothing parsed yet.
public struct PageSource: Sendable, Equatable {
    /// Relative to the site root: `Content/comparisons/x.md`.
    public var path: String
    /// The first folder under `Content/` (`comparisons`), or `""` for top-level pages.
    public var section: String
    public var id: String
    public var title: String
    public var type: String
    public var description: String?
    public var lastUpdated: Day?
    public var tags: [String]
    public var draft: Bool
    /// Keys the build does not know, kept in the order written, for templates.
    public var params: [YAMLEntry]
    /// Present when `type` is `model`.
    public var model: Model?
    /// Present when `type` is `setup`.
    public var setup: Setup?
    /// `compare: [a, b]`: the page of that pair, at `/compare/<a>-vs-<b>/`
    /// (ids sorted); kept in the order written, which its page shows.
    public var compare: [String]?
    public var body: String
    /// The file line of the body's first line.
    public var bodyFirstLine: Int
    /// Where each front matter key was written, for later messages about it.
    public var keyLocations: [String: SourceLocation]

    /// The URL path without the leading slash and with a trailing one:
    /// `comparisons/open-source-vs-proprietary/`; `""` for the home page.
    public var urlPath: String

    public func location(ofKey key: String) -> SourceLocation {
        keyLocations[key] ?? SourceLocation(path: path)
    }
}
