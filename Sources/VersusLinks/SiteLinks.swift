import VersusContent
import VersusCore
import VersusMarkdown

/// The link stage: places every page (URLs; two pages at one URL is an
/// error), then, per page in parallel, checks hand-written figures against
/// the model data, expands `models` blocks, links model mentions and
/// resolves internal links. Backlinks, related pages, vendors and listings
/// follow from that. `VersusSite` runs it between parse and render.
public struct SiteLinks: Sendable {
    /// Every page, its tree now linked.
    public var pages: [ParsedPage]
    public var graph: SiteGraph
    /// Per page: the model pages it mentions, by title.
    public var mentions: [[Int]]
    /// Per model page: the pages that mention it, newest first.
    public var backlinks: [Int: [Int]]
    /// Per page: up to five related pages.
    public var related: [[Int]]
    public var vendors: [Vendor]
    public var listPages: [ListPage]
    /// The models and the fields they answer to, for charts.
    public var catalog: ModelCatalog
    /// Relinks one page against this site (the preview's fast path).
    public var linker: PageLinker
    /// Per page: the problems linking it found.
    public var pageProblems: [[Diagnostic]]
    /// Per page: the model fields its link read (`models` blocks, figure checks).
    public var blockReads: [Set<FieldRead>]
    /// Every problem the stage found, `pageProblems` included.
    public var diagnostics: [Diagnostic]
    /// The pairs of models with a page, in URL order.
    public var pairs: [Pair] = []
    /// site.yml's menu, each site path resolved (`NavItem.target`).
    public var nav: [SiteConfig.NavItem] = []
}

