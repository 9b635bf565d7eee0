/// Points on two numeric axes (price against score), each labelled. Labels
/// are placed greedily beside their point (right, left, above, below); when all
/// four would overlap a label or a point already drawn, the label moves
/// further out with a leader line back to its point.
enum ScatterChart {
    struct Box {
        var x0, y0, x1, y1: Double
        func overlaps(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    }

    static func draw(_ chart: Chart, width: Double, into svg: inout SVG) -> Double {
        let left = 56.0, right = 24.0, bottom = 48.0
        let byWeights = chart.colouredByWeights
        let legend = ChartSVG.legendHeight(chart, left: left, right: width - right)
        let top = legend > 0 ? legend + 8 : 16.0
        let height = (width < 500 ? 320.0 : 380.0) + top - 16
        let xs = chart.points.map(\.x), ys = chart.points.map(\.y)
        let xScale = chart.logScale
            ? Scale.logarithmic(xs, range: (left, width - right))
            : Scale.linear(xs, includeZero: false, fixedMin: nil, fixedMax: nil, range: (left, width - right))
        let yScale = Scale.linear(ys, includeZero: false, fixedMin: chart.yMin, fixedMax: chart.yMax,
                                  range: (height - bottom, top))
        for tick in xScale.ticks {
            let x = xScale.position(tick)
            svg.line(x1: x, y1: top, x2: x, y2: height - bottom, colour: SVG.gridColour)
            svg.text(chart.format(tick), x: x, y: height - bottom + 16, anchor: .middle, size: 12, colour: SVG.mutedColour)
        }
        for tick in yScale.ticks {
            let y = yScale.position(tick)
            svg.line(x1: left, y1: y, x2: width - right, y2: y, colour: SVG.gridColour)
            svg.text(chart.formatY(tick), x: left - 6, y: y + 4, anchor: .end, size: 12, colour: SVG.mutedColour)
        }
        svg.line(x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, colour: SVG.axisColour)
        svg.line(x1: left, y1: top, x2: left, y2: height - bottom, colour: SVG.axisColour)
        svg.text(chart.xTitle + (chart.logScale ? " (log scale)" : ""), x: (left + width - right) / 2, y: height - 8,
                 anchor: .middle, size: 12, colour: SVG.mutedColour)
        svg.text(chart.yTitle, x: 14, y: (top + height - bottom) / 2, anchor: .middle, size: 12, colour: SVG.mutedColour, rotate: -90)

        ChartSVG.drawLegend(chart, left: left, right: width - right, into: &svg)
        let placed = placeLabels(chart.points.map { (xScale.position($0.x), yScale.position($0.y), $0.label) },
                                 bounds: Box(x0: left, y0: top, x1: width - right, y1: height - bottom))
        for (i, point) in chart.points.enumerated() {
            let cx = xScale.position(point.x), cy = yScale.position(point.y)
            let label = "\(point.label): \(chart.xTitle) \(chart.format(point.x)), \(chart.yTitle) \(chart.formatY(point.y))"
            svg.circle(cx: cx, cy: cy, r: chart.emphasised(point.label) ? 6.5 : 5, colour: chart.colour(point.label, series: 0, byWeights: byWeights), label: label,
                       dim: chart.dimmed(point.label))
            let spot = placed[i]
            if spot.leader {
                svg.line(x1: cx, y1: cy, x2: spot.lineX, y2: spot.lineY, colour: SVG.mutedColour, width: 0.8)
            }
            svg.text(point.label, x: spot.x, y: spot.y, anchor: spot.anchor, size: 12,
                     colour: chart.dimmed(point.label) ? SVG.mutedColour : SVG.textColour, bold: chart.emphasised(point.label))
        }
        return height
    }

    struct Placement {
        var x: Double
        var y: Double
        var anchor: SVG.Anchor
        var leader: Bool
        var lineX: Double
        var lineY: Double
    }

    static func placeLabels(_ points: [(x: Double, y: Double, label: String)], bounds: Box) -> [Placement] {
        var taken: [Box] = points.map { Box(x0: $0.x - 6, y0: $0.y - 6, x1: $0.x + 6, y1: $0.y + 6) }
        var result: [Placement] = []
        for point in points {
            let w = SVG.textWidth(point.label, size: 12), h = 12.0
            func box(_ p: Placement) -> Box {
                let x0: Double
                switch p.anchor {
                case .start: x0 = p.x
                case .middle: x0 = p.x - w / 2
                case .end: x0 = p.x - w
                }
                return Box(x0: x0, y0: p.y - h + 2, x1: x0 + w, y1: p.y + 2)
            }
            var candidates: [Placement] = [
                Placement(x: point.x + 8, y: point.y + 4, anchor: .start, leader: false, lineX: 0, lineY: 0),
                Placement(x: point.x - 8, y: point.y + 4, anchor: .end, leader: false, lineX: 0, lineY: 0),
                Placement(x: point.x, y: point.y - 9, anchor: .middle, leader: false, lineX: 0, lineY: 0),
                Placement(x: point.x, y: point.y + 17, anchor: .middle, leader: false, lineX: 0, lineY: 0),
            ]
            for distance in [26.0, 40.0, 56.0] {
                for (dx, dy) in [(1.0, -1.0), (-1.0, -1.0), (1.0, 1.0), (-1.0, 1.0), (0.0, -1.0), (0.0, 1.0)] {
                    let x = point.x + dx * distance, y = point.y + dy * distance * 0.7
                    candidates.append(Placement(x: x + (dx >= 0 ? 2 : -2), y: y + 4, anchor: dx > 0 ? .start : dx < 0 ? .end : .middle,
                                                leader: true, lineX: x, lineY: y))
                }
            }
            let inside = { (b: Box) in b.x0 >= bounds.x0 - 40 && b.x1 <= bounds.x1 + 20 && b.y0 >= bounds.y0 - 12 && b.y1 <= bounds.y1 + 4 }
            let chosen = candidates.first { c in
                let b = box(c)
                return inside(b) && !taken.contains { $0.overlaps(b) }
            } ?? candidates[0]
            taken.append(box(chosen))
            result.append(chosen)
        }
        return result
    }
}
