import Foundation
import VersusContent

/// A model's data as templates show it: figures already formatted, a row
/// list for the data table, and flags so templates never test values.
enum ModelView {
    static func value(_ model: Model) -> [String: Any] {
        var view: [String: Any] = [:]
        var facts: [[String: Any]] = []
        func fact(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(["label": label, "value": value]) }
        }
        if let vendor = model.vendor { view["vendor"] = vendor }
        if let weights = model.weights {
            view["weights"] = weights.rawValue
            view["weights_label"] = weights == .open ? "Open weights" : "Proprietary"
            view["is_open"] = weights == .open
        }
        fact("Vendor", model.vendor)
        fact("Weights", model.weights.map { $0 == .open ? "Open" : "Proprietary" })
        fact("License", model.license)
        fact("Parameters", model.parameters)
        fact("Released", model.released?.longForm)
        if let pricing = model.pricing {
            if let input = pricing.input {
                view["price_input"] = "$" + NumberFormat.money(input)
                fact("Input price", "$" + NumberFormat.money(input) + " per million tokens")
            }
            if let output = pricing.output {
                view["price_output"] = "$" + NumberFormat.money(output)
                fact("Output price", "$" + NumberFormat.money(output) + " per million tokens")
            }
        }
        fact("Hardware", model.hardware)
        fact("Also known as", model.aliases.isEmpty ? nil : model.aliases.joined(separator: ", "))
        // Absent rather than empty, so {{#page.model.license}} sections work.
        if let license = model.license { view["license"] = license }
        if let parameters = model.parameters { view["parameters"] = parameters }
        if let hardware = model.hardware { view["hardware"] = hardware }
        view["aliases"] = model.aliases
        view["facts"] = facts
        view["scores"] = model.scores.map { score -> [String: Any] in
            ["category": score.category, "label": label(score.category), "value": NumberFormat.plain(score.value),
             "percent": NumberFormat.plain(min(100, max(0, score.value)))]
        }
        view["has_scores"] = !model.scores.isEmpty
        return view
    }

    /// `swe_bench` → `Swe bench`; `math` → `Math`.
    static func label(_ key: String) -> String {
        let words = key.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