extension SiteLinks {
    /// `copies`: files published as they are (source, output path), which
    /// may not land on a page, a listing or each other.
    /// `known`: pages linked by an earlier build against the same site (the
    /// build cache), by index: their trees are not linked again (they may be
    /// left empty) and their mentions and problems are taken as they were.
    /// `today`: the build's date, for stale figures and dates in the future.
    /// `renders`: whether the site has a template for a kind of listing; one
    /// it cannot render does not exist (no link, sitemap entry or feed points
    /// at it).
    public init(pages parsed: [ParsedPage], config: SiteConfig, copies: [(source: String, destination: String)], jobs: Int,
                today: Day? = nil, renders: (ListPage.Kind) -> Bool = { _ in true },
                known: [Int: (mentions: [Int], problems: [Diagnostic])] = [:], published: [String] = []) {
        let sources = parsed.map(\.source)
        let (graph, found) = SiteGraph.build(sources)
        var diagnostics = found
        let placed = { (i: Int) in graph.pageAtURL[sources[i].urlPath] == i }

        let modelIndices = sources.indices.filter { sources[$0].model != nil && placed($0) }
        let (matcher, names, nameErrors) = Self.nameMatcher(sources, models: modelIndices)
        diagnostics += nameErrors
        diagnostics += ScoreSpelling.check(modelIndices.map { sources[$0] })
        let nearMiss = NearMissNames(names: names, ignoring: config.notModels)
        let catalog = ModelCatalog(models: modelIndices.map { (index: $0, page: sources[$0]) })
        var modelPages: [Int: PageSource] = [:]
        for i in modelIndices { modelPages[i] = sources[i] }
        let vendors = Listings.vendors(sources, placed: placed)
        let listings = Listings.pages(graph: graph, vendors: vendors, pages: sources, hasModels: !modelIndices.isEmpty)
            .filter { renders($0.kind) }
        let (declared, filtered, pairProblems) = Pairs.declared(sources: sources, models: modelIndices, placed: placed, config: config,
                                                      catalog: catalog)
        diagnostics += pairProblems
        diagnostics += Setups.problems(sources, models: modelIndices, placed: placed)
        func pairLists(_ pairs: [Pair]) -> [ListPage] {
            Listings.pairPages(pairs, pages: sources, models: modelIndices.count, graph: graph).filter { renders($0.kind) }
        }
        // Before linking, the pairs known so far are link targets; those of
        // models mentioned together are known once every page is linked.
        let listPages = listings + pairLists(declared.values.sorted { $0.urlPath < $1.urlPath })
        func linkTargets(_ listPages: [ListPage]) -> LinkTargets {
            var pageAtURL = graph.pageAtURL
            for (offset, list) in listPages.enumerated() { pageAtURL[list.urlPath] = sources.count + offset }
            return LinkTargets(
                pageAtURL: pageAtURL, pageAtPath: graph.pageAtPath,
                urlPaths: sources.map(\.urlPath) + listPages.map(\.urlPath),
                anchors: parsed.map { Set($0.headings.map(\.id)) } + listPages.map { _ in [] },
                files: Set(copies.map(\.destination)).union(published), basePath: config.basePath)
        }
        diagnostics += Self.outputCollisions(copies, pages: sources.indices.filter(placed).map { sources[$0] },
                                             listings: listPages)
        let targets = linkTargets(listPages)
        let provenance = Provenance(config: config, today: today)
        // Sources and dates: computed afresh for every build (they depend on
        // the day), never taken from an earlier build.
        diagnostics += provenance.siteProblems(config, models: modelIndices.compactMap { sources[$0].model })
        diagnostics += Self.sourceLinks(config.sources, sourcePath: SiteConfig.path, pageIndex: -1, targets: targets)
        // Models in the order pages list them: by title.
        var byTitle = [Int](repeating: 0, count: sources.count)
        for (place, index) in modelIndices.sorted(by: { sources[$0].title.lowercased() < sources[$1].title.lowercased() }).enumerated() {
            byTitle[index] = place
        }
        var linker = PageLinker(
            sources: sources, matcher: matcher, nearMiss: nearMiss, catalog: catalog, targets: targets, titleRank: byTitle,
            consistency: ConsistencyCheck(columns: config.dataColumns, scoreCategories: catalog.scoreCategories,
                                          matcher: matcher, models: modelPages, provenance: provenance),
            mode: MentionLinker.Mode(rawValue: config.mentions) ?? .firstPerSection, provenance: provenance,
            setups: Setups.indices(sources, placed: placed), workload: config.workload)
        for i in modelIndices { diagnostics += linker.modelProblems(at: i) }
        let firstLinker = linker
        var linked = parallelMap(Array(parsed.indices), jobs: jobs) { index in
            if let known = known[index] { return (parsed[index], known.mentions, known.problems, Set<FieldRead>()) }
            return firstLinker.link(parsed[index], at: index)
        }
        let mentions = linked.map(\.1)
        // Without a `compare` template only written pair pages exist (and
        // the pairs of mentions are not worked out).
        let (pairs, capProblems) = renders(.pair)
            ? Pairs.all(declared: declared, filtered: filtered, sources: sources, mentions: mentions, placed: placed, config: config)
            : (declared.values.filter { $0.page != nil }.sorted { $0.urlPath < $1.urlPath }, [])
        let allLists = listings + pairLists(pairs)
        // Pairs of models mentioned together exist once every page is
        // linked: a page whose link to one of them was not found then is
        // linked again against every pair.
        if pairs.contains(where: { declared[$0.urlPath] == nil }) {
            linker = linker.with(targets: linkTargets(allLists))
            let again = parsed.indices.filter { index in
                known[index] == nil && linked[index].2.contains { diagnostic in
                    if case .brokenLink(let written, _) = diagnostic.problem { return written.contains("compare/") }
                    return false
                }
            }
            let relinker = linker
            for (index, result) in zip(again, parallelMap(again, jobs: jobs) { relinker.link(parsed[$0], at: $0) }) {
                linked[index] = result
            }
        }
        diagnostics += linked.flatMap(\.2)

        var backlinks: [Int: [Int]] = [:]
        for (page, models) in mentions.enumerated() where sources[page].model == nil && placed(page) {
            for model in models { backlinks[model, default: []].append(page) }
        }
        let rank = graph.rank
        let newerFirst = { (a: Int, b: Int) in rank[a] < rank[b] }
        for key in backlinks.keys { backlinks[key]!.sort(by: newerFirst) }

        // Related pages share tags (each worth 2) and mentioned models (worth 1).
        let tagSlugs = graph.tags.keys.sorted()
        var listOfTag: [String: Int] = [:]
        for (i, slug) in tagSlugs.enumerated() { listOfTag[slug] = i }
        let modelKeys = backlinks.keys.sorted()
        var listOfModel: [Int: Int] = [:]
        for (i, model) in modelKeys.enumerated() { listOfModel[model] = tagSlugs.count + i }
        let lists = tagSlugs.map { graph.tags[$0]!.pages.filter { sources[$0].model == nil } } + modelKeys.map { backlinks[$0]! }
        let related = Related.compute(
            pages: sources.count,
            keysOf: { page in
                guard sources[page].model == nil, placed(page) else { return [] }
                let tags = sources[page].tags.compactMap { listOfTag[Slug.make($0)] }.map { (list: $0, weight: 2) }
                return tags + mentions[page].compactMap { listOfModel[$0] }.map { (list: $0, weight: 1) }
            },
            lists: lists, newerFirst: newerFirst)

        diagnostics += capProblems
        var nav = config.nav
        diagnostics += Self.navLinks(&nav, targets: linkTargets(allLists))

        self.init(pages: linked.map(\.0), graph: graph, mentions: mentions, backlinks: backlinks, related: related,
                  vendors: vendors, listPages: allLists, catalog: catalog, linker: linker,
                  pageProblems: linked.map(\.2), blockReads: linked.map(\.3),
                  diagnostics: diagnostics)
        self.pairs = pairs
        self.nav = nav
    }

