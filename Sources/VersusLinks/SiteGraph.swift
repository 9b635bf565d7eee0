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
                diagnostics.append(.error(
                    "two pages have the URL /\(page.urlPath): this one and \(pages[other].path); give one of them another id",
                    at: page.location(ofKey: "id")))
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
        let newestFirst = Self.newestFirst(pages)
        for key in sections.keys { sections[key]!.sort(by: newestFirst) }
        for key in tags.keys { tags[key]!.pages.sort(by: newestFirst) }
        return (SiteGraph(sections: sections, tags: tags, pageAtURL: pageAtURL, pageAtPath: pageAtPath), diagnostics)
    }

    /// The order of every listing: newest `last_updated` first, undated last,
    /// then by title, then by file, so listings never depend on file order.
    public static func newestFirst(_ pages: [PageSource]) -> (Int, Int) -> Bool {
        { a, b in
            let (pa, pb) = (pages[a], pages[b])
            if pa.lastUpdated != pb.lastUpdated {
                guard let da = pa.lastUpdated else { return false }
                guard let db = pb.lastUpdated else { return true }
                return da > db
            }
            let (ta, tb) = (pa.title.lowercased(), pb.title.lowercased())
            if ta != tb { return ta < tb }
            return pa.path < pb.path
        }
    }
}
