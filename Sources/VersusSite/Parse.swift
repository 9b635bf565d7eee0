import VersusCore
import VersusLinks
import VersusMarkdown
import VersusTemplates

extension ParsedSite {
    /// Parses every body once (cmark-gfm, serialised inside `MarkdownParser`;
    /// the copy into Swift values runs in parallel) and compiles the templates.
    public init(parsing site: LoadedSite, jobs: Int) {
        let pages = parallelMap(site.pages, jobs: jobs) { source in
            ParsedPage(source: source, document: MarkdownParser.parse(source.body, firstLine: source.bodyFirstLine))
        }
        let (templates, templateDiagnostics) = TemplateSet.compile(site.templateSources.map { ($0.path, $0.text) })
        self.init(config: site.config, pages: pages, templates: templates, copies: site.copies,
                  diagnostics: site.diagnostics + templateDiagnostics)
    }
}
