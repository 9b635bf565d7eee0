import VersusContent
import VersusCore
import VersusMarkdown

/// One source of truth for the figures: in a hand-written table whose row
/// names a model, a cell under a header that `site.yml` maps to a model field
/// (`data_columns: {Input: pricing.input}`) must agree with the model's page.
/// A disagreement is a warning at the cell (an error under `--strict`).
public struct ConsistencyCheck: Sendable {
    let columns: [String: String]
    let matcher: NameMatcher
    /// Model value (as given to the matcher) → the model's page.
    let models: [Int: PageSource]

    /// A header that is a score category ("Coding", "Long context") checks
    /// `scores.<category>` without a `data_columns` entry; `data_columns`
    /// adds headers and wins where both name one.
    public init(columns: [SiteConfig.DataColumn], scoreCategories: Set<String> = [], matcher: NameMatcher, models: [Int: PageSource]) {
        var byHeader: [String: String] = [:]
        // Sorted, so that a category spelt two ways (a warning of its own)
        // maps to one field on every run.
        for category in scoreCategories.sorted().reversed() { byHeader[ScoreSpelling.key(category)] = "scores." + category }
        for column in columns { byHeader[column.header.lowercased()] = column.path }
        self.columns = byHeader
        self.matcher = matcher
        self.models = models
    }

    public func check(_ document: Document, path: String) -> [Diagnostic] {
        var reads: Set<FieldRead> = []
        return check(document, path: path, reads: &reads)
    }

    /// `reads`: the model fields the check compared (a row naming a model,
    /// under a mapped header), so that a change of other fields needs no new check.
    public func check(_ document: Document, path: String, reads: inout Set<FieldRead>) -> [Diagnostic] {
        guard !columns.isEmpty, !models.isEmpty else { return [] }
        var out: [Diagnostic] = []
        document.forEachBlock { block in
            if case .table(let table) = block { out += check(table, path: path, reads: &reads) }
        }
        return out
    }

    func check(_ table: Table, path: String, reads: inout Set<FieldRead>) -> [Diagnostic] {
        let mapped: [(column: Int, header: String, field: String)] = table.header.cells.enumerated().compactMap { i, cell in
            let header = cell.content.plainText.trimmingWhitespace()
            return (columns[header.lowercased()] ?? columns[ScoreSpelling.key(header)]).map { (i, header, $0) }
        }
        guard !mapped.isEmpty else { return [] }
        var out: [Diagnostic] = []
        for row in table.rows {
            guard let (index, model) = rowModel(row) else { continue }
            for (column, header, field) in mapped where column < row.cells.count {
                reads.insert(FieldRead(model: index, field: field))
                let cell = row.cells[column]
                let written = cell.content.plainText.trimmingWhitespace()
                guard let reading = NumberReader.value(written),
                      let data = ModelField.value(field, of: model), let expected = data.number else { continue }
                if abs(reading - expected) > 1e-9 * max(1, abs(expected)) {
                    out.append(Diagnostic(
                        .figureMismatch(header: header, model: model.title, written: written, expected: data.display,
                                        field: field, path: model.path),
                        at: SourceLocation(path: path, line: cell.position.line, column: cell.position.column)))
                }
            }
        }
        return out
    }

    /// The one model a row is about: a cell whose whole text is a model's name
    /// or alias. Rows naming two models (a head-to-head row) are about neither.
    func rowModel(_ row: TableRow) -> (index: Int, page: PageSource)? {
        var found: Set<Int> = []
        for cell in row.cells {
            let text = cell.content.plainText.trimmingWhitespace()
            let matches = matcher.matches(in: text)
            if matches.count == 1, matches[0].start == 0, matches[0].end == text.utf8.count {
                found.insert(matches[0].value)
            }
        }
        guard found.count == 1, let value = found.first, let page = models[value] else { return nil }
        return (value, page)
    }
}

