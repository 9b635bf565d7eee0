import Foundation
import VersusContent
import VersusCore
import VersusPublish
import VersusLinks
import VersusTemplates

/// The `site` half of every template's view model, built once per build and
/// shared by all pages. URLs in it are site paths without a leading slash
/// (`comparisons/x/`); templates write `{{root}}{{url}}`, where `root` is the
/// page's own way back to the site root, so one shared value serves every page.
struct SiteView: Sendable {
    let value: TemplateValue
    /// Page summaries by page index, reused by listings.
    let summaries: [TemplateValue]
    /// Per model page: the pairs it is in (`PairView.byModel`).
    let pairsByModel: [Int: [Int]]

    init(site: LinkedSite, now: Date, jobs: Int, search: TemplateValue = .null) {
        let provenance = site.linker.provenance
        let summaries = parallelMap(Array(site.pages.indices), jobs: jobs) { index in
            Self.summary(site.pages[index].source, index: index, provenance: provenance)
        }
        self.summaries = summaries
        pairsByModel = PairView.byModel(site.pairs)
        var collections: [String: TemplateValue] = [:]
        for (section, indices) in site.graph.sections {
            collections[section.isEmpty ? "pages" : section] = .list(indices.map { summaries[$0] })
        }
        let rank = site.graph.rank
        let listed = site.graph.sections.values.joined().sorted { rank[$0] < rank[$1] }
        let comparisons = listed.filter { site.pages[$0].source.type == "comparison" }
        let models = listed.filter { site.pages[$0].source.model != nil }
        let tags: [TemplateValue] = site.graph.tags.values.sorted { $0.slug < $1.slug }.map { tag in
            ["name": .text(tag.name), "slug": .text(tag.slug), "count": .int(tag.pages.count), "url": .text("tags/\(tag.slug)/")]
        }
        let vendors: [TemplateValue] = site.vendors.map { vendor in
            ["name": .text(vendor.name), "slug": .text(vendor.slug), "url": .text("vendors/\(vendor.slug)/"),
             "count": .int(vendor.models.count)]
        }
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now).year ?? 1970
        var fields: [String: TemplateValue] = [
            "title": .text(site.config.title),
            "base_url": .text(site.config.baseURL),
            "language": .text(site.config.language),
            "collections": .object(collections),
            // By type, in whatever section: a site may keep its models in grinders/.
            "comparisons": .list(comparisons.map { summaries[$0] }),
            "models": .list(models.map { summaries[$0] }),
            "has_comparisons": .bool(!comparisons.isEmpty),
            "has_models": .bool(!models.isEmpty),
            "tags": .list(tags),
            "has_tags": .bool(!tags.isEmpty),
            "vendors": .list(vendors),
            "year": .int(year),
            "generator": .text("Versus \(Versus.version)"),
            "params": ViewValue.convert(site.config.params),
            "search": search,
        ]
        // The feed exists where the site has an absolute base_url (see Publishing).
        if site.config.baseURL.contains("://") { fields["feed"] = .text(Publishing.feed) }
        if let changes = site.listPages.first(where: { $0.kind == .changes }) {
            fields["changes_url"] = .text(changes.urlPath)
            if site.config.baseURL.contains("://") { fields["changes_feed"] = .text(Publishing.changesFeed) }
        }
        if let compare = site.listPages.first(where: { $0.kind == .pairs }) { fields["compare_url"] = .text(compare.urlPath) }
        if let description = site.config.description { fields["description"] = .text(description) }
        value = .object(fields)
    }

    /// What listings show of a page.
    /// A page as other pages show it. It carries its page's index under
    /// `TemplateRead.pageKey`, so that a render records which fields of which
    /// pages it read (the preview re-renders exactly those readers).
    static func summary(_ page: PageSource, index: Int, provenance: Provenance) -> TemplateValue {
        var summary: [String: TemplateValue] = [
            TemplateRead.pageKey: .int(index),
            "title": .text(page.title),
            "url": .text(page.urlPath),
            "type": .text(page.type),
            "section": .text(page.section),
            "tags": .list(page.tags.map { ["name": .text($0), "slug": .text(Slug.make($0)), "url": .text("tags/\(Slug.make($0))/")] }),
            "has_tags": .bool(!page.tags.isEmpty),
        ]
        if let description = page.description { summary["description"] = .text(description) }
        if let day = page.lastUpdated {
            summary["last_updated"] = .text(day.description)
            summary["last_updated_long"] = .text(day.longForm)
        }
        if let model = page.model {
            // The model's data is marked too, so reads inside it are recorded
            // field by field (`model.price_input`), not as the whole object.
            var view = ModelView.value(model, provenance: provenance)
            if case .object(var fields) = view {
                fields[TemplateRead.pageKey] = .int(index)
                fields[TemplateRead.scopeKey] = "model"
                view = .object(fields)
            }
            summary["model"] = view
            // What the models listing's filter box matches beyond the cells.
            summary["words"] = .text(ModelsBlock.words(page))
        }
        return .object(summary)
    }
}

/// Front matter values as templates read them.
enum ViewValue {
    static func convert(_ value: YAMLValue) -> TemplateValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .text(NumberFormat.plain(d))
        case .string(let s): return .text(s)
        case .list(let items): return .list(items.map(convert))
        case .map(let entries): return convert(entries)
        }
    }

    static func convert(_ entries: [YAMLEntry]) -> TemplateValue {
        var out: [String: TemplateValue] = [:]
        for entry in entries { out[entry.key] = convert(entry.value) }
        return .object(out)
    }
}
