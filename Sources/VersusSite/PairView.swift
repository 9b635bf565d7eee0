import VersusCharts
import VersusContent
import VersusCore
import VersusLinks
import VersusTemplates

/// Two models as a pair page shows them: their figures aligned field by
/// field with the better side marked where the direction is known (a lower
/// price, a higher score), a grouped chart of their scores, what the site's
/// reference workload costs on each and the ratio, the articles that
/// mention both, and each model's other pairs.
enum PairView {
    /// Per model page: the pairs it is in, by index into `pairs`.
    static func byModel(_ pairs: [Pair]) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (index, pair) in pairs.enumerated() {
            out[pair.first, default: []].append(index)
            out[pair.second, default: []].append(index)
        }
        return out
    }

    static func title(_ pair: Pair, _ sources: [PageSource]) -> String {
        sources[pair.first].title + " vs " + sources[pair.second].title
    }

    /// A model's pairs as links named after the other model, by its title.
    static func links(of model: Int, except: Pair? = nil, linked: LinkedSite, byModel: [Int: [Int]]) -> [TemplateValue] {
        let sources = linked.linker.sources
        return (byModel[model] ?? []).map { linked.pairs[$0] }.filter { $0.urlPath != except?.urlPath }
            .map { pair in (other: pair.first == model ? pair.second : pair.first, url: pair.urlPath) }
            .sorted { sources[$0.other].title.lowercased() < sources[$1.other].title.lowercased() }
            .map { ["title": .text(sources[$0.other].title), "url": .text($0.url)] }
    }

    static func value(_ pair: Pair, site: SiteView, linked: LinkedSite, byModel: [Int: [Int]]) -> TemplateValue {
        let sources = linked.linker.sources
        // A written pair page shows its models in the order its editor named them.
        var pair = pair
        if let page = pair.page, sources[page].compare?.first == sources[pair.second].id {
            swap(&pair.first, &pair.second)
        }
        let (a, b) = (sources[pair.first], sources[pair.second])
        guard let x = a.model, let y = b.model else { return .null }
        var view: [String: TemplateValue] = [
            "title": .text(title(pair, sources)), "url": .text(pair.urlPath),
            "first": site.summaries[pair.first], "second": site.summaries[pair.second],
        ]
        let rows = Self.rows(x, y)
        view["rows"] = .list(rows)
        view["has_better"] = .bool(rows.contains { row in
            if case .object(let fields) = row { return fields["first_better"] == true || fields["second_better"] == true }
            return false
        })
        let categories = orderedUnion(x.scores.map(\.category), y.scores.map(\.category))
        if !categories.isEmpty {
            let values = { (m: Model) in categories.map { c in m.scores.first { $0.category == c }?.value } }
            let chart = Chart(kind: .hbar, title: "Scores: \(a.title) and \(b.title) by category", xTitle: "category",
                              categories: categories.map(ModelView.label),
                              series: [Chart.Series(name: a.title, values: values(x)), Chart.Series(name: b.title, values: values(y))],
                              yMin: 0, yMax: 100)
            view["scores_chart"] = .text(ChartSVG.render(chart, id: "pair-scores"))
        }
        let workload = linked.config.workload
        view["workload"] = .text("\(CostFormat.tokens(workload.input)) input and \(CostFormat.tokens(workload.output)) output tokens a month")
        let costs = (workload.monthlyCost(x.pricing), workload.monthlyCost(y.pricing))
        if let first = costs.0 { view["first_cost"] = .text(CostFormat.money(first)) }
        if let second = costs.1 { view["second_cost"] = .text(CostFormat.money(second)) }
        view["has_costs"] = .bool(costs.0 != nil || costs.1 != nil)
        // A model without both prices: its cost is not known, and said so.
        if costs.0 == nil { view["first_cost"] = "no price" }
        if costs.1 == nil { view["second_cost"] = "no price" }
        if let first = costs.0, let second = costs.1 {
            if first == second {
                view["ratio"] = .text("The workload costs the same on both.")
            } else if min(first, second) > 0 {
                let (dear, cheap) = first > second ? (a.title, b.title) : (b.title, a.title)
                view["ratio"] = .text("\(dear) costs \(ratioText(max(first, second) / min(first, second))) as much as \(cheap) for this workload.")
                view["cheaper"] = .text(cheap)
            } else {
                view["ratio"] = .text("\(first == 0 ? a.title : b.title) costs nothing for this workload.")
            }
        }
        let articles = pair.articles(backlinks: linked.backlinks)
        view["articles"] = .list(articles.map { site.summaries[$0] })
        view["has_articles"] = .bool(!articles.isEmpty)
        // Each model's other pairs, the first few: with all pairs of many
        // models, every page listing every other pair would grow the site
        // with the cube of the models. The model's page lists them all.
        for (key, model) in [("first", pair.first), ("second", pair.second)] {
            let others = links(of: model, except: pair, linked: linked, byModel: byModel)
            view[key + "_pairs"] = .list(Array(others.prefix(otherPairsShown)))
            view["has_\(key)_pairs"] = .bool(!others.isEmpty)
            if others.count > otherPairsShown { view[key + "_more"] = .int(others.count - otherPairsShown) }
        }
        view["is_written"] = .bool(pair.page != nil)
        return .object(view)
    }

    /// How many of a model's other pairs a pair page lists.
    static let otherPairsShown = 12

    /// Two significant figures at least: `1.02×`, `8.8×`, `11.5×`, `250×`.
    static func ratioText(_ ratio: Double) -> String {
        let scale = ratio < 2 ? 100.0 : ratio < 100 ? 10.0 : 1.0
        return NumberFormat.plain((ratio * scale).rounded() / scale) + "×"
    }

    /// Both models' figures, field by field: what they are, the shared
    /// scores, then the site's own figures. A field neither model has is left out.
    static func rows(_ x: Model, _ y: Model) -> [TemplateValue] {
        var out: [TemplateValue] = []
        func row(_ label: String, _ first: String?, _ second: String?, better: Int = 0) {
            guard first != nil || second != nil else { return }
            out.append(["label": .text(label), "first": .text(first ?? "—"), "second": .text(second ?? "—"),
                        "first_better": .bool(better < 0), "second_better": .bool(better > 0)])
        }
        /// -1: the first is better, 1: the second, 0: neither or unknown.
        func compare(_ p: Double?, _ q: Double?, higherIsBetter: Bool) -> Int {
            guard let p, let q, p != q else { return 0 }
            return (p > q) == higherIsBetter ? -1 : 1
        }
        row("Vendor", x.vendor, y.vendor)
        row("Weights", x.weights?.label, y.weights?.label)
        row("License", x.license, y.license)
        row("Parameters", x.parameters, y.parameters)
        row("Released", x.released?.longForm, y.released?.longForm)
        let money = { (v: Double?) in v.map(CostFormat.price) }
        row("Input $/M", money(x.pricing?.input), money(y.pricing?.input),
            better: compare(x.pricing?.input, y.pricing?.input, higherIsBetter: false))
        row("Output $/M", money(x.pricing?.output), money(y.pricing?.output),
            better: compare(x.pricing?.output, y.pricing?.output, higherIsBetter: false))
        row("Hardware", x.hardware, y.hardware)
        for category in orderedUnion(x.scores.map(\.category), y.scores.map(\.category)) {
            let p = x.scores.first { $0.category == category }?.value
            let q = y.scores.first { $0.category == category }?.value
            row(ModelView.label(category), p.map(NumberFormat.plain), q.map(NumberFormat.plain),
                better: compare(p, q, higherIsBetter: true))
        }
        for key in orderedUnion(x.extras.map(\.key), y.extras.map(\.key)) {
            let p = x.extras.first { $0.key == key }?.value
            let q = y.extras.first { $0.key == key }?.value
            row(ModelField.label(key), p.map(NumberFormat.plain), q.map(NumberFormat.plain))
        }
        return out
    }

    static func orderedUnion(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set(a)
        var out = a
        for item in b where !seen.contains(item) {
            seen.insert(item)
            out.append(item)
        }
        return out
    }
}
