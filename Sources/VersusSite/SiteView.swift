import Foundation
import VersusContent
import VersusCore
import VersusLinks

/// The `site` half of every template's view model, built once per build and
/// shared by all pages. URLs in it are site paths without a leading slash
/// (`comparisons/x/`); templates write `{{root}}{{url}}`, where `root` is the
/// page's own way back to the site root, so one shared value serves every page.
struct SiteView: @unchecked Sendable {  // immutable once built; read by every render thread
    let value: [String: Any]
    /// Page summaries by page index, reused by listings.
    let summaries: [[String: Any]]

    init(site: LinkedSite, now: Date) {
        let pages = site.pages
        let summaries = pages.map { Self.summary($0.source) }
        self.summaries = summaries
        var collections: [String: Any] = [:]
        for (section, indices) in site.graph.sections {
            collections[section.isEmpty ? "pages" : section] = indices.map { summaries[$0] }
        }
        let tags = site.graph.tags.values.sorted { $0.slug < $1.slug }.map { tag -> [String: Any] in
            ["name": tag.name, "slug": tag.slug, "count": tag.pages.count, "url": "tags/\(tag.slug)/"]
        }
        let vendors = site.vendors.map { vendor -> [String: Any] in
            ["name": vendor.name, "slug": vendor.slug, "url": "vendors/\(vendor.slug)/", "count": vendor.models.count]
        }
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now).year ?? 1970
        var value: [String: Any] = [
            "title": site.config.title,
            "base_url": site.config.baseURL,
            "language": site.config.language,
            "collections": collections,
            "comparisons": collections["comparisons"] ?? [Any](),
            "models": collections["models"] ?? [Any](),
            "has_models": !(site.graph.sections["models"]?.isEmpty ?? true),
            "tags": tags,
            "has_tags": !tags.isEmpty,
            "vendors": vendors,
            "year": year,
            "generator": "Versus \(Versus.version)",
            "params": ViewValue.convert(site.config.params),
        ]
        // Absent, not empty: Mustache treats "" as true in {{#section}}.
        if let description = site.config.description { value["description"] = description }
        self.value = value
    }

    /// What listings show of a page.
    static func summary(_ page: PageSource) -> [String: Any] {
        var summary: [String: Any] = [
            "title": page.title,
            "url": page.urlPath,
            "type": page.type,
            "section": page.section,
            "tags": page.tags.map { ["name": $0, "slug": Slug.make($0), "url": "tags/\(Slug.make($0))/"] },
            "has_tags": !page.tags.isEmpty,
        ]
        if let description = page.description { summary["description"] = description }
        if let day = page.lastUpdated {
            summary["last_updated"] = day.description
            summary["last_updated_long"] = day.longForm
        }
        if let model = page.model {
            var view = ModelView.value(model)
            if let vendor = model.vendor, !Slug.make(vendor).isEmpty { view["vendor_url"] = "vendors/\(Slug.make(vendor))/" }
            summary["model"] = view
        }
        return summary
    }
}

/// Front matter values as Mustache reads them: text, numbers, booleans, lists
/// and dictionaries.
enum ViewValue {
    static func convert(_ value: YAMLValue) -> Any {
        switch value {
        case .null: return ""
        case .bool(let b): return b
        case .int(let i): return i
        case .double(let d): return NumberFormat.plain(d)
        case .string(let s): return s
        case .list(let items): return items.map(convert)
        case .map(let entries): return convert(entries)
        }
    }

    static func convert(_ entries: [YAMLEntry]) -> [String: Any] {
        var out: [String: Any] = [:]
        for entry in entries { out[entry.key] = convert(entry.value) }
        return out
    }
}
