import VersusContent
import VersusCore
import VersusMarkdown

/// A fenced block with the info string `models`: a table drawn from the
/// model pages' data, so a figure is written once, on the model's page.
///
///     ```models
///     columns: [title, vendor, pricing.input, pricing.output]
///     headers: [Model, Vendor, Input $/M, Output $/M]
///     where: {weights: open}
///     sort: -scores.coding
///     limit: 10
///     ```
public struct ModelsBlock: Equatable {
    public var columns: [String]
    public var headers: [String]
    public var filters: [(path: String, values: [String])]
    public var sort: (path: String, descending: Bool)?
    public var limit: Int?

    public static func == (a: ModelsBlock, b: ModelsBlock) -> Bool {
        a.columns == b.columns && a.headers == b.headers && a.limit == b.limit
            && a.filters.map { "\($0.path)=\($0.values)" } == b.filters.map { "\($0.path)=\($0.values)" }
            && a.sort?.path == b.sort?.path && a.sort?.descending == b.sort?.descending
    }

    public static let infoString = "models"
    static let options: Set<String> = ["columns", "headers", "where", "sort", "limit"]

    /// Reads the block's YAML; `firstLine` is the file line of its first line
    /// (the line after the fence), so errors point into the block.
    public static func parse(_ text: String, path: String, firstLine: Int, catalog: ModelCatalog) -> (ModelsBlock?, [Diagnostic]) {
        var reader = YAMLReader(yaml: text, path: path, firstLine: firstLine)
        if !reader.diagnostics.isEmpty { return (nil, reader.diagnostics) }
        let known = catalog.knownPaths
        /// `key` is the option the field was written under, for the error's line.
        func checkPath(_ field: String, option: String, key: String) -> Bool {
            if catalog.isKnown(field) { return true }
            let hint = Suggestion.closest(to: field, among: known).map { " (did you mean \($0)?)" } ?? ""
            reader.reportAtKey("unknown \(option) '\(field)'\(hint); known: \(known.joined(separator: ", "))", key)
            return false
        }
        for key in reader.keys where !options.contains(key) {
            reader.reportAtKey("unknown option '\(key)' in a models block (known: columns, headers, where, sort, limit)", key)
        }
        var block = ModelsBlock(columns: [], headers: [], filters: [], sort: nil, limit: nil)
        if let columns = reader.stringList("columns"), !columns.isEmpty {
            block.columns = columns.filter { checkPath($0, option: "column", key: "columns") }
        } else if reader.valueNode("columns") == nil {
            reader.reportAtKey("a models block needs columns, such as columns: [title, vendor, pricing.input]", "columns")
        }
        if let headers = reader.stringList("headers") {
            if headers.count != (reader.stringList("columns") ?? []).count {
                reader.reportAtKey("headers has \(headers.count) names for \((reader.stringList("columns") ?? []).count) columns", "headers")
            }
            block.headers = headers
        }
        if let entries = reader.entries("where") {
            for entry in entries {
                guard checkPath(entry.key, option: "where key", key: "where") else { continue }
                let values: [String]
                if case .list(let items) = entry.value { values = items.map { $0.text.lowercased() } } else { values = [entry.value.text.lowercased()] }
                if !catalog.models.contains(where: { ModelField.value(entry.key, of: $0.page) != nil }) {
                    reader.reportAtKey("where key '\(entry.key)': no model has a value for it", "where")
                    continue
                }
                block.filters.append((entry.key, values.map { NumberReader.value($0).map(NumberFormat.plain) ?? $0 }))
            }
        }
        if let sort = reader.string("sort") {
            let descending = sort.hasPrefix("-")
            let field = descending ? String(sort.dropFirst()) : sort
            if checkPath(field, option: "sort", key: "sort") { block.sort = (field, descending) }
        }
        if let limit = reader.int("limit") {
            if limit > 0 { block.limit = limit } else { reader.reportAtKey("limit must be at least 1, not \(limit)", "limit") }
        }
        if block.headers.count != block.columns.count { block.headers = block.columns.map(ModelField.defaultHeader) }
        return (reader.diagnostics.isEmpty ? block : nil, reader.diagnostics)
    }

