import VersusContent
import VersusCore
import VersusTemplates

/// What a model page says of where its figures come from and when they were
/// true: a numbered mark per figure (the number of its source in the page's
/// Sources list), its "as of" date where it differs from the page's, a flag
/// for a stale figure, the Sources list itself and the table of changes.
/// Built from `Provenance`, like the API and /changes/, so all three agree.
struct Citations {
    let figures: [String: Provenance.Figure]
    let sources: [FigureSource]
    let number: [String: Int]
    /// The date every figure shares, when they share one.
    let commonDate: Day?
    let changes: [Provenance.Change]
    let provenance: Provenance

    init(_ model: Model, provenance: Provenance) {
        self.provenance = provenance
        let all = provenance.figures(of: model)
        var byPath: [String: Provenance.Figure] = [:]
        for figure in all { byPath[figure.path] = figure }
        figures = byPath
        sources = provenance.cited(by: model)
        var number: [String: Int] = [:]
        for (i, source) in sources.enumerated() { number[source.key] = i + 1 }
        self.number = number
        let dates = Set(all.map(\.asOf))
        commonDate = dates.count == 1 ? dates.first! : nil
        changes = provenance.changes(of: model)
    }

    /// Adds a figure's mark and date to its row: `source_number`,
    /// `source_title`, `as_of` (ISO), `as_of_long`, `show_as_of` (when it
    /// is not the page's common date), `is_stale`.
    func mark(_ path: String, into row: inout [String: TemplateValue]) {
        guard let figure = figures[path] else { return }
        if let source = figure.source, let n = number[source.key] {
            row["source_number"] = .int(n)
            row["source_title"] = .text(source.title)
        }
        if let day = figure.asOf {
            row["as_of"] = .text(day.description)
            row["as_of_long"] = .text(day.longForm)
            row["show_as_of"] = .bool(commonDate == nil)
        }
        row["is_stale"] = .bool(figure.isStale)
    }

    /// The page-wide values: `figures_as_of`, `sources`, `changes`.
    func summary(into view: inout [String: TemplateValue]) {
        if let day = commonDate {
            view["figures_as_of"] = .text(day.description)
            view["figures_as_of_long"] = .text(day.longForm)
        }
        view["has_stale_figures"] = .bool(figures.values.contains { $0.isStale })
        view["sources"] = .list(sources.enumerated().map { i, source in
            var row: [String: TemplateValue] = ["number": .int(i + 1), "title": .text(source.title), "key": .text(source.key)]
            if let path = source.sitePath {
                row["url"] = .text(path)
                row["is_internal"] = true
            } else if let url = source.url {
                row["href"] = .text(url)
            }
            if let day = source.asOf {
                row["as_of"] = .text(day.description)
                row["as_of_long"] = .text(day.longForm)
            }
            return .object(row)
        })
        view["has_sources"] = .bool(!sources.isEmpty)
        // Newest first; one date's changes in the page's order of figures.
        var groups: [[Provenance.Change]] = []
        for change in changes {
            if let last = groups.last?.last, last.date == change.date { groups[groups.count - 1].append(change) } else { groups.append([change]) }
        }
        view["changes"] = .list(groups.reversed().flatMap { $0 }.map { change in
            var row: [String: TemplateValue] = [
                "figure": .text(ModelField.label(change.path)), "path": .text(change.path),
                "to": .text(ModelField.display(change.path, change.to)),
                "is_first": .bool(change.from == nil),
            ]
            if let from = change.from { row["from"] = .text(ModelField.display(change.path, from)) }
            if let day = change.date {
                row["date"] = .text(day.description)
                row["date_long"] = .text(day.longForm)
                row["date_short"] = .text(day.shortForm)
            }
            if let note = change.note { row["note"] = .text(note) }
            if let source = change.source {
                row["source_title"] = .text(source.title)
                if let n = number[source.key] { row["source_number"] = .int(n) }
            }
            return .object(row)
        })
        view["has_changes"] = .bool(!changes.isEmpty)
    }
}
