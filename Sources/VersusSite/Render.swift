import VersusCharts
import VersusCore
import VersusPublish
import VersusLinks
import VersusMarkdown
import VersusTemplates

extension RenderedSite {
    /// Renders every page in parallel: Markdown to HTML, then the page's
    /// template with its view model. A page whose type has no template (and no
    /// `page.mustache` to fall back on) is an error at its `type` key.
    /// `search` is the index made from the same linked site (`SiteSearch`);
    /// pages load its client and name its manifest.
    /// `recording`: keep what each page read of the others (`PageReads`), for
    /// the preview; a build does not need it.
    /// `deliver`: given, the pages' files are handed to it a batch at a time
    /// as they are rendered (with whether any error was found so far) and not
    /// kept, so a large site never holds every page's bytes at once; `files`
    /// then holds the other files alone.
    init(rendering site: LinkedSite, search: SiteSearch.Files?, options: BuildOptions, recording: Bool = false,
         deliver: ((_ files: [OutputFile], _ failed: Bool) -> Void)? = nil) {
        var diagnostics = site.diagnostics
        let placedPages = site.placedPages
        let siteView = Self.siteView(site, search: search, options: options)
        diagnostics += Self.siteProblems(site, siteView: siteView)
        var pageProblems: [Int: [Diagnostic]] = [:]
        var pageReads: [Int: PageReads] = [:]
        var files: [OutputFile?] = []
        var failed = diagnostics.hasErrors
        let batch = deliver == nil ? max(placedPages.count, 1) : Self.batchSize
        for start in stride(from: 0, to: placedPages.count, by: batch) {
            let indices = Array(placedPages[start..<min(start + batch, placedPages.count)])
            let rendered = parallelMap(indices, jobs: options.jobs) { index in
                Self.render(page: index, of: site, siteView: siteView, recording: recording)
            }
            for (index, result) in zip(indices, rendered) {
                diagnostics += result.1
                if !result.1.isEmpty { pageProblems[index] = result.1 }
                if result.1.hasErrors { failed = true }
                if recording { pageReads[index] = result.2 }
            }
            if let deliver {
                deliver(rendered.compactMap(\.0), failed)
            } else {
                files += rendered.map(\.0)
            }
        }
        // Listings render only where the site has a template for them.
        let renderedLists = parallelMap(site.listPages, jobs: options.jobs) { list in
            Self.render(list: list, of: site, siteView: siteView, recording: recording)
        }
        let lists = renderedLists.compactMap(\.file)
        var listReads: [String: Set<TemplateRead>] = [:]
        if recording { for (list, result) in zip(site.listPages, renderedLists) { listReads[list.urlPath] = result.reads } }
        let notFound = Self.renderNotFound(of: site, siteView: siteView)
        let published = Publishing.files(for: site.published, now: options.now)
        self.init(files: files.compactMap { $0 } + lists + [notFound].compactMap { $0 } + published + (search?.files ?? []),
                  copies: site.copies, pageCount: placedPages.count + lists.count + (notFound == nil ? 0 : 1),
                  diagnostics: diagnostics)
        self.pageProblems = pageProblems
        self.pageReads = pageReads
        self.listReads = listReads
        self.siteView = siteView
    }

    /// Pages rendered and handed on together when they are not all kept:
    /// enough for both cores to stay busy, few enough bytes to hold.
    static let batchSize = 256

