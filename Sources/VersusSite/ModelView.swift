import VersusContent
import VersusCore
import VersusTemplates

/// A model's data as templates show it: figures already formatted, a row
/// list for the data table, and flags so templates never test values.
/// Absent data is absent, never empty text.
enum ModelView {
    static func value(_ model: Model, provenance: Provenance) -> TemplateValue {
        var view: [String: TemplateValue] = [:]
        var facts: [TemplateValue] = []
        let cite = Citations(model, provenance: provenance)
        func fact(_ label: String, _ value: String?, figure path: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var row: [String: TemplateValue] = ["label": .text(label), "value": .text(value)]
            if let path { cite.mark(path, into: &row) }
            facts.append(.object(row))
        }
        if let vendor = model.vendor {
            view["vendor"] = .text(vendor)
            if !Slug.make(vendor).isEmpty { view["vendor_url"] = .text("vendors/\(Slug.make(vendor))/") }
        }
        if let weights = model.weights {
            view["weights"] = .text(weights.rawValue)
            view["weights_label"] = .text(weights.label)
            view["is_open"] = .bool(weights == .open)
        }
        fact("Vendor", model.vendor)
        fact("Weights", model.weights?.label)
        fact("License", model.license)
        fact("Parameters", model.parameters)
        fact("Released", model.released?.longForm)
        if let input = model.pricing?.input {
            view["price_input"] = .text("$" + NumberFormat.money(input))
            fact("Input price", "$" + NumberFormat.money(input) + " per million tokens", figure: "pricing.input")
        }
        if let output = model.pricing?.output {
            view["price_output"] = .text("$" + NumberFormat.money(output))
            fact("Output price", "$" + NumberFormat.money(output) + " per million tokens", figure: "pricing.output")
        }
        fact("Hardware", model.hardware)
        // The site's own numeric keys are figures too, cited and dated.
        for extra in model.extras { fact(ModelField.label(extra.key), NumberFormat.plain(extra.value), figure: extra.key) }
        fact("Also known as", model.aliases.isEmpty ? nil : model.aliases.joined(separator: ", "))
        if let license = model.license { view["license"] = .text(license) }
        if let parameters = model.parameters { view["parameters"] = .text(parameters) }
        if let hardware = model.hardware { view["hardware"] = .text(hardware) }
        view["aliases"] = .list(model.aliases.map { .text($0) })
        view["facts"] = .list(facts)
        view["scores"] = .list(model.scores.map { score in
            var row: [String: TemplateValue] = [
                "category": .text(score.category), "label": .text(label(score.category)),
                "value": .text(NumberFormat.plain(score.value)),
                "percent": .text(NumberFormat.plain(min(100, max(0, score.value)))),
                "is_best": .bool(score.value == model.scores.map(\.value).max()),
            ]
            cite.mark("scores." + score.category, into: &row)
            return .object(row)
        })
        view["has_scores"] = .bool(!model.scores.isEmpty)
        let figures = keyFigures(model, cite: cite)
        cite.summary(into: &view)
        view["key_figures"] = .list(figures)
        view["has_key_figures"] = .bool(!figures.isEmpty)
        let details = facts.filter { fact in
            guard case .object(let row) = fact, case .text(let label)? = row["label"] else { return true }
            return !keyFigureLabels.contains(label)
        }
        view["details"] = .list(details)
        view["has_details"] = .bool(!details.isEmpty)
        return .object(view)
    }

    /// The facts the key figures already show, left out of `details`.
    static let keyFigureLabels: Set<String> = ["Weights", "License", "Released", "Input price", "Output price"]

    /// What a reader comparing models looks for first, in a compact strip at
    /// the top of the page: prices, the best score, weights, license, release.
    /// Each is a `label`, a `value` and an optional `note` (the unit or the
    /// category); a figure the model lacks is left out, never shown empty.
    static func keyFigures(_ model: Model, cite: Citations) -> [TemplateValue] {
        var out: [TemplateValue] = []
        func add(_ label: String, _ value: String?, note: String? = nil, figure path: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var row: [String: TemplateValue] = ["label": .text(label), "value": .text(value)]
            if let note { row["note"] = .text(note) }
            if let path { cite.mark(path, into: &row) }
            out.append(.object(row))
        }
        add("Input", model.pricing?.input.map { "$" + NumberFormat.money($0) }, note: "per M tokens", figure: "pricing.input")
        add("Output", model.pricing?.output.map { "$" + NumberFormat.money($0) }, note: "per M tokens", figure: "pricing.output")
        if let best = model.scores.max(by: { $0.value < $1.value }) {
            add("Best score", NumberFormat.plain(best.value), note: label(best.category), figure: "scores." + best.category)
        }
        add("Weights", model.weights?.label)
        add("License", model.license)
        add("Released", model.released?.longForm)
        return out
    }

    /// `swe_bench` → `Swe bench`; `math` → `Math`.
    static func label(_ key: String) -> String {
        let words = String(key.map { $0 == "_" ? " " : $0 })
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
