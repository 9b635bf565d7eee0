import Testing
import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown
@testable import VersusCharts

func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

@Suite struct ScaleTests {
    @Test func niceTicksStepByOneTwoOrFive() {
        #expect(Scale.linear([86, 98], includeZero: true, fixedMin: nil, fixedMax: nil, range: (200, 0)).ticks == [0, 20, 40, 60, 80, 100])
        #expect(Scale.linear([0.15, 5], includeZero: true, fixedMin: nil, fixedMax: nil, range: (0, 1)).ticks == [0, 1, 2, 3, 4, 5])
        #expect(Scale.linear([3, 97], includeZero: false, fixedMin: 0, fixedMax: 100, range: (0, 1)).ticks == [0, 20, 40, 60, 80, 100])
        #expect(Scale.niceStep(0.37) == 0.5)
        #expect(Scale.niceStep(1300) == 2000)
    }

    @Test func ticksStopEvenWhenTheStepIsBelowThePrecision() {
        let scale = Scale.linear([1e17, 1e17 + 10], includeZero: false, fixedMin: 1e17, fixedMax: 1e17 + 10, range: (0, 1))
        #expect(scale.ticks.count <= 50)
    }

    @Test func logTicksArePowersOfTen() {
        let scale = Scale.logarithmic([0.15, 25], range: (0, 300))
        #expect(scale.ticks == [0.1, 1, 10, 100])
        #expect(scale.position(0.1) == 0)
        #expect(scale.position(100) == 300)
        #expect(abs(scale.position(1) - 100) < 1e-9)
    }
}

@Suite struct ChartSVGTests {
    let bar = Chart(kind: .bar, title: "Best by category", xTitle: "Category", categories: ["Reasoning", "Coding", "Writing"],
                    series: [Chart.Series(name: "Proprietary", values: [98, 97, 95]), Chart.Series(name: "Open", values: [93, 95, nil])])

    @Test func everyChartIsAnAccessibleScalableFigure() {
        for kind in Chart.Kind.allCases {
            var chart = bar
            chart.kind = kind
            chart.points = [Chart.Point(label: "A", x: 1, y: 2), Chart.Point(label: "B", x: 3, y: 4)]
            let svg = ChartSVG.render(chart, id: "chart-7")
            #expect(svg.hasPrefix("<figure class=\"chart chart-\(kind.rawValue)\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 "))
            #expect(svg.contains("role=\"img\" aria-labelledby=\"chart-7-title chart-7-desc\">\n<title id=\"chart-7-title\">Best by category</title>\n<desc id=\"chart-7-desc\">"))
            #expect(svg.hasSuffix("</svg>\n<figcaption>Best by category</figcaption>\n</figure>\n"))
            #expect(!svg.contains("#000") && svg.contains("var(--"))
        }
    }

