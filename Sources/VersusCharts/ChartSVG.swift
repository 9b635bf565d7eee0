/// Draws a `Chart` as a `<figure>` holding an accessible inline SVG: `role="img"`,
/// a `<title>` and a `<desc>` sentence that sums the data up for screen readers
/// (the table beside the chart keeps every figure), and a `viewBox` so it scales
/// to any width.
///
/// The chart is drawn twice, for a wide column (desktop) and a narrow one
/// (phone), and the stylesheet shows the one that fits its column (a container
/// query): a single drawing scaled down to a phone sets 12 px labels at 8 px,
/// and bars whose labels do not fit a phone become horizontal bars there.
/// Under the chart, a link offers its numbers as CSV (a `data:` URI, so the
/// static output and the in-memory preview need no extra file).
public enum ChartSVG {
    /// Drawing widths, in CSS pixels at a scale of one: about the text column
    /// on a desktop, and a 390 px phone's column.
    public static let wide = 760.0
    public static let narrow = 350.0
    /// The smallest text a chart draws, before scaling.
    public static let minimumTextSize = 12.0

    /// `id` must be unique in the page (`chart-1`, `chart-2`…).
    public static func render(_ chart: Chart, id: String) -> String {
        var out = "<figure class=\"chart chart-\(chart.kind.rawValue)\">\n"
        out += svg(chart, id: id, width: wide, layout: "wide")
        out += svg(forNarrow(chart), id: id + "-narrow", width: narrow, layout: "narrow")
        out += "<figcaption>"
        if !chart.title.isEmpty { out += "<span class=\"chart-title\">\(SVG.escape(chart.title))</span> " }
        out += "<a class=\"chart-csv\" href=\"\(ChartCSV.dataURI(chart))\" download=\"\(ChartCSV.fileName(chart, id: id))\">Data (CSV)</a>"
        out += "</figcaption>\n</figure>\n"
        return out
    }

    /// The chart as a phone shows it: vertical bars whose labels would have to
    /// be slanted become horizontal bars, where labels read straight.
    public static func forNarrow(_ chart: Chart) -> Chart {
        guard chart.kind == .bar, BarChart.needsSlant(chart, width: narrow) else { return chart }
        var narrowed = chart
        narrowed.kind = .hbar
        return narrowed
    }

    static func svg(_ chart: Chart, id: String, width: Double, layout: String) -> String {
        var svg = SVG()
        let height: Double
        switch chart.kind {
        case .bar: height = BarChart.draw(chart, width: width, into: &svg)
        case .hbar: height = HBarChart.draw(chart, width: width, into: &svg)
        case .scatter: height = ScatterChart.draw(chart, width: width, into: &svg)
        case .line: height = LineChart.draw(chart, width: width, into: &svg)
        }
        var out = "<svg class=\"chart-\(layout)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        let name = chart.title.isEmpty ? "Chart of \(chart.yTitle.isEmpty ? "values" : chart.yTitle) by \(chart.xTitle)" : chart.title
        out += "<title id=\"\(id)-title\">\(SVG.escape(name))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVG.escape(describe(chart)))</desc>\n"
        out += svg.out
        out += "</svg>\n"
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

    /// Colour swatches and names in rows from `left`, wrapping before `right`;
    /// returns the height the legend takes (0 when there is none).
    @discardableResult
    static func legend(_ chart: Chart, y: Double, left: Double, right: Double, into svg: inout SVG?) -> Double {
        let entries = chart.legend
        guard !entries.isEmpty else { return 0 }
        var x = left, row = 0.0
        for entry in entries {
            let w = 17 + SVG.textWidth(entry.name) + 18
            if x > left && x + w - 18 > right { x = left; row += 20 }
            if entry.dot {
                svg?.circle(cx: x + 6, cy: y + row - 4, r: 5, colour: entry.colour)
            } else {
                svg?.rect(x: x, y: y + row - 10, width: 12, height: 12, colour: entry.colour)
            }
            svg?.text(entry.name, x: x + 17, y: y + row, colour: SVG.textColour)
            x += w
        }
        return row + 28
    }

    /// The room a legend takes above the plot.
    static func legendHeight(_ chart: Chart, left: Double, right: Double) -> Double {
        var none: SVG? = nil
        return legend(chart, y: 18, left: left, right: right, into: &none)
    }

    /// Draws the legend at the top of the chart.
    static func drawLegend(_ chart: Chart, left: Double, right: Double, into svg: inout SVG) {
        var some: SVG? = svg
        legend(chart, y: 18, left: left, right: right, into: &some)
        svg = some!
    }
}
