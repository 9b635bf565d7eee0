import VersusCore
import VersusLinks

extension LinkedSite {
    /// The link stage (`SiteLinks`, in VersusLinks) over the parsed site.
    /// `known`: pages the build cache has linked before (see `SiteLinks`).
    public init(linking site: ParsedSite, jobs: Int, known: [Int: (mentions: [Int], problems: [Diagnostic])] = [:]) {
        let links = SiteLinks(pages: site.pages, config: site.config,
                              copies: site.copies.map { ($0.source, $0.destination) }, jobs: jobs, known: known)
        self.init(config: site.config, pages: links.pages, graph: links.graph, mentions: links.mentions,
                  backlinks: links.backlinks, related: links.related, vendors: links.vendors, listPages: links.listPages,
                  catalog: links.catalog, templates: site.templates, copies: site.copies,
                  diagnostics: site.diagnostics + links.diagnostics, linker: links.linker, pageProblems: links.pageProblems)
        blockReads = links.blockReads
    }
}
