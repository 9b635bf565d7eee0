import VersusContent
import VersusCore

/// Pages no editor writes: a listing per section (`/models/`), per tag
/// (`/tags/open-source/`), the tag index (`/tags/`) and a page per vendor
/// (`/vendors/deepseek/`). A page written in `Content/` at the same URL wins.
public struct ListPage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case section(String)
        case tag(String)
        case tags
        case vendor(String)
        /// The search page, `/search/`: the full results, with the query in the URL.
        case search
        /// `/changes/`: every change of every model's figures, newest first.
        case changes
        /// `/compare/<a>-vs-<b>/`: two models side by side (`ListPage.pair`).
        case pair
        /// `/compare/`: every pair.
        case pairs

        /// The templates tried for this page, most specific first.
        public var templates: [String] {
            switch self {
            case .section(let name): return ["list-" + name, "list"]
            case .tag: return ["tag", "list"]
            case .tags: return ["tags", "list"]
            case .vendor: return ["vendor", "list"]
            case .search: return ["search"]
            case .changes: return ["changes", "list"]
            case .pair: return ["compare"]
            // Only a template that lists pairs: `list` shows pages, and
            // /compare/ has none, so it would say "nothing here" beside its pairs.
            case .pairs: return ["list-compare"]
            }
        }

        public var name: String {
            switch self {
            case .section: return "section"
            case .tag: return "tag"
            case .tags: return "tags"
            case .vendor: return "vendor"
            case .search: return "search"
            case .changes: return "changes"
            case .pair: return "pair"
            case .pairs: return "pairs"
            }
        }
    }

    public var kind: Kind
    public var title: String
    public var urlPath: String
    /// Page indices listed, in display order.
    public var items: [Int]
    /// The pair a `.pair` page shows.
    public var pair: Pair?

    public init(kind: Kind, title: String, urlPath: String, items: [Int], pair: Pair? = nil) {
        self.kind = kind
        self.title = title
        self.urlPath = urlPath
        self.items = items
        self.pair = pair
    }
}

public struct Vendor: Sendable, Equatable {
    public var name: String
    public var slug: String
    /// Model page indices, by title.
    public var models: [Int]
}

public enum Listings {
    public static func vendors(_ pages: [PageSource], placed: (Int) -> Bool) -> [Vendor] {
        var bySlug: [String: Vendor] = [:]
        for (i, page) in pages.enumerated() where placed(i) {
            guard let name = page.model?.vendor else { continue }
            let slug = Slug.make(name)
            guard !slug.isEmpty else { continue }
            bySlug[slug, default: Vendor(name: name, slug: slug, models: [])].models.append(i)
        }
        return bySlug.values.map { vendor in
            var v = vendor
            v.models.sort { pages[$0].title.lowercased() < pages[$1].title.lowercased() }
            return v
        }.sorted { $0.slug < $1.slug }
    }

    /// `hasModels`: the site has model pages, whose figures' changes
    /// `/changes/` lists (it exists before the first change, so that it can
    /// be linked to and its feed followed).
    public static func pages(graph: SiteGraph, vendors: [Vendor], pages: [PageSource], hasModels: Bool = false) -> [ListPage] {
        var out: [ListPage] = []
        for (section, items) in graph.sections.sorted(by: { $0.key < $1.key }) where !section.isEmpty {
            let slug = Slug.make(section)
            let title = section.prefix(1).uppercased() + section.dropFirst()
            let ordered = items.allSatisfy { pages[$0].model != nil }
                ? items.sorted { pages[$0].title.lowercased() < pages[$1].title.lowercased() } : items
            out.append(ListPage(kind: .section(section), title: title, urlPath: slug + "/", items: ordered))
        }
        if !graph.tags.isEmpty {
            out.append(ListPage(kind: .tags, title: "Tags", urlPath: "tags/", items: []))
            for tag in graph.tags.values.sorted(by: { $0.slug < $1.slug }) {
                out.append(ListPage(kind: .tag(tag.slug), title: tag.name, urlPath: "tags/\(tag.slug)/", items: tag.pages))
            }
        }
        for vendor in vendors {
            out.append(ListPage(kind: .vendor(vendor.slug), title: vendor.name, urlPath: "vendors/\(vendor.slug)/", items: vendor.models))
        }
        out.append(ListPage(kind: .search, title: "Search", urlPath: "search/", items: []))
        if hasModels {
            let models = graph.sections.values.flatMap { $0 }.filter { !(pages[$0].model?.history.isEmpty ?? true) }.sorted()
            out.append(ListPage(kind: .changes, title: "Changes", urlPath: "changes/", items: models))
        }
        return out.filter { graph.pageAtURL[$0.urlPath] == nil }
    }

    /// A page per pair nobody wrote (a written one stands at the pair's URL
    /// instead), and `/compare/` once the site has two models to pair.
    public static func pairPages(_ pairs: [Pair], pages: [PageSource], models: Int, graph: SiteGraph) -> [ListPage] {
        var out = pairs.filter { $0.page == nil }.map { pair in
            ListPage(kind: .pair, title: pages[pair.first].title + " vs " + pages[pair.second].title, urlPath: pair.urlPath,
                     items: pair.models, pair: pair)
        }
        if models >= 2 { out.append(ListPage(kind: .pairs, title: "Compare", urlPath: "compare/", items: [])) }
        return out.filter { graph.pageAtURL[$0.urlPath] == nil }
    }
}