    @Test func groupedBarsOneMarkPerValueWithLabelsLegendAndTicks() {
        let svg = ChartSVG.render(bar, id: "c")
        #expect(count("<rect", in: svg) == 5 + 2)  // five bars (one value missing) and two legend swatches
        #expect(svg.contains("<title>Coding, Open: 95</title>"))
        for tick in ["0", "20", "40", "60", "80", "100"] { #expect(svg.contains(">\(tick)</text>")) }
        #expect(svg.contains(">Proprietary</text>") && svg.contains(">Open</text>"))
        #expect(svg.contains(">Reasoning</text>"))
        #expect(count(">98</text>", in: svg) == 1)
    }

    @Test func descriptionSumsUpTheData() {
        #expect(ChartSVG.describe(bar) == "Bar chart of Proprietary and Open by Category, 3 values each. Highest: Reasoning (Proprietary) at 98; lowest: Reasoning (Open) at 93.")
        let scatter = Chart(kind: .scatter, title: "t", xTitle: "Output price", yTitle: "Coding",
                            points: [Chart.Point(label: "Opus", x: 25, y: 97), Chart.Point(label: "M2.7", x: 0.53, y: 95)], unit: "$")
        #expect(ChartSVG.describe(scatter) == "Scatter plot of Coding against Output price for 2 items. Highest Coding: Opus ($97.00 at Output price $25.00); lowest: M2.7 ($95.00 at Output price $0.53).")
    }

    @Test func hbarWritesValuesAtBarEndsOnALogAxis() {
        let chart = Chart(kind: .hbar, title: "Prices", xTitle: "Model", categories: ["Claude Opus 4.6", "Gemini 3 Flash"],
                          series: [Chart.Series(name: "Output", values: [25, 0.6])], unit: "$", logScale: true)
        let svg = ChartSVG.render(chart, id: "c")
        #expect(count("<rect", in: svg) == 2)
        #expect(svg.contains(">$25.00</text>") && svg.contains(">$0.60</text>"))
        #expect(svg.contains(">$0.10</text>") && svg.contains(">$100</text>"))
        #expect(svg.contains("text-anchor=\"end\" font-size=\"13\" style=\"fill:var(--fg,#1b1f27)\">Claude Opus 4.6</text>"))
    }

    @Test func scatterLabelsDoNotOverlap() {
        let points = (0..<12).map { Chart.Point(label: "Model \($0)", x: 1 + Double($0 % 3) * 0.01, y: 90 + Double($0 / 3) * 0.1) }
        let placed = ScatterChart.placeLabels(points.map { (Double(100 + $0.x * 10), Double(200 - $0.y), $0.label) },
                                              bounds: ScatterChart.Box(x0: 0, y0: 0, x1: 640, y1: 400))
        let boxes = zip(points, placed).map { point, p -> ScatterChart.Box in
            let w = SVG.textWidth(point.label, size: 12)
            let x0 = p.anchor == .start ? p.x : p.anchor == .end ? p.x - w : p.x - w / 2
            return ScatterChart.Box(x0: x0, y0: p.y - 10, x1: x0 + w, y1: p.y + 2)
        }
        for i in boxes.indices { for j in boxes.indices where i < j { #expect(!boxes[i].overlaps(boxes[j]), "\(i) and \(j)") } }
        #expect(placed.contains { $0.leader })
        let svg = ChartSVG.render(Chart(kind: .scatter, title: "s", xTitle: "x", yTitle: "y", points: points), id: "s")
        #expect(count("<circle", in: svg) == 12)
    }

    @Test func lineChartDrawsOnePolylinePerSeries() {
        let chart = Chart(kind: .line, title: "Over time", xTitle: "Month", categories: ["Jan", "Feb", "Mar"],
                          series: [Chart.Series(name: "Score", values: [80, 85, 91])])
        let svg = ChartSVG.render(chart, id: "l")
        #expect(count("<polyline", in: svg) == 1)
        #expect(count("<circle", in: svg) == 3)
        #expect(svg.contains(">91</text>"))
    }
}

@Suite struct ChartBlockTests {
    let at = SourceLocation(path: "a.md", line: 10, column: 1)
    let table = MarkdownParser.parse("| Category | Pro | Score | Open | Score | Gap |\n|---|---|---|---|---|---|\n| Coding | A | 97 | B | 95 | 2 pts |\n| Multilingual | C | 93 | D | 97 | Open wins |\n")
    var tableValue: Table {
        guard case .table(let t) = table.blocks[0] else { fatalError() }
        return t
    }
    let catalog = ModelCatalog(models: [])

    func chart(_ yaml: String, table: Table?) -> Result<(Chart, [Diagnostic]), ChartBlock.Errors> {
        ChartBlock.chart(yaml, table: table, at: at, catalog: catalog)
    }

    @Test func readsColumnsByNumberOrHeaderAndWarnsOnceAboutText() throws {
        let (chart, warnings) = try chart("type: bar\nx: Category\ny: [3, 5]\nlabels: [Proprietary, Open]", table: tableValue).get()
        #expect(chart.categories == ["Coding", "Multilingual"])
        #expect(chart.series == [Chart.Series(name: "Proprietary", values: [97, 93]), Chart.Series(name: "Open", values: [95, 97])])
        #expect(warnings.isEmpty)
        let (gap, gapWarnings) = try self.chart("type: hbar\ny: Gap", table: tableValue).get()
        #expect(gap.series[0].values == [2, nil])
        #expect(gap.unit == "pts")
        #expect(gapWarnings == [Diagnostic(.cellsLeftOut(cells: ["\"Open wins\" (Gap, Multilingual)"], missing: []), at: at)])
        #expect(gapWarnings.map(\.message) == ["1 cell is not a number and left out of the chart: \"Open wins\" (Gap, Multilingual)"])
    }

    func errors(_ yaml: String, table: Table?) -> [String] {
        if case .failure(let e) = chart(yaml, table: table) { return e.list.map(\.description) }
        return []
    }

    @Test func badBlocksAreErrorsAtTheBlock() {
        #expect(errors("type: pie", table: tableValue) == ["a.md:11:1: error[V081]: unknown chart type 'pie' (known: bar, hbar, scatter, line)"])
        #expect(errors("title: T", table: tableValue) == ["a.md:10:1: error[V080]: a chart block needs a type: bar, hbar, scatter or line"])
        #expect(errors("type: bar\ny: Scor", table: tableValue) == ["a.md:12:1: error[V085]: no column 'Scor' in the table above (columns: Category, Pro, Score, Open, Score, Gap)"])
        #expect(errors("type: bar\ny: 9", table: tableValue) == ["a.md:12:1: error[V084]: column 9 does not exist: the table above has 6 columns (Category, Pro, Score, Open, Score, Gap)"])
        #expect(errors("type: bar", table: nil) == ["a.md:10:1: error[V083]: a chart block needs a table right above it, or source: models"])
        #expect(errors("type: bar\ny: Pro", table: tableValue) == ["a.md:10:1: error[V089]: no numbers to chart in Pro"])
        #expect(errors("type: bar\ny: 3\ny_min: 100\ny_max: 0", table: tableValue) == ["a.md:13:1: error[V087]: y_min (100) must be below y_max (0)"])
        #expect(errors("type: bar\ny: 3\nlog: true", table: tableValue) == ["a.md:13:1: error[V086]: log scale is for hbar and scatter charts, not bar"])
        #expect(errors("type: bar\ncolour: red", table: tableValue) == ["a.md:12:1: error[V071]: unknown option 'colour' in a chart block (known: label, labels, limit, log, sort, source, title, type, unit, where, x, x_title, y, y_max, y_min, y_title)"])
        // Each option's problem is at the option's own line, the type's at `type:`.
        #expect(errors("title: T\ntype: lin", table: tableValue) == ["a.md:12:1: error[V081]: unknown chart type 'lin' (did you mean line?) (known: bar, hbar, scatter, line)"])
    }
}
