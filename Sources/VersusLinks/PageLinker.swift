import VersusContent
import VersusCore
import VersusMarkdown

/// Links one page against the rest of the site: checks its figures, expands
/// its `models` blocks, links its mentions and resolves its links. Kept with
/// the linked site so that the preview can relink one edited page without
/// relinking the others.
public struct PageLinker: Sendable {
    public let sources: [PageSource]
    let matcher: NameMatcher
    let nearMiss: NearMissNames
    public let catalog: ModelCatalog
    let targets: LinkTargets
    /// Per page index: a model's place when models are sorted by title.
    let titleRank: [Int]
    let consistency: ConsistencyCheck
    let mode: MentionLinker.Mode
    /// Sources, dates and history of the figures, with the build's date.
    public let provenance: Provenance
    /// Setup pages by title, and the workload calculators cost.
    var setups: [Int] = []
    var workload = Workload()

    /// The same linker after model pages' figures changed (names, URLs and
    /// vendors as they were): the catalog and the figure check read the new data.
    public func withFigures(of sources: [PageSource], columns: [SiteConfig.DataColumn]) -> PageLinker {
        let indices = catalog.models.map(\.index)
        var models: [Int: PageSource] = [:]
        for i in indices { models[i] = sources[i] }
        let catalog = ModelCatalog(models: indices.map { (index: $0, page: sources[$0]) })
        return PageLinker(sources: sources, matcher: matcher, nearMiss: nearMiss, catalog: catalog,
                          targets: targets, titleRank: titleRank,
                          consistency: ConsistencyCheck(columns: columns, scoreCategories: catalog.scoreCategories,
                                                        matcher: matcher, models: models, provenance: provenance),
                          mode: mode, provenance: provenance, setups: setups, workload: workload)
    }

    /// The same linker with other link targets (every pair, once known).
    func with(targets: LinkTargets) -> PageLinker {
        PageLinker(sources: sources, matcher: matcher, nearMiss: nearMiss, catalog: catalog, targets: targets,
                   titleRank: titleRank, consistency: consistency, mode: mode, provenance: provenance, setups: setups,
                   workload: workload)
    }

    /// What a model page's sources and dates get wrong: unknown sources,
    /// stale or future dates, history out of order (`Provenance`), and a
    /// source's site path that is no page. Asked afresh on every build (it
    /// depends on the day) and after each edit of the model in the preview.
    public func modelProblems(at index: Int) -> [Diagnostic] {
        guard let model = sources[index].model else { return [] }
        return provenance.problems(of: sources[index])
            + SiteLinks.sourceLinks(model.sources, sourcePath: sources[index].path, pageIndex: index, targets: targets)
    }

    /// The linked page, the models it mentions (by title) and its problems.
    /// `reads`: the model fields its output and problems depend on: those its
    /// `models` blocks read and those its hand-written figures were checked
    /// against.
    public func link(_ parsed: ParsedPage, at index: Int)
        -> (page: ParsedPage, mentions: [Int], problems: [Diagnostic], reads: Set<FieldRead>) {
        var page = parsed
        let source = page.source
        let root = SitePath.root(from: source.urlPath)
        let sources = sources
        let href = { (model: Int) -> String? in model == index ? nil : root + sources[model].urlPath }
        var reads: Set<FieldRead> = []
        var marks: [ConsistencyCheck.Mark] = []
        var problems = consistency.check(page.document, path: source.path, date: source.lastUpdated, reads: &reads, marks: &marks)
        for finding in page.document.findings {
            problems.append(Diagnostic(finding.problem, at: SourceLocation(path: source.path, line: finding.position.line,
                                                                           column: finding.position.column)))
        }
        var mentioned: Set<Int> = []
        let marked = ConsistencyCheck.apply(marks, to: page.document) { model in href(model) ?? "" }
        var document = ModelsBlock.expand(marked, path: source.path, catalog: catalog, href: href,
                                          mentioned: &mentioned, diagnostics: &problems, reads: &reads)
        let models = catalog.models.map(\.index).sorted { titleRank[$0] < titleRank[$1] }
        document = CalculatorBlock.expand(document, path: source.path, sources: sources, models: models, setups: setups,
                                          workload: workload, href: href, diagnostics: &problems,
                                          reads: &reads)
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
        return (page, ordered, problems + links.diagnostics, reads)
    }
}
