/// VersusContent owns the site's input as an editor wrote it: `site.yml`
/// (`SiteConfig`), the pages under `Content/` with their front matter
/// (`PageSource`), the typed data of model pages (`Model`), and where each
/// figure comes from, when it was true and what it was before (`Provenance`,
/// `FigureSource`, `HistoryEntry`). It reads text
/// and YAML and checks types; it knows nothing of Markdown, links or HTML.
public enum VersusContentModule {}
