/// Vertical bars, grouped when there are several series: one group per
/// category, the value written above each bar. Long or many category labels
/// are slanted on a wide drawing so they never overlap; on a narrow one the
/// chart is drawn as horizontal bars instead (`ChartSVG.forNarrow`).
enum BarChart {
    static let right = 12.0

    static func left(_ chart: Chart) -> Double {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        return 16.0 + max(SVG.textWidth(chart.format(values.max() ?? 0), size: 12), 24)
    }

    /// Whether the category labels are too long for their slot at `width`.
    static func needsSlant(_ chart: Chart, width: Double) -> Bool {
        let slot = (width - left(chart) - right) / Double(max(1, chart.categories.count))
        let longest = chart.categories.map { SVG.textWidth($0) }.max() ?? 0
        return longest > slot - 4
    }

    static func draw(_ chart: Chart, width: Double, into svg: inout SVG) -> Double {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let multi = chart.series.count > 1
        let byWeights = chart.colouredByWeights
        let count = max(1, chart.categories.count)
        let left = left(chart)
        let legend = ChartSVG.legendHeight(chart, left: left, right: width - right)
        let top = max(24.0, legend + 16)
        let slot = (width - left - right) / Double(count)
        let longest = chart.categories.map { SVG.textWidth($0) }.max() ?? 0
        let slanted = needsSlant(chart, width: width)
        let bottom = slanted ? min(140, longest * 0.72 + 24) : 34
        let plotHeight = 220.0
        let height = top + plotHeight + bottom
        let scale = Scale.linear(values, includeZero: true, fixedMin: chart.yMin, fixedMax: chart.yMax,
                                 range: (top + plotHeight, top))
        ChartSVG.drawLegend(chart, left: left, right: width - right, into: &svg)
        ChartSVG.valueAxis(scale, chart: chart, from: left, to: width - right, into: &svg)
        let baseline = scale.position(max(scale.domainMin, min(0, scale.domainMax)))
        let group = slot * 0.78
        let barWidth = group / Double(max(1, chart.series.count))
        for (c, category) in chart.categories.enumerated() {
            let groupLeft = left + slot * Double(c) + (slot - group) / 2
            let dim = chart.dimmed(category)
            for (s, series) in chart.series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let x = groupLeft + barWidth * Double(s)
                let y = scale.position(value)
                let label = "\(category)\(multi ? ", \(series.name)" : ""): \(chart.format(value))"
                svg.rect(x: x + 1, y: min(y, baseline), width: barWidth - 2, height: abs(baseline - y),
                         colour: chart.colour(category, series: s, byWeights: byWeights), label: label, dim: dim)
                let text = chart.format(value)
                if barWidth >= SVG.textWidth(text, size: 12) + 2 {
                    svg.text(text, x: x + barWidth / 2, y: min(y, baseline) - 5, anchor: .middle, size: 12)
                } else {
                    svg.text(text, x: x + barWidth / 2 + 4, y: min(y, baseline) - 5, anchor: .start, size: 12, rotate: -90)
                }
            }
            let cx = left + slot * (Double(c) + 0.5)
            let bold = chart.emphasised(category)
            if slanted {
                svg.text(category, x: cx, y: top + plotHeight + 14, anchor: .end, size: 13, colour: SVG.textColour, bold: bold, rotate: -40)
            } else {
                svg.text(category, x: cx, y: top + plotHeight + 20, anchor: .middle, size: 13, colour: SVG.textColour, bold: bold)
            }
        }
        svg.line(x1: left, y1: baseline, x2: width - right, y2: baseline, colour: SVG.axisColour)
        return height
    }
}
