import VersusCharts
import VersusContent

/// The small chart on every model page: its scores as horizontal bars on a
/// fixed 0-100 axis, so two model pages compare at a glance.
enum ModelScoresChart {
    static func svg(title: String, model: Model) -> String {
        let chart = Chart(kind: .hbar, title: "\(title) scores by category", xTitle: "category",
                          categories: model.scores.map { ModelView.label($0.category) },
                          series: [Chart.Series(name: "Score", values: model.scores.map(\.value))],
                          yMin: 0, yMax: 100)
        return ChartSVG.render(chart, id: "scores-chart")
    }
}