    /// A menu entry is a link on every page: one to a page the build does not
    /// write (a section whose pages are all drafts, a typo) is a broken link
    /// at its `url:` in site.yml.
    /// Each item's `target` is what the resolver found (a site path, the
    /// same reading links in pages get), which the menu is drawn from.
    static func navLinks(_ nav: inout [SiteConfig.NavItem], targets: LinkTargets) -> [Diagnostic] {
        let resolver = LinkResolver(targets: targets, pageIndex: -1, sourcePath: SiteConfig.path, root: "")
        var diagnostics: [Diagnostic] = []
        for index in nav.indices {
            let item = nav[index]
            if !item.url.hasPrefix("/") && !item.url.hasPrefix("#") && !item.url.isEmpty && !LinkResolver.hasScheme(item.url) {
                diagnostics.append(Diagnostic(.relativeNavURL(url: item.url), at: item.location))
                continue
            }
            // The path only: a fragment may name an id the templates set (#main).
            let end = item.url.firstIndex { $0 == "#" || $0 == "?" } ?? item.url.endIndex
            let path = String(item.url[..<end])
            guard path.hasPrefix("/"), let resolved = resolver.resolve(path) else { continue }
            switch resolved {
            case .success(let href): nav[index].target = href + item.url[end...]
            case .failure(let problem): diagnostics.append(Diagnostic(problem.diagnosis, at: item.location))
            }
        }
        return diagnostics
    }

    /// A source's URL that is a site path is checked like any link: a
    /// citation to a page that does not exist is a broken link at the source.
    static func sourceLinks(_ sources: [FigureSource], sourcePath: String, pageIndex: Int, targets: LinkTargets) -> [Diagnostic] {
        let resolver = LinkResolver(targets: targets, pageIndex: pageIndex, sourcePath: sourcePath, root: "")
        return sources.compactMap { source in
            guard let url = source.url, url.hasPrefix("/"), case .failure(let problem)? = resolver.resolve(url) else { return nil }
            return Diagnostic(problem.diagnosis, at: source.location)
        }
    }

    /// Every model title and alias, for the mention matcher. A name claimed by
    /// two models is an error at the second, naming the first.
    static func nameMatcher(_ pages: [PageSource], models: [Int]) -> (NameMatcher, [(name: String, value: Int)], [Diagnostic]) {
        var owner: [String: Int] = [:]
        var names: [(name: String, value: Int)] = []
        var diagnostics: [Diagnostic] = []
        for index in models {
            let page = pages[index]
            for (name, key) in [(page.title, "title")] + page.model!.aliases.map({ ($0, "aliases") }) {
                if let other = owner[name] {
                    guard other != index else { continue }
                    diagnostics.append(Diagnostic(.nameOwnedTwice(name: name, first: pages[other].path, second: page.path),
                                                  at: page.location(ofKey: key)))
                    continue
                }
                owner[name] = index
                names.append((name, index))
            }
        }
        return (NameMatcher(names: names), names, diagnostics)
    }

    /// Every output path has one source. A copied file that would land on a
    /// page, a listing, the search index or another copied file is an error at
    /// the copy, naming what it would overwrite: which one survived would
    /// otherwise depend on thread timing.
    static func outputCollisions(_ copies: [(source: String, destination: String)], pages: [PageSource], listings: [ListPage]) -> [Diagnostic] {
        var owner: [String: String] = [:]
        for page in pages { owner[page.urlPath + "index.html"] = "the page written from \(page.path)" }
        for list in listings { owner[list.urlPath + "index.html"] = "the generated \(list.kind.name) page /\(list.urlPath)" }
        var diagnostics: [Diagnostic] = []
        for copy in copies {
            if copy.destination.hasPrefix("search/") && copy.destination != "search/index.html" {
                diagnostics.append(Diagnostic(.copyIntoSearch(source: copy.source), at: .file(copy.source)))
            } else if let other = owner[copy.destination] {
                diagnostics.append(Diagnostic(.copyOverwrites(source: copy.source, other: other), at: .file(copy.source)))
            } else {
                owner[copy.destination] = copy.source
            }
        }
        return diagnostics
    }
}
