import Foundation
import Testing

/// Sources, dates and history of figures, as an editor writes them and a
/// reader sees them: the `figures` fixture (another publication, with the
/// repository's theme) built on a fixed date, and every mistake of the
/// richer form reported at its place.
@Suite struct FiguresTests {
    /// 2026-10-01, noon UTC.
    static let buildDate = ["SOURCE_DATE_EPOCH": "1790856000"]

    @Test func thePublicationShowsSourcesDatesAndChanges() throws {
        let site = try ScratchSite(copying: "figures")
        let run = try VersusBinary.run(["build", "--root", site.root], environment: Self.buildDate)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.diagnosticLines == [
            "Content/comparisons/winter.md:11:12: warning[V063]: Input of Heron 2 is $0.55 here, but its model data says $0.60 on 2026-02-01 (the article's last_updated) and $0.40 now (pricing.input in Content/models/heron.md)",
            "Content/models/marlin.md:7:1: warning[V127]: this page's as_of is 2026-01-05, 269 days ago (stale_after_days: 200), and 2 figures take that date: check them against the source and update the date",
        ])

        // An article's figures right on its date but changed since: marked,
        // with a link to the model's history; the figure right now is not.
        let spring = try #require(site.read("Output/comparisons/spring-prices/index.html"))
        #expect(spring.contains("<td class=\"align-right\">$0.50 <a class=\"figure-since\" href=\"../../models/heron/#history\">now $0.40 since 2026-06-01</a></td>"))
        #expect(spring.contains("<td class=\"align-right\">$2.00 <a class=\"figure-since\" href=\"../../models/heron/#history\">now $1.60 since 2026-06-01</a></td>"))
        #expect(spring.contains("<td class=\"align-right\">$3.00</td>"))
        #expect(spring.components(separatedBy: "figure-since").count == 3)

