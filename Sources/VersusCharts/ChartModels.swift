import VersusContent
import VersusLinks

/// Ties a chart's labels to the site's models: a label that is a model's title
/// or alias takes the model's weights (so its bar is coloured open or
/// proprietary), and `highlight` names, which may be titles or aliases, become
/// the labels the chart shows. The names that match nothing in the chart are
/// returned, for a diagnostic (the reader would see no emphasis). Pure: no
/// diagnostics are made here, so this file does not depend on their API.
public enum ChartModels {
    /// `read`: the models whose weights the chart now shows (for the preview's
    /// recorded dependencies).
    @discardableResult
    public static func apply(to chart: inout Chart, catalog: ModelCatalog, read: inout Set<Int>) -> [String] {
        var byName: [String: (title: String, weights: Model.Weights?, index: Int)] = [:]
        for (index, page) in catalog.models {
            guard let model = page.model else { continue }
            for name in [page.title] + model.aliases { byName[name.lowercased()] = (page.title, model.weights, index) }
        }
        let labels = chart.labels
        for label in labels {
            guard let found = byName[label.lowercased()] else { continue }
            read.insert(found.index)
            if let weights = found.weights { chart.weights[label] = weights }
        }
        var unmatched: [String] = []
        var highlighted: [String] = []
        for name in chart.highlight {
            let model = byName[name.lowercased()]?.title.lowercased()
            let matches = labels.filter { label in
                label.lowercased() == name.lowercased() || (model != nil && byName[label.lowercased()]?.title.lowercased() == model)
            }
            if matches.isEmpty { unmatched.append(name) }
            highlighted += matches
        }
        chart.highlight = highlighted
        return unmatched
    }

    @discardableResult
    public static func apply(to chart: inout Chart, catalog: ModelCatalog) -> [String] {
        var read: Set<Int> = []
        return apply(to: &chart, catalog: catalog, read: &read)
    }
}
