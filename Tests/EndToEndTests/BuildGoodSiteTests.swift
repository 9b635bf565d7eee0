import Foundation
import Testing

/// `versus build` on a small valid site: the files written and the HTML in them.
@Suite struct BuildGoodSiteTests {
    @Test func writesEveryPageAtItsURLAndCopiesPublicAndContentFiles() throws {
        let site = try ScratchSite(copying: "good")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(site.files(under: "Output").filter { !$0.hasPrefix("search/") } == [
            ".versus-output",
            "about/index.html",
            "api/articles.json",
            "api/changes.json",
            "api/models.json",
            "api/pairs.json",
            "api/schema.json",
            "comparisons/alpha-vs-beta/index.html",
            "comparisons/chart.gif",
            "comparisons/older/index.html",
            "css/site.css",
            "feed.xml",
            "index.html",
            "models/alpha-one/index.html",
            "robots.txt",
            "sitemap.xml",
        ])
        #expect(site.read("Output/css/site.css") == "body { color: black; }\n")
        // The search index: a manifest, the client, shards and fragments.
        let search = site.files(under: "Output/search")
        #expect(search.contains("manifest.json"))
        #expect(search.contains { $0.hasPrefix("search.") && $0.hasSuffix(".js") })
        #expect(search.contains { $0.hasPrefix("fragments-") && $0.hasSuffix("/0.json") })
        #expect(run.stderr.contains("versus: wrote 5 pages and copied 2 files to "), "\(run.stderr)")
        #expect(run.stderr.contains("0 errors, 0 warnings"))
    }

