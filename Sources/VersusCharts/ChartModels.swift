import VersusContent
import VersusCore
import VersusLinks

/// Ties a chart's labels to the site's models: a label that is a model's title
/// or alias takes the model's weights (so its bar is coloured open or
/// proprietary), and `highlight` names, which may be titles or aliases, become
/// the labels the chart shows. A highlight that names nothing in the chart is
/// a warning, since the reader would see no emphasis.
public enum ChartModels {
    public static func apply(to chart: inout Chart, catalog: ModelCatalog, at location: SourceLocation) -> [Diagnostic] {
        var byName: [String: (title: String, weights: Model.Weights?)] = [:]
        for (_, page) in catalog.models {
            guard let model = page.model else { continue }
            for name in [page.title] + model.aliases { byName[name.lowercased()] = (page.title, model.weights) }
        }
        let labels = chart.labels
        for label in labels {
            if let weights = byName[label.lowercased()]?.weights { chart.weights[label] = weights }
        }
        var warnings: [Diagnostic] = []
        var highlighted: [String] = []
        for name in chart.highlight {
            let model = byName[name.lowercased()]?.title.lowercased()
            let matches = labels.filter { label in
                label.lowercased() == name.lowercased() || (model != nil && byName[label.lowercased()]?.title.lowercased() == model)
            }
            if matches.isEmpty {
                let shown = labels.prefix(8).joined(separator: ", ") + (labels.count > 8 ? ", …" : "")
                warnings.append(.warning("highlight '\(name)' is not in this chart (it shows: \(shown))", at: location))
            }
            highlighted += matches
        }
        chart.highlight = highlighted
        return warnings
    }
}
