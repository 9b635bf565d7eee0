import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown

/// A fenced block with the info string `chart`: draws the table right above it,
/// or the model data with `source: models`.
///
///     ```chart
///     type: bar                      # bar | hbar | scatter | line
///     title: Best proprietary vs best open model by category
///     x: Category                    # a header or a 1-based column number
///     y: [3, 5]                      # one or several; several = grouped
///     labels: [Proprietary, Open]    # series names; default: the headers
///     ```
public enum ChartBlock {
    public static let infoString = "chart"
    static let options: Set<String> = [
        "highlight", "type", "title", "x", "y", "labels", "label", "source", "where", "sort", "limit", "y_min", "y_max", "unit", "log",
        "x_title", "y_title",
    ]

    /// Replaces every `chart` block of a document by its figure. A block with
    /// errors stays a code block; `nextID` numbers the charts of the page.
    public static func expand(_ document: Document, path: String, catalog: ModelCatalog,
                              diagnostics: inout [Diagnostic]) -> Document {
        var reads = Reads()
        return expand(document, path: path, catalog: catalog, diagnostics: &diagnostics, reads: &reads)
    }

    /// What the charts of a page read of the model data: every model's data
    /// (a chart of `source: models` selects and plots from all of them), or
    /// the weights of the models its labels name (their colours).
    public struct Reads: Sendable, Equatable {
        /// Fields of the model data charts of `source: models` read.
        public var fields: Set<FieldRead> = []
        /// Models whose weights colour a chart's marks.
        public var weights: Set<Int> = []
        /// The charts as drawn, in order: a chart whose data comes out the
        /// same after an edit draws the same SVG (an early cutoff).
        public var drawn: [Chart] = []
        public init() {}
    }

    /// `draw: false` works the charts out without drawing them (their data
    /// lands in `reads.drawn`), for the preview's early cutoff.
    public static func expand(_ document: Document, path: String, catalog: ModelCatalog,
                              diagnostics: inout [Diagnostic], reads: inout Reads, draw: Bool = true) -> Document {
        var counter = 0
        // Wherever Markdown holds blocks (a list item, a quote), a chart draws
        // the table right above it among its siblings.
        return document.rewritingSiblings { run in
            var blocks = run
            for i in blocks.indices {
                guard case .codeBlock(let info, let literal, let position) = blocks[i],
                      info.split(separator: " ").first == Substring(infoString) else { continue }
                var previousTable: Table?
                if i > 0, case .table(let table) = blocks[i - 1] { previousTable = table }
                let at = SourceLocation(path: path, line: position.line, column: position.column)
                // A chart of the model data whose options have errors reads
                // nothing it can be told from, so it counts as reading every
                // field of every model (decided from its text).
                let ofModels = literal.split(separator: "\n").contains(where: { $0.hasPrefix("source:") && $0.contains("models") })
                switch chart(literal, table: previousTable, at: at, catalog: catalog, reads: &reads.fields) {
                case .success(let (found, warnings)):
                    var chart = found
                    diagnostics += warnings
                    // A highlighted name the chart does not show emphasises nothing:
                    // a warning at the `highlight:` line, with the label meant.
                    let labels = chart.labels
                    for name in ChartModels.apply(to: &chart, catalog: catalog, read: &reads.weights) {
                        diagnostics.append(Diagnostic(.highlightNotShown(name: name, meant: Suggestion.closest(to: name, among: labels)),
                                                      at: chart.highlightLocation ?? at))
                    }
                    counter += 1
                    reads.drawn.append(chart)
                    if draw { blocks[i] = .rendered(ChartSVG.render(chart, id: "chart-\(counter)")) }
                case .failure(let errors):
                    diagnostics += errors.list
                    if ofModels {
                        for model in catalog.models {
                            for field in catalog.knownPaths { reads.fields.insert(FieldRead(model: model.index, field: field)) }
                        }
                    }
                }
            }
            return blocks
        }
    }

    public struct Errors: Error { public var list: [Diagnostic] }

    /// The chart a block describes, with a warning for cells left out.
    public static func chart(_ yaml: String, table: Table?, at location: SourceLocation,
                             catalog: ModelCatalog) -> Result<(Chart, [Diagnostic]), Errors> {
        var reads: Set<FieldRead> = []
        return chart(yaml, table: table, at: location, catalog: catalog, reads: &reads)
    }

