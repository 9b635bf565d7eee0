/// Site paths are URL paths without the leading slash and with a trailing one
/// for pages (`comparisons/x/`, `""` for the home page). Pages link to each
/// other relatively, so a site works under any base path and from disk.
public enum SitePath {
    /// `./` for the home page, `../../` for `comparisons/x/`.
    public static func root(from urlPath: String) -> String {
        let depth = urlPath.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
