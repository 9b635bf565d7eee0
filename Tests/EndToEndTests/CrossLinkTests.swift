import Foundation
import Testing

/// Mentions, backlinks, related pages, listings, internal links, `models`
/// blocks and the figures check, through the binary on fixture sites.
@Suite struct CrossLinkTests {
    func build(_ fixture: String) throws -> (ScratchSite, VersusBinary.Run) {
        let site = try ScratchSite(copying: fixture)
        return (site, try VersusBinary.run(["build", "--root", site.root]))
    }

    @Test func mentionsLinkModelsButNotInCodeHeadingsOrExistingLinks() throws {
        let (site, run) = try build("links")
        #expect(run.status == 0, "\(run.stderr)")
        let html = try #require(site.read("Output/comparisons/one/index.html"))
        #expect(html.contains(##"<p><a class="mention" href="../../models/alpha-pro/">Alpha 2 Pro</a> beats <a class="mention" href="../../models/alpha/">Alpha 2</a>, and <a class="mention" href="../../models/beta/">Beta</a> is open. Alpha 2 again; <code>Alpha 2</code> in code; <a href="https://example.org">Alpha 2</a> linked already.</p>"##))
        #expect(html.contains(##"<h3 id="alpha-2-in-a-heading">Alpha 2 in a heading <a class="heading-anchor" href="#alpha-2-in-a-heading" aria-label="Link to this section">#</a></h3>"##))
        // A heading starts a new section, so the alias links again.
        #expect(html.contains(##"<li><a class="mention" href="../../models/alpha/">A2</a> in a list, see <a href="../../comparisons/two/#details">two</a> and <a href="../../models/">the models</a> and <a href="../../models/beta/">Beta's page</a>.</li>"##))
        // Each table row links its model.
        #expect(html.contains(##"<td><a class="mention" href="../../models/alpha/">Alpha 2</a></td>"##))
        #expect(html.contains(##"<ul class="mentions"><li>Alpha 2</li><li>Alpha 2 Pro</li><li>Beta</li></ul>"##))
        #expect(html.contains(##"<ul class="related"><li>Two</li></ul>"##))
    }

