import Testing
import VersusCore
@testable import VersusContent

/// Sources, dates and history read from front matter, and what `Provenance`
/// makes of them: each figure's source and date, its value on a given day,
/// the changes, the order of citations and the age of a figure.
@Suite struct FigureDataTests {
    func model(_ yaml: String) throws -> PageSource {
        let (page, diagnostics) = PageReader.read(path: "Content/models/m.md", bytes: Array("---\ntitle: Tern 4\ntype: model\n\(yaml)\n---\nText.\n".utf8))
        #expect(diagnostics.map(\.said) == [])
        return try #require(page)
    }

    func config(_ yaml: String) throws -> SiteConfig {
        let (config, diagnostics) = SiteConfig.read(bytes: Array("title: T\n\(yaml)".utf8))
        #expect(diagnostics.map(\.said) == [])
        return try #require(config)
    }

    @Test func daysCountFromTheEpochAndBack() throws {
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(Day("2000-03-01")!.ordinal == 11017)
        #expect(Day("2026-10-01")!.ordinal - Day("2026-04-10")!.ordinal == 174)
        #expect(Day("1969-12-31")!.ordinal == -1)
        #expect(Day(secondsSince1970: 1_790_856_000) == Day("2026-10-01"))
        #expect(Day(secondsSince1970: -1) == Day("1969-12-31"))
        for ordinal in stride(from: -719_000, through: 800_000, by: 997) {
            let day = Day(secondsSince1970: Double(ordinal) * 86400 + 3600)
            #expect(day.ordinal == ordinal)
            #expect(Day(day.description) == day)
        }
    }

    @Test func aFigureInTheLongFormKeepsItsValueSourceAndDate() throws {
        let page = try model("""
            as_of: 2026-04-08
            source: vendor
            sources:
              vendor: {title: "Price list", url: "https://example.org/p", as_of: 2026-04-01}
            pricing: {input: {value: 0.55, source: review, as_of: 2026-03-01}, output: 2.19}
            scores: {math: {value: 94}}
            context_k: {value: 128, as_of: 2026-02-01}
            """)
        let model = try #require(page.model)
        #expect(model.pricing == Model.Pricing(input: 0.55, output: 2.19))
        #expect(model.score("math") == 94)
        #expect(model.figures.map(\.path) == ["pricing.input", "pricing.output", "scores.math", "context_k"])
        #expect(model.notes["pricing.input"]?.source?.key == "review")
        #expect(model.notes["pricing.input"]?.asOf == Day("2026-03-01"))
        #expect(model.notes["pricing.input"]?.location == SourceLocation(path: "Content/models/m.md", line: 8, column: 26))
        #expect(page.params.first { $0.key == "context_k" }?.value == .double(128))
        #expect(model.sources.map(\.title) == ["Price list"])

        // A figure's date is its own, else its page's, else its source's.
        let provenance = Provenance(config: try config("sources:\n  review: {title: Review, as_of: 2026-01-01}\n"), today: nil)
        let figures = provenance.figures(of: model)
        #expect(figures.map { $0.asOf?.description ?? "-" } == ["2026-03-01", "2026-04-08", "2026-04-08", "2026-02-01"])
        #expect(figures.map { $0.source?.key ?? "-" } == ["review", "vendor", "vendor", "vendor"])
        var undated = model
        undated.asOf = nil
        #expect(provenance.figures(of: undated).map { $0.asOf?.description ?? "-" } == ["2026-03-01", "2026-04-01", "2026-04-01", "2026-02-01"])
        #expect(provenance.cited(by: model).map(\.key) == ["review", "vendor"])
    }

    @Test func aFigureIsReadAsOfADay() throws {
        let model = try #require(try model("""
            as_of: 2026-06-01
            pricing: {input: 0.40}
            history:
              - {date: 2026-03-10, pricing: {input: 0.50}, note: cut}
              - {date: 2026-01-15, pricing: {input: 0.60}, note: launch}
              - {date: 2026-02-01, pricing: {input: 0.60}}
            """).model)
        let provenance = Provenance(config: SiteConfig(title: "T"), today: nil)
        func on(_ day: String) -> String {
            guard let v = provenance.value("pricing.input", of: model, on: Day(day)!) else { return "-" }
            return "\(v.then.map { "\($0)" } ?? "?") \(v.now) \(v.since.map(\.description) ?? "-")"
        }
        #expect(on("2025-12-01") == "? 0.4 2026-06-01")  // before the history: nothing is known of that day
        #expect(on("2026-01-15") == "0.6 0.4 2026-06-01")
        #expect(on("2026-03-09") == "0.6 0.4 2026-06-01")
        #expect(on("2026-03-10") == "0.5 0.4 2026-06-01")
        #expect(on("2026-07-01") == "0.4 0.4 2026-06-01")
        // A value confirmed again (0.60 on 2026-02-01) is not a change.
        #expect(provenance.changes(of: model).map { "\($0.date!) \($0.from.map { "\($0)" } ?? "-")→\($0.to) \($0.note ?? "")" } == [
            "2026-01-15 -→0.6 launch", "2026-03-10 0.6→0.5 cut", "2026-06-01 0.5→0.4 ",
        ])
        #expect(provenance.value("scores.math", of: model, on: Day("2026-01-01")!) == nil)
    }

    @Test func aFigureIsStaleAfterTheSitesLimitOnTheBuildsDate() throws {
        let page = try model("as_of: 2026-04-10\nscores: {math: 90, speed: {value: 80, as_of: 2026-09-01}}")
        let config = try config("stale_after_days: 180\n")
        let within = Provenance(config: config, today: Day("2026-10-07"))
        #expect(within.figures(of: page.model!).map(\.isStale) == [false, false])
        let after = Provenance(config: config, today: Day("2026-10-08"))
        #expect(after.figures(of: page.model!).map(\.isStale) == [true, false])
        #expect(after.problems(of: page).map(\.said) == [
            "Content/models/m.md:4:1: warning: this page's as_of is 2026-04-10, 181 days ago (stale_after_days: 180), and 1 figure takes that date: check it against the source and update the date",
        ])
        #expect(after.problems(of: page).map(\.problem.code) == [.V127])
        // Without a limit, no figure is ever stale.
        #expect(Provenance(config: SiteConfig(title: "T"), today: Day("2030-01-01")).figures(of: page.model!).allSatisfy { !$0.isStale })
    }
}
