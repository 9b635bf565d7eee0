import VersusCache
import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown
import VersusPublish
import VersusSearch
import VersusTemplates

/// A build that starts from the last one's record, for the commonest edit:
/// the bodies of some pages changed and nothing else did. Those pages are
/// parsed, linked and rendered again; every other page keeps its output
/// file (linked from the last output, never rendered), its problems and what
/// search knew of it. The listings, feed, sitemap and API stay as they were.
///
/// Sound because of what an edited page is compared on. Other outputs read a
/// page's front matter, its headings' ids, its reading time, its summary and
/// the models it mentions (`PageFacts`); when all of those come out as they
/// were, no other output can change but the search index, which is made
/// again from every page's indexed text. Anything else (a front matter edit,
/// a page added, removed or renamed, a template, site.yml, Public/, another
/// versus or other options) is a full build.
enum CachedBuild {
    /// The outcome, or nil when this change needs a full build. `loadedSite`:
    /// the site as read, once read, for the full build to start from.
    static func run(_ options: BuildOptions, tree: any FileTree, last: BuildRecord, inputs: SiteInputs,
                    clock: inout StageClock, loadedSite: inout LoadedSite?) -> BuildOutcome? {
        guard Set(inputs.stamps.keys) == Set(last.inputs.keys) else { return nil }
        let changed = Set(inputs.stamps.keys.filter { last.inputs[$0] != inputs.stamps[$0] })
        guard changed.allSatisfy({ $0.hasPrefix(ContentLoader.folder + "/") && $0.hasSuffix(".md") }) else { return nil }
        var before: [String: PageFacts] = [:]
        for path in changed {
            guard let bytes = last.pages[path], let facts = PageFacts.decode(bytes), let head = facts.head,
                  head == inputs.heads[path] else { return nil }
            before[path] = facts
        }
        let loaded = clock.time("load") { LoadedSite.load(from: tree, options: options) }
        loadedSite = loaded
        guard Set(loaded.pages.map(\.path)) == Set(last.pages.keys) else { return nil }
        // The unchanged pages' facts, decoded in parallel.
        let unchangedPaths = loaded.pages.map(\.path).filter { !changed.contains($0) }
        let decoded = clock.time("recall") { parallelMap(unchangedPaths, jobs: options.jobs) { last.pages[$0].flatMap(PageFacts.decode) } }
        var facts = before
        for (path, fact) in zip(unchangedPaths, decoded) {
            guard let fact else { return nil }
            facts[path] = fact
        }
        let allFacts = facts
        let parsed = clock.time("parse") { () -> ParsedSite in
            let pages = parallelMap(loaded.pages, jobs: options.jobs) { source -> ParsedPage in
                if changed.contains(source.path) {
                    return ParsedPage(source: source, document: MarkdownParser.parse(source.body, firstLine: source.bodyFirstLine))
                }
                let known = allFacts[source.path]!
                return ParsedPage(source: source, headings: known.headings, words: known.words)
            }
            let (templates, problems) = TemplateSet.compile(loaded.templateSources.map { ($0.path, $0.text) })
            return ParsedSite(config: loaded.config, pages: pages, templates: templates, copies: loaded.copies,
                              diagnostics: loaded.diagnostics + problems)
        }
        var index: [String: Int] = [:]
        for (i, page) in parsed.pages.enumerated() { index[page.source.path] = i }
        var known: [Int: (mentions: [Int], problems: [Diagnostic])] = [:]
        for (path, fact) in facts where !changed.contains(path) {
            let mentions = fact.mentions.compactMap { index[$0] }
            guard mentions.count == fact.mentions.count else { return nil }
            known[index[path]!] = (mentions, fact.linkProblems)
        }
        let linked = clock.time("link") { LinkedSite(linking: parsed, jobs: options.jobs, today: options.today, known: known) }
        // What the rest of the site sees of each edited page must be as it was.
        let minutes = { (words: Int) in ParsedPage.minutes(words: words) }
        let edited = changed.map { index[$0]! }.sorted()
        var after: [String: PageFacts] = [:]
        for (i, fact) in zip(edited, PageFacts.gather(from: linked, heads: inputs.heads, only: edited)) {
            let path = parsed.pages[i].source.path
            guard fact.seenFromOutside(minutes: minutes) == before[path]!.seenFromOutside(minutes: minutes) else { return nil }
            after[path] = fact
        }
        let placed = Set(linked.placedPages)
        var newTerms: [String: PageTerms] = [:]
        let search = linked.config.search ? clock.time("search") { () -> SiteSearch.Files? in
            // The unchanged pages' documents and terms as the cache holds them.
            var documents: [Int: SearchDocument] = [:]
            for (path, fact) in facts where !changed.contains(path) && placed.contains(index[path]!) {
                guard let document = fact.search else { return nil }
                documents[index[path]!] = document
            }
            let order = linked.placedPages
            let keptTerms = parallelMap(order, jobs: options.jobs) { i -> PageTerms? in
                let path = parsed.pages[i].source.path
                return changed.contains(path) ? nil : last.pages[path].flatMap(PageFacts.terms)
            }
            var known: [Int: PageTerms] = [:]
            for (k, (i, terms)) in zip(order, keptTerms).enumerated() where !changed.contains(parsed.pages[i].source.path) {
                guard let terms else { return nil }
                known[k] = terms
            }
            let all = SiteSearch.documents(for: linked, jobs: options.jobs, known: documents)
            let files = SiteSearch.files(documents: all, jobs: options.jobs, known: known)
            for (k, (i, document)) in zip(order, all).enumerated() where changed.contains(parsed.pages[i].source.path) {
                after[parsed.pages[i].source.path]!.search = PageFacts.kept(document)
                if k < files.pages.count { newTerms[parsed.pages[i].source.path] = files.pages[k] }
            }
            return files
        } : nil
        if linked.config.search && search == nil { return nil }
        return clock.time("render") { () -> BuildOutcome in
            let siteView = RenderedSite.siteView(linked, search: search, options: options)
            let toRender = edited.filter(placed.contains)
            let rendered = parallelMap(toRender, jobs: options.jobs) { RenderedSite.render(page: $0, of: linked, siteView: siteView) }
            var diagnostics = linked.diagnostics + RenderedSite.siteProblems(linked, siteView: siteView)
            for (path, fact) in facts where !changed.contains(path) { diagnostics += fact.renderProblems }
            var files = search?.files ?? []
            for (i, result) in zip(toRender, rendered) {
                diagnostics += result.1
                after[parsed.pages[i].source.path]!.renderProblems = result.1
                if let file = result.0 { files.append(file) }
            }
            // Everything else the last build wrote stays, but the old index
            // and what is copied from the site folder again.
            var replaced = Set(files.map(\.path)).union(last.searchFiles).union(loaded.copies.map(\.destination))
            for path in changed { if let output = before[path]?.output { replaced.insert(output) } }
            var pages = last.pages
            for (path, fact) in after { pages[path] = PageFacts.encode(fact, terms: newTerms[path]) }
            var outcome = BuildOutcome(files: files, copies: loaded.copies, kept: last.outputs.keys.filter { !replaced.contains($0) },
                                       pageCount: last.pageCount, diagnostics: diagnostics, pages: pages,
                                       searchFiles: search?.files.map(\.path) ?? [], rebuilt: edited.count)
            outcome.dateHorizon = linked.linker.provenance.horizon(
                of: linked.catalog.models.compactMap { linked.pages[$0.index].source.model }, config: linked.config)
            return outcome
        }
    }
}
