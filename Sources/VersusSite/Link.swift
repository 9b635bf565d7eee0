import VersusContent
import VersusCore
import VersusLinks
import VersusPublish

extension LinkedSite {
    /// The link stage (`SiteLinks`, in VersusLinks) over the parsed site.
    /// `known`: pages the build cache has linked before (see `SiteLinks`).
    /// `today`: the build's date (stale figures, dates in the future).
    public init(linking site: ParsedSite, jobs: Int, today: Day? = nil, known: [Int: (mentions: [Int], problems: [Diagnostic])] = [:]) {
        let templates = site.templates
        let links = SiteLinks(pages: site.pages, config: site.config,
                              copies: site.copies.map { ($0.source, $0.destination) }, jobs: jobs, today: today,
                              renders: { $0.templates.contains(where: templates.has) }, known: known,
                              published: Publishing.paths(site.config) + (templates.has("404") ? ["404.html"] : []))
        let listPages = links.listPages
        var config = site.config
        config.nav = links.nav
        self.init(config: config, pages: links.pages, graph: links.graph, mentions: links.mentions,
                  backlinks: links.backlinks, related: links.related, vendors: links.vendors, listPages: listPages,
                  catalog: links.catalog, templates: site.templates, copies: site.copies,
                  diagnostics: site.diagnostics + links.diagnostics, linker: links.linker, pageProblems: links.pageProblems)
        blockReads = links.blockReads
        pairs = links.pairs
    }
}
