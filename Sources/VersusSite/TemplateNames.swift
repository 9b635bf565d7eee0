import VersusCore
import VersusTemplates

/// Mustache renders a name no view model has as empty text, without a word:
/// `{{page.titel}}` gives every page an empty heading. A `page.…` or
/// `site.…` name that no view model of this site provides, and that is close
/// to one that is provided, is a warning at the template's line naming it.
/// Names with nothing close (an optional key absent from this site) are left
/// alone, and so are `params` and `collections`, whose keys are the site's own.
enum TemplateNames {
    /// What `PageView` adds to a page's summary, for pages and listings alike.
    static let pageKeys: Set<String> = [
        "mentions", "has_mentions", "backlinks", "has_backlinks", "related", "has_related", "vendor_models",
        "has_vendor_models", "content", "permalink", "toc", "has_toc", "reading_minutes", "params", "is_home",
        "kind", "items", "has_items", "section", "description", "last_updated", "last_updated_long", "model",
        "changes", "pair", "pairs", "setup", "words",
    ]
    static let modelKeys: Set<String> = [
        "vendor", "vendor_url", "weights", "weights_label", "is_open", "price_input", "price_output", "license",
        "parameters", "hardware", "aliases", "facts", "scores", "has_scores", "scores_chart",
        "figures_as_of", "figures_as_of_long", "sources", "changes", "history_charts",
    ]
    static let siteKeys: Set<String> = ["feed", "description", "search", "params", "collections", "changes_url", "changes_feed", "compare_url"]

    static func check(_ templates: TemplateSet, view: SiteView) -> [Diagnostic] {
        guard !templates.variables.isEmpty else { return [] }
        var page = pageKeys
        var model = modelKeys
        for summary in view.summaries {
            guard case .object(let fields) = summary else { continue }
            page.formUnion(fields.keys)
            if case .object(let modelFields)? = fields["model"] { model.formUnion(modelFields.keys) }
        }
        var site = siteKeys
        if case .object(let fields) = view.value { site.formUnion(fields.keys) }
        var out: [Diagnostic] = []
        for use in templates.variables {
            let parts = use.name.split(separator: ".").map(String.init)
            guard parts.count >= 2 else { continue }
            var known = parts[0] == "page" ? page : site
            var index = 1
            if parts[0] == "page" && parts[1] == "model" && parts.count >= 3 {
                known = model
                index = 2
            }
            let key = parts[index]
            if known.contains(key) || key.hasPrefix("is_") || key.hasPrefix("has_") { continue }
            guard let meant = Suggestion.closest(to: key, among: known) else { continue }
            let written = parts[0...index].joined(separator: ".")
            let better = (parts[0..<index] + [meant]).joined(separator: ".")
            out.append(Diagnostic(.unknownTemplateVariable(name: written, meant: better),
                                  at: SourceLocation(path: use.path, line: use.line, column: use.column)))
        }
        return out
    }
}