    /// `reads`: the model fields a chart of `source: models` read.
    public static func chart(_ yaml: String, table: Table?, at location: SourceLocation,
                             catalog: ModelCatalog, reads: inout Set<FieldRead>) -> Result<(Chart, [Diagnostic]), Errors> {
        var reader = YAMLReader(yaml: yaml, path: location.path, firstLine: location.line + 1)
        if !reader.diagnostics.isEmpty { return .failure(Errors(list: reader.diagnostics)) }
        var errors: [Diagnostic] = []
        /// A problem at the option it is about, or at the fence when none is.
        func fail(_ problem: Problem, key: String? = nil) {
            errors.append(Diagnostic(problem, at: key.flatMap { reader.keyLocation($0) } ?? location))
        }
        for key in reader.keys where !options.contains(key) {
            fail(.unknownOption(block: infoString, option: key, meant: Suggestion.closest(to: key, among: options),
                                known: options.sorted()), key: key)
        }
        let typeName = reader.string("type")
        guard let typeName else {
            fail(.chartNeedsType)
            return .failure(Errors(list: errors + reader.diagnostics))
        }
        guard let kind = Chart.Kind(rawValue: typeName) else {
            let kinds = ["bar", "hbar", "scatter", "line"]
            fail(.unknownChartType(name: typeName, meant: Suggestion.closest(to: typeName, among: kinds)), key: "type")
            return .failure(Errors(list: errors + reader.diagnostics))
        }
        var chart = Chart(kind: kind, title: reader.string("title") ?? "")
        chart.logScale = reader.bool("log") ?? false
        chart.highlight = reader.stringList("highlight") ?? []
        chart.highlightLocation = reader.keyLocation("highlight")
        if chart.logScale && (kind == .bar || kind == .line) {
            reader.reportAtKey(.logScaleKind(kind: kind.rawValue), "log")
        }
        if let node = reader.valueNode("y_min") { chart.yMin = reader.number(node, name: "y_min") }
        if let node = reader.valueNode("y_max") { chart.yMax = reader.number(node, name: "y_max") }
        if let low = chart.yMin, let high = chart.yMax, low >= high {
            reader.reportAtKey(.yRange(low: ChartNumber.plain(low), high: ChartNumber.plain(high)), "y_min")
        }
        let x = reader.valueNode("x").flatMap { reader.string($0, name: "x") }
        var ys: [String] = []
        if let node = reader.valueNode("y") {
            if node.sequence != nil { ys = reader.stringList("y") ?? [] } else if let one = reader.string(node, name: "y") { ys = [one] }
        }
        let labels = reader.stringList("labels")
        let pointLabel = reader.string("label")
        let unit = reader.string("unit")
        let sort = reader.string("sort")
        let xTitle = reader.string("x_title")
        let yTitle = reader.string("y_title")
        if !reader.diagnostics.isEmpty || !errors.isEmpty { return .failure(Errors(list: errors + reader.diagnostics)) }

        var warnings: [Diagnostic] = []
        if reader.string("source") == "models" {
            // where/sort/limit mean what they mean in a models block; `sort:
            // asc|desc` orders a table's chart instead.
            let sortIsField = sort.map { $0 != "asc" && $0 != "desc" } ?? false
            let block = ModelsBlock.selection(from: &reader, catalog: catalog, sortKey: sortIsField ? "sort" : nil)
            warnings += reader.diagnostics.filter { $0.severity == .warning }
            let selectionErrors = reader.diagnostics.filter { $0.severity == .error }
            if !selectionErrors.isEmpty { return .failure(Errors(list: selectionErrors)) }
            let models = block.select(catalog.models)
            let xField = x ?? "title"
            let yFields = ys.isEmpty ? [] : ys
            reads.formUnion(block.reads(shown: [xField, pointLabel ?? "title"] + yFields, chosen: models, of: catalog))
            for (field, key) in [(xField, "x")] + yFields.map({ ($0, "y") }) + [pointLabel].compactMap({ $0.map { ($0, "label") } })
            where !catalog.isKnown(field) {
                fail(.unknownField(option: "model field", field: field, meant: Suggestion.closest(to: field, among: catalog.knownPaths),
                                   known: catalog.knownPaths), key: key)
            }
            if yFields.isEmpty { fail(.chartNeedsY(scatter: false)) }
            if !errors.isEmpty { return .failure(Errors(list: errors)) }
            if models.isEmpty && !warnings.contains(where: { $0.code == .V075 }) {
                warnings.append(Diagnostic(.blockEmpty(block: infoString), at: location))
            }
            let columns = [xField] + yFields
            // Numbers as their fields mean them: prices in $, scores in points.
            let rows = models.map { model in
                columns.map { field -> String in
                    guard let value = ModelField.value(field, of: model.page) else { return "" }
                    guard let number = value.number else { return value.display }
                    return field.hasPrefix("pricing.") ? "$" + NumberFormat.plain(number) : NumberFormat.plain(number)
                }
            }
            let names = models.map { ModelField.value(pointLabel ?? "title", of: $0.page)?.display ?? $0.page.title }
            // Axis titles read as the column a models table would give the field.
            let data = Columns(headers: columns.map(ModelField.defaultHeader), rows: rows, labels: names, fromModels: true)
            let yUnit = yFields.first.map { $0.hasPrefix("pricing.") ? "$" : ($0.hasPrefix("scores.") ? "pts" : "") }
            return fill(&chart, from: data, xIndex: 0, yIndices: Array(1..<columns.count), seriesNames: labels,
                        unit: unit ?? (yFields.allSatisfy { $0.hasPrefix("pricing.") } || (kind == .scatter && xField.hasPrefix("pricing.")) ? "$" : nil),
                        yUnit: kind == .scatter ? yUnit : nil, titles: (xTitle, yTitle),
                        sort: sort, location: location, warnings: &warnings).map { filled in (filled, warnings) }
        }

        guard let table else {
            fail(.chartNeedsTable)
            return .failure(Errors(list: errors))
        }
        let headers = table.header.cells.map { $0.content.plainText.trimmingWhitespace() }
        let rows = table.rows.map { row in headers.indices.map { $0 < row.cells.count ? row.cells[$0].content.plainText.trimmingWhitespace() : "" } }
        func column(_ ref: String, key: String) -> Int? {
            if let n = Int(ref) {
                guard n >= 1, n <= headers.count else {
                    fail(.noColumnNumber(number: n, count: headers.count, headers: headers), key: key)
                    return nil
                }
                return n - 1
            }
            if let i = headers.firstIndex(where: { $0.lowercased() == ref.lowercased() }) { return i }
            fail(.noColumnNamed(name: ref, headers: headers), key: key)
            return nil
        }
        let xIndex = x.map { column($0, key: "x") } ?? 0
        var yIndices = ys.compactMap { column($0, key: "y") }
        guard let xIndex, errors.isEmpty else { return .failure(Errors(list: errors)) }
        if ys.isEmpty {
            yIndices = headers.indices.filter { i in i != xIndex && rows.contains { NumberReader.read($0[i]) != nil } }
        }
        if let pointLabel, column(pointLabel, key: "label") == nil { return .failure(Errors(list: errors)) }
        let labelIndex = pointLabel.flatMap { ref in headers.firstIndex { $0.lowercased() == ref.lowercased() } ?? Int(ref).map { $0 - 1 } } ?? 0
        let data = Columns(headers: headers, rows: rows, labels: rows.map { $0[labelIndex] })
        return fill(&chart, from: data, xIndex: xIndex, yIndices: yIndices, seriesNames: labels, unit: unit,
                    yUnit: nil, titles: (xTitle, yTitle), sort: sort, location: location, warnings: &warnings).map { filled in (filled, warnings) }
    }

