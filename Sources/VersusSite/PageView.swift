import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown
import VersusTemplates

/// The `page` half of a template's view model, and the per-page values that
/// sit beside `site`: `root` (the way back to the site root from this page)
/// and `nav` with the current item marked.
enum PageView {
    static func context(page: ParsedPage, index: Int, html: String, site: SiteView, linked: LinkedSite) -> TemplateValue {
        let source = page.source
        guard case .object(var view) = site.summaries[index] else { return .null }
        func summaries(_ indices: [Int]) -> TemplateValue { .list(indices.map { site.summaries[$0] }) }
        let mentions = linked.mentions[index]
        view["mentions"] = summaries(mentions)
        view["has_mentions"] = .bool(!mentions.isEmpty)
        let backlinks = linked.backlinks[index] ?? []
        view["backlinks"] = summaries(backlinks)
        view["has_backlinks"] = .bool(!backlinks.isEmpty)
        let related = linked.related[index]
        view["related"] = summaries(related)
        view["has_related"] = .bool(!related.isEmpty)
        if let vendor = source.model?.vendor, let entry = linked.vendors.first(where: { $0.slug == Slug.make(vendor) }) {
            let others = entry.models.filter { $0 != index }
            view["vendor_models"] = summaries(others)
            view["has_vendor_models"] = .bool(!others.isEmpty)
        }
        if let model = source.model, case .object(var modelView)? = view["model"] {
            if !model.scores.isEmpty {
                modelView["scores_chart"] = .text(ModelScoresChart.svg(title: source.title, model: model))
            }
            let charts = HistoryCharts.svgs(title: source.title, model: model, provenance: linked.linker.provenance)
            modelView["history_charts"] = .list(charts.map { ["title": .text($0.title), "svg": .text($0.svg)] })
            modelView["has_history_charts"] = .bool(!charts.isEmpty)
            view["model"] = .object(modelView)
        }
        if source.model != nil {
            let pairs = PairView.links(of: index, linked: linked, byModel: site.pairsByModel)
            view["pairs"] = .list(pairs)
            view["has_pairs"] = .bool(!pairs.isEmpty)
        }
        if source.compare != nil, let pair = linked.pairs.first(where: { $0.page == index }) {
            view["pair"] = PairView.value(pair, site: site, linked: linked, byModel: site.pairsByModel)
        }
        if let setup = source.setup { view["setup"] = SetupView.value(setup, linked: linked) }
        // The calculator's script is loaded where a calculator was expanded.
        view["has_calculator"] = .bool(page.document.containsBlock { block in
            if case .rendered(let html) = block { return html.hasPrefix(CalculatorBlock.opening) }
            return false
        })
        view["content"] = .text(html)
        view["permalink"] = .text(linked.config.baseURL + source.urlPath)
        let toc: [TemplateValue] = page.headings.filter { $0.level == 2 || $0.level == 3 }.map { heading in
            ["level": .int(heading.level), "title": .text(heading.title), "id": .text(heading.id), "is_sub": .bool(heading.level == 3)]
        }
        view["toc"] = .list(toc)
        view["has_toc"] = .bool(toc.count >= 2)
        view["reading_minutes"] = .int(page.readingMinutes)
        view["params"] = ViewValue.convert(source.params)
        view["is_home"] = .bool(source.urlPath.isEmpty)
        view["is_\(source.type)"] = true
        return wrap(.object(view), urlPath: source.urlPath, site: site, config: linked.config)
    }