    @Test func rendersTheComparisonWithTablesFootnotesTasksAndHeadingIds() throws {
        let site = try ScratchSite(copying: "good")
        _ = try VersusBinary.run(["build", "--root", site.root])
        let html = try #require(site.read("Output/comparisons/alpha-vs-beta/index.html"))
        #expect(html.contains("<title>Alpha vs Beta · Fixture Site</title>"))
        #expect(html.contains(#"<link rel="stylesheet" href="../../css/site.css">"#))
        #expect(html.contains(#"<p class="meta">10 April 2026 · 1 min · Jane Editor</p>"#))
        #expect(html.contains(##"<ol class="toc"><li><a href="#scores">Scores</a></li><li><a href="#scores-1">Scores</a></li></ol>"##))
        #expect(html.contains("<h2 id=\"scores\">Scores <a class=\"heading-anchor\" href=\"#scores\" aria-label=\"Link to this section\">#</a></h2>"))
        #expect(html.contains("<h2 id=\"scores-1\">Scores <a class=\"heading-anchor\" href=\"#scores-1\" aria-label=\"Link to this section\">#</a></h2>"))
        #expect(html.contains("""
            <div class="table-wrap" tabindex="0" role="region" aria-label="Table: Model, Score, Price">
            <table>
            <thead>
            <tr>
            <th scope="col" class="align-left">Model</th>
            <th scope="col" class="align-right">Score</th>
            <th scope="col" class="align-center">Price</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left"><a class="mention" href="../../models/alpha-one/">Alpha One</a></td>
            <td class="align-right">93</td>
            <td class="align-center">$5.00</td>
            </tr>
            """))
        #expect(html.contains(##"Alpha is <del>slow</del> fast.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup> See <a href="http://www.example.com">www.example.com</a>."##))
        #expect(html.contains(#"<li class="task"><input type="checkbox" checked disabled aria-label="done"> tested</li>"#))
        #expect(html.contains(#"<li id="fn-1">"#))
        #expect(html.contains(##"<p>Measured in April. <a href="#fnref-1" class="footnote-backref" aria-label="Back to reference 1">↩</a></p>"##))
    }

    @Test func rendersModelDataHomeListingsAndNavigation() throws {
        let site = try ScratchSite(copying: "good")
        _ = try VersusBinary.run(["build", "--root", site.root])
        let model = try #require(site.read("Output/models/alpha-one/index.html"))
        #expect(model.contains("<tr><th>Vendor</th><td>Alpha Labs</td></tr><tr><th>Weights</th><td>Open weights</td></tr><tr><th>License</th><td>MIT</td></tr><tr><th>Parameters</th><td>70B</td></tr><tr><th>Released</th><td>20 January 2025</td></tr><tr><th>Input price</th><td>$5.00 per million tokens</td></tr><tr><th>Output price</th><td>$2.19 per million tokens</td></tr><tr><th>Hardware</th><td>1x RTX 4090</td></tr><tr><th>Also known as</th><td>A1</td></tr>"))
        #expect(model.contains("<li>Math: 94</li><li>Coding: 90</li>"))
        let home = try #require(site.read("Output/index.html"))
        // Newest first; URLs relative to the page, so the site works under any base path.
        #expect(home.contains(#"<ul class="comparisons"><li><a href="./comparisons/alpha-vs-beta/">Alpha vs Beta</a></li><li><a href="./comparisons/older/">An older comparison</a></li></ul>"#))
        #expect(home.contains(#"<ul class="models"><li><a href="./models/alpha-one/">Alpha One</a> (Alpha Labs)</li></ul>"#))
        #expect(home.contains(#"<nav><a href="./about/">About</a> <a href="https://example.org/">Elsewhere</a> </nav>"#))
        let about = try #require(site.read("Output/about/index.html"))
        #expect(about.contains(#"<a href="../about/" aria-current="page">About</a>"#))
    }

    @Test func searchFalseLeavesTheIndexOut() throws {
        let site = try ScratchSite(copying: "good")
        try site.write("site.yml", "title: Fixture Site\nsearch: false\ntheme: none\n")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!site.exists("Output/search"))
        #expect(!run.stderr.contains("search "))
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try ScratchSite(copying: "good")
        _ = try VersusBinary.run(["build", "--root", site.root])
        #expect(!site.exists("Output/draft/index.html"))
        let run = try VersusBinary.run(["build", "--root", site.root, "--drafts"])
        #expect(run.status == 0)
        #expect(site.read("Output/draft/index.html")?.contains("<h1>Not yet</h1>") == true)
    }

    @Test func writesToAnotherOutputFolderAndRebuildsOverItsOwnOutput() throws {
        let site = try ScratchSite(copying: "good")
        let out = site.root + "/elsewhere"
        #expect(try VersusBinary.run(["build", "--root", site.root, "--output", out]).status == 0)
        try site.write("Content/about.md", "---\ntitle: About again\ntype: page\n---\nNew.\n")
        #expect(try VersusBinary.run(["build", "--root", site.root, "--output", out]).status == 0)
        #expect(site.read("elsewhere/about/index.html")?.contains("<h1>About again</h1>") == true)
        #expect(!site.exists("Output"))
    }

    @Test func baseURLOverrideChangesCanonicalLinksOnly() throws {
        let site = try ScratchSite(files: [
            "site.yml": "title: T\nbase_url: https://a.example/\n",
            "Templates/page.mustache": "<link rel=\"canonical\" href=\"{{page.permalink}}\"><a href=\"{{root}}\">home</a>",
            "Content/x.md": "---\ntitle: X\ntype: page\n---\n",
        ])
        #expect(try VersusBinary.run(["build", "--root", site.root, "--base-url", "https://b.example/versus"]).status == 0)
        #expect(site.read("Output/x/index.html") == #"<link rel="canonical" href="https://b.example/versus/x/"><a href="../">home</a>"#)
        let bad = try VersusBinary.run(["build", "--root", site.root, "--base-url", "not a url"])
        #expect(bad.status == 1)
        #expect(bad.diagnosticLines == [#"option --base-url: error[V040]: 'base_url' must be an absolute URL such as https://example.org/ or a path such as /docs/, not "not a url""#])
    }

    @Test func twoBuildsOfTheSameInputGiveTheSameBytes() throws {
        let site = try ScratchSite(copying: "good")
        _ = try VersusBinary.run(["build", "--root", site.root, "--output", site.root + "/one"])
        _ = try VersusBinary.run(["build", "--root", site.root, "--output", site.root + "/two", "--jobs", "1"])
        let files = site.files(under: "one")
        #expect(files == site.files(under: "two"))
        for file in files {
            #expect(site.read("one/" + file) == site.read("two/" + file), "\(file)")
        }
    }

    @Test func helpAndVersion() throws {
        let version = try VersusBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try VersusBinary.run(["build", "--help"])
        #expect(help.stdout.contains("--base-url <base-url>"))
        #expect(help.stdout.contains("--drafts"))
    }
}
