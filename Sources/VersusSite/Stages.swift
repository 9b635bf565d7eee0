import VersusContent
import VersusCore
import VersusCharts
import VersusPublish
import VersusLinks
import VersusMarkdown
import VersusTemplates

/// What `load` read: the settings, every page's front matter and body, the
/// template sources and the files to copy. Nothing is parsed yet.
public struct LoadedSite: Sendable {
    public var config: SiteConfig
    public var pages: [PageSource]
    public var templateSources: [TemplateSource]
    /// Files copied as they are: (source path relative to the root, output path).
    public var copies: [FileCopy]
    public var diagnostics: [Diagnostic]
    /// Every Markdown file's read, by path (see `ContentLoader.load`).
    public var reads: [String: PageRead] = [:]
}

public struct TemplateSource: Sendable {
    public var path: String
    public var text: String
}

/// Every body parsed once and every template compiled.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    public var pages: [ParsedPage]
    public var templates: TemplateSet
    public var copies: [FileCopy]
    public var diagnostics: [Diagnostic]
}

/// The pages with their places in the site and their ties to each other:
/// URLs, sections, tags, mentions of models and their backlinks, related
/// articles, vendors, and the listing pages nobody writes. Documents now hold
/// resolved links and expanded `models` blocks.
public struct LinkedSite: Sendable {
    public var config: SiteConfig
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
    public var templates: TemplateSet
    public var copies: [FileCopy]
    /// Every problem found so far, `pageProblems` included.
    public var diagnostics: [Diagnostic]
    /// Relinks one page against this site (the preview's fast path).
    public var linker: PageLinker
    /// Per page: the problems linking it found.
    public var pageProblems: [[Diagnostic]]
    /// Per page: the model fields its link read (`models` blocks, figure checks).
    public var blockReads: [Set<FieldRead>] = []
    /// The pairs of models with a page, in URL order.
    public var pairs: [Pair] = []
}

extension LinkedSite {
    /// What publishing reads of this site.
    var published: PublishedSite {
        PublishedSite(config: config, pages: pages, graph: graph, listPages: listPages, catalog: catalog,
                      backlinks: backlinks, mentions: mentions, copies: copies, provenance: linker.provenance, pairs: pairs)
    }

    /// The pages that own their URL (a duplicate's second page is not written).
    var placedPages: [Int] {
        pages.indices.filter { graph.pageAtURL[pages[$0].source.urlPath] == $0 }
    }
}

/// Every output file's bytes, ready to be written in one go.
public struct RenderedSite: Sendable {
    public var files: [OutputFile]
    public var copies: [FileCopy]
    public var pageCount: Int
    public var diagnostics: [Diagnostic]
    /// Per page index: the problems rendering it found (a subset of `diagnostics`).
    var pageProblems: [Int: [Diagnostic]] = [:]
    /// Per page index and per listing URL: what rendering it read of other
    /// pages (kept only when rendering for the preview).
    var pageReads: [Int: PageReads] = [:]
    var listReads: [String: Set<TemplateRead>] = [:]
    /// The shared half of every view model, kept for re-rendering one page.
    var siteView: SiteView?

    public init(files: [OutputFile], copies: [FileCopy], pageCount: Int, diagnostics: [Diagnostic]) {
        self.files = files
        self.copies = copies
        self.pageCount = pageCount
        self.diagnostics = diagnostics
    }
}

/// What rendering one page read of the rest of the site: fields of other
/// pages' summaries (through its template) and the model data its charts
/// drew. A change of a model's figures re-renders the pages that read what
/// changed, and no others.
struct PageReads: Sendable, Equatable {
    var fields: Set<TemplateRead> = []
    var charts = ChartBlock.Reads()
}
