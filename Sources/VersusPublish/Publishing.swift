import Foundation
import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown

/// The files a static host, a feed reader, a search engine and a script
/// expect beside the pages: sitemap.xml, feed.xml, robots.txt and the JSON
/// API with its schema. Each is built from the linked site, so its figures
/// are the pages' figures. A file of the same name under Public/ wins: the
/// editor's own robots.txt is published as written.
public enum Publishing {
    static let sitemap = "sitemap.xml"
    public static let feed = "feed.xml"
    static let robots = "robots.txt"
    static let models = "api/models.json"
    static let articles = "api/articles.json"
    static let schema = "api/schema.json"
    static let changesAPI = "api/changes.json"
    static let pairsAPI = "api/pairs.json"
    /// The Atom feed of `/changes/`.
    public static let changesFeed = "changes/feed.xml"
    /// The newest articles in the feed; older ones stay in the sitemap.
    static let feedLength = 50
    /// Pages the feed and `articles.json` list.
    static let articleType = "comparison"

    /// The paths `files` writes for a site of `config` (the changes feed
    /// where it could be), which links may name like any page.
    public static func paths(_ config: SiteConfig) -> [String] {
        (config.baseURL.contains("://") ? [sitemap, feed, changesFeed] : []) + [robots, models, articles, changesAPI, pairsAPI, schema]
    }

    public static func files(for site: PublishedSite, now: Date) -> [OutputFile] {
        let taken = Set(site.copies.map(\.destination))
        // Sitemaps and feeds need absolute URLs: without a base_url that has a
        // host, there is nothing to point them at.
        let absolute = site.config.baseURL.contains("://") ? site.config.baseURL : nil
        let changes = site.changes
        var out: [(String, String)] = []
        if let absolute {
            out.append((sitemap, sitemapXML(site, base: absolute)))
            out.append((feed, feedXML(site, base: absolute, now: now)))
            if site.hasChangesPage { out.append((changesFeed, changesXML(site, changes, base: absolute, now: now))) }
        }
        out.append((robots, "User-agent: *\nAllow: /\n" + (absolute.map { "\nSitemap: \($0)\(sitemap)\n" } ?? "")))
        out.append((models, modelsJSON(site, absolute: absolute)))
        out.append((articles, articlesJSON(site, absolute: absolute)))
        out.append((changesAPI, changesJSON(site, changes)))
        out.append((pairsAPI, pairsJSON(site)))
        out.append((schema, APISchema.text(id: (absolute ?? site.config.basePath) + schema)))
        return out.filter { !taken.contains($0.0) }.map { OutputFile(path: $0.0, contents: Array($0.1.utf8)) }
    }

