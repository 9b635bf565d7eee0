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
            #expect(svg.hasPrefix("<figure class=\"chart chart-\(kind.rawValue)\">\n<svg class=\"chart-wide\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 "))
            #expect(svg.contains("role=\"img\" aria-labelledby=\"chart-7-title chart-7-desc\">\n<title id=\"chart-7-title\">Best by category</title>\n<desc id=\"chart-7-desc\">"))
            // The same chart drawn for a narrow column, with ids of its own.
            #expect(svg.contains("<svg class=\"chart-narrow\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 350 "))
            #expect(svg.contains("aria-labelledby=\"chart-7-narrow-title chart-7-narrow-desc\""))
            #expect(svg.contains("</svg>\n<figcaption><span class=\"chart-title\">Best by category</span> <a class=\"chart-csv\" href=\"data:text/csv;charset=utf-8,"))
            #expect(svg.hasSuffix("\" download=\"best-by-category.csv\">Data (CSV)</a></figcaption>\n</figure>\n"))
            #expect(!svg.contains("#000") && svg.contains("var(--"))
            // No text is drawn smaller than 12 px before scaling.
            #expect(!svg.contains("font-size=\"11\"") && !svg.contains("font-size=\"10\""))
        }
    }

    @Test func groupedBarsOneMarkPerValueWithLabelsLegendAndTicks() {
        let svg = ChartSVG.svg(bar, id: "c", width: ChartSVG.wide, layout: "wide")
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
        let svg = ChartSVG.svg(chart, id: "c", width: ChartSVG.wide, layout: "wide")
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
        let svg = ChartSVG.svg(Chart(kind: .scatter, title: "s", xTitle: "x", yTitle: "y", points: points), id: "s", width: ChartSVG.wide, layout: "wide")
        #expect(count("<circle", in: svg) == 12)
    }

    @Test func lineChartDrawsOnePolylinePerSeries() {
        let chart = Chart(kind: .line, title: "Over time", xTitle: "Month", categories: ["Jan", "Feb", "Mar"],
                          series: [Chart.Series(name: "Score", values: [80, 85, 91])])
        let svg = ChartSVG.svg(chart, id: "l", width: ChartSVG.wide, layout: "wide")
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

    /// A chart in a list item draws the table right above it in that item.
    @Test func aChartInsideAListItemIsDrawn() {
        let doc = MarkdownParser.parse("- Scores:\n\n  | Model | Coding |\n  |---|---|\n  | A | 90 |\n  | B | 80 |\n\n  ```chart\n  type: bar\n  title: In a list\n  ```\n")
        var diagnostics: [Diagnostic] = []
        let expanded = ChartBlock.expand(doc, path: "a.md", catalog: catalog, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(!expanded.containsBlock { $0.isFence("chart") })
        #expect(expanded.containsBlock { if case .rendered(let svg) = $0 { return svg.contains("In a list") } else { return false } })
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
        #expect(errors("type: bar\ncolour: red", table: tableValue) == ["a.md:12:1: error[V071]: unknown option 'colour' in a chart block (known: highlight, label, labels, limit, log, sort, source, title, type, unit, where, x, x_title, y, y_max, y_min, y_title)"])
        // Each option's problem is at the option's own line, the type's at `type:`.
        #expect(errors("title: T\ntype: lin", table: tableValue) == ["a.md:12:1: error[V081]: unknown chart type 'lin' (did you mean line?) (known: bar, hbar, scatter, line)"])
    }
}

@Suite struct ChartReaderTests {
    func model(_ id: String, _ front: String) -> (index: Int, page: PageSource) {
        (0, PageReader.read(path: "Content/models/\(id).md", bytes: Array("---\ntype: model\n\(front)\n---\n".utf8)).page!)
    }

    var catalog: ModelCatalog {
        ModelCatalog(models: [
            model("glm", "title: GLM-5\nweights: open\naliases: [GLM]\nscores: {coding: 93}"),
            model("opus", "title: Claude Opus 4.6\nweights: proprietary\nscores: {coding: 97}"),
            model("kimi", "title: Kimi K2.5\nweights: open\nscores: {coding: 90}"),
        ])
    }

    func expanded(_ block: String, diagnostics: inout [Diagnostic]) -> String {
        let doc = MarkdownParser.parse("```chart\n\(block)\n```\n")
        let out = ChartBlock.expand(doc, path: "a.md", catalog: catalog, diagnostics: &diagnostics)
        guard case .rendered(let html) = out.blocks[0] else { return "" }
        return html
    }

    @Test func barsOfModelsAreColouredByWeightsWithALegend() {
        var diagnostics: [Diagnostic] = []
        let html = expanded("type: bar\nsource: models\ny: scores.coding\nsort: -scores.coding", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(html.contains("style=\"fill:var(--weights-open,#13804a)\"><title>GLM-5: 93</title>"))
        #expect(html.contains("style=\"fill:var(--weights-proprietary,#6b46c1)\"><title>Claude Opus 4.6: 97</title>"))
        #expect(html.contains(">Open weights</text>") && html.contains(">Proprietary</text>"))
    }

    @Test func highlightEmphasisesTheNamedModelsByTitleOrAliasAndDimsTheRest() {
        var diagnostics: [Diagnostic] = []
        let html = expanded("type: hbar\nsource: models\ny: scores.coding\nhighlight: [GLM]", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(html.contains("font-weight=\"bold\" style=\"fill:var(--fg,#1b1f27)\">GLM-5</text>"))
        #expect(html.contains("opacity:0.35\"><title>Kimi K2.5: 90</title>"))
        #expect(!html.contains("opacity:0.35\"><title>GLM-5: 93</title>"))
        let missing = expanded("type: hbar\nsource: models\ny: scores.coding\nhighlight: [Nobody]", diagnostics: &diagnostics)
        #expect(!missing.contains("opacity:0.35"))
        // Names are matched case-insensitively, by title or alias; the rest come back.
        var chart = Chart(kind: .bar, title: "t", categories: ["GLM-5", "Kimi K2.5"], series: [Chart.Series(name: "s", values: [93, 90])])
        chart.highlight = ["glm", "Nobody"]
        #expect(ChartModels.apply(to: &chart, catalog: catalog) == ["Nobody"])
        #expect(chart.highlight == ["GLM-5"] && chart.weights == ["GLM-5": .open, "Kimi K2.5": .open])
    }

    @Test func everyChartOffersItsNumbersAsCSV() {
        let chart = Chart(kind: .bar, title: "Prices, per M", xTitle: "Model", categories: ["A \"x\"", "B, c"],
                          series: [Chart.Series(name: "Input", values: [0.55, nil]), Chart.Series(name: "Output", values: [2.19, 1200])], unit: "$")
        #expect(ChartCSV.csv(chart) == "Model,Input ($),Output ($)\r\n\"A \"\"x\"\"\",0.55,2.19\r\n\"B, c\",,1200\r\n")
        let uri = ChartCSV.dataURI(chart)
        #expect(uri.hasPrefix("data:text/csv;charset=utf-8,Model%2CInput%20%28%24%29"))
        #expect(!uri.contains("\"") && !uri.contains("&") && !uri.contains(" "))
        #expect(ChartCSV.fileName(chart, id: "chart-1") == "prices-per-m.csv")
        let scatter = Chart(kind: .scatter, title: "", xTitle: "Price", yTitle: "Coding", points: [Chart.Point(label: "A", x: 1.5, y: 90)])
        #expect(ChartCSV.csv(scatter) == "Label,Price,Coding\r\nA,1.5,90\r\n")
        #expect(ChartCSV.fileName(scatter, id: "chart-2") == "chart-2.csv")
    }

    @Test func highlightWorksOnLinesAndScatters() {
        var line = Chart(kind: .line, title: "t", xTitle: "Month", categories: ["Jan", "Feb"], series: [Chart.Series(name: "s", values: [1, 2])])
        line.highlight = ["Feb"]
        let svg = ChartSVG.svg(line, id: "l", width: ChartSVG.wide, layout: "wide")
        #expect(svg.contains("font-weight=\"bold\" style=\"fill:var(--fg,#1b1f27)\">Feb</text>"))
        #expect(svg.contains("opacity:0.35\"><title>Jan: 1</title>") && !svg.contains("opacity:0.35\"><title>Feb: 2</title>"))
        var scatter = Chart(kind: .scatter, title: "t", xTitle: "x", yTitle: "y", points: [Chart.Point(label: "A", x: 1, y: 2), Chart.Point(label: "B", x: 2, y: 3)])
        scatter.highlight = ["B"]
        let dots = ChartSVG.svg(scatter, id: "s", width: ChartSVG.narrow, layout: "narrow")
        #expect(dots.contains("r=\"6.5\"") && dots.contains("opacity:0.35\"><title>A: x 1, y 2</title>"))
    }

    @Test func barsWhoseLabelsDoNotFitAPhoneBecomeHorizontal() {
        let long = Chart(kind: .bar, title: "t", xTitle: "Model", categories: ["Claude Opus 4.6", "Gemini 3.1 Pro", "DeepSeek V3.2", "MiniMax M2.7", "Grok 4.20"],
                         series: [Chart.Series(name: "Coding", values: [97, 91, 90, 95, 88])])
        #expect(ChartSVG.forNarrow(long).kind == .hbar)
        let short = Chart(kind: .bar, title: "t", xTitle: "Q", categories: ["Q1", "Q2", "Q3"], series: [Chart.Series(name: "n", values: [1, 2, 3])])
        #expect(ChartSVG.forNarrow(short).kind == .bar)
        let html = ChartSVG.render(long, id: "c")
        #expect(!html.contains("rotate(-40"))  // the wide drawing has room; the narrow one is horizontal
    }
}
