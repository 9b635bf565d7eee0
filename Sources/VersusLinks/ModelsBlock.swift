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
        for key in reader.keys where !options.contains(key) {
            reader.reportAtKey(.unknownOption(block: infoString, option: key, meant: Suggestion.closest(to: key, among: options),
                                              known: ["columns", "headers", "where", "sort", "limit"]), key)
        }
        var block = ModelsBlock(columns: [], headers: [], filters: [], sort: nil, limit: nil)
        if let columns = reader.stringList("columns"), !columns.isEmpty {
            block.columns = columns.filter { checkPath($0, option: "column", key: "columns", catalog: catalog, reader: &reader) }
        } else if reader.valueNode("columns") == nil {
            reader.reportAtKey(.needsColumns, "columns")
        }
        if let headers = reader.stringList("headers") {
            if headers.count != (reader.stringList("columns") ?? []).count {
                reader.reportAtKey(.headersCount(headers: headers.count, columns: (reader.stringList("columns") ?? []).count), "headers")
            }
            block.headers = headers
        }
        readSelection(into: &block, from: &reader, catalog: catalog, sortKey: "sort")
        if block.headers.count != block.columns.count { block.headers = block.columns.map(ModelField.defaultHeader) }
        let errors = reader.diagnostics.filter { $0.severity == .error }
        return (errors.isEmpty ? block : nil, reader.diagnostics)
    }

    /// A selection of models read from a chart's options (`where`, `sort`,
    /// `limit`, as in a models block), with every problem at its own line.
    public static func selection(from reader: inout YAMLReader, catalog: ModelCatalog, sortKey: String?) -> ModelsBlock {
        var block = ModelsBlock(columns: [], headers: [], filters: [], sort: nil, limit: nil)
        readSelection(into: &block, from: &reader, catalog: catalog, sortKey: sortKey)
        return block
    }

    static func checkPath(_ field: String, option: String, key: String, catalog: ModelCatalog, reader: inout YAMLReader) -> Bool {
        if catalog.isKnown(field) { return true }
        let known = catalog.knownPaths
        reader.reportAtKey(.unknownField(option: option, field: field, meant: Suggestion.closest(to: field, among: known), known: known), key)
        return false
    }

    /// `where`, `sort` and `limit`. A `where` value that no model has (often a
    /// typo: `vendor: Antropic`) is a warning naming the value meant, since
    /// the table would come out empty or short without a word.
    static func readSelection(into block: inout ModelsBlock, from reader: inout YAMLReader, catalog: ModelCatalog, sortKey: String?) {
        if let entries = reader.entries("where") {
            for entry in entries {
                guard checkPath(entry.key, option: "where key", key: "where", catalog: catalog, reader: &reader) else { continue }
                let written: [String]
                if case .list(let items) = entry.value { written = items.map(\.text) } else { written = [entry.value.text] }
                guard let (values, problems) = whereValues(entry.key, written: written, at: entry.location, catalog: catalog) else {
                    reader.reportAtKey(.whereKeyEmpty(key: entry.key), "where")
                    continue
                }
                for problem in problems { reader.add(problem) }
                block.filters.append((entry.key, values))
            }
        }
        if let sortKey, let sort = reader.string(sortKey) {
            let descending = sort.hasPrefix("-")
            let field = descending ? String(sort.dropFirst()) : sort
            if checkPath(field, option: "sort", key: sortKey, catalog: catalog, reader: &reader) { block.sort = (field, descending) }
        }
        if let limit = reader.int("limit") {
            if limit > 0 { block.limit = limit } else { reader.reportAtKey(.limitTooSmall(limit: limit), "limit") }
        }
    }

    /// One `where` entry's values as filters compare them (lowercased,
    /// numbers in one form), and a warning, naming the value meant, for each
    /// value no model has. Nil when no model has the field at all. Shared by
    /// `models` blocks, charts and `compare.all`.
    static func whereValues(_ key: String, written: [String], at location: SourceLocation,
                            catalog: ModelCatalog) -> (values: [String], problems: [Diagnostic])? {
        let present = catalog.models.compactMap { ModelField.value(key, of: $0.page) }
        if present.isEmpty { return nil }
        let values = written.map { text in
            let lowered = text.lowercased()
            return NumberReader.value(lowered).map(NumberFormat.plain) ?? lowered
        }
        let comparable = Set(catalog.models.flatMap { ModelField.filterForms(key, of: $0.page) })
        var problems: [Diagnostic] = []
        for (text, value) in zip(written, values) where !comparable.contains(value) {
            let shown = Array(Set(present.map(\.display) + (key == "weights" ? ["open", "proprietary"] : []))).sorted()
            problems.append(Diagnostic(.whereValueUnknown(key: key, value: text, meant: Suggestion.closest(to: text, among: shown)),
                                       at: location))
        }
        return (values, problems)
    }

    /// Whether a model page passes every filter (a value of each).
    static func keeps(_ page: PageSource, _ filters: [(path: String, values: [String])]) -> Bool {
        filters.allSatisfy { filter in ModelField.filterForms(filter.path, of: page).contains(where: filter.values.contains) }
    }

    /// The models the block lists, in order: filtered, sorted (models without
    /// the sort field last, then by title), limited.
    public func select(_ models: [(index: Int, page: PageSource)]) -> [(index: Int, page: PageSource)] {
        var chosen = models.filter { Self.keeps($0.page, filters) }
        // Each model's sort value and title read once, not at each comparison
        // (a model's data is a large value to copy).
        let keys = chosen.map { model in (value: sort.flatMap { ModelField.value($0.path, of: model.page) },
                                          title: model.page.title.lowercased()) }
        var order = Array(chosen.indices)
        order.sort { i, j in
            let (a, b) = (keys[i], keys[j])
            if let sort {
                switch (a.value, b.value) {
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
            return a.title < b.title
        }
        chosen = order.map { chosen[$0] }
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
            var row = TableRow(cells: cells, position: position)
            row.data = Self.rowData(model.page)
            return row
        }
        return Table(alignments: numeric.map { $0 ? .right : .none }, header: header, rows: rows, position: position)
    }

    /// The fields `rowData` reads, beyond the columns shown.
    static let rowDataFields = ["weights", "vendor", "license", "parameters", "hardware"]

    /// What the table script filters a model's row by: its weights, its
    /// vendor, and the words of every text key (`data-words`; not `data-search`, which names the search box), shown or not.
    public static func rowData(_ page: PageSource) -> [RowData] {
        guard let model = page.model else { return [] }
        var out: [RowData] = []
        if let weights = model.weights { out.append(RowData("weights", weights.rawValue)) }
        if let vendor = model.vendor { out.append(RowData("vendor", vendor)) }
        out.append(RowData("words", words(page)))
        return out
    }

    /// A model's text keys, shown or not, lowercased: what a filter box matches.
    public static func words(_ page: PageSource) -> String {
        guard let model = page.model else { return "" }
        var words = [page.title] + model.aliases
        words += [model.vendor, model.weights?.label, model.license, model.parameters, model.hardware].compactMap { $0 }
        for param in page.params { if case .string(let text) = param.value { words.append(text) } }
        return words.joined(separator: " ").lowercased()
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
        var reads: Set<FieldRead> = []
        return expand(document, path: path, catalog: catalog, href: href, mentioned: &mentioned, diagnostics: &diagnostics,
                      reads: &reads)
    }

    /// `reads`: the model fields the blocks read (`FieldRead`).
    public static func expand(
        _ document: Document, path: String, catalog: ModelCatalog,
        href: (Int) -> String?, mentioned: inout Set<Int>, diagnostics: inout [Diagnostic], reads: inout Set<FieldRead>
    ) -> Document {
        var count = 0
        return document.rewritingBlocks { block in
            guard case .codeBlock(_, let literal, let position) = block, block.isFence(infoString) else { return block }
            let (parsed, found) = parse(literal, path: path, firstLine: position.line + 1, catalog: catalog)
            diagnostics += found
            guard let parsed else { return block }
            let chosen = parsed.select(catalog.models)
            if chosen.isEmpty && !found.contains(where: { $0.code == .V075 }) {
                diagnostics.append(Diagnostic(.blockEmpty(block: infoString),
                                              at: SourceLocation(path: path, line: position.line, column: position.column)))
            }
            for model in chosen { mentioned.insert(model.index) }
            reads.formUnion(parsed.reads(shown: parsed.columns + rowDataFields, chosen: chosen, of: catalog))
            var table = parsed.table(for: chosen, href: href, at: position)
            count += 1
            table.sortable = "models-\(count)"
            return .table(table)
        }
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
