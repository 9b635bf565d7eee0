import VersusContent
import VersusCore
import VersusLinks
import VersusTemplates

/// A self-hosting setup as its page shows it: the hardware, the rental and
/// purchase figures written out, what it comes to a month, the models it
/// runs (linked), and the volume from which it costs less than each API
/// model, at the site's reference mix (the figures of `CalculatorBlock`).
enum SetupView {
    static func value(_ setup: Setup, linked: LinkedSite) -> TemplateValue {
        let sources = linked.linker.sources
        let workload = linked.config.workload
        var view: [String: TemplateValue] = [:]
        if let hardware = setup.hardware { view["hardware"] = .text(hardware) }
        if let rental = setup.rental { view["rental"] = .text(CostFormat.range(rental) + " a month") }
        if let purchase = setup.purchase { view["purchase"] = .text(CostFormat.money(purchase) + ", paid once") }
        view["monthly"] = .text(CostFormat.monthly(setup, workload: workload))
        var modelAtID: [String: Int] = [:]
        for model in linked.catalog.models { modelAtID[model.page.id] = model.index }
        let ran = setup.runs.compactMap { modelAtID[$0.id] }
        let runs: [TemplateValue] = ran.enumerated().map { place, index in
            ["title": .text(sources[index].title), "url": .text(sources[index].urlPath), "is_last": .bool(place == ran.count - 1)]
        }
        view["runs"] = .list(runs)
        view["has_runs"] = .bool(!runs.isEmpty)
        if let monthly = setup.monthly(amortizeMonths: workload.amortizeMonths) {
            let ordered = CalculatorBlock.byCost(linked.catalog.models.map(\.index), sources: sources, workload: workload)
            let rows: [TemplateValue] = ordered.map { index, _ in
                ["title": .text(sources[index].title), "url": .text(sources[index].urlPath),
                 "break_even": .text(CostFormat.breakEven(monthly, sources[index].model?.pricing, workload: workload))]
            }
            view["break_even"] = .list(rows)
            view["has_break_even"] = .bool(!rows.isEmpty)
            view["mix"] = .text("\(CostFormat.tokens(workload.input)) input to \(CostFormat.tokens(workload.output)) output")
        }
        return .object(view)
    }
}