    @Test func modelsBlocksBecomeTablesFromTheData() throws {
        let (site, _) = try build("links")
        let html = try #require(site.read("Output/comparisons/one/index.html"))
        #expect(html.contains("""
            <tbody>
            <tr data-vendor="Acme AI" data-words="alpha 2 pro acme ai">
            <td><a class="mention" href="../../models/alpha-pro/">Alpha 2 Pro</a></td>
            <td>Acme AI</td>
            <td class="align-right">95</td>
            </tr>
            <tr data-vendor="Acme AI" data-words="alpha 2 a2 acme ai">
            <td><a class="mention" href="../../models/alpha/">Alpha 2</a></td>
            <td>Acme AI</td>
            <td class="align-right">90</td>
            </tr>
            </tbody>
            """))
        #expect(!html.contains("language-models"))
    }

    @Test func modelPagesListBacklinksAndListingsAreWritten() throws {
        let (site, _) = try build("links")
        #expect(site.read("Output/models/alpha/index.html")?.contains(##"<ul class="backlinks"><li>One</li></ul>"##) == true)
        #expect(site.read("Output/models/beta/index.html")?.contains(##"<ul class="backlinks"><li>One</li><li>Two</li></ul>"##) == true)
        #expect(site.read("Output/models/alpha-pro/index.html")?.contains(##"The bigger <a class="mention" href="../../models/alpha/">Alpha 2</a>."##) == true)
        #expect(site.read("Output/vendors/acme-ai/index.html")?.contains(##"<h1>Acme AI</h1><ul><li><a href="../../models/alpha/">Alpha 2</a></li><li><a href="../../models/alpha-pro/">Alpha 2 Pro</a></li></ul>"## + "\n</body></html>\n") == true)
        #expect(site.read("Output/tags/coding/index.html")?.contains(##"<li><a href="../../comparisons/one/">One</a></li><li><a href="../../comparisons/two/">Two</a></li>"##) == true)
        #expect(site.read("Output/models/index.html")?.contains("<h1>Models</h1>") == true)
        #expect(site.exists("Output/tags/index.html"))
    }

    @Test func brokenLinksBlocksAliasesAndFiguresAreReportedAtTheirPlace() throws {
        let (site, run) = try build("broken-links")
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/comparisons/bad.md:7:5: error[V050]: broken link: no page or file at ../models/alpah.md (did you mean /models/alpha/?)",
            "Content/comparisons/bad.md:7:39: error[V050]: broken link: no page or file at /models/gama/ (did you mean /models/gamma/?)",
            "Content/comparisons/bad.md:8:4: error[V051]: broken link: /comparisons/two/ has no heading with id 'detail' (did you mean #details?)",
            "Content/comparisons/bad.md:8:32: error[V051]: broken link: this page has no heading with id 'bdy' (did you mean #body?)",
            "Content/comparisons/bad.md:12:12: warning[V060]: Input of Alpha 2 is $5.50 here, but its model data says $5.00 (pricing.input in Content/models/alpha.md)",
            "Content/comparisons/bad.md:13:25: warning[V060]: Coding of Alpha 2 Pro is 94% here, but its model data says 95 (scores.coding in Content/models/alpha-pro.md)",
            "Content/comparisons/bad.md:17:1: error[V070]: unknown column 'pricing.inptu' (did you mean pricing.input?); known: title, id, vendor, weights, license, parameters, released, hardware, aliases, pricing.input, pricing.output, scores.coding",
            "Content/comparisons/bad.md:18:1: error[V074]: where key 'license': no model has a value for it",
            "Content/comparisons/bad.md:19:1: error[V071]: unknown option 'order' in a models block (known: columns, headers, where, sort, limit)",
            "Content/comparisons/bad.md:24:1: error[V076]: limit must be at least 1, not 0",
            "Content/models/gamma.md:4:1: error[V034]: the name 'A2' belongs to two models: Content/models/alpha.md and Content/models/gamma.md; each title and alias must name one model",
            "Content/models/gamma.md:4:1: error[V034]: the name 'Beta' belongs to two models: Content/models/beta.md and Content/models/gamma.md; each title and alias must name one model",
        ])
        #expect(!site.exists("Output"))
    }

    @Test func aFigureMismatchIsAWarningUnlessStrict() throws {
        let site = try ScratchSite(copying: "links")
        try site.write("Content/comparisons/two.md", "---\ntitle: Two\ntype: comparison\n---\n## Details\n\n| Model | Input |\n|---|---|\n| A2 | $6 |\n")
        let lenient = try VersusBinary.run(["build", "--root", site.root])
        #expect(lenient.status == 0)
        #expect(lenient.diagnosticLines == ["Content/comparisons/two.md:9:7: warning[V060]: Input of Alpha 2 is $6 here, but its model data says $5.00 (pricing.input in Content/models/alpha.md)"])
        let strict = try VersusBinary.run(["build", "--root", site.root, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines == ["Content/comparisons/two.md:9:7: error[V060]: Input of Alpha 2 is $6 here, but its model data says $5.00 (pricing.input in Content/models/alpha.md)"])
    }

    @Test func mentionsAllLinksEveryMention() throws {
        let site = try ScratchSite(copying: "links")
        try site.write("site.yml", "title: Links Fixture\nmentions: all\ntheme: none\n")
        _ = try VersusBinary.run(["build", "--root", site.root])
        #expect(site.read("Output/comparisons/one/index.html")?.contains(##"is open. <a class="mention" href="../../models/alpha/">Alpha 2</a> again"##) == true)
    }
}

/// Charts through the binary: inline SVG in the page, warnings and errors at the block.
@Suite struct ChartEndToEndTests {
    @Test func chartsAreDrawnBesideTheirTablesAndModelPagesGetAScoresChart() throws {
        let site = try ScratchSite(copying: "charts")
        try FileManager.default.removeItem(atPath: site.root + "/Content/comparisons/bad.md")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.diagnosticLines == [
            "Content/comparisons/one.md:12:1: warning[V088]: 1 cell is not a number and left out of the chart: \"Open wins\" (Gap, Alpha 2 Pro)",
            "Content/comparisons/one.md:21:1: warning[V088]: 1 point is left out for lack of a value: Beta",
        ])
        let html = try #require(site.read("Output/comparisons/one/index.html"))
        #expect(html.contains("</table>\n</div>\n<figure class=\"chart chart-bar\">\n<svg class=\"chart-wide\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 "))
        #expect(html.contains("<title id=\"chart-1-title\">Coding scores</title>"))
        #expect(html.contains("<figure class=\"chart chart-scatter\">"))
        #expect(html.contains("<title id=\"chart-2-title\">Price against coding</title>"))
        // Each axis in its own unit, titled as a models table would head the field.
        #expect(html.contains("<title>Alpha 2 Pro: Input $/M $10.00, Coding 95 pts</title>"))
        #expect(!html.contains("language-chart"))
    }

    @Test func badChartBlocksAreErrors() throws {
        let site = try ScratchSite(copying: "charts")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/comparisons/bad.md:6:1: error[V081]: unknown chart type 'pie' (known: bar, hbar, scatter, line)",
            "Content/comparisons/bad.md:13:1: error[V089]: no numbers to chart in B",
            "Content/comparisons/one.md:12:1: warning[V088]: 1 cell is not a number and left out of the chart: \"Open wins\" (Gap, Alpha 2 Pro)",
            "Content/comparisons/one.md:21:1: warning[V088]: 1 point is left out for lack of a value: Beta",
        ])
    }
}
