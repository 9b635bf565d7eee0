/// Vertical bars, grouped when there are several series: one group per
/// category, the value written above each bar. Long or many category labels
/// are slanted so they never overlap.
enum BarChart {
    static func draw(_ chart: Chart, into svg: inout SVG) -> Double {
        let width = ChartSVG.width
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let multi = chart.series.count > 1
        let count = max(1, chart.categories.count)
        let top = multi ? 44.0 : 24.0
        let left = 16.0 + max(SVG.textWidth(chart.format(values.max() ?? 0), size: 12), 24)
        let right = 12.0
        let slot = (width - left - right) / Double(count)
        let longest = chart.categories.map { SVG.textWidth($0) }.max() ?? 0
        let slanted = longest > slot - 4
        let bottom = slanted ? min(140, longest * 0.72 + 24) : 34
        let plotHeight = 220.0
        let height = top + plotHeight + bottom
        let scale = Scale.linear(values, includeZero: true, fixedMin: chart.yMin, fixedMax: chart.yMax,
                                 range: (top + plotHeight, top))
        if multi { ChartSVG.legend(chart.series.map(\.name), y: 18, into: &svg, left: left) }
        ChartSVG.valueAxis(scale, chart: chart, from: left, to: width - right, into: &svg)
        let baseline = scale.position(max(scale.domainMin, min(0, scale.domainMax)))
        let group = slot * 0.78
        let barWidth = group / Double(max(1, chart.series.count))
        for (c, category) in chart.categories.enumerated() {
            let groupLeft = left + slot * Double(c) + (slot - group) / 2
            for (s, series) in chart.series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let x = groupLeft + barWidth * Double(s)
                let y = scale.position(value)
                let label = "\(category)\(multi ? ", \(series.name)" : ""): \(chart.format(value))"
                svg.rect(x: x + 1, y: min(y, baseline), width: barWidth - 2, height: abs(baseline - y),
                         colour: SVG.seriesColour(s), label: label)
                let text = chart.format(value)
                if barWidth >= SVG.textWidth(text, size: 12) + 2 {
                    svg.text(text, x: x + barWidth / 2, y: min(y, baseline) - 5, anchor: .middle, size: 12)
                } else {
                    svg.text(text, x: x + barWidth / 2 + 4, y: min(y, baseline) - 5, anchor: .start, size: 11, rotate: -90)
                }
            }
            let cx = left + slot * (Double(c) + 0.5)
            if slanted {
                svg.text(category, x: cx, y: top + plotHeight + 14, anchor: .end, size: 13, colour: SVG.textColour, rotate: -40)
            } else {
                svg.text(category, x: cx, y: top + plotHeight + 20, anchor: .middle, size: 13, colour: SVG.textColour)
            }
        }
        svg.line(x1: left, y1: baseline, x2: width - right, y2: baseline, colour: SVG.axisColour)
        return height
    }
}
