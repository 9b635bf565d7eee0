import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown

/// The `page` half of a template's view model, and the per-page values that
/// sit beside `site`: `root` (the way back to the site root from this page)
/// and `nav` with the current item marked.
enum PageView {
    static func context(page: ParsedPage, index: Int, html: String, site: SiteView, linked: LinkedSite) -> [String: Any] {
        let source = page.source
        let config = linked.config
        var view = site.summaries[index]
        let mentions = linked.mentions[index].map { site.summaries[$0] }
        view["mentions"] = mentions
        view["has_mentions"] = !mentions.isEmpty
        let backlinks = (linked.backlinks[index] ?? []).map { site.summaries[$0] }
        view["backlinks"] = backlinks
        view["has_backlinks"] = !backlinks.isEmpty
        let related = linked.related[index].map { site.summaries[$0] }
        view["related"] = related
        view["has_related"] = !related.isEmpty
        if let vendor = source.model?.vendor, let entry = linked.vendors.first(where: { $0.slug == Slug.make(vendor) }) {
            let others = entry.models.filter { $0 != index }.map { site.summaries[$0] }
            view["vendor_models"] = others
            view["has_vendor_models"] = !others.isEmpty
        }
        return wrap(view: view, source: source, html: html, headings: page.headings, site: site, config: config)
    }

    /// A listing nobody wrote: a section, a tag, the tag index, a vendor.
    static func context(list: ListPage, site: SiteView, linked: LinkedSite) -> [String: Any] {
        let items = list.items.map { site.summaries[$0] }
        var view: [String: Any] = [
            "title": list.title, "url": list.urlPath, "type": "list", "kind": list.kind.name,
            "is_\(list.kind.name)": true, "items": items, "has_items": !items.isEmpty,
            "permalink": linked.config.baseURL + list.urlPath,
        ]
        if case .section(let name) = list.kind { view["section"] = name }
        let root = SitePath.root(from: list.urlPath)
        return [
            "site": site.value, "page": view, "root": root,
            "nav": nav(linked.config.nav, current: list.urlPath, root: root), "has_nav": !linked.config.nav.isEmpty,
        ]
    }

    private static func wrap(view: [String: Any], source: PageSource, html: String, headings: [Heading],
                             site: SiteView, config: SiteConfig) -> [String: Any] {
        var view = view
        let root = SitePath.root(from: source.urlPath)
        view["content"] = html
        view["permalink"] = config.baseURL + source.urlPath
        let toc = headings.filter { $0.level == 2 || $0.level == 3 }.map { heading -> [String: Any] in
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
