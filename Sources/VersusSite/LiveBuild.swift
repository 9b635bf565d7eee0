import Foundation
import VersusCharts
import VersusContent
import VersusCore
import VersusPublish
import VersusLinks
import VersusMarkdown
import VersusTemplates

/// The site as the preview holds it, rebuilt after each save from what
/// changed. It keeps every stage's last result so that a save redoes only what
/// that save can affect:
///
/// - an article or model page whose front matter, heading ids and mentioned
///   models did not change (typing in its body) is read, parsed, linked and
///   rendered alone: nothing any other page shows of it has changed;
/// - a template change renders every page again from the linked site;
/// - a changed file under Public/ or beside an article is read again alone;
/// - anything else (front matter, a new or deleted page, site.yml) runs the
///   whole build, reusing the reads and parse trees of the files that did not
///   change.
///
/// Not thread-safe: one rebuild at a time, which is how the preview calls it.
public final class LiveBuild: @unchecked Sendable {
    public enum Change: String, Sendable {
        /// Only stylesheets changed: a page can swap them without reloading.
        case styles
        /// Pages or files changed: open pages reload.
        case pages
        /// Nothing the site serves changed.
        case none
    }

    /// What one rebuild did.
    public struct Outcome: Sendable {
        /// Every problem of the site as it now stands, sorted; warnings are
        /// errors under `strict`.
        public var diagnostics: [Diagnostic]
        /// Output paths whose bytes changed or that appeared or went away.
        public var changedPaths: Set<String>
        public var change: Change
        /// How the rebuild went: `pages` (the fast path), `templates`, `files` or `full`.
        public var path: String
        /// Pages rendered by this rebuild.
        public var rendered: Int
        public var seconds: Double
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public let options: BuildOptions
    let tree: any FileTree
    /// Everything the site serves but the search index: output path → bytes.
    public private(set) var files: [String: [UInt8]] = [:]
    private var reads: [String: PageRead] = [:]
    /// Parse trees by page path, with the body they came from.
    private var trees: [String: (body: String, document: Document)] = [:]
    private var linked: LinkedSite?
    private var rendered: RenderedSite?
    private var copySources: [String: String] = [:]

    /// Site paths the pages use for the search index; `SearchJob` publishes
    /// under the same names, so a page rendered before the index was rebuilt
    /// still finds it.
    public static let searchManifest = "search/manifest.json"

    /// The path of the site's base_url, as last built.
    public var basePath: String { linked?.config.basePath ?? "/" }
    public static let searchScript = "search/search.js"

    public init(options: BuildOptions, tree: (any FileTree)? = nil) {
        self.options = options
        self.tree = options.siteTree(tree)
    }

