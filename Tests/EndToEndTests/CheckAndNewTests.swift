import Foundation
import Testing

/// `versus check` and `versus new`, through the binary.
@Suite struct CheckAndNewTests {
    @Test func checkReportsEverythingBuildDoesAndWritesNothing() throws {
        let broken = try ScratchSite(copying: "broken")
        let run = try VersusBinary.run(["check", "--root", broken.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines.count == 16)
        #expect(run.diagnosticLines.first == #"Content/bad-date.md:4:15: error: 'last_updated' must be a date as YYYY-MM-DD, not "2026-13-01""#)
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
        try site.write("site.yml", "title: Fixture Site\ncolour: red\n")
        #expect(try VersusBinary.run(["check", "--root", site.root]).status == 0)
        let strict = try VersusBinary.run(["check", "--root", site.root, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines == ["site.yml:2:1: error: unknown key 'colour' in site.yml (known: base_url, data_columns, description, language, mentions, nav, search, title)"])
    }

    @Test func newWritesAScaffoldThatBuildsAndNeverOverwrites() throws {
        let site = try ScratchSite(copying: "good")
        let run = try VersusBinary.run(["new", "comparison", "Alpha \"One\" vs Beta", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Content/comparisons/alpha-one-vs-beta.md\n")
        let text = try #require(site.read("Content/comparisons/alpha-one-vs-beta.md"))
        #expect(text.hasPrefix("---\ntitle: \"Alpha \\\"One\\\" vs Beta\"\ntype: comparison\nid: alpha-one-vs-beta\ndescription: \"\"\nlast_updated: "))
        let model = try VersusBinary.run(["new", "model", "Gamma 3", "--root", site.root])
        #expect(model.stdout == "Content/models/gamma-3.md\n")
        #expect(site.read("Content/models/gamma-3.md")?.contains("# weights: open                          # open | proprietary\n") == true)
        #expect(try VersusBinary.run(["new", "page", "Imprint", "--root", site.root]).stdout == "Content/imprint.md\n")
        // The scaffolds are valid pages.
        let check = try VersusBinary.run(["check", "--root", site.root])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.hasPrefix("versus: checked 8 pages in "))

        try site.write("Content/models/gamma-3.md", "mine")
        let again = try VersusBinary.run(["new", "model", "Gamma 3", "--root", site.root])
        #expect(again.status == 1)
        #expect(again.stderr == "Content/models/gamma-3.md: error: already exists; versus new never overwrites a file\n")
        #expect(site.read("Content/models/gamma-3.md") == "mine")
    }

    @Test func newRejectsAnUnknownKind() throws {
        let site = try ScratchSite(copying: "good")
        let run = try VersusBinary.run(["new", "review", "X", "--root", site.root])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown kind 'review': use comparison, model or page"))
    }
}
