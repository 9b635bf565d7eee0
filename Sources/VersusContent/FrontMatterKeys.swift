import VersusCore

/// Front-matter keys Versus does not know are most often typos
/// (`descripton`, `last_upated`, `tag`, `drafts`, a model's `price`), whose
/// value would silently do nothing. Each is a warning at the key, naming the
/// key meant (among the built-in keys and those the site declares); keys of
/// the site's own are declared in `site.yml` (`keys: {page: [...], model: [...]}`).
public enum FrontMatterKeys {
    /// The keys a page (and a model page) may carry on this site: built once
    /// per build, not per page.
    public static func known(_ config: SiteConfig) -> (page: Set<String>, model: Set<String>) {
        let page = PageReader.commonKeys.union(config.pageKeys)
        return (page, page.union(Model.keys).union(config.modelKeys))
    }

    public static func unknown(in page: PageSource, known: (page: Set<String>, model: Set<String>)) -> [Diagnostic] {
        let isModel = page.model != nil
        // A model or a setup is no pair's page: `compare` there would move it.
        let allowed = isModel ? known.model.subtracting(["compare"])
            : page.setup != nil ? known.page.union(Setup.keys).subtracting(["compare"]) : known.page
        var out: [Diagnostic] = []
        for (key, location) in page.keyLocations where !allowed.contains(key) {
            if key == "compare" {
                out.append(Diagnostic(.compareNotHere(kind: isModel ? "model" : "setup"), at: location))
                continue
            }
            out.append(Diagnostic(
                .unknownKey(key: key, kind: isModel ? .model : .page, meant: Suggestion.closest(to: key, among: allowed)),
                at: location))
        }
        return out
    }
}