        // The model page: a numbered mark per figure, dates where they are
        // not the page's, the Sources list, the table of changes and charts.
        let heron = try #require(site.read("Output/models/heron/index.html"))
        #expect(heron.contains("<span class=\"figure\">$0.40</span><sup class=\"cite\"><a href=\"#source-1\" aria-label=\"source 1: Fjord AI price list\">1</a></sup>"))
        #expect(heron.contains("<span class=\"value\">81<sup class=\"cite\"><a href=\"#source-2\" aria-label=\"source 2: Glasshouse bench runs\">2</a></sup></span></span><span class=\"as-of\">as of <time datetime=\"2026-05-20\">20 May 2026</time></span>"))
        #expect(heron.contains("""
            <li id="source-1"><a href="https://fjord.example.com/pricing">Fjord AI price list</a>, <time datetime="2026-06-01">1 June 2026</time></li>
            <li id="source-2"><a href="../../method/">Glasshouse bench runs</a>, <time datetime="2026-03-01">1 March 2026</time></li>
            <li id="source-3"><a href="https://board.example.com/">Open model board</a>, <time datetime="2026-02-15">15 February 2026</time></li>
            """))
        let rows = heron.components(separatedBy: "<table class=\"changes\">")[1].components(separatedBy: "</tbody>")[0]
            .split(separator: "\n").filter { $0.hasPrefix("<tr><td>") }.map { String($0) }
        #expect(rows.map { row in row.replacingOccurrences(of: "<[^>]+>", with: "|", options: .regularExpression)
            .split(separator: "|").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: " / ") } == [
            "1 Jun 2026 / Input price / $0.50 → $0.40 / Fjord AI price list",
            "1 Jun 2026 / Output price / $2.00 → $1.60 / Fjord AI price list",
            "20 May 2026 / Reasoning score / 74 → 81 / Glasshouse bench runs",
            "10 Mar 2026 / Input price / $0.60 → $0.50 / first cut / Fjord AI price list",
            "15 Jan 2026 / Input price / first recorded: $0.60 / launch price / Fjord AI price list",
            "15 Jan 2026 / Output price / first recorded: $2.00 / launch price / Fjord AI price list",
            "1 Dec 2025 / Reasoning score / first recorded: 74 / Open model board",
        ])
        #expect(heron.contains("<title id=\"price-history-title\">Heron 2: prices over time</title>"))
        #expect(heron.contains("<title id=\"score-history-title\">Heron 2: scores over time</title>"))
        // A stale figure says so; a model without sources or dates shows neither.
        let marlin = try #require(site.read("Output/models/marlin/index.html"))
        #expect(marlin.contains("<p class=\"figures-as-of\">Figures as of <time datetime=\"2026-01-05\">5 January 2026</time> <span class=\"stale-note\">(due for a check)</span>"))
        let puffin = try #require(site.read("Output/models/puffin/index.html"))
        #expect(!puffin.contains("class=\"cite\"") && !puffin.contains("figures-as-of") && !puffin.contains("id=\"history\""))

        // /changes/: every dated change of every model, newest first, its feed and its data.
        let changes = try #require(site.read("Output/changes/index.html"))
        #expect(changes.components(separatedBy: "<tr><td><time").count == 5)
        #expect(changes.contains("<a href=\"../changes/feed.xml\">Follow the changes (Atom feed)</a>"))
        let feed = try #require(site.read("Output/changes/feed.xml"))
        #expect(feed.contains("<title>Heron 2: 2 figures changed</title>"))
        #expect(feed.contains("<summary>Input price: $0.60 → $0.50 (first cut)</summary>"))
        #expect(feed.components(separatedBy: "<entry>").count == 4)
        let api = try #require(site.read("Output/api/changes.json"))
        #expect(api.hasPrefix("{\"version\":1,\"changes\":[\n{\"date\":\"2026-06-01\",\"model\":\"heron\",\"url\":\"/models/heron/\",\"figure\":\"pricing.input\",\"from\":0.5,\"to\":0.4,\"source\":{\"id\":\"vendor\""))
        let models = try #require(site.read("Output/api/models.json"))
        #expect(models.contains("\"scores.reasoning\":{\"value\":81,\"source\":{\"id\":\"bench\",\"title\":\"Glasshouse bench runs\",\"url\":\"/method/\",\"as_of\":\"2026-03-01\"},\"as_of\":\"2026-05-20\"}"))
        #expect(models.contains("\"figures\":{\"pricing.input\":{\"value\":0.1},\"pricing.output\":{\"value\":0.3},\"scores.coding\":{\"value\":52}}"))
    }

    /// The build's date is the clock's, or SOURCE_DATE_EPOCH's: the same
    /// figures are fresh on one date and stale on a later one.
    @Test func stalenessIsMeasuredOnTheBuildsDate() throws {
        let site = try ScratchSite(copying: "figures")
        let early = try VersusBinary.run(["check", "--root", site.root], environment: ["SOURCE_DATE_EPOCH": "1775000000"])
        #expect(!early.stderr.contains("V127"), "\(early.stderr)")
        let late = try VersusBinary.run(["check", "--root", site.root], environment: ["SOURCE_DATE_EPOCH": "1900000000"])
        #expect(late.diagnosticLines.filter { $0.contains("[V127]") }.count == 3, "\(late.stderr)")
    }

    /// The build cache trusts its last build only until the first day a
    /// figure turns stale: on that day the same input builds again, with the
    /// new warning, instead of printing the old ones as up to date.
    @Test func theCacheIsNotTrustedPastTheDayAFigureTurnsStale() throws {
        let site = try ScratchSite(copying: "figures")
        #expect(try VersusBinary.run(["build", "--root", site.root], environment: Self.buildDate).status == 0)
        let again = try VersusBinary.run(["build", "--root", site.root], environment: Self.buildDate)
        #expect(again.stderr.contains("is up to date"), "\(again.stderr)")
        // Heron 2's reasoning score (as of 2026-05-20) is stale from 2026-12-07 on.
        let dayBefore = try VersusBinary.run(["build", "--root", site.root], environment: ["SOURCE_DATE_EPOCH": "1796558400"])
        #expect(dayBefore.stderr.contains("is up to date"), "\(dayBefore.stderr)")
        let later = try VersusBinary.run(["build", "--root", site.root], environment: ["SOURCE_DATE_EPOCH": "1796644800"])
        #expect(!later.stderr.contains("is up to date"), "\(later.stderr)")
        // A build dated before the record's day finds dates in the future: never "up to date".
        let earlier = try VersusBinary.run(["build", "--root", site.root], environment: ["SOURCE_DATE_EPOCH": "1777680000"])
        #expect(!earlier.stderr.contains("is up to date"), "\(earlier.stderr)")
        #expect(earlier.diagnosticLines.contains { $0.contains("error[V126]") })
        #expect(later.diagnosticLines.contains(
            "Content/models/heron.md:13:22: warning[V127]: 'scores.reasoning' is as of 2026-05-20, 201 days ago (stale_after_days: 200): check it against its source and update its as_of"))
    }

    /// A numeric key of the site's own (`range_km`) is a figure like a price:
    /// long form, history, a `data_columns` header, the dated check, the API.
    @Test func aNumericKeyOfTheSitesOwnIsAFigure() throws {
        let site = try ScratchSite(files: [
            "site.yml": "title: Pedal Notes\nbase_url: /notes/\nkeys: {model: [range_km]}\ndata_columns: {Range km: range_km}\n",
            "Templates/page.mustache": "<!DOCTYPE html><title>{{page.title}}</title>{{{page.content}}}",
            "Content/bikes/volt.md": "---\ntitle: Volt Cargo\ntype: model\nrange_km: {value: 82, as_of: 2026-08-01}\nhistory:\n  - {date: 2026-02-01, range_km: 75, note: old battery}\n---\nA cargo bike.\n",
            "Content/reviews/summer.md": "---\ntitle: Summer\ntype: page\nlast_updated: 2026-05-01\n---\n| Bike | Range km |\n|---|---|\n| Volt Cargo | 75 |\n\n| Bike | Range km |\n|---|---|\n| Volt Cargo | 76 |\n",
        ])
        let run = try VersusBinary.run(["build", "--root", site.root], environment: Self.buildDate)
        #expect(run.diagnosticLines == [
            "Content/reviews/summer.md:12:15: warning[V063]: Range km of Volt Cargo is 76 here, but its model data says 75 on 2026-05-01 (the article's last_updated) and 82 now (range_km in Content/bikes/volt.md)",
        ])
        #expect(site.read("Output/reviews/summer/index.html")?.contains("<td>75 <a class=\"figure-since\" href=\"../../bikes/volt/#history\">now 82 since 2026-08-01</a></td>") == true)
        #expect(site.read("Output/api/changes.json")?.contains("\"figure\":\"range_km\",\"from\":75,\"to\":82}") == true)
        #expect(site.read("Output/api/models.json")?.contains("\"figures\":{\"range_km\":{\"value\":82,\"as_of\":\"2026-08-01\"}}") == true)
    }

    /// More slips: a history entry that names no figure, a page source that
    /// hides the site's, a negative price, a text value for a figure of the
    /// site's own, history repeating an undated figure's value (no change,
    /// no warning), and a figure whose value is wrong (one error, not two).
    @Test func historyAndSourceSlipsAreEachReportedOnce() throws {
        let site = try ScratchSite(files: [
            "site.yml": "title: Slips\nsources:\n  board: {title: Board, url: \"https://board.example/\"}\n",
            "Templates/page.mustache": "{{{page.content}}}",
            "Content/models/kite.md": """
                ---
                title: Kite 2
                type: model
                sources:
                  board: {title: "Kite's own board"}
                pricing: {input: -1, output: 2}
                scores: {coding: 52, speed: {value: fast}}
                swe_bench: 40
                history:
                  - {date: 2026-02-01, note: "renamed"}
                  - {date: 2026-03-01, pricing: {output: -2}}
                  - {date: 2026-03-02, swe_bench: "39"}
                  - {date: 2026-03-03, scores: {coding: 52, speed: 40}, pricing: {input: 1}}
                ---
                Kite.

