import VersusCore
import VersusContent

/// What a chart shows, independent of where the numbers came from.
public struct Chart: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case bar, hbar, scatter, line
    }

    public struct Series: Sendable, Equatable {
        public var name: String
        /// One value per category; nil where the source had no number.
        public var values: [Double?]
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public struct Point: Sendable, Equatable {
        public var label: String
        public var x: Double
        public var y: Double
        public init(label: String, x: Double, y: Double) {
            self.label = label
            self.x = x
            self.y = y
        }
    }

    public var kind: Kind
    public var title: String
    /// Axis captions: the x column and the y column(s) as written.
    public var xTitle: String
    public var yTitle: String
    /// For bar, hbar and line: the category labels and one series per y column.
    public var categories: [String]
    public var series: [Series]
    /// For scatter.
    public var points: [Point]
    /// `$`, `%`, `pts` or empty: how values are written on the chart.
    public var unit: String
    /// A scatter chart's y axis has its own unit (a price against a score).
    public var yUnit: String = ""
    public var logScale: Bool
    public var yMin: Double?
    public var yMax: Double?
    /// Open or proprietary, by category (bar, hbar) or point label (scatter),
    /// for the labels that name a model: single-series marks take the colour
    /// of their weights, with a legend.
    public var weights: [String: Model.Weights] = [:]
    /// Labels to emphasise (`highlight: [GLM-5]`): the others are dimmed.
    public var highlight: [String] = []
    /// Where `highlight:` is written, for a name the chart does not show.
    public var highlightLocation: SourceLocation?

    public init(kind: Kind, title: String, xTitle: String = "", yTitle: String = "", categories: [String] = [],
                series: [Series] = [], points: [Point] = [], unit: String = "", logScale: Bool = false,
                yMin: Double? = nil, yMax: Double? = nil) {
        self.kind = kind
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.categories = categories
        self.series = series
        self.points = points
        self.unit = unit
        self.logScale = logScale
        self.yMin = yMin
        self.yMax = yMax
    }

    /// Every labelled mark of the chart: categories, or the scatter's points.
    public var labels: [String] { kind == .scatter ? points.map(\.label) : categories }

    /// True when each mark is coloured by its model's weights: one series (or
    /// a scatter) whose every label names a model with known weights.
    public var colouredByWeights: Bool {
        (kind == .scatter || series.count == 1) && !labels.isEmpty && labels.allSatisfy { weights[$0] != nil }
    }

    /// True when the marks keep their series colours (several series) but every
    /// label names a model: a dot beside each label then tells open from
    /// proprietary.
    public var markedByWeights: Bool {
        kind != .scatter && series.count > 1 && !labels.isEmpty && labels.allSatisfy { weights[$0] != nil }
    }

    /// The colour of the mark for `label` in series `index`.
    /// `byWeights`: `colouredByWeights`, which looks at every label: a chart
    /// drawing its marks asks once, not once per mark.
    func colour(_ label: String, series index: Int, byWeights: Bool? = nil) -> String {
        if byWeights ?? colouredByWeights, let w = weights[label] { return SVG.weightsColour(w) }
        return SVG.seriesColour(index)
    }

    /// Whether a mark is dimmed because others are highlighted.
    func dimmed(_ label: String) -> Bool { !highlight.isEmpty && !highlight.contains(label) }
    func emphasised(_ label: String) -> Bool { highlight.contains(label) }

    /// The legend: the series' names and colours when there are several, else
    /// the weights present when marks are coloured by them.
    var legend: [(name: String, colour: String, dot: Bool)] {
        let present = Set(labels.compactMap { weights[$0] })
        let byWeights = Model.Weights.allCases.filter(present.contains)
        if series.count > 1 && kind != .scatter {
            return series.enumerated().map { ($0.element.name, SVG.seriesColour($0.offset), false) }
                + (markedByWeights ? byWeights.map { ($0.label, SVG.weightsColour($0), true) } : [])
        }
        guard colouredByWeights else { return [] }
        return byWeights.map { ($0.label, SVG.weightsColour($0), false) }
    }

    /// A value as the chart writes it: `$2.19`, `97%`, `5 pts`, `93`.
    public func format(_ value: Double) -> String { format(value, unit: unit) }

    /// A scatter chart's y value, in the y axis' own unit.
    public func formatY(_ value: Double) -> String { format(value, unit: yUnit) }

    func format(_ value: Double, unit: String) -> String {
        let number: String
        if unit == "$" {
            number = value >= 100 ? ChartNumber.plain(value.rounded()) : ChartNumber.money(value)
            return "$" + number
        }
        number = ChartNumber.plain((value * 100).rounded() / 100)
        switch unit {
        case "%": return number + "%"
        case "": return number
        default: return number + " " + unit
        }
    }
}

enum ChartNumber {
    /// Whole numbers grouped by thousands past 9,999; others to two decimals.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            let i = Int(value)
            return abs(i) >= 10_000 ? grouped(i) : String(i)
        }
        let rounded = (value * 100).rounded() / 100
        return rounded == 0 ? String(value) : String(rounded)
    }

    static func money(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let fraction = abs(cents % 100)
        return "\(grouped(cents / 100)).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func grouped(_ value: Int) -> String { CostFormat.grouped(value) }
}
