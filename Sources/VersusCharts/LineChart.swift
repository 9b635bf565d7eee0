/// A figure over an ordered x (dates, versions): one line per series, a dot
/// at each value, the values written when there are few enough to read.
enum LineChart {
    static func draw(_ chart: Chart, width: Double, into svg: inout SVG) -> Double {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let multi = chart.series.count > 1
        let left = 16.0 + max(SVG.textWidth(chart.format(values.max() ?? 0), size: 12), 24)
        let right = 24.0
        let top = max(24.0, ChartSVG.legendHeight(chart, left: left, right: width - right) + 16)
        let count = max(1, chart.categories.count)
        let step = count > 1 ? (width - left - right) / Double(count - 1) : 0
        let longest = chart.categories.map { SVG.textWidth($0) }.max() ?? 0
        let slanted = count > 1 && longest > step - 4
        let bottom = slanted ? min(140, longest * 0.72 + 24) : 34
        let plotHeight = 220.0
        let scale = Scale.linear(values, includeZero: false, fixedMin: chart.yMin, fixedMax: chart.yMax,
                                 range: (top + plotHeight, top))
        ChartSVG.drawLegend(chart, left: left, right: width - right, into: &svg)
        ChartSVG.valueAxis(scale, chart: chart, from: left, to: width - right, into: &svg)
        let x = { (i: Int) in count > 1 ? left + step * Double(i) : (left + width - right) / 2 }
        for (c, category) in chart.categories.enumerated() {
            if slanted {
                svg.text(category, x: x(c), y: top + plotHeight + 14, anchor: .end, bold: chart.emphasised(category), rotate: -40)
            } else {
                svg.text(category, x: x(c), y: top + plotHeight + 20, anchor: .middle, bold: chart.emphasised(category))
            }
        }
        let labelled = count * chart.series.count <= 24
        for (s, series) in chart.series.enumerated() {
            let points = series.values.enumerated().compactMap { i, v in v.map { (x(i), scale.position($0)) } }
            if points.count > 1 { svg.polyline(points, colour: SVG.seriesColour(s)) }
            for (i, value) in series.values.enumerated() {
                guard let value, i < chart.categories.count else { continue }
                let label = "\(chart.categories[i])\(multi ? ", \(series.name)" : ""): \(chart.format(value))"
                svg.circle(cx: x(i), cy: scale.position(value), r: 4, colour: SVG.seriesColour(s), label: label,
                           dim: chart.dimmed(chart.categories[i]))
                if labelled || i == series.values.count - 1 {
                    svg.text(chart.format(value), x: x(i), y: scale.position(value) - 9, anchor: .middle, size: 12)
                }
            }
        }
        svg.line(x1: left, y1: top + plotHeight, x2: width - right, y2: top + plotHeight, colour: SVG.axisColour)
        return top + plotHeight + bottom
    }
}