                """,
            "Content/models/robin.md": "---\ntitle: Robin 1\ntype: model\nsource: board\nsources:\n  board: {title: \"Robin's own board\"}\nscores: {coding: 52}\nhistory:\n  - {date: 2026-03-01, scores: {coding: 52}}\n---\nRobin.\n",
        ])
        let run = try VersusBinary.run(["check", "--root", site.root], environment: Self.buildDate)
        #expect(run.diagnosticLines == [
            "Content/models/kite.md:6:18: error[V016]: 'pricing.input' must be a price of 0 or more, not \"-1\"",
            "Content/models/kite.md:7:37: error[V016]: 'scores.speed' must be a number, not \"fast\"",
            "Content/models/kite.md:10:5: warning[V130]: this history entry (2026-02-01) names no figure: its date and note show nowhere; name the figures as they were then",
            "Content/models/kite.md:11:42: error[V016]: 'history pricing.output' must be a price of 0 or more, not \"-2\"",
            "Content/models/kite.md:12:35: error[V016]: 'history swe_bench' must be a number, not \"39\"",
            "Content/models/robin.md:6:3: warning[V131]: this page's source 'board' hides site.yml's source of the same key: give it another key, or remove it to cite the site's",
        ])
    }

    /// A stale date is reported once, where it is written; a history entry
    /// before the release is a likely typo; "did you mean" across case and
    /// for a shortened key, and `date` for an entry's `as_of`.
    @Test func datesAreReportedWhereTheyAreWritten() throws {
        let site = try ScratchSite(files: [
            "site.yml": "title: Dates\nkeys: {model: [latency_ms]}\nstale_after_days: 30\nsources:\n  lab: {title: Lab, as_of: 2026-01-15}\n",
            "Templates/page.mustache": "{{{page.content}}}",
            "Content/models/tern.md": """
                ---
                title: Tern 4
                type: model
                released: 2025-09-10
                source: Lab
                scores: {quality: 87}
                latency_ms: 610
                history:
                  - {date: 2015-09-10, scores: {Quality: 80}}
                  - {date: 2025-10-01, latency: 700}
                  - {as_of: 2025-11-01, scores: {quality: 85}}
                ---
                Tern.

