import VersusCore

/// Front-matter keys Versus does not know are most often typos
/// (`descripton`, `last_upated`, `tag`, `drafts`, a model's `price`), whose
/// value would silently do nothing. Each is a warning at the key, naming the
/// key meant; keys that templates really use are declared in `site.yml`
/// (`keys: {page: [...], model: [...]}`).
public enum FrontMatterKeys {
    public static func unknown(in page: PageSource, config: SiteConfig) -> [Diagnostic] {
        let isModel = page.model != nil
        var known = PageReader.commonKeys.union(config.pageKeys)
        if isModel { known.formUnion(Model.keys.union(config.modelKeys)) }
        let builtIn = isModel ? PageReader.commonKeys.union(Model.keys) : PageReader.commonKeys
        var out: [Diagnostic] = []
        for (key, location) in page.keyLocations where !known.contains(key) {
            out.append(Diagnostic(
                .unknownKey(key: key, kind: isModel ? .model : .page, meant: Suggestion.closest(to: key, among: builtIn)),
                at: location))
        }
        return out
    }
}
