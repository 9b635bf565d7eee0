import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown

/// The `page` half of a template's view model, and the per-page values that
/// sit beside `site`: `root` (the way back to the site root from this page)
/// and `nav` with the current item marked.
enum PageView {
    static func context(page: ParsedPage, html: String, site: SiteView, config: SiteConfig) -> [String: Any] {
        let source = page.source
        let root = relativeRoot(for: source.urlPath)
        var view = SiteView.summary(source)
        view["content"] = html
        view["permalink"] = config.baseURL + source.urlPath
        let toc = page.headings.filter { $0.level == 2 || $0.level == 3 }.map { heading -> [String: Any] in
            ["level": heading.level, "title": heading.title, "id": heading.id, "is_sub": heading.level == 3]
        }
        view["toc"] = toc
        view["has_toc"] = toc.count >= 2
        view["reading_minutes"] = readingMinutes(source.body)
        view["params"] = ViewValue.convert(source.params)
        view["is_home"] = source.urlPath.isEmpty
        view["is_\(source.type)"] = true
        return [
            "site": site.value,
            "page": view,
            "root": root,
            "nav": nav(config.nav, current: source.urlPath, root: root),
            "has_nav": !config.nav.isEmpty,
        ]
    }

    /// `./` for the home page, `../../` for `comparisons/x/`: relative links work
    /// under any base path and when a file is opened from disk.
    static func relativeRoot(for urlPath: String) -> String {
        let depth = urlPath.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    static func nav(_ items: [SiteConfig.NavItem], current: String, root: String) -> [[String: Any]] {
        items.map { item in
            var href = item.url
            var isCurrent = false
            if item.url.hasPrefix("/") && !item.url.hasPrefix("//") {
                let path = String(item.url.dropFirst())
                href = root + path
                isCurrent = path == current || (!path.isEmpty && current.hasPrefix(path) && path.hasSuffix("/"))
            }
            return ["title": item.title, "href": href, "current": isCurrent]
        }
    }

    /// At 230 words a minute, at least one.
    static func readingMinutes(_ body: String) -> Int {
        var words = 0
        var inWord = false
        for byte in body.utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return max(1, (words + 229) / 230)
    }
}
