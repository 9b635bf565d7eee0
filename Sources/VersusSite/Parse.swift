import VersusCore
import VersusLinks
import VersusMarkdown
import VersusTemplates

extension ParsedSite {
    /// Parses every body once (cmark-gfm, serialised inside `MarkdownParser`;
    /// the copy into Swift values runs in parallel) and compiles the templates.
    /// `known`: trees already parsed from the same body, by page path (the preview's cache).
    public init(parsing site: LoadedSite, jobs: Int, known: [String: Document] = [:]) {
        let pages = parallelMap(site.pages, jobs: jobs) { source in
            ParsedPage(source: source, document: known[source.path] ?? MarkdownParser.parse(source.body, firstLine: source.bodyFirstLine))
        }
        let (templates, templateDiagnostics) = TemplateSet.compile(site.templateSources.map { ($0.path, $0.text) })
        self.init(config: site.config, pages: pages, templates: templates, copies: site.copies,
                  diagnostics: site.diagnostics + templateDiagnostics)
    }
}