    /// Rebuilds after the files at `changed` (site-relative paths) changed;
    /// nil means unknown, which reads everything again.
    public func rebuild(changed: Set<String>? = nil) -> Outcome {
        let start = DispatchTime.now().uptimeNanoseconds
        let before = files
        var outcome: (path: String, rendered: Int)
        var changedPaths: Set<String> = []
        if let changed, linked != nil, let fast = rebuildInPlace(changed) {
            outcome = (fast.path, fast.rendered)
            // Only the files the fast path wrote can differ.
            for path in fast.touched where before[path] != files[path] { changedPaths.insert(path) }
        } else {
            outcome = ("full", fullRebuild(changed: changed))
            for (path, bytes) in files where before[path] != bytes { changedPaths.insert(path) }
            for path in before.keys where files[path] == nil { changedPaths.insert(path) }
        }
        let change: Change = changedPaths.isEmpty ? .none
            : changedPaths.allSatisfy({ $0.hasSuffix(".css") }) ? .styles : .pages
        var diagnostics = rendered?.diagnostics ?? []
        if options.strict { diagnostics = diagnostics.strict() }
        return Outcome(diagnostics: diagnostics.sortedByLocation(), changedPaths: changedPaths, change: change,
                       path: outcome.path, rendered: outcome.rendered,
                       seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// The search index of the site as it now stands, to be built off the
    /// rebuild's path (it is the slowest stage and pages do not wait for it).
    public func searchJob() -> SearchJob? {
        guard let linked, linked.config.search else { return nil }
        // One thread: the other core stays free for the next rebuild.
        return SearchJob(site: linked, jobs: 1)
    }

    // MARK: - Full

    private func fullRebuild(changed: Set<String>?) -> Int {
        var known = reads
        if let changed { for path in changed { known[path] = nil } } else { known = [:] }
        let loaded = LoadedSite.load(from: tree, options: options, known: known)
        reads = loaded.reads
        var reuse: [String: Document] = [:]
        for page in loaded.pages {
            if let cached = trees[page.path], cached.body == page.body { reuse[page.path] = cached.document }
        }
        let bodies = Dictionary(loaded.pages.map { ($0.path, $0.body) }, uniquingKeysWith: { a, _ in a })
        let parsed = ParsedSite(parsing: loaded, jobs: options.jobs, known: reuse)
        var newTrees: [String: (body: String, document: Document)] = [:]
        for page in parsed.pages { newTrees[page.source.path] = (bodies[page.source.path] ?? "", page.document) }
        trees = newTrees
        let site = LinkedSite(linking: parsed, jobs: options.jobs, today: options.today)
        linked = site
        let copies = readCopies(site.copies, changed: changed)
        return render(site, copies: copies)
    }

    /// Renders `indices` in parallel, replacing each page's render problems
    /// and, where its bytes changed, its file.
    private func renderPages(_ indices: [Int], of site: LinkedSite, view: SiteView, result: inout RenderedSite,
                             output: inout [String: [UInt8]], touched: inout Set<String>) {
        let pageFiles = parallelMap(indices, jobs: options.jobs) { index in
            RenderedSite.render(page: index, of: site, siteView: view, recording: true)
        }
        for (index, (file, problems, reads)) in zip(indices, pageFiles) {
            result.pageReads[index] = reads
            result.diagnostics.remove(result.pageProblems[index] ?? [])
            result.diagnostics += problems
            result.pageProblems[index] = problems.isEmpty ? nil : problems
            if let file, output[file.path] != file.contents {
                output[file.path] = file.contents
                touched.insert(file.path)
            }
        }
    }

    /// What the pages are told about the search index: stable names.
    private func searchFiles(_ site: LinkedSite) -> SiteSearch.Files? {
        site.config.search ? SiteSearch.Files(files: [], manifest: Self.searchManifest, script: Self.searchScript) : nil
    }

    /// The model fields of `models` that differ between two versions of the pages.
    static func changedFields(of models: Set<Int>, before: [PageSource], after: [PageSource], paths: Set<String>,
                              provenance: Provenance) -> Set<FieldRead> {
        var changed: Set<FieldRead> = []
        for model in models {
            for path in paths where ModelField.value(path, of: before[model])?.display != ModelField.value(path, of: after[model])?.display
                || timeline(path, before[model], provenance) != timeline(path, after[model], provenance) {
                changed.insert(FieldRead(model: model, field: path))
            }
        }
        return changed
    }

    /// What the dated figures check reads of a figure besides its value: its
    /// history and dates.
    static func timeline(_ path: String, _ page: PageSource, _ provenance: Provenance) -> [Provenance.Point] {
        guard let model = page.model, !model.history.isEmpty else { return [] }
        return provenance.timeline(path, of: model)
    }

    /// The summary fields of `pages` that differ between two site views.
    static func changedFields(of pages: Set<Int>, before: SiteView, after: SiteView) -> Set<TemplateRead> {
        var changed: Set<TemplateRead> = []
        for page in pages {
            guard case .object(let old) = before.summaries[page], case .object(let new) = after.summaries[page] else { continue }
            for key in Set(old.keys).union(new.keys) where old[key] != new[key] {
                // An object marked with its own scope changed inside: the
                // fields that changed, not the whole object (which is still there).
                if case .object(let a)? = old[key], case .object(let b)? = new[key], case .text(let scope)? = a[TemplateRead.scopeKey] {
                    for inner in Set(a.keys).union(b.keys) where a[inner] != b[inner] {
                        changed.insert(TemplateRead(page: page, key: scope + "." + inner))
                    }
                } else {
                    changed.insert(TemplateRead(page: page, key: key))
                }
            }
        }
        return changed
    }

    /// A page's front matter without a model's figures (and the description
    /// and extra keys that listings and blocks may show): what the links,
    /// listings and URLs of the whole site are built from. Nil for other pages.
    static func shape(_ source: PageSource) -> PageSource? {
        guard var model = source.model else { return nil }
        var source = source
        model.weights = nil
        model.license = nil
        model.parameters = nil
        model.released = nil
        model.pricing = nil
        model.scores = []
        model.hardware = nil
        model.extras = []
        // Sources, dates and history reach the model's own page, the pages
        // whose figures check reads them (through `changedFields`), the API
        // and /changes/: the figures path below follows them.
        model.asOf = nil
        model.source = nil
        model.sources = []
        model.notes = [:]
        model.history = []
        source.model = model
        source.description = nil
        source.params = []
        return source
    }

    /// Whether a fenced block with this info string is anywhere in the tree.
    static func has(_ document: Document, block info: String) -> Bool {
        document.containsBlock { $0.isFence(info) }
    }

    /// Renders every page of `site` and makes `files` the result.
    private func render(_ site: LinkedSite, copies: [String: [UInt8]]) -> Int {
        let result = RenderedSite(rendering: site, search: searchFiles(site), options: options, recording: true)
        rendered = result
        var output = copies
        for file in result.files { output[file.path] = file.contents }
        files = output
        return result.pageCount
    }

    /// Copied files by output path, read again only where changed.
    private func readCopies(_ copies: [FileCopy], changed: Set<String>?) -> [String: [UInt8]] {
        var output: [String: [UInt8]] = [:]
        var sources: [String: String] = [:]
        for copy in copies {
            sources[copy.destination] = copy.source
            if let changed, !changed.contains(copy.source), copySources[copy.destination] == copy.source,
               let bytes = files[copy.destination] {
                output[copy.destination] = bytes
            } else if let bytes = try? tree.read(copy.source) {
                output[copy.destination] = bytes
            }
        }
        copySources = sources
        return output
    }

    // MARK: - In place

    /// The fast paths; nil when the change needs the whole build.
    private func rebuildInPlace(_ changed: Set<String>) -> (path: String, rendered: Int, touched: Set<String>)? {
        guard var site = linked, var result = rendered, let siteView = result.siteView else { return nil }
        // An editor's temporary file that came and went changes nothing.
        let copied = Set(copySources.values)
        // A folder that went away with files the site knew (moved out of
        // the site) needs the whole build.
        for path in changed where !tree.exists(path) {
            let inside = path + "/"
            if reads.keys.contains(where: { $0.hasPrefix(inside) }) || copied.contains(where: { $0.hasPrefix(inside) }) { return nil }
        }
        let changed = changed.filter { path in
            tree.exists(path) || reads[path] != nil || copied.contains(path) || path.hasPrefix(TemplateSet.folder + "/")
                || path == SiteConfig.path
        }
        let pages = changed.filter { $0.hasPrefix(ContentLoader.folder + "/") && $0.hasSuffix(".md") }
        let templates = changed.filter { $0.hasPrefix(TemplateSet.folder + "/") }
        let others = changed.subtracting(pages).subtracting(templates)
        // Files published as they are: only edits of files already published.
        for path in others {
            guard copied.contains(path), tree.exists(path) else { return nil }
        }
        var pageIndex: [String: Int] = [:]
        for (index, page) in site.pages.enumerated() { pageIndex[page.source.path] = index }
        var edits: [(index: Int, read: PageRead, page: ParsedPage, body: String)] = []
        // Model pages whose figures changed, and nothing else of their front matter.
        var figures: Set<Int> = []
        for path in pages {
            guard let index = pageIndex[path], site.placedPages.contains(index) else { return nil }
            let read = ContentLoader.read(path, from: tree)
            guard let source = read.page, options.includeDrafts || !source.draft else { return nil }
            let page = ParsedPage(source: source, document: MarkdownParser.parse(source.body, firstLine: source.bodyFirstLine))
            let old = site.pages[index]
            // What other pages show of this one must be as it was, but for a
            // model's figures, which the data path below follows.
            guard page.headings.map(\.id) == old.headings.map(\.id) else { return nil }
            if page.source != old.source {
                guard old.source.model != nil, let shape = Self.shape(page.source), shape == Self.shape(old.source) else { return nil }
                // Score categories are site-wide (their spelling check, the
                // score columns of the figures check): a new one needs the whole build.
                guard page.source.model?.scores.map(\.category) == old.source.model?.scores.map(\.category),
                      page.source.model?.scores.map(\.location) == old.source.model?.scores.map(\.location) else { return nil }
                figures.insert(index)
            }
            edits.append((index, read, page, source.body))
        }
        var relink: [Int: ParsedPage] = [:]
        for edit in edits { relink[edit.index] = edit.page }
        var linker = site.linker
        var changedFields: Set<FieldRead> = []
        if !figures.isEmpty {
            var sources = linker.sources
            for edit in edits { sources[edit.index] = edit.page.source }
            let old = linker
            linker = linker.withFigures(of: sources, columns: site.config.dataColumns)
            // A pair of `compare.all` comes and goes with the figures its filter reads.
            if let filters = site.config.compare.all {
                var ignored: [Diagnostic] = []
                guard Pairs.select(filters, catalog: old.catalog, diagnostics: &ignored)
                        == Pairs.select(filters, catalog: linker.catalog, diagnostics: &ignored) else { return nil }
            }
            changedFields = Self.changedFields(of: figures, before: old.sources, after: sources,
                                               paths: Set(old.catalog.knownPaths).union(linker.catalog.knownPaths),
                                               provenance: linker.provenance)
            // Only pages whose link read a field that changed, as recorded
            // when they were linked, are linked again: their `models` blocks
            // and the marks and checks of their hand-written figures.
            for index in site.pages.indices where relink[index] == nil {
                guard let tree = trees[site.pages[index].source.path] else { return nil }
                let reads = index < site.blockReads.count ? site.blockReads[index] : nil
                if let reads, reads.isDisjoint(with: changedFields) { continue }
                var page = site.pages[index]
                page.document = tree.document
                relink[index] = page
            }
        }
        let oldLinker = site.linker
        let relinkLinker = linker
        let order = relink.keys.sorted()
        let toLink = order.map { (index: $0, page: relink[$0]!) }
        let results = parallelMap(toLink, jobs: options.jobs) { item in relinkLinker.link(item.page, at: item.index) }
        var relinked: [(index: Int, page: ParsedPage, mentions: [Int], problems: [Diagnostic], reads: Set<FieldRead>)] = []
        for (index, result) in zip(order, results) {
            guard result.mentions == site.mentions[index] else { return nil }
            relinked.append((index, result.page, result.mentions, result.problems, result.reads))
        }

        // What the edited pages were, for the publishing files below.
        var before: [Int: ParsedPage] = [:]
        for edit in edits {
            var old = site.pages[edit.index]
            if let tree = trees[old.source.path] { old.document = tree.document }
            before[edit.index] = old
        }

        // From here on the change is committed.
        var path = "files"
        var count = 0
        var touched: Set<String> = []
        var templateChange: (old: TemplateSet, diagnostics: [Diagnostic])?
        if !templates.isEmpty {
            let (templateSources, problems) = LoadedSite.templates(from: tree)
            let sources = templateSources.map { ($0.path, $0.text) }
            let (set, found) = TemplateSet.compile(sources)
            templateChange = (site.templates, problems + found)
            site.templates = set
            site.diagnostics = site.diagnostics.filter { !$0.location.path.hasPrefix(TemplateSet.folder + "/") } + problems + found
        }
        for edit in edits {
            let old = reads[edit.read.page!.path]?.diagnostics ?? []
            site.diagnostics.remove(old)
            site.diagnostics += edit.read.diagnostics
            result.diagnostics.remove(old)
            result.diagnostics += edit.read.diagnostics
            reads[edit.read.page!.path] = edit.read
            trees[edit.read.page!.path] = (edit.body, edit.page.document)
        }
        if !figures.isEmpty {
            site.linker = linker
            site.catalog = linker.catalog
        }
        // The edited models' sources and dates, checked again.
        for index in figures {
            let before = oldLinker.modelProblems(at: index)
            let after = linker.modelProblems(at: index)
            guard before != after else { continue }
            site.diagnostics.remove(before)
            result.diagnostics.remove(before)
            site.diagnostics += after
            result.diagnostics += after
        }
        // Early cutoff: a page linked again whose tree came out as it was
        // (its block's order and rows did not change) needs no new render.
        var relinkedChanged: Set<Int> = []
        for link in relinked where site.pages[link.index].document != link.page.document {
            relinkedChanged.insert(link.index)
        }
        for link in relinked {
            site.diagnostics.remove(site.pageProblems[link.index])
            result.diagnostics.remove(site.pageProblems[link.index])
            site.diagnostics += link.problems
            result.diagnostics += link.problems
            site.pages[link.index] = link.page
            site.pageProblems[link.index] = link.problems
            if link.index < site.blockReads.count { site.blockReads[link.index] = link.reads }
        }
        linked = site
        var output = files
        for copy in others {
            if let destination = copySources.first(where: { $0.value == copy })?.key, let bytes = try? tree.read(copy) {
                output[destination] = bytes
                touched.insert(destination)
            }
        }
        if let change = templateChange, change.old.names == site.templates.names, relinked.isEmpty {
            // The same templates, some edited: render the pages whose
            // template reaches an edited one through partials and parents.
            let edited = Set(templates.map(TemplateSet.name(ofPath:)))
            let uses = { (name: String) in edited.contains { site.templates.includes(name, edited: $0) } }
            let pagesToRender = site.placedPages.filter { RenderedSite.template(for: $0, of: site).map(uses) == true }
            let listsToRender = site.listPages.filter { $0.kind.templates.first(where: site.templates.has).map(uses) == true }
            let frozen = site
            renderPages(pagesToRender, of: frozen, view: siteView, result: &result, output: &output, touched: &touched)
            let renderedLists = parallelMap(listsToRender, jobs: options.jobs) { list in
                RenderedSite.render(list: list, of: frozen, siteView: siteView, recording: true)
            }
            for (list, rendered) in zip(listsToRender, renderedLists) { result.listReads[list.urlPath] = rendered.reads }
            var extras = renderedLists.compactMap(\.file)
            if uses(RenderedSite.notFoundTemplate), let notFound = RenderedSite.renderNotFound(of: frozen, siteView: siteView) {
                extras.append(notFound)
            }
            for file in extras where output[file.path] != file.contents {
                output[file.path] = file.contents
                touched.insert(file.path)
            }
            result.diagnostics = result.diagnostics.filter { !$0.location.path.hasPrefix(TemplateSet.folder + "/") }
                + change.diagnostics + TemplateNames.check(frozen.templates, view: siteView)
            count = pagesToRender.count + listsToRender.count
            rendered = result
            files = output
            path = "templates"
        } else if !templates.isEmpty {
            let before = files
            files = output
            count = render(site, copies: output.filter { copySources[$0.key] != nil })
            path = "templates"
            for (path, bytes) in files where before[path] != bytes { touched.insert(path) }
            for path in before.keys where files[path] == nil { touched.insert(path) }
        } else if !relinked.isEmpty {
            var view = siteView
            // Pages whose own document changed: the edited ones and those
            // whose `models` blocks were expanded again. Pages relinked only
            // to check their figures keep their HTML unless they show the data.
            var pagesToRender = Set(edits.map(\.index))
            var chartCandidates: [Int] = []
            var listsToRender: [ListPage] = []
            if !figures.isEmpty {
                // What changed, field by field, in the summaries of the edited
                // models (what other pages can show of them), and whose weights
                // changed (what charts colour by).
                view = RenderedSite.siteView(site, search: searchFiles(site), options: options)
                result.siteView = view
                let changed = Self.changedFields(of: figures, before: siteView, after: view)
                let weights = Set(figures.filter { oldLinker.sources[$0].model?.weights != site.pages[$0].source.model?.weights })
                // Re-render exactly the outputs that read what changed, as
                // recorded while they were rendered; pages linked again whose
                // tree changed (a `models` block's rows) show new tables.
                // A written pair page shows both models' figures side by
                // side; a setup page sets every model's prices against its cost.
                let pricesChanged = changedFields.contains { $0.field.hasPrefix("pricing.") }
                let pairPages = Set(site.pairs.filter { !figures.isDisjoint(with: $0.models) }.compactMap(\.page))
                for index in site.placedPages {
                    guard let reads = result.pageReads[index] else {
                        pagesToRender.insert(index)
                        continue
                    }
                    let showsEdited = pairPages.contains(index) || (pricesChanged && site.pages[index].source.setup != nil)
                    if !reads.fields.isDisjoint(with: changed) || relinkedChanged.contains(index) || showsEdited {
                        pagesToRender.insert(index)
                    } else if !reads.charts.fields.isDisjoint(with: changedFields) || !reads.charts.weights.isDisjoint(with: weights) {
                        chartCandidates.append(index)
                    }
                }
                // `/changes/` reads the models' histories, not their summaries.
                listsToRender = site.listPages.filter { list in
                    switch list.kind {
                    case .changes: return true
                    // A pair page reads both models whole: their figures
                    // aligned, its chart, its costs; /compare/ only titles.
                    case .pair: return !figures.isDisjoint(with: list.items)
                    case .pairs: return false
                    default: return result.listReads[list.urlPath].map { !$0.isDisjoint(with: changed) } ?? true
                    }
                }
                // Pages that read the changed fields only through their charts:
                // their charts are worked out again (not drawn), and only pages
                // whose chart data came out different are rendered.
                let frozenForCharts = site
                let previousReads = result.pageReads
                let previousProblems = result.pageProblems
                let redrawn = parallelMap(chartCandidates, jobs: options.jobs) { index -> Bool in
                    let page = frozenForCharts.pages[index]
                    var problems: [Diagnostic] = []
                    var reads = ChartBlock.Reads()
                    _ = ChartBlock.expand(page.document, path: page.source.path, catalog: frozenForCharts.catalog,
                                          diagnostics: &problems, reads: &reads, draw: false)
                    return reads.drawn != previousReads[index]?.charts.drawn || problems != (previousProblems[index] ?? [])
                }
                for (index, changes) in zip(chartCandidates, redrawn) where changes { pagesToRender.insert(index) }
            }
            let renderView = view
            let frozen = site
            let order = pagesToRender.sorted()
            renderPages(order, of: frozen, view: renderView, result: &result, output: &output, touched: &touched)
            let listFiles = parallelMap(listsToRender, jobs: options.jobs) { list in
                RenderedSite.render(list: list, of: frozen, siteView: renderView, recording: true)
            }
            for (list, rendered) in zip(listsToRender, listFiles) { result.listReads[list.urlPath] = rendered.reads }
            for file in listFiles.compactMap(\.file) {
                output[file.path] = file.contents
                touched.insert(file.path)
            }
            count = order.count + listsToRender.count
            // The sitemap, feed and API read front matter, figures, reading
            // times and (for pages without a description) first paragraphs:
            // a body edit that changes neither leaves them as they are.
            let bodyOnly = figures.isEmpty && edits.allSatisfy { edit in
                let old = before[edit.index]!
                return old.readingMinutes == edit.page.readingMinutes
                    && Publishing.summary(old) == Publishing.summary(edit.page)
            }
            var extras = bodyOnly ? [] : Publishing.files(for: frozen.published, now: options.now)
            if !figures.isEmpty, let notFound = RenderedSite.renderNotFound(of: frozen, siteView: renderView) { extras.append(notFound) }
            for file in extras where output[file.path] != file.contents {
                output[file.path] = file.contents
                touched.insert(file.path)
            }
            rendered = result
            files = output
            path = figures.isEmpty ? "pages" : "figures"
        } else {
            files = output
        }
        return (path, count, touched)
    }
}

/// The search index of one state of the site, built apart from the rebuild.
public struct SearchJob: Sendable {
    let site: LinkedSite
    let jobs: Int

    /// Output path → bytes, the manifest and client under the names the pages use.
    public func run() -> [String: [UInt8]] {
        let search = SiteSearch.files(for: site, jobs: jobs)
        var files: [String: [UInt8]] = [:]
        for file in search.files {
            switch file.path {
            case search.manifest: files[LiveBuild.searchManifest] = file.contents
            case search.script: files[LiveBuild.searchScript] = file.contents
            default: files[file.path] = file.contents
            }
        }
        return files
    }
}

extension Array where Element == Diagnostic {
    /// Removes one occurrence of each of `items`.
    mutating func remove(_ items: [Diagnostic]) {
        for item in items {
            if let index = lastIndex(of: item) { self.remove(at: index) }
        }
    }
}