    struct Columns {
        var headers: [String]
        var rows: [[String]]
        var labels: [String]
        /// Model data: an empty value is a model without that figure.
        var fromModels = false
    }

    private static func fill(_ chart: inout Chart, from data: Columns, xIndex: Int, yIndices: [Int], seriesNames: [String]?,
                             unit: String?, yUnit: String?, titles: (x: String?, y: String?), sort: String?, location: SourceLocation,
                             warnings: inout [Diagnostic]) -> Result<Chart, Errors> {
        var skipped: [String] = []
        var missing: [String] = []
        var units: [NumberReader.Unit] = []
        var yUnits: [NumberReader.Unit] = []
        func number(_ row: Int, _ column: Int) -> Double? {
            let text = data.rows[row][column]
            guard let reading = NumberReader.read(text) else {
                if !text.isEmpty && text != "—" { skipped.append("\"\(text)\" (\(data.headers[column]), \(data.labels[row]))") }
                return nil
            }
            if chart.kind == .scatter && column != xIndex { yUnits.append(reading.unit) } else { units.append(reading.unit) }
            return reading.value
        }
        chart.xTitle = titles.x ?? data.headers[xIndex]
        chart.yTitle = titles.y ?? yIndices.map { data.headers[$0] }.joined(separator: ", ")
        if chart.kind == .scatter {
            guard let yIndex = yIndices.first else {
                return .failure(Errors(list: [Diagnostic(.chartNeedsY(scatter: true), at: location)]))
            }
            for row in data.rows.indices {
                let xv = number(row, xIndex), yv = number(row, yIndex)
                guard let xv, let yv else {
                    // A point without both values is left out, and named.
                    if data.fromModels || data.rows[row][xIndex].isEmpty || data.rows[row][yIndex].isEmpty {
                        if NumberReader.read(data.rows[row][xIndex]) == nil && !data.rows[row][xIndex].isEmpty
                            || NumberReader.read(data.rows[row][yIndex]) == nil && !data.rows[row][yIndex].isEmpty { continue }
                        missing.append(data.labels[row])
                    }
                    continue
                }
                if chart.logScale && xv <= 0 {
                    missing.append(data.labels[row] + " (not above 0, on a log scale)")
                    continue
                }
                chart.points.append(Chart.Point(label: data.labels[row], x: xv, y: yv))
            }
            chart.yUnit = yUnit ?? inferredUnit(yUnits)
            if chart.points.isEmpty {
                return .failure(Errors(list: [Diagnostic(.noNumbers(what: ": no row has numbers in both \(chart.xTitle) and \(chart.yTitle)"), at: location)]))
            }
        } else {
            chart.categories = data.rows.map { $0[xIndex] }
            for (s, column) in yIndices.enumerated() {
                let name = seriesNames.flatMap { s < $0.count ? $0[s] : nil } ?? data.headers[column]
                chart.series.append(Chart.Series(name: name, values: data.rows.indices.map { number($0, column) }))
            }
            // A model with no value in any series is a gap in the chart: named once.
            if data.fromModels {
                for row in data.rows.indices where chart.series.allSatisfy({ $0.values[row] == nil })
                    && yIndices.allSatisfy({ data.rows[row][$0].isEmpty }) {
                    missing.append(data.labels[row])
                }
            }
            if chart.series.allSatisfy({ $0.values.allSatisfy { $0 == nil } }) {
                let names = yIndices.map { data.headers[$0] }.joined(separator: ", ")
                return .failure(Errors(list: [Diagnostic(.noNumbers(what: " in \(names.isEmpty ? "the table above" : names)"), at: location)]))
            }
            if let sort, sort == "asc" || sort == "desc", let first = chart.series.first {
                let order = chart.categories.indices.sorted { a, b in
                    let (va, vb) = (first.values[a] ?? -.infinity, first.values[b] ?? -.infinity)
                    return sort == "asc" ? va < vb : va > vb
                }
                chart.categories = order.map { chart.categories[$0] }
                chart.series = chart.series.map { series in Chart.Series(name: series.name, values: order.map { series.values[$0] }) }
            }
        }
        chart.unit = unit ?? inferredUnit(units)
        if !skipped.isEmpty || !missing.isEmpty {
            warnings.append(Diagnostic(.cellsLeftOut(cells: skipped, missing: missing), at: location))
        }
        return .success(chart)
    }

    static func inferredUnit(_ units: [NumberReader.Unit]) -> String {
        guard let first = units.first, units.allSatisfy({ $0 == first }) else { return "" }
        switch first {
        case .currency: return "$"
        case .percent: return "%"
        case .points: return "pts"
        case .none, .outOf100: return ""
        }
    }
}

