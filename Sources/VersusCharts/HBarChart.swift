/// Horizontal bars, for long labels and many rows: the label on the left, the
/// value at the end of each bar, an axis of nice ticks below. Labels take at
/// most 40% of a wide drawing and 48% of a narrow one; a longer one is
/// shortened with "…" (the bar's own tooltip and the CSV keep it whole).
enum HBarChart {
    static func draw(_ chart: Chart, width: Double, into svg: inout SVG) -> Double {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let multi = chart.series.count > 1
        let byWeights = chart.colouredByWeights
        let labelWidth = min(width * (width < 500 ? 0.48 : 0.4), (chart.categories.map { SVG.textWidth($0) }.max() ?? 40) + 12 + (chart.markedByWeights ? 14 : 0))
        let left = labelWidth + 8
        let valueRoom = SVG.textWidth(chart.format(values.max() ?? 0), size: 12) + 10
        let right = 12.0 + valueRoom
        let legend = ChartSVG.legendHeight(chart, left: 8, right: width - 8)
        let top = legend > 0 ? legend + 12 : 12.0
        let barHeight = multi ? 14.0 : 18.0
        let rowHeight = barHeight * Double(max(1, chart.series.count)) + 10
        let plotHeight = rowHeight * Double(max(1, chart.categories.count))
        let height = top + plotHeight + 30
        let scale = chart.logScale
            ? Scale.logarithmic(values, range: (left, width - right))
            : Scale.linear(values, includeZero: true, fixedMin: chart.yMin, fixedMax: chart.yMax, range: (left, width - right))
        ChartSVG.drawLegend(chart, left: 8, right: width - 8, into: &svg)
        for tick in scale.ticks {
            let x = scale.position(tick)
            svg.line(x1: x, y1: top, x2: x, y2: top + plotHeight, colour: SVG.gridColour)
            svg.text(chart.format(tick), x: x, y: top + plotHeight + 16, anchor: .middle, size: 12, colour: SVG.mutedColour)
        }
        let origin = chart.logScale ? scale.position(scale.domainMin) : scale.position(max(scale.domainMin, 0))
        for (c, category) in chart.categories.enumerated() {
            let rowTop = top + rowHeight * Double(c) + 5
            let dim = chart.dimmed(category)
            let marker = chart.markedByWeights ? 14.0 : 0
            let labelY = rowTop + (rowHeight - 10) / 2 + 4
            svg.text(fit(category, width: labelWidth - 4 - marker), x: labelWidth - marker, y: labelY, anchor: .end, size: 13,
                     bold: chart.emphasised(category))
            if marker > 0, let weights = chart.weights[category] {
                svg.circle(cx: labelWidth - 4, cy: labelY - 4.5, r: 4.5, colour: SVG.weightsColour(weights))
            }
            for (s, series) in chart.series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let y = rowTop + barHeight * Double(s)
                let end = scale.position(value)
                let label = "\(category)\(multi ? ", \(series.name)" : ""): \(chart.format(value))"
                svg.rect(x: min(origin, end), y: y + 1, width: abs(end - origin), height: barHeight - 2,
                         colour: chart.colour(category, series: s, byWeights: byWeights), label: label, dim: dim)
                svg.text(chart.format(value), x: max(origin, end) + 5, y: y + barHeight / 2 + 4, size: 12)
            }
        }
        svg.line(x1: origin, y1: top, x2: origin, y2: top + plotHeight, colour: SVG.axisColour)
        return height
    }

    /// `label`, shortened with "…" to fit `width` at 13 px.
    static func fit(_ label: String, width: Double) -> String {
        guard SVG.textWidth(label) > width else { return label }
        var short = label
        while !short.isEmpty && SVG.textWidth(short + "…") > width { short.removeLast() }
        return short + "…"
    }
}