    /// The models the block lists, in order: filtered, sorted (models without
    /// the sort field last, then by title), limited.
    public func select(_ models: [(index: Int, page: PageSource)]) -> [(index: Int, page: PageSource)] {
        var chosen = models.filter { model in
            filters.allSatisfy { filter in
                guard let value = ModelField.value(filter.path, of: model.page) else { return false }
                // `weights: open` names the value as written in front matter;
                // the cell shows its label ("Open weights").
                if filter.path == "weights", let raw = model.page.model?.weights?.rawValue, filter.values.contains(raw) { return true }
                return filter.values.contains(value.comparable)
            }
        }
        chosen.sort { a, b in
            if let sort {
                let va = ModelField.value(sort.path, of: a.page)
                let vb = ModelField.value(sort.path, of: b.page)
                switch (va, vb) {
                case (nil, nil): break
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?):
                    if let nx = x.number, let ny = y.number, nx != ny { return sort.descending ? nx > ny : nx < ny }
                    if x.comparable != y.comparable {
                        return sort.descending ? x.comparable > y.comparable : x.comparable < y.comparable
                    }
                }
            }
            return a.page.title.lowercased() < b.page.title.lowercased()
        }
        if let limit { chosen = Array(chosen.prefix(limit)) }
        return chosen
    }

    /// The block as a table in the page's tree: the `title` column links each
    /// model's page, number columns align right, a missing value is "—".
    public func table(for models: [(index: Int, page: PageSource)], href: (Int) -> String?, at position: SourcePoint) -> Table {
        let numeric = columns.map { path in
            models.contains { ModelField.value(path, of: $0.page)?.number != nil }
        }
        let header = TableRow(cells: headers.map { TableCell(content: [.text($0)], position: position) }, position: position)
        let rows = models.map { model -> TableRow in
            let cells = columns.map { path -> TableCell in
                let text = ModelField.value(path, of: model.page)?.display ?? "—"
                if path == "title", let destination = href(model.index) {
                    return TableCell(content: [.mention(destination: destination, text: text)], position: position)
                }
                return TableCell(content: [.text(text)], position: position)
            }
            return TableRow(cells: cells, position: position)
        }
        return Table(alignments: numeric.map { $0 ? .right : .none }, header: header, rows: rows, position: position)
    }
}

extension ModelsBlock {
    /// Replaces every `models` block of a document by its table. A block with
    /// errors stays a code block and its diagnostics are returned; the models
    /// a table lists count as mentioned.
    public static func expand(
        _ document: Document, path: String, catalog: ModelCatalog,
        href: (Int) -> String?, mentioned: inout Set<Int>, diagnostics: inout [Diagnostic]
    ) -> Document {
        func visit(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .codeBlock(let info, let literal, let position) where info.split(separator: " ").first == Substring(infoString):
                    let (parsed, found) = parse(literal, path: path, firstLine: position.line + 1, catalog: catalog)
                    diagnostics += found
                    guard let parsed else { return block }
                    let chosen = parsed.select(catalog.models)
                    for model in chosen { mentioned.insert(model.index) }
                    return .table(parsed.table(for: chosen, href: href, at: position))
                case .blockQuote(let children): return .blockQuote(visit(children))
                case .list(let info, let items): return .list(info, items.map { ListItem(task: $0.task, blocks: visit($0.blocks)) })
                default: return block
                }
            }
        }
        return Document(blocks: visit(document.blocks))
    }
}

/// The site's models and the fields they answer to, worked out once per build
/// for every `models` block (and chart) to use.
public struct ModelCatalog: Sendable {
    public let models: [(index: Int, page: PageSource)]
    public let scoreCategories: Set<String>
    public let extraKeys: Set<String>
    public let knownPaths: [String]

    public init(models: [(index: Int, page: PageSource)]) {
        self.models = models
        scoreCategories = Set(models.flatMap { $0.page.model?.scores.map(\.category) ?? [] })
        extraKeys = ModelField.extraKeys(of: models.map(\.page))
        knownPaths = ModelField.knownPaths(scoreCategories: scoreCategories, extraKeys: extraKeys)
    }

    public func isKnown(_ path: String) -> Bool {
        ModelField.isKnown(path, scoreCategories: scoreCategories, extraKeys: extraKeys)
    }
}
