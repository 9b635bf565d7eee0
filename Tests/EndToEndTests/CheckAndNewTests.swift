import Foundation
import Testing
import VersusCore

/// `versus check` and `versus new`, through the binary.
@Suite struct CheckAndNewTests {
    @Test func checkReportsEverythingBuildDoesAndWritesNothing() throws {
        let broken = try ScratchSite(copying: "broken")
        let run = try VersusBinary.run(["check", "--root", broken.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines.count == 16)
        #expect(run.diagnosticLines.first == #"Content/bad-date.md:4:15: error[V016]: 'last_updated' must be a date as YYYY-MM-DD, not "2026-13-01""#)
        #expect(run.stderr.contains("16 errors, 0 warnings; nothing written"))
        #expect(!broken.exists("Output"))

        let good = try ScratchSite(copying: "good")
        let ok = try VersusBinary.run(["check", "--root", good.root])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.hasPrefix("versus: checked 5 pages in "))
        #expect(!good.exists("Output"))
    }

    @Test func checkStrictFailsOnWarnings() throws {
        let site = try ScratchSite(copying: "good")
        try site.write("site.yml", "title: Fixture Site\nkeys: {page: [author]}\ncolour: red\ntheme: none\n")
        #expect(try VersusBinary.run(["check", "--root", site.root]).status == 0)
        let strict = try VersusBinary.run(["check", "--root", site.root, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines == ["site.yml:3:1: error[V045]: unknown key 'colour' in site.yml (known: base_url, compare, data_columns, description, keys, language, mentions, nav, not_models, search, sources, stale_after_days, theme, title, types, workload)"])
    }

    @Test func newWritesAScaffoldThatBuildsAndNeverOverwrites() throws {
        let site = try ScratchSite(copying: "good")
        let run = try VersusBinary.run(["new", "comparison", "Alpha \"One\" vs Beta", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Content/comparisons/alpha-one-vs-beta.md\n")
        let text = try #require(site.read("Content/comparisons/alpha-one-vs-beta.md"))
        #expect(text.hasPrefix("---\ntitle: \"Alpha \\\"One\\\" vs Beta\"\ntype: comparison\nid: alpha-one-vs-beta\ndraft: true\ndescription: \"\"\nlast_updated: "))
        // A draft, and the editor is told how to publish it.
        #expect(run.stderr == "versus: wrote Content/comparisons/alpha-one-vs-beta.md; it is a draft: preview it with versus serve --drafts, and delete the line draft: true to publish it\n")
        let model = try VersusBinary.run(["new", "model", "Gamma 3", "--root", site.root])
        #expect(model.stdout == "Content/models/gamma-3.md\n")
        #expect(site.read("Content/models/gamma-3.md")?.contains("# weights: open                          # open | proprietary\n") == true)
        #expect(try VersusBinary.run(["new", "page", "Imprint", "--root", site.root]).stdout == "Content/imprint.md\n")
        // The scaffolds are valid pages.
        let check = try VersusBinary.run(["check", "--root", site.root])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.hasPrefix("versus: checked 5 pages in "))
        let drafts = try VersusBinary.run(["build", "--root", site.root, "--drafts", "--strict", "--output", site.root + "/Drafts"])
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(site.exists("Drafts/comparisons/alpha-one-vs-beta/index.html"))

        try site.write("Content/models/gamma-3.md", "mine")
        let again = try VersusBinary.run(["new", "model", "Gamma 3", "--root", site.root])
        #expect(again.status == 1)
        #expect(again.stderr == "Content/models/gamma-3.md: error[V111]: already exists; versus new never overwrites a file: choose another title, or edit this one\n")
        #expect(site.read("Content/models/gamma-3.md") == "mine")
    }

    @Test func newAndServeOutsideASiteAreErrors() throws {
        let empty = try ScratchSite(files: ["notes.txt": "mine"])
        let new = try VersusBinary.run(["new", "page", "Notes", "--root", empty.root])
        #expect(new.status == 1)
        #expect(new.stderr == "\(empty.root)/site.yml: error[V110]: no site.yml here: `versus new` works in a site folder: run it where site.yml is, or pass --root DIR\n")
        #expect(!empty.exists("Content"))
        let serve = try VersusBinary.run(["serve", "--root", empty.root + "/no/such/folder", "--port", "0"])
        #expect(serve.status == 1)
        #expect(serve.stderr == "\(empty.root)/no/such/folder/site.yml: error[V110]: no site.yml here: `versus serve` works in a site folder: run it where site.yml is, or pass --root DIR\n")
    }

    @Test func explainPrintsWhatACodeMeans() throws {
        let run = try VersusBinary.run(["explain", "v61"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("V061 (warning): A table row with a missing or extra cell\n\nA row with fewer cells than its header shifts"))
        #expect(run.stdout.contains("\nFix: Give the row one cell per header"))
        let all = try VersusBinary.run(["explain", "--all"])
        #expect(all.stdout.split(separator: "\n").count == Code.allCases.count)
        #expect(all.stdout.contains("V052  warning  A name one edit away from a model\n"))
        let unknown = try VersusBinary.run(["explain", "V999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "versus: no diagnostic code 'V999'; versus explain --all lists them\n")
    }

    @Test func newRejectsAnUnknownKind() throws {
        let site = try ScratchSite(copying: "good")
        let run = try VersusBinary.run(["new", "review", "X", "--root", site.root])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown kind 'review': use comparison, model or page"))
        let typo = try VersusBinary.run(["new", "modle", "X", "--root", site.root])
        #expect(typo.stderr.contains("unknown kind 'modle': use comparison, model or page (did you mean model?)"))
        // Hugo's habit: `new site DIR` points at init.
        let hugo = try VersusBinary.run(["new", "site", "my-site"])
        #expect(hugo.status != 0)
        #expect(hugo.stderr.contains("unknown kind 'site': use comparison, model or page; to start a new site, versus init my-site"))
    }
}