    /// A listing nobody wrote: a section, a tag, the tag index, a vendor.
    static func context(list: ListPage, site: SiteView, linked: LinkedSite) -> TemplateValue {
        var view: [String: TemplateValue] = [
            "title": .text(list.title), "url": .text(list.urlPath), "type": "list", "kind": .text(list.kind.name),
            "is_\(list.kind.name)": true, "items": .list(list.items.map { site.summaries[$0] }),
            "has_items": .bool(!list.items.isEmpty), "permalink": .text(linked.config.baseURL + list.urlPath),
        ]
        if case .section(let name) = list.kind { view["section"] = .text(name) }
        if list.kind == .pair, let pair = list.pair {
            view["pair"] = PairView.value(pair, site: site, linked: linked, byModel: site.pairsByModel)
        }
        if list.kind == .pairs {
            let sources = linked.linker.sources
            view["pairs"] = .list(linked.pairs.map { pair in
                ["title": .text(PairView.title(pair, sources)), "url": .text(pair.urlPath),
                 "first": .text(sources[pair.first].title), "second": .text(sources[pair.second].title)]
            })
            view["has_pairs"] = .bool(!linked.pairs.isEmpty)
        }
        if list.kind == .changes {
            let rows = changeRows(linked)
            view["changes"] = .list(rows)
            view["has_changes"] = .bool(!rows.isEmpty)
        }
        return wrap(.object(view), urlPath: list.urlPath, site: site, config: linked.config)
    }

    /// Every dated change of every model, newest first, as `/changes/` shows it.
    static func changeRows(_ linked: LinkedSite) -> [TemplateValue] {
        let provenance = linked.linker.provenance
        let sources = linked.pages.map(\.source)
        return provenance.changes(of: sources, models: linked.catalog.models.map(\.index)).map { item in
            let page = sources[item.model]
            let change = item.change
            var row: [String: TemplateValue] = [
                "model": .text(page.title), "model_url": .text(page.urlPath),
                "figure": .text(ModelField.label(change.path)), "path": .text(change.path),
                "from": .text(change.from.map { ModelField.display(change.path, $0) } ?? ""),
                "to": .text(ModelField.display(change.path, change.to)),
                "date": .text(change.date!.description), "date_long": .text(change.date!.longForm),
                "date_short": .text(change.date!.shortForm),
            ]
            if let note = change.note { row["note"] = .text(note) }
            if let source = change.source {
                row["source_title"] = .text(source.title)
                if let path = source.sitePath {
                    row["source_url"] = .text(path)
                } else if let url = source.url {
                    row["source_href"] = .text(url)
                }
            }
            return .object(row)
        }
    }

    /// The page a host shows for a missing URL.
    static func notFoundContext(site: SiteView, linked: LinkedSite) -> TemplateValue {
        let view: [String: TemplateValue] = [
            "title": "Page not found", "url": "404.html", "type": "404", "is_404": true,
            "permalink": .text(linked.config.baseURL + "404.html"),
        ]
        return wrap(.object(view), urlPath: "404.html", site: site, config: linked.config, root: linked.config.basePath)
    }

    private static func wrap(_ page: TemplateValue, urlPath: String, site: SiteView, config: SiteConfig,
                             root given: String? = nil) -> TemplateValue {
        let root = given ?? SitePath.root(from: urlPath)
        return [
            "site": site.value,
            "page": page,
            "root": .text(root),
            "nav": nav(config.nav, current: urlPath, root: root),
            "has_nav": .bool(!config.nav.isEmpty),
        ]
    }

    /// A site path is drawn from what the link stage resolved it to
    /// (`NavItem.target`), the reading links in pages get, so `/docs/about/`
    /// on a site at /docs/ and a section named like base_url's path both
    /// lead where the check said they do.
    static func nav(_ items: [SiteConfig.NavItem], current: String, root: String) -> TemplateValue {
        .list(items.map { item in
            var href = item.url
            var isCurrent = false
            let target = item.target ?? (item.url.hasPrefix("/") && !item.url.hasPrefix("//") ? String(item.url.dropFirst()) : nil)
            if let target {
                href = root + target
                let path = String(target.prefix { $0 != "#" && $0 != "?" })
                isCurrent = path == current || (!path.isEmpty && current.hasPrefix(path) && path.hasSuffix("/"))
            }
            return ["title": .text(item.title), "href": .text(href), "current": .bool(isCurrent)]
        })
    }
}
