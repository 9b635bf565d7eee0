/// Horizontal bars, for long labels and many rows: the label on the left, the
/// value at the end of each bar, an axis of nice ticks below.
enum HBarChart {
    static func draw(_ chart: Chart, into svg: inout SVG) -> Double {
        let width = ChartSVG.width
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let multi = chart.series.count > 1
        let top = multi ? 40.0 : 12.0
        let labelWidth = min(220, (chart.categories.map { SVG.textWidth($0) }.max() ?? 40) + 12)
        let left = labelWidth + 8
        let valueRoom = SVG.textWidth(chart.format(values.max() ?? 0), size: 12) + 10
        let right = 12.0 + valueRoom
        let barHeight = multi ? 14.0 : 18.0
        let rowHeight = barHeight * Double(max(1, chart.series.count)) + 10
        let plotHeight = rowHeight * Double(max(1, chart.categories.count))
        let height = top + plotHeight + 30
        let scale = chart.logScale
            ? Scale.logarithmic(values, range: (left, width - right))
            : Scale.linear(values, includeZero: true, fixedMin: chart.yMin, fixedMax: chart.yMax, range: (left, width - right))
        if multi { ChartSVG.legend(chart.series.map(\.name), y: 18, into: &svg, left: left) }
        for tick in scale.ticks {
            let x = scale.position(tick)
            svg.line(x1: x, y1: top, x2: x, y2: top + plotHeight, colour: SVG.gridColour)
            svg.text(chart.format(tick), x: x, y: top + plotHeight + 16, anchor: .middle, size: 12, colour: SVG.mutedColour)
        }
        let origin = chart.logScale ? scale.position(scale.domainMin) : scale.position(max(scale.domainMin, 0))
        for (c, category) in chart.categories.enumerated() {
            let rowTop = top + rowHeight * Double(c) + 5
            svg.text(category, x: labelWidth, y: rowTop + (rowHeight - 10) / 2 + 4, anchor: .end, size: 13)
            for (s, series) in chart.series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let y = rowTop + barHeight * Double(s)
                let end = scale.position(value)
                let label = "\(category)\(multi ? ", \(series.name)" : ""): \(chart.format(value))"
                svg.rect(x: min(origin, end), y: y + 1, width: abs(end - origin), height: barHeight - 2,
                         colour: SVG.seriesColour(s), label: label)
                svg.text(chart.format(value), x: max(origin, end) + 5, y: y + barHeight / 2 + 4, size: 12)
            }
        }
        svg.line(x1: origin, y1: top, x2: origin, y2: top + plotHeight, colour: SVG.axisColour)
        return height
    }
}
