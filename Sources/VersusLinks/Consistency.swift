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
    /// Each figure's value on an article's date, from the models' history.
    let provenance: Provenance

    /// A header that is a score category ("Coding", "Long context") checks
    /// `scores.<category>` without a `data_columns` entry; `data_columns`
    /// adds headers and wins where both name one.
    public init(columns: [SiteConfig.DataColumn], scoreCategories: Set<String> = [], matcher: NameMatcher, models: [Int: PageSource],
                provenance: Provenance = Provenance(config: SiteConfig(title: ""), today: nil)) {
        var byHeader: [String: String] = [:]
        // Sorted, so that a category spelt two ways (a warning of its own)
        // maps to one field on every run.
        for category in scoreCategories.sorted().reversed() { byHeader[ScoreSpelling.key(category)] = "scores." + category }
        for column in columns { byHeader[column.header.lowercased()] = column.path }
        self.columns = byHeader
        self.matcher = matcher
        self.models = models
        self.provenance = provenance
    }

    /// A cell whose figure was right on the article's date but has changed
    /// since: the text the page adds to it ("now $0.55 since 2026-01-10") and
    /// the model page it links to (its history).
    public struct Mark: Sendable, Equatable {
        public var at: SourcePoint
        public var model: Int
        public var text: String
    }

    public func check(_ document: Document, path: String, date: Day? = nil) -> [Diagnostic] {
        var reads: Set<FieldRead> = []
        var marks: [Mark] = []
        return check(document, path: path, date: date, reads: &reads, marks: &marks)
    }

    /// `reads`: the model fields the check compared (a row naming a model,
    /// under a mapped header), so that a change of other fields needs no new
    /// check. `date`: the article's `last_updated`, which figures are read as
    /// of. `marks`: the cells right then but changed since.
    public func check(_ document: Document, path: String, date: Day?, reads: inout Set<FieldRead>, marks: inout [Mark]) -> [Diagnostic] {
        guard !columns.isEmpty, !models.isEmpty else { return [] }
        var out: [Diagnostic] = []
        document.forEachBlock { block in
            if case .table(let table) = block { out += check(table, path: path, date: date, reads: &reads, marks: &marks) }
        }
        return out
    }

    /// The document with each marked cell followed by its mark, a link to the
    /// model's history (`href` gives a model's page from this one).
    public static func apply(_ marks: [Mark], to document: Document, href: (Int) -> String?) -> Document {
        guard !marks.isEmpty else { return document }
        var byPlace: [SourcePoint: Mark] = [:]
        for mark in marks { byPlace[mark.at] = mark }
        return document.rewritingBlocks { block in
            guard case .table(var table) = block else { return block }
            var changed = false
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices {
                    guard let mark = byPlace[table.rows[r].cells[c].position] else { continue }
                    let link = (href(mark.model) ?? "") + "#history"
                    table.rows[r].cells[c].content.append(.html(
                        " <a class=\"figure-since\" href=\"\(HTML.escape(link))\">\(HTML.escape(mark.text))</a>"))
                    changed = true
                }
            }
            return changed ? .table(table) : block
        }
    }

    func check(_ table: Table, path: String, date: Day?, reads: inout Set<FieldRead>, marks: inout [Mark]) -> [Diagnostic] {
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
                func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
                if same(reading, expected) { continue }
                // With a history, the figure is read as of the article's date.
                if let date, let modelData = model.model, !modelData.history.isEmpty,
                   let dated = provenance.value(field, of: modelData, on: date), let then = dated.then, then != dated.now {
                    if same(reading, then) {
                        let now = ModelField.display(field, dated.now)
                        marks.append(Mark(at: cell.position, model: index,
                                          text: "now \(now)" + (dated.since.map { " since \($0)" } ?? "")))
                    } else {
                        out.append(Diagnostic(
                            .figureMismatchOnDate(header: header, model: model.title, written: written,
                                                  then: ModelField.display(field, then), day: "\(date)",
                                                  now: data.display, field: field, path: model.path),
                            at: SourceLocation(path: path, line: cell.position.line, column: cell.position.column)))
                    }
                    continue
                }
                out.append(Diagnostic(
                    .figureMismatch(header: header, model: model.title, written: written, expected: data.display,
                                    field: field, path: model.path),
                    at: SourceLocation(path: path, line: cell.position.line, column: cell.position.column)))
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

