import VersusContent
import VersusCore

/// A small writer for the SVG the charts draw: numbers to one decimal, text
/// escaped, colours as CSS custom properties with a fallback so a chart
/// still reads on a page without the site's stylesheet.
struct SVG {
    private(set) var out = ""

    static func n(_ value: Double) -> String {
        let r = (value * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// Text in SVG is escaped as in HTML (`&`, `<`, `>`, `"`).
    static func escape(_ text: String) -> String { HTML.escape(text) }

    /// Series colours cycle through the site's four chart colours.
    static func seriesColour(_ index: Int) -> String {
        let fallbacks = ["#2563c4", "#c2570c", "#0f8a5f", "#a3408f"]
        let i = index % fallbacks.count
        return "var(--series-\(i + 1),\(fallbacks[i]))"
    }

    /// Open weights and proprietary marks: the same pair on every chart.
    static func weightsColour(_ weights: Model.Weights) -> String {
        weights == .open ? "var(--weights-open,#13804a)" : "var(--weights-proprietary,#6b46c1)"
    }

    static let textColour = "var(--fg,#1b1f27)"
    static let mutedColour = "var(--muted,#5a6272)"
    static let axisColour = "var(--axis,#5a6272)"
    static let gridColour = "var(--grid,#e4e7ec)"

    mutating func raw(_ text: String) { out += text }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: String, width: Double = 1, dash: Bool = false) {
        out += "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" style=\"stroke:\(colour);stroke-width:\(Self.n(width))\(dash ? ";stroke-dasharray:3 3" : "")\"/>\n"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, colour: String, label: String? = nil, dim: Bool = false) {
        out += "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" rx=\"2\" style=\"fill:\(colour)\(dim ? ";opacity:0.35" : "")\""
        if let label { out += "><title>\(Self.escape(label))</title></rect>\n" } else { out += "/>\n" }
    }

    mutating func circle(cx: Double, cy: Double, r: Double, colour: String, label: String? = nil, dim: Bool = false) {
        out += "<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" style=\"fill:\(colour);stroke:var(--bg,#fff);stroke-width:1.5\(dim ? ";opacity:0.35" : "")\""
        if let label { out += "><title>\(Self.escape(label))</title></circle>\n" } else { out += "/>\n" }
    }

    mutating func polyline(_ points: [(Double, Double)], colour: String) {
        let coordinates = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        out += "<polyline points=\"\(coordinates)\" style=\"fill:none;stroke:\(colour);stroke-width:2.5;stroke-linejoin:round\"/>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 13,
                       colour: String = SVG.textColour, bold: Bool = false, rotate: Double? = nil) {
        out += "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(Self.n(size))\""
        if bold { out += " font-weight=\"bold\"" }
        if let rotate { out += " transform=\"rotate(\(Self.n(rotate)) \(Self.n(x)) \(Self.n(y)))\"" }
        out += " style=\"fill:\(colour)\">\(Self.escape(content))</text>\n"
    }

    /// Rough width of a label in pixels at `size`, for layout: no font metrics
    /// exist at build time, so this errs wide.
    static func textWidth(_ text: String, size: Double = 13) -> Double {
        Double(text.count) * size * 0.58
    }
}
