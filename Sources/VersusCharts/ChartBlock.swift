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
    static let options: Set<String> = ["highlight",
        "type", "title", "x", "y", "labels", "label", "source", "where", "sort", "limit", "y_min", "y_max", "unit", "log",
    ]

    /// Replaces every `chart` block of a document by its figure. A block with
    /// errors stays a code block; `nextID` numbers the charts of the page.
    public static func expand(_ document: Document, path: String, catalog: ModelCatalog,
                              diagnostics: inout [Diagnostic]) -> Document {
        var counter = 0
        var blocks = document.blocks
        for i in blocks.indices {
            guard case .codeBlock(let info, let literal, let position) = blocks[i],
                  info.split(separator: " ").first == Substring(infoString) else { continue }
            var previousTable: Table?
            if i > 0, case .table(let table) = blocks[i - 1] { previousTable = table }
            let at = SourceLocation(path: path, line: position.line, column: position.column)
            switch chart(literal, table: previousTable, at: at, catalog: catalog) {
            case .success(let (found, warnings)):
                var chart = found
                diagnostics += warnings
                // Highlight names the chart does not show come back unmatched;
                // they have no diagnostic of their own yet, so nothing is reported.
                ChartModels.apply(to: &chart, catalog: catalog)
                counter += 1
                blocks[i] = .rendered(ChartSVG.render(chart, id: "chart-\(counter)"))
            case .failure(let errors):
                diagnostics += errors.list
            }
        }
        return Document(blocks: blocks)
    }

    public struct Errors: Error { public var list: [Diagnostic] }

    /// The chart a block describes, with a warning for cells left out.
    public static func chart(_ yaml: String, table: Table?, at location: SourceLocation,
                             catalog: ModelCatalog) -> Result<(Chart, [Diagnostic]), Errors> {
        var reader = YAMLReader(yaml: yaml, path: location.path, firstLine: location.line + 1)
        if !reader.diagnostics.isEmpty { return .failure(Errors(list: reader.diagnostics)) }
        var errors: [Diagnostic] = []
        func fail(_ message: String) { errors.append(.error(message, at: location)) }
        for key in reader.keys where !options.contains(key) {
            fail("unknown option '\(key)' in a chart block (known: \(options.sorted().joined(separator: ", ")))")
        }
        let typeName = reader.string("type")
        guard let typeName else {
            fail("a chart block needs a type: bar, hbar, scatter or line")
            return .failure(Errors(list: errors + reader.diagnostics))
        }
        guard let kind = Chart.Kind(rawValue: typeName) else {
            fail("unknown chart type '\(typeName)' (known: bar, hbar, scatter, line)")
            return .failure(Errors(list: errors + reader.diagnostics))
        }
        var chart = Chart(kind: kind, title: reader.string("title") ?? "")
        chart.logScale = reader.bool("log") ?? false
        chart.highlight = reader.stringList("highlight") ?? []
        if chart.logScale && (kind == .bar || kind == .line) {
            reader.reportAtKey("log scale is for hbar and scatter charts, not \(kind.rawValue)", "log")
        }
        if let node = reader.valueNode("y_min") { chart.yMin = reader.number(node, name: "y_min") }
        if let node = reader.valueNode("y_max") { chart.yMax = reader.number(node, name: "y_max") }
        if let low = chart.yMin, let high = chart.yMax, low >= high {
            reader.reportAtKey("y_min (\(ChartNumber.plain(low))) must be below y_max (\(ChartNumber.plain(high)))", "y_min")
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
        if !reader.diagnostics.isEmpty || !errors.isEmpty { return .failure(Errors(list: errors + reader.diagnostics)) }

        var warnings: [Diagnostic] = []
        if reader.string("source") == "models" {
            // where/sort/limit mean what they mean in a models block.
            let spec = "columns: [title]\n" + yaml.split(separator: "\n").filter { line in
                ["where:", "sort:", "limit:"].contains { line.hasPrefix($0) }
            }.joined(separator: "\n")
            let (block, found) = ModelsBlock.parse(spec, path: location.path, firstLine: location.line + 1, catalog: catalog)
            guard let block, found.isEmpty else { return .failure(Errors(list: found.map { d in var d = d; d.location = location; return d })) }
            let models = block.select(catalog.models)
            let xField = x ?? "title"
            let yFields = ys.isEmpty ? [] : ys
            for field in [xField] + yFields + [pointLabel].compactMap({ $0 }) where !catalog.isKnown(field) {
                let hint = Suggestion.closest(to: field, among: catalog.knownPaths).map { " (did you mean \($0)?)" } ?? ""
                fail("unknown model field '\(field)'\(hint); known: \(catalog.knownPaths.joined(separator: ", "))")
            }
            if yFields.isEmpty { fail("a chart of models needs y: one or several model fields, such as scores.coding") }
            if !errors.isEmpty { return .failure(Errors(list: errors)) }
            let columns = [xField] + yFields
            let rows = models.map { model in columns.map { ModelField.value($0, of: model.page)?.display ?? "" } }
            let names = models.map { ModelField.value(pointLabel ?? "title", of: $0.page)?.display ?? $0.page.title }
            let data = Columns(headers: columns, rows: rows, labels: names)
            return fill(&chart, from: data, xIndex: 0, yIndices: Array(1..<columns.count), seriesNames: labels,
                        unit: unit ?? (yFields.allSatisfy { $0.hasPrefix("pricing.") } || (kind == .scatter && xField.hasPrefix("pricing.")) ? "$" : nil),
                        sort: sort, location: location, warnings: &warnings).map { filled in (filled, warnings) }
        }

        guard let table else {
            fail("a chart block needs a table right above it, or source: models")
            return .failure(Errors(list: errors))
        }
        let headers = table.header.cells.map { $0.content.plainText.trimmingWhitespace() }
        let rows = table.rows.map { row in headers.indices.map { $0 < row.cells.count ? row.cells[$0].content.plainText.trimmingWhitespace() : "" } }
        func column(_ ref: String) -> Int? {
            if let n = Int(ref) {
                guard n >= 1, n <= headers.count else {
                    fail("column \(n) does not exist: the table above has \(headers.count) columns (\(headers.joined(separator: ", ")))")
                    return nil
                }
                return n - 1
            }
            if let i = headers.firstIndex(where: { $0.lowercased() == ref.lowercased() }) { return i }
            fail("no column '\(ref)' in the table above (columns: \(headers.joined(separator: ", ")))")
            return nil
        }
        let xIndex = x.map(column) ?? 0
        var yIndices = ys.compactMap(column)
        guard let xIndex, errors.isEmpty else { return .failure(Errors(list: errors)) }
        if ys.isEmpty {
            yIndices = headers.indices.filter { i in i != xIndex && rows.contains { NumberReader.read($0[i]) != nil } }
        }
        if let pointLabel, column(pointLabel) == nil { return .failure(Errors(list: errors)) }
        let labelIndex = pointLabel.flatMap { ref in headers.firstIndex { $0.lowercased() == ref.lowercased() } ?? Int(ref).map { $0 - 1 } } ?? 0
        let data = Columns(headers: headers, rows: rows, labels: rows.map { $0[labelIndex] })
        return fill(&chart, from: data, xIndex: xIndex, yIndices: yIndices, seriesNames: labels, unit: unit,
                    sort: sort, location: location, warnings: &warnings).map { filled in (filled, warnings) }
    }

    struct Columns {
        var headers: [String]
        var rows: [[String]]
        var labels: [String]
    }

    private static func fill(_ chart: inout Chart, from data: Columns, xIndex: Int, yIndices: [Int], seriesNames: [String]?,
                             unit: String?, sort: String?, location: SourceLocation,
                             warnings: inout [Diagnostic]) -> Result<Chart, Errors> {
        var skipped: [String] = []
        var units: [NumberReader.Unit] = []
        func number(_ row: Int, _ column: Int) -> Double? {
            let text = data.rows[row][column]
            guard let reading = NumberReader.read(text) else {
                if !text.isEmpty && text != "—" { skipped.append("\"\(text)\" (\(data.headers[column]), \(data.labels[row]))") }
                return nil
            }
            units.append(reading.unit)
            return reading.value
        }
        chart.xTitle = data.headers[xIndex]
        chart.yTitle = yIndices.map { data.headers[$0] }.joined(separator: ", ")
        if chart.kind == .scatter {
            guard let yIndex = yIndices.first else {
                return .failure(Errors(list: [.error("a scatter chart needs y: the column to plot against x", at: location)]))
            }
            for row in data.rows.indices {
                guard let xv = number(row, xIndex), let yv = number(row, yIndex) else { continue }
                if chart.logScale && xv <= 0 { continue }
                chart.points.append(Chart.Point(label: data.labels[row], x: xv, y: yv))
            }
            if chart.points.isEmpty {
                return .failure(Errors(list: [.error("no numbers to chart: no row has numbers in both \(chart.xTitle) and \(chart.yTitle)", at: location)]))
            }
        } else {
            chart.categories = data.rows.map { $0[xIndex] }
            for (s, column) in yIndices.enumerated() {
                let name = seriesNames.flatMap { s < $0.count ? $0[s] : nil } ?? data.headers[column]
                chart.series.append(Chart.Series(name: name, values: data.rows.indices.map { number($0, column) }))
            }
            if chart.series.allSatisfy({ $0.values.allSatisfy { $0 == nil } }) {
                let names = yIndices.map { data.headers[$0] }.joined(separator: ", ")
                return .failure(Errors(list: [.error("no numbers to chart in \(names.isEmpty ? "the table above" : names)", at: location)]))
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
        if !skipped.isEmpty {
            warnings.append(.warning("\(skipped.count) cell\(skipped.count == 1 ? " is" : "s are") not \(skipped.count == 1 ? "a number" : "numbers") and left out of the chart: \(skipped.prefix(5).joined(separator: "; "))\(skipped.count > 5 ? "; …" : "")", at: location))
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