    /// What rendering finds of the site as a whole rather than of one page:
    /// types without a template, unknown types, names templates use that no
    /// view model has.
    static func siteProblems(_ site: LinkedSite, siteView: SiteView) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for page in site.pages where site.templates.template(forType: page.source.type) == nil {
            let type = page.source.type
            let fix = type == "page" ? "add Templates/page.mustache" : "add Templates/\(type).mustache or Templates/page.mustache"
            problems.append(Diagnostic(.noTemplateForType(type: type, fix: fix), at: page.source.location(ofKey: "type")))
        }
        return problems + unknownTypes(site) + TemplateNames.check(site.templates, view: siteView)
    }

    static func siteView(_ site: LinkedSite, search: SiteSearch.Files?, options: BuildOptions) -> SiteView {
        SiteView(site: site, now: options.now, jobs: options.jobs,
                 search: search.map { ["manifest": .text($0.manifest), "script": .text($0.script)] } ?? .null)
    }

    /// A listing's HTML file; nil where the site has no template for its kind.
    static func render(list: ListPage, of site: LinkedSite, siteView: SiteView,
                       recording: Bool = false) -> (file: OutputFile?, reads: Set<TemplateRead>) {
        guard let template = list.kind.templates.first(where: site.templates.has) else { return (nil, []) }
        var reads: Set<TemplateRead> = []
        let context = PageView.context(list: list, site: siteView, linked: site)
        let text = recording ? site.templates.render(template, context, reads: &reads) : site.templates.render(template, context)
        return (OutputFile(path: list.urlPath + "index.html", contents: Array(text.utf8)), reads)
    }

    /// `404.html`, from `Templates/404.mustache` when the site has one (and
    /// no `404.html` of its own under Public/). Hosts serve it at any missing
    /// URL, so its links start at the site's base path instead of being relative.
    static func renderNotFound(of site: LinkedSite, siteView: SiteView) -> OutputFile? {
        guard site.templates.has(notFoundTemplate), !site.copies.contains(where: { $0.destination == notFoundPath }) else { return nil }
        let text = site.templates.render(notFoundTemplate, PageView.notFoundContext(site: siteView, linked: site))
        return OutputFile(path: notFoundPath, contents: Array(text.utf8))
    }

    /// A page written for a pair renders with `compare`, which shows the
    /// pair around its Markdown; any other page with its type's template.
    static func template(for index: Int, of site: LinkedSite) -> String? {
        let source = site.pages[index].source
        if source.compare != nil, site.templates.has(ListPage.Kind.pair.templates[0]), site.pairs.contains(where: { $0.page == index }) {
            return ListPage.Kind.pair.templates[0]
        }
        return site.templates.template(forType: source.type)
    }

    static let notFoundTemplate = "404"
    static let notFoundPath = "404.html"

    /// A type that is not built in, has no template of its own and is not
    /// declared in `site.yml` (`types: [...]`) is most often a typo
    /// (`comparision`): the page would render as a plain page, out of the
    /// feed and the API, without a word.
    static func unknownTypes(_ site: LinkedSite) -> [Diagnostic] {
        let builtIn: Set<String> = ["comparison", "model", "page", "setup"]
        // Templates of listings, the 404 page and layouts are not page types.
        let listings: Set<String> = ["list", "tags", "tag", "vendor", "search", "changes", "compare", RenderedSite.notFoundTemplate]
        let templated = Set(site.templates.names.filter { name in
            !name.contains("/") && !listings.contains(name) && !name.hasPrefix("list-") && !site.templates.isParent(name)
        })
        let known = builtIn.union(templated).union(site.config.types)
        var out: [Diagnostic] = []
        for page in site.pages where !known.contains(page.source.type) && site.templates.template(forType: page.source.type) != nil {
            let type = page.source.type
            out.append(Diagnostic(.unknownType(type: type, meant: Suggestion.closest(to: type, among: known)),
                                  at: page.source.location(ofKey: "type")))
        }
        return out
    }

    /// One page's HTML file and the problems rendering it found (charts).
    /// Nil when its type has no template, which `init` reports once.
    static func render(page index: Int, of site: LinkedSite, siteView: SiteView,
                       recording: Bool = false) -> (OutputFile?, [Diagnostic], PageReads) {
        let page = site.pages[index]
        var reads = PageReads()
        guard let template = Self.template(for: index, of: site) else { return (nil, [], reads) }
        var problems: [Diagnostic] = []
        let document = ChartBlock.expand(page.document, path: page.source.path, catalog: site.catalog, diagnostics: &problems,
                                         reads: &reads.charts)
        let html = HTMLRenderer.render(document)
        let context = PageView.context(page: page, index: index, html: html, site: siteView, linked: site)
        let text = recording ? site.templates.render(template, context, reads: &reads.fields) : site.templates.render(template, context)
        return (OutputFile(path: page.source.urlPath + "index.html", contents: Array(text.utf8)), problems, reads)
    }
}
