/// Draws a `Chart` as a `<figure>` holding an accessible inline SVG: `role="img"`,
/// a `<title>` and a `<desc>` sentence that sums the data up for screen readers
/// (the table beside the chart keeps every figure), and a `viewBox` so it scales
/// to any width.
public enum ChartSVG {
    public static let width = 480.0

    /// `id` must be unique in the page (`chart-1`, `chart-2`…).
    public static func render(_ chart: Chart, id: String) -> String {
        var svg = SVG()
        let height: Double
        switch chart.kind {
        case .bar: height = BarChart.draw(chart, into: &svg)
        case .hbar: height = HBarChart.draw(chart, into: &svg)
        case .scatter: height = ScatterChart.draw(chart, into: &svg)
        case .line: height = LineChart.draw(chart, into: &svg)
        }
        var out = "<figure class=\"chart chart-\(chart.kind.rawValue)\">\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        let name = chart.title.isEmpty ? "Chart of \(chart.yTitle.isEmpty ? "values" : chart.yTitle) by \(chart.xTitle)" : chart.title
        out += "<title id=\"\(id)-title\">\(SVG.escape(name))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVG.escape(describe(chart)))</desc>\n"
        out += svg.out
        out += "</svg>\n"
        if !chart.title.isEmpty { out += "<figcaption>\(SVG.escape(chart.title))</figcaption>\n" }
        out += "</figure>\n"
        return out
    }

    /// One or two sentences: what is plotted and the extremes.
    public static func describe(_ chart: Chart) -> String {
        switch chart.kind {
        case .scatter:
            guard let top = chart.points.max(by: { $0.y < $1.y }), let bottom = chart.points.min(by: { $0.y < $1.y }) else {
                return "Scatter plot with no points."
            }
            var s = "Scatter plot of \(chart.yTitle) against \(chart.xTitle) for \(chart.points.count) item\(chart.points.count == 1 ? "" : "s")."
            s += " Highest \(chart.yTitle): \(top.label) (\(chart.format(top.y)) at \(chart.xTitle) \(chart.format(top.x)))"
            if chart.points.count > 1 {
                s += "; lowest: \(bottom.label) (\(chart.format(bottom.y)) at \(chart.xTitle) \(chart.format(bottom.x)))"
            }
            return s + "."
        case .bar, .hbar, .line:
            let kind = chart.kind == .line ? "Line chart" : "Bar chart"
            let names = chart.series.map(\.name)
            var s = "\(kind) of \(list(names)) by \(chart.xTitle), \(chart.categories.count) value\(chart.categories.count == 1 ? "" : "s")\(names.count > 1 ? " each" : "")."
            var cells: [(category: String, series: String, value: Double)] = []
            for series in chart.series {
                for (i, value) in series.values.enumerated() {
                    if let value, i < chart.categories.count { cells.append((chart.categories[i], series.name, value)) }
                }
            }
            if let top = cells.max(by: { $0.value < $1.value }), let bottom = cells.min(by: { $0.value < $1.value }) {
                let who = { (c: (category: String, series: String, value: Double)) in
                    names.count > 1 ? "\(c.category) (\(c.series))" : c.category
                }
                s += " Highest: \(who(top)) at \(chart.format(top.value))"
                if cells.count > 1 { s += "; lowest: \(who(bottom)) at \(chart.format(bottom.value))" }
                s += "."
            }
            return s
        }
    }

    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return "values"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// Horizontal grid lines at each tick of a vertical value axis, labelled on the left.
    static func valueAxis(_ scale: Scale, chart: Chart, from left: Double, to right: Double, into svg: inout SVG) {
        for tick in scale.ticks {
            let y = scale.position(tick)
            svg.line(x1: left, y1: y, x2: right, y2: y, colour: SVG.gridColour)
            svg.text(chart.format(tick), x: left - 6, y: y + 4, anchor: .end, size: 12, colour: SVG.mutedColour)
        }
    }

    /// Colour swatches and names in a row, for charts with several series.
    static func legend(_ names: [String], y: Double, into svg: inout SVG, left: Double) {
        var x = left
        for (i, name) in names.enumerated() {
            svg.rect(x: x, y: y - 10, width: 12, height: 12, colour: SVG.seriesColour(i))
            svg.text(name, x: x + 17, y: y, colour: SVG.textColour)
            x += 17 + SVG.textWidth(name) + 18
        }
    }
}