    /// Placed pages in URL order, with the listings nobody wrote; the search
    /// page is left out (a results page is not a page to index).
    static func sitemapXML(_ site: PublishedSite, base: String) -> String {
        var entries: [(url: String, lastmod: Day?)] = site.placedPages.map { i in
            (site.pages[i].source.urlPath, site.pages[i].source.lastUpdated)
        }
        for list in site.listPages where list.kind != .search {
            entries.append((list.urlPath, list.items.compactMap { site.pages[$0].source.lastUpdated }.max()))
        }
        entries.sort { $0.url < $1.url }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "<url><loc>\(HTML.escape(base + entry.url))</loc>"
            if let day = entry.lastmod { xml += "<lastmod>\(day)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Comparison articles, newest first.
    static func articleIndices(_ site: PublishedSite) -> [Int] {
        site.placedPages.filter { site.pages[$0].source.type == articleType }.sorted { a, b in
            let (x, y) = (site.pages[a].source, site.pages[b].source)
            switch (x.lastUpdated, y.lastUpdated) {
            case let (p?, q?) where p != q: return p > q
            case (_?, nil): return true
            case (nil, _?): return false
            default: return x.urlPath < y.urlPath
            }
        }
    }

    /// Atom (RFC 4287). Entries without a date take the feed's newest date,
    /// so the feed does not change from one build to the next; a feed with no
    /// dates at all says the first day of the year, which the build cache
    /// keys on (a day would make every day's first build a full one).
    static func feedXML(_ site: PublishedSite, base: String, now: Date) -> String {
        let articles = Array(articleIndices(site).prefix(feedLength))
        let newest = articles.compactMap { site.pages[$0].source.lastUpdated }.max()
        let updated = newest.map(timestamp) ?? yearStart(now)
        let config = site.config
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(HTML.escape(config.language))\">\n"
        xml += "<title>\(HTML.escape(config.title))</title>\n"
        if let description = config.description { xml += "<subtitle>\(HTML.escape(description))</subtitle>\n" }
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(HTML.escape(base + feed))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(base))\"/>\n"
        xml += "<id>\(HTML.escape(base))</id>\n<updated>\(updated)</updated>\n"
        xml += "<author><name>\(HTML.escape(config.title))</name></author>\n"
        xml += "<generator version=\"\(Versus.version)\">Versus</generator>\n"
        for index in articles {
            let page = site.pages[index]
            let source = page.source
            let url = HTML.escape(base + source.urlPath)
            xml += "<entry>\n<title>\(HTML.escape(source.title))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n<id>\(url)</id>\n"
            xml += "<updated>\(source.lastUpdated.map(timestamp) ?? updated)</updated>\n"
            xml += "<summary>\(HTML.escape(summary(page)))</summary>\n"
            for tag in source.tags { xml += "<category term=\"\(HTML.escape(tag))\"/>\n" }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The description, else the first paragraph, cut at a word near 300 characters.
    public static func summary(_ page: ParsedPage) -> String {
        if let description = page.source.description, !description.isEmpty { return description }
        for block in page.document.blocks {
            if case .paragraph(let inlines, _) = block {
                let text = inlines.plainText
                guard text.count > 300 else { return text }
                let cut = text.prefix(300)
                return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
            }
        }
        return ""
    }

    static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }

    static func timestamp(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02dT00:00:00Z", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    static func yearStart(_ date: Date) -> String {
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date).year ?? 1970
        return String(format: "%04d-01-01T00:00:00Z", year)
    }

    static func url(_ source: PageSource, _ site: PublishedSite) -> String { site.config.basePath + source.urlPath }

    /// Every model's typed data and the articles that mention it.
    static func modelsJSON(_ site: PublishedSite, absolute: String?) -> String {
        let models = site.catalog.models.map(\.index).filter { site.pages[$0].source.model != nil }
            .sorted { site.pages[$0].source.title.lowercased() < site.pages[$1].source.title.lowercased() }
        let items = models.map { index -> String in
            let source = site.pages[index].source
            let model = source.model!
            var pricing: String?
            if let p = model.pricing, p.input != nil || p.output != nil {
                pricing = JSON.object([("input", p.input.map(JSON.number)), ("output", p.output.map(JSON.number))])
            }
            let scores = JSON.object(model.scores.map { ($0.category, JSON.number($0.value)) })
            let figures = JSON.object(site.provenance.figures(of: model).map { figure in
                (figure.path, JSON.object([
                    ("value", JSON.number(figure.value)),
                    ("source", figure.source.map { sourceJSON($0, site) }),
                    ("as_of", figure.asOf.map { JSON.string("\($0)") }),
                ]))
            })
            let articles = (site.backlinks[index] ?? []).map { JSON.string(url(site.pages[$0].source, site)) }
            return JSON.object([
                ("id", JSON.string(source.id)), ("title", JSON.string(source.title)), ("url", JSON.string(url(source, site))),
                ("permalink", absolute.map { JSON.string($0 + source.urlPath) }),
                ("vendor", model.vendor.map(JSON.string)), ("weights", model.weights.map { JSON.string($0.rawValue) }),
                ("license", model.license.map(JSON.string)), ("aliases", JSON.array(model.aliases.map(JSON.string))),
                ("parameters", model.parameters.map(JSON.string)), ("released", model.released.map { JSON.string("\($0)") }),
                ("pricing", pricing), ("scores", scores), ("hardware", model.hardware.map(JSON.string)),
                ("figures", figures),
                ("articles", JSON.array(articles)),
            ])
        }
        return "{\"version\":1,\"models\":[\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    /// A source as the API gives it: its key, title, URL (absolute, or a
    /// path from the host's root, as the API's other `url`s: a site path
    /// gains the base path) and date.
    static func sourceJSON(_ source: FigureSource, _ site: PublishedSite) -> String {
        let url = source.sitePath.map { site.config.basePath + $0 } ?? source.url
        return JSON.object([
            ("id", JSON.string(source.key)), ("title", JSON.string(source.title)),
            ("url", url.map(JSON.string)), ("as_of", source.asOf.map { JSON.string("\($0)") }),
        ])
    }

    /// Every dated change of every model's figures, newest first: `/changes/`
    /// as data.
    static func changesJSON(_ site: PublishedSite, _ changes: [(model: Int, change: Provenance.Change)]) -> String {
        let items = changes.map { item -> String in
            let page = site.pages[item.model].source
            let change = item.change
            return JSON.object([
                ("date", JSON.string("\(change.date!)")), ("model", JSON.string(page.id)), ("url", JSON.string(url(page, site))),
                ("figure", JSON.string(change.path)), ("from", change.from.map(JSON.number)), ("to", JSON.number(change.to)),
                ("note", change.note.map(JSON.string)), ("source", change.source.map { sourceJSON($0, site) }),
            ])
        }
        return "{\"version\":1,\"changes\":[\n" + items.joined(separator: ",\n") + (items.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// Every pair of models with a page: the two model ids, the page's URL,
    /// what the site's reference workload costs on each (where both prices
    /// are known) and the articles that mention both.
    static func pairsJSON(_ site: PublishedSite) -> String {
        let workload = site.config.workload
        let items = site.pairs.map { pair -> String in
            let (a, b) = (site.pages[pair.first].source, site.pages[pair.second].source)
            let costs = [a, b].map { workload.monthlyCost($0.model?.pricing).map(JSON.number) ?? "null" }
            let articles = pair.articles(backlinks: site.backlinks).map { JSON.string(url(site.pages[$0].source, site)) }
            return JSON.object([
                ("id", JSON.string("\(a.id)-vs-\(b.id)")), ("url", JSON.string(site.config.basePath + pair.urlPath)),
                ("models", JSON.array([JSON.string(a.id), JSON.string(b.id)])),
                ("monthly_cost", JSON.array(costs)), ("articles", JSON.array(articles)), ("written", pair.page == nil ? "false" : "true"),
            ])
        }
        let head = JSON.object([("input", JSON.number(workload.input)), ("output", JSON.number(workload.output))])
        return "{\"version\":1,\"workload\":\(head),\"pairs\":[\n" + items.joined(separator: ",\n") + (items.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// Atom feed of `/changes/`: one entry per model and date, newest first.
    static func changesXML(_ site: PublishedSite, _ changes: [(model: Int, change: Provenance.Change)], base: String, now: Date) -> String {
        var groups: [(model: Int, date: Day, changes: [Provenance.Change])] = []
        for item in changes {
            if let last = groups.last, last.model == item.model, last.date == item.change.date! {
                groups[groups.count - 1].changes.append(item.change)
            } else {
                groups.append((item.model, item.change.date!, [item.change]))
            }
        }
        let config = site.config
        let updated = groups.first.map { timestamp($0.date) } ?? yearStart(now)
        let page = base + "changes/"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(HTML.escape(config.language))\">\n"
        xml += "<title>\(HTML.escape(config.title)): changes of figures</title>\n"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(HTML.escape(base + changesFeed))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(page))\"/>\n"
        xml += "<id>\(HTML.escape(page))</id>\n<updated>\(updated)</updated>\n"
        xml += "<author><name>\(HTML.escape(config.title))</name></author>\n"
        xml += "<generator version=\"\(Versus.version)\">Versus</generator>\n"
        for group in groups.prefix(feedLength) {
            let source = site.pages[group.model].source
            let url = base + source.urlPath + "#history"
            let lines = group.changes.map { change in
                "\(ModelField.label(change.path)): \(ModelField.display(change.path, change.from!)) → \(ModelField.display(change.path, change.to))"
                    + (change.note.map { " (\($0))" } ?? "")
            }
            xml += "<entry>\n<title>\(HTML.escape(source.title)): \(HTML.escape(lines.count == 1 ? lines[0] : "\(lines.count) figures changed"))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(url))\"/>\n"
            xml += "<id>\(HTML.escape(base + source.urlPath))#changes-\(group.date)</id>\n"
            xml += "<updated>\(timestamp(group.date))</updated>\n"
            xml += "<summary>\(HTML.escape(lines.joined(separator: "; ")))</summary>\n"
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Every comparison article's metadata, newest first.
    static func articlesJSON(_ site: PublishedSite, absolute: String?) -> String {
        let items = articleIndices(site).map { index -> String in
            let page = site.pages[index]
            let source = page.source
            return JSON.object([
                ("id", JSON.string(source.id)), ("title", JSON.string(source.title)), ("url", JSON.string(url(source, site))),
                ("permalink", absolute.map { JSON.string($0 + source.urlPath) }),
                ("description", source.description.map(JSON.string)),
                ("last_updated", source.lastUpdated.map { JSON.string("\($0)") }),
                ("tags", JSON.array(source.tags.map(JSON.string))),
                ("models", JSON.array(site.mentions[index].map { JSON.string(site.pages[$0].source.id) })),
                ("reading_minutes", String(page.readingMinutes)),
            ])
        }
        return "{\"version\":1,\"articles\":[\n" + items.joined(separator: ",\n") + "\n]}\n"
    }
}

/// What publishing reads of a linked site: its settings, its pages and their
/// ties, and the files published as they are (which win over Versus's own).
public struct PublishedSite: Sendable {
    public var config: SiteConfig
    public var pages: [ParsedPage]
    public var graph: SiteGraph
    public var listPages: [ListPage]
    public var catalog: ModelCatalog
    public var backlinks: [Int: [Int]]
    public var mentions: [[Int]]
    public var copies: [FileCopy]
    public var provenance: Provenance
    public var pairs: [Pair]

    public init(config: SiteConfig, pages: [ParsedPage], graph: SiteGraph, listPages: [ListPage], catalog: ModelCatalog,
                backlinks: [Int: [Int]], mentions: [[Int]], copies: [FileCopy], provenance: Provenance, pairs: [Pair] = []) {
        self.pairs = pairs
        self.config = config
        self.pages = pages
        self.graph = graph
        self.listPages = listPages
        self.catalog = catalog
        self.backlinks = backlinks
        self.mentions = mentions
        self.copies = copies
        self.provenance = provenance
    }

    /// Every dated change of the models' figures, newest first.
    var changes: [(model: Int, change: Provenance.Change)] {
        provenance.changes(of: pages.map(\.source), models: catalog.models.map(\.index))
    }

    var hasChangesPage: Bool { listPages.contains { $0.kind == .changes } }

    /// The pages that own their URL.
    var placedPages: [Int] {
        pages.indices.filter { graph.pageAtURL[pages[$0].source.urlPath] == $0 }
    }
}
