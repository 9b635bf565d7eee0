import VersusCore
import VersusLinks

extension LinkedSite {
    /// Places every page: URLs (two pages at one URL is an error), sections,
    /// tags, and output files that would collide with a copied file.
    public init(linking site: ParsedSite) {
        let (graph, found) = SiteGraph.build(site.pages.map(\.source))
        var diagnostics = site.diagnostics + found
        for copy in site.copies {
            let asPage = copy.destination.hasSuffix("/index.html")
                ? String(copy.destination.dropLast("index.html".count))
                : (copy.destination == "index.html" ? "" : nil)
            if let asPage, let index = graph.pageAtURL[asPage] {
                diagnostics.append(.error(
                    "\(copy.source) would overwrite the page written from \(site.pages[index].source.path)",
                    at: VersusCore.SourceLocation(path: copy.source)))
            }
        }
        self.init(config: site.config, pages: site.pages, graph: graph, templates: site.templates,
                  copies: site.copies, diagnostics: diagnostics)
    }
}
