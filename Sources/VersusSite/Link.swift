import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown

extension LinkedSite {
    /// Places every page (URLs; two pages at one URL is an error), then, per
    /// page in parallel: checks hand-written figures against the model data,
    /// expands `models` blocks, links model mentions and resolves internal
    /// links. Backlinks, related pages, vendors and listings follow from that.
    public init(linking site: ParsedSite, jobs: Int) {
        let sources = site.pages.map(\.source)
        let (graph, found) = SiteGraph.build(sources)
        var diagnostics = site.diagnostics + found
        let placed = { (i: Int) in graph.pageAtURL[sources[i].urlPath] == i }

        let modelIndices = sources.indices.filter { sources[$0].model != nil && placed($0) }
        let (matcher, names, nameErrors) = Self.nameMatcher(sources, models: modelIndices)
        diagnostics += nameErrors
        diagnostics += ScoreSpelling.check(modelIndices.map { sources[$0] })
        let nearMiss = NearMissNames(names: names, ignoring: site.config.notModels)
        let catalog = ModelCatalog(models: modelIndices.map { (index: $0, page: sources[$0]) })
        var modelPages: [Int: PageSource] = [:]
        for i in modelIndices { modelPages[i] = sources[i] }
        let vendors = Listings.vendors(sources, placed: placed)
        let listPages = Listings.pages(graph: graph, vendors: vendors, pages: sources)
        diagnostics += Self.outputCollisions(site.copies, pages: sources.indices.filter(placed).map { sources[$0] },
                                             listings: listPages)
        var pageAtURL = graph.pageAtURL
        let listBase = sources.count
        for (offset, list) in listPages.enumerated() { pageAtURL[list.urlPath] = listBase + offset }
        let targets = LinkTargets(
            pageAtURL: pageAtURL, pageAtPath: graph.pageAtPath,
            urlPaths: sources.map(\.urlPath) + listPages.map(\.urlPath),
            anchors: site.pages.map { Set($0.headings.map(\.id)) } + listPages.map { _ in [] },
            files: Set(site.copies.map(\.destination)), basePath: site.config.basePath)
        // Models in the order pages list them: by title.
        var byTitle = [Int](repeating: 0, count: sources.count)
        for (place, index) in modelIndices.sorted(by: { sources[$0].title.lowercased() < sources[$1].title.lowercased() }).enumerated() {
            byTitle[index] = place
        }
        let linker = PageLinker(
            sources: sources, matcher: matcher, nearMiss: nearMiss, catalog: catalog, targets: targets, titleRank: byTitle,
            consistency: ConsistencyCheck(columns: site.config.dataColumns, scoreCategories: catalog.scoreCategories,
                                          matcher: matcher, models: modelPages),
            mode: MentionLinker.Mode(rawValue: site.config.mentions) ?? .firstPerSection)
        let linked = parallelMap(Array(site.pages.indices), jobs: jobs) { index in
            linker.link(site.pages[index], at: index)
        }
        diagnostics += linked.flatMap(\.2)
        let mentions = linked.map(\.1)

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

        self.init(config: site.config, pages: linked.map(\.0), graph: graph, mentions: mentions, backlinks: backlinks,
                  related: related, vendors: vendors, listPages: listPages, catalog: catalog, templates: site.templates,
                  copies: site.copies, diagnostics: diagnostics, linker: linker, pageProblems: linked.map(\.2))
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
    static func outputCollisions(_ copies: [FileCopy], pages: [PageSource], listings: [ListPage]) -> [Diagnostic] {
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

/// Links one page against the rest of the site: checks its figures, expands
/// its `models` blocks, links its mentions and resolves its links. Kept with
/// the linked site so that the preview can relink one edited page without
/// relinking the others.
public struct PageLinker: Sendable {
    let sources: [PageSource]
    let matcher: NameMatcher
    let nearMiss: NearMissNames
    let catalog: ModelCatalog
    let targets: LinkTargets
    /// Per page index: a model's place when models are sorted by title.
    let titleRank: [Int]
    let consistency: ConsistencyCheck
    let mode: MentionLinker.Mode

    /// The same linker after model pages' figures changed (names, URLs and
    /// vendors as they were): the catalog and the figure check read the new data.
    func withFigures(of sources: [PageSource], columns: [SiteConfig.DataColumn]) -> PageLinker {
        let indices = catalog.models.map(\.index)
        var models: [Int: PageSource] = [:]
        for i in indices { models[i] = sources[i] }
        let catalog = ModelCatalog(models: indices.map { (index: $0, page: sources[$0]) })
        return PageLinker(sources: sources, matcher: matcher, nearMiss: nearMiss, catalog: catalog,
                          targets: targets, titleRank: titleRank,
                          consistency: ConsistencyCheck(columns: columns, scoreCategories: catalog.scoreCategories,
                                                        matcher: matcher, models: models), mode: mode)
    }

    /// The figure checks alone, on a page's parsed (not yet linked) tree: for
    /// a page whose links and mentions cannot change, only its figures.
    public func figureProblems(_ parsed: Document, path: String) -> [Diagnostic] {
        consistency.check(parsed, path: path)
    }

    /// The linked page, the models it mentions (by title) and its problems.
    public func link(_ parsed: ParsedPage, at index: Int) -> (page: ParsedPage, mentions: [Int], problems: [Diagnostic]) {
        var page = parsed
        let source = page.source
        let root = SitePath.root(from: source.urlPath)
        let sources = sources
        let href = { (model: Int) -> String? in model == index ? nil : root + sources[model].urlPath }
        var problems = consistency.check(page.document, path: source.path)
        for finding in page.document.findings {
            problems.append(Diagnostic(finding.problem, at: SourceLocation(path: source.path, line: finding.position.line,
                                                                           column: finding.position.column)))
        }
        var mentioned: Set<Int> = []
        var document = ModelsBlock.expand(page.document, path: source.path, catalog: catalog, href: href,
                                          mentioned: &mentioned, diagnostics: &problems)
        var mentions = MentionLinker(matcher: matcher, mode: mode, destination: href, nearMiss: nearMiss.isEmpty ? nil : nearMiss)
        document = mentions.link(document)
        mentioned.formUnion(mentions.mentioned)
        for (miss, at) in mentions.misses {
            problems.append(Diagnostic(.nearMissName(written: miss.written, meant: miss.meant, path: sources[miss.value].path),
                                       at: SourceLocation(path: source.path, line: at.line, column: at.column)))
        }
        var links = InternalLinks(resolver: LinkResolver(targets: targets, pageIndex: index, sourcePath: source.path,
                                                         root: root), path: source.path)
        document = links.rewrite(document)
        page.document = document
        let ordered = mentioned.sorted { titleRank[$0] < titleRank[$1] }
        return (page, ordered, problems + links.diagnostics)
    }
}
