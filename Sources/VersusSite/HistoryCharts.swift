import VersusCharts
import VersusContent

/// The line charts of a model page's history: one for its prices and one
/// for its scores, each drawn when at least one of its figures has two or
/// more dated values. Dates are the categories, oldest first; a figure has
/// no mark before its first known date, and keeps its value until the next.
enum HistoryCharts {
    static func svgs(title: String, model: Model, provenance: Provenance) -> [(title: String, svg: String)] {
        guard !model.history.isEmpty else { return [] }
        var out: [(String, String)] = []
        let prices = ["pricing.input", "pricing.output"].filter { model.figure($0) != nil }
        let scores = model.scores.map { "scores." + $0.category }
        for (name, paths, id, unit) in [("prices", prices, "price-history", "$"), ("scores", scores, "score-history", "")] {
            let timelines = paths.map { (path: $0, points: provenance.timeline($0, of: model).filter { $0.date != nil }) }
                .filter { $0.points.count >= 2 }
            guard !timelines.isEmpty else { continue }
            let dates = Array(Set(timelines.flatMap { $0.points.map(\.date!) })).sorted()
            let series = timelines.map { line -> Chart.Series in
                let values = dates.map { day -> Double? in
                    guard let first = line.points.first?.date, day >= first else { return nil }
                    return line.points.last { $0.date! <= day }?.value
                }
                return Chart.Series(name: ModelField.label(line.path), values: values)
            }
            let chartTitle = "\(title): \(name) over time"
            let chart = Chart(kind: .line, title: chartTitle, xTitle: "date", categories: dates.map(\.description), series: series,
                              unit: unit, yMin: 0, yMax: unit == "$" ? nil : 100)
            out.append((chartTitle, ChartSVG.render(chart, id: id)))
        }
        return out
    }
}
