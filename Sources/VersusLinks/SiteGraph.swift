import VersusContent
import VersusCore

/// How the pages of a site are arranged: who lives at which URL, which pages
/// each section and tag lists. Computed once per build in near-linear time;
/// templates read it through the view models.
public struct SiteGraph: Sendable {
    /// Indices into the page list, per section, newest first.
    public var sections: [String: [Int]]
    /// Tag slug → (the tag as first written, indices of its pages newest first).
    public var tags: [String: Tag]
    /// URL path → page index.
    public var pageAtURL: [String: Int]
    /// Source path → page index, for links written as file paths.
    public var pageAtPath: [String: Int]
    /// Each page's place in the order of every listing (newest first, then by
    /// title): sorting a list is then comparing two integers.
    public var rank: [Int]

    public struct Tag: Sendable, Equatable {
        public var name: String
        public var slug: String
        public var pages: [Int]
    }

    /// Builds the graph; two pages with one URL are errors at the second
    /// page's `id` key (or its first line), naming the first page.
    public static func build(_ pages: [PageSource]) -> (SiteGraph, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var pageAtURL: [String: Int] = [:]
        var pageAtPath: [String: Int] = [:]
        var sections: [String: [Int]] = [:]
        var tags: [String: Tag] = [:]
        for (index, page) in pages.enumerated() {
            pageAtPath[page.path] = index
            if let other = pageAtURL[page.urlPath] {
                // Two pages of one pair: said at the second one's compare key.
                if let pair = page.compare?.sorted(), pages[other].compare?.sorted() == pair {
                    diagnostics.append(Diagnostic(.pairClaimedTwice(pair: pair.joined(separator: " and "), first: pages[other].path),
                                                  at: page.location(ofKey: "compare")))
                    continue
                }
                diagnostics.append(Diagnostic(.duplicateURL(url: "/" + page.urlPath, other: pages[other].path),
                                              at: page.location(ofKey: page.compare == nil ? "id" : "compare")))
                continue
            }
            pageAtURL[page.urlPath] = index
            sections[page.section, default: []].append(index)
            for tag in page.tags {
                let slug = Slug.make(tag)
                guard !slug.isEmpty else { continue }
                if tags[slug] == nil { tags[slug] = Tag(name: tag, slug: slug, pages: []) }
                if tags[slug]!.pages.last != index { tags[slug]!.pages.append(index) }
            }
        }
        let rank = Self.ranks(pages)
        for key in sections.keys { sections[key]!.sort { rank[$0] < rank[$1] } }
        for key in tags.keys { tags[key]!.pages.sort { rank[$0] < rank[$1] } }
        return (SiteGraph(sections: sections, tags: tags, pageAtURL: pageAtURL, pageAtPath: pageAtPath, rank: rank), diagnostics)
    }

    /// The order of every listing: newest `last_updated` first, undated last,
    /// then by title, then by file, so listings never depend on file order.
    /// Worked out once for all pages; `rank[i]` is page i's place.
    static func ranks(_ pages: [PageSource]) -> [Int] {
        struct Key { var day: Day?; var title: String; var path: String }
        let keys = pages.map { Key(day: $0.lastUpdated, title: $0.title.lowercased(), path: $0.path) }
        let order = pages.indices.sorted { a, b in
            let (ka, kb) = (keys[a], keys[b])
            if ka.day != kb.day {
                guard let da = ka.day else { return false }
                guard let db = kb.day else { return true }
                return da > db
            }
            if ka.title != kb.title { return ka.title < kb.title }
            return ka.path < kb.path
        }
        var rank = [Int](repeating: 0, count: pages.count)
        for (place, page) in order.enumerated() { rank[page] = place }
        return rank
    }
}