                """,
            "Content/models/gull.md": "---\ntitle: Gull 1\ntype: model\nsource: lab\nscores: {quality: 70}\nlatency_ms: 300\n---\nGull.\n",
        ])
        let run = try VersusBinary.run(["check", "--root", site.root], environment: Self.buildDate)
        #expect(run.diagnosticLines == [
            "Content/models/tern.md:9:42: error[V124]: history names 'scores.Quality', which this model does not have (did you mean scores.quality?)",
            "Content/models/tern.md:10:33: error[V124]: history names 'latency', which this model does not have (did you mean latency_ms?)",
            "Content/models/tern.md:11:5: error[V010]: missing required key 'date'",
            "Content/models/tern.md:11:6: error[V123]: unknown key 'as_of' in a history entry (did you mean date?); known: date, pricing, scores, note, source, a numeric key of the model",
            "site.yml:5:3: warning[V127]: source 'lab' is 2026-01-15, 259 days ago (stale_after_days: 30), and 2 figures take that date: check them against the source and update the date",
        ])
        // With the typos fixed: the source's case, and the dates.
        try site.write("Content/models/tern.md", "---\ntitle: Tern 4\ntype: model\nreleased: 2025-09-10\nsource: Lab\nscores: {quality: 87}\nhistory:\n  - {date: 2015-09-10, scores: {quality: 80}}\n---\nTern.\n")
        let dated = try VersusBinary.run(["check", "--root", site.root], environment: Self.buildDate)
        #expect(dated.diagnosticLines == [
            "Content/models/tern.md:5:9: error[V120]: unknown source 'Lab' (did you mean lab?); defined: lab",
            "Content/models/tern.md:6:19: warning[V129]: 'scores.quality' has history but no date of its own (as_of on the figure, its page or its source): its change cannot be dated and is left out of /changes/",
            "Content/models/tern.md:8:12: warning[V132]: this history entry is dated 2015-09-10, before the model's release (2025-09-10): is the year right?",
            "site.yml:5:3: warning[V127]: source 'lab' is 2026-01-15, 259 days ago (stale_after_days: 30), and 2 figures take that date: check them against the source and update the date",
        ])
    }

    static let mistakes: [String: String] = [
        "site.yml": """
            title: Ledger
            base_url: /
            sources:
              lab: {title: "Lab runs", url: "/notes/", as_of: 2026-09-01}
              broken: {title: "Broken", url: "/labnotes/"}
              future: {title: "Future", as_of: 2027-01-01}
            stale_after_days: 100

            """,
        "Templates/page.mustache": "<!DOCTYPE html><title>{{page.title}}</title>{{{page.content}}}",
        "Content/notes.md": "---\ntitle: Notes\ntype: page\n---\nHow the lab runs.\n",
        "Content/models/wren.md": """
            ---
            title: Wren 3
            type: model
            as_of: April
            pricing:
              input: {value: 2, sorce: lab}
              output: {source: lab}
            scores: {math: 70}
            history:
              - {date: 2026-01-01, scores: {maths: 65}}
              - {date: 2026-01-05, scores: {math: 66}}
              - {date: 2026-01-05, scores: {math: 67}}
              - {note: no date, scores: {math: 60}}
              - {date: 2026-01-07, scores: {math: 64}, sorce: lab}
            ---
            Wren.

            """,
        "Content/models/finch.md": """
            ---
            title: Finch 1
            type: model
            source: labb
            pricing: {input: 1, output: 4}
            scores:
              math: {value: 70, as_of: 2026-02-01}
              speed: {value: 60, as_of: 2026-12-01}
            history:
              - {date: 2026-03-01, scores: {math: 68}}
              - {date: 2027-02-01, scores: {speed: 50}}
              - {date: 2026-01-10, pricing: {input: 1.5}}
              - {date: 2026-01-01, scores: {math: 65}}
            ---
            Finch.

            """,
        "Content/comparisons/dated.md": "---\ntitle: Dated\ntype: page\nlast_updated: 2026-01-20\n---\n| Model | Math |\n|---|---|\n| Finch 1 | 66 |\n",
    ]

    @Test func everyMistakeOfSourcesDatesAndHistoryIsReportedAtItsPlace() throws {
        let site = try ScratchSite(files: Self.mistakes)
        let run = try VersusBinary.run(["check", "--root", site.root], environment: Self.buildDate)
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/comparisons/dated.md:8:12: warning[V063]: Math of Finch 1 is 66 here, but its model data says 65 on 2026-01-20 (the article's last_updated) and 70 now (scores.math in Content/models/finch.md)",
            "Content/models/finch.md:4:9: error[V120]: unknown source 'labb' (did you mean lab?); defined: broken, future, lab",
            "Content/models/finch.md:5:18: warning[V129]: 'pricing.input' has history but no date of its own (as_of on the figure, its page or its source): its change cannot be dated and is left out of /changes/",
            "Content/models/finch.md:7:17: warning[V127]: 'scores.math' is as of 2026-02-01, 242 days ago (stale_after_days: 100): check it against its source and update its as_of",
            "Content/models/finch.md:8:18: error[V126]: scores.speed as_of 2026-12-01 is after the build's date (2026-10-01): a figure cannot be true on a day that has not come",
            "Content/models/finch.md:10:39: warning[V128]: history gives 'scores.math' on 2026-03-01, not before its current value's date (2026-02-01): history holds what a figure was before",
            "Content/models/finch.md:11:12: error[V126]: history date 2027-02-01 is after the build's date (2026-10-01): a figure cannot be true on a day that has not come",
            "Content/models/finch.md:11:40: warning[V128]: history gives 'scores.speed' on 2027-02-01, not before its current value's date (2026-12-01): history holds what a figure was before",
            "Content/models/wren.md:4:8: error[V016]: 'as_of' must be a date as YYYY-MM-DD, not \"April\"",
            "Content/models/wren.md:6:21: error[V123]: unknown key 'sorce' in the figure 'pricing.input' (did you mean source?); known: value, source, as_of",
            "Content/models/wren.md:7:11: error[V122]: 'pricing.output' has no value: the long form is {value: 94, source: review, as_of: 2026-04-10}",
            "Content/models/wren.md:10:40: error[V124]: history names 'scores.maths', which this model does not have (did you mean scores.math?)",
            "Content/models/wren.md:12:39: error[V125]: 'scores.math' has two history entries dated 2026-01-05: keep one",
            "Content/models/wren.md:13:5: error[V010]: missing required key 'date'",
            "Content/models/wren.md:14:44: error[V123]: unknown key 'sorce' in a history entry (did you mean source?); known: date, pricing, scores, note, source, a numeric key of the model",
            "site.yml:5:3: error[V050]: broken link: no page or file at /labnotes/ (did you mean /notes/?)",
            "site.yml:6:3: error[V126]: source 'future' as_of 2027-01-01 is after the build's date (2026-10-01): a figure cannot be true on a day that has not come",
        ])
    }

    @Test func aSourceInSiteYmlNeedsATitleAndAUrlAHostOrASitePath() throws {
        let site = try ScratchSite(files: [
            "site.yml": "title: Ledger\nsources:\n  untitled: {url: \"https://example.com/\"}\n  relative: {title: \"Relative\", url: \"notes/\"}\nstale_after_days: soon\n",
            "Templates/page.mustache": "{{{page.content}}}",
            "Content/index.md": "---\ntitle: Home\ntype: page\n---\nHome.\n",
        ])
        let run = try VersusBinary.run(["check", "--root", site.root], environment: Self.buildDate)
        #expect(run.diagnosticLines == [
            "site.yml:3:3: error[V121]: source 'untitled' has no title: model pages list each source by its title; add title: \"...\"",
            "site.yml:4:38: error[V016]: 'sources.relative.url' must be an absolute URL (https://…) or a site path starting with /, not \"notes/\"",
            "site.yml:5:19: error[V016]: 'stale_after_days' must be a whole number, not \"soon\"",
        ])
    }
}
