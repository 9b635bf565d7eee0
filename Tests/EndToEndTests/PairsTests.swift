import Foundation
import Testing

/// Pair pages, setups and the cost calculator as an editor sets them up and
/// a reader gets them: the `pairs` fixture (another publication, with other
/// sections, built with the repository's theme), and every mistake of the
/// form at its place.
@Suite struct PairsTests {
    @Test func pairsAreTheModelsMentionedTogetherListedOrWritten() throws {
        let site = try ScratchSite(copying: "pairs")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.diagnosticLines == [])
        // Mentioned together in the spring review (Aster, Birch, Cedar; the
        // calculator's models are not mentions), listed in site.yml (Dune,
        // Ember) and written (compare: [birch, aster], ids in either order).
        #expect(site.files(under: "Output/compare") == [
            "aster-vs-birch/index.html", "aster-vs-cedar/index.html", "birch-vs-cedar/index.html", "dune-vs-ember/index.html",
            "index.html",
        ])
        #expect(!site.exists("Output/compare/birch-vs-aster/index.html"))
        #expect(!site.exists("Output/reviews/aster-or-birch/index.html"))

        // The written page: its own title and Markdown, inside the pair's view.
        let written = try #require(site.read("Output/compare/aster-vs-birch/index.html"))
        #expect(written.contains("<h1>Birch Mini or Aster 3?</h1>"))
        #expect(written.contains("<p>Our verdict: <a class=\"mention\" href=\"../../models/birch/\">Birch Mini</a> for volume"))
        // The columns in the order the page names the models ([birch, aster]);
        // the editor's Markdown before the figures.
        #expect(written.components(separatedBy: "Our verdict")[0].components(separatedBy: "pair-table").count == 1)
        let rows = written.components(separatedBy: "<table class=\"pair-table\">")[1].components(separatedBy: "</tbody>")[0]
            .split(separator: "\n").filter { $0.hasPrefix("<tr><th") }.map(String.init)
        #expect(rows == [
            "<tr><th scope=\"row\">Vendor</th><td>Southgate</td><td>Northwind</td></tr>",
            "<tr><th scope=\"row\">Weights</th><td>Open weights</td><td>Proprietary</td></tr>",
            "<tr><th scope=\"row\">License</th><td>Apache-2.0</td><td>—</td></tr>",
            "<tr><th scope=\"row\">Input $/M</th><td class=\"better\">$0.40 <span class=\"better-mark\">better</span></td><td>$4.00</td></tr>",
            "<tr><th scope=\"row\">Output $/M</th><td class=\"better\">$1.60 <span class=\"better-mark\">better</span></td><td>$12.00</td></tr>",
            "<tr><th scope=\"row\">Accuracy</th><td>84</td><td class=\"better\">91 <span class=\"better-mark\">better</span></td></tr>",
            "<tr><th scope=\"row\">Speed</th><td class=\"better\">88 <span class=\"better-mark\">better</span></td><td>70</td></tr>",
            // The site's own figure: no known direction, no mark.
            "<tr><th scope=\"row\">Latency ms</th><td>90</td><td>220</td></tr>",
        ])
        #expect(written.contains("<title id=\"pair-scores-title\">Scores: Birch Mini and Aster 3 by category</title>"))
        #expect(written.contains("<p>For 20M input and 5M output tokens a month, the site's reference workload:</p>"))
        #expect(written.contains("<div><dt>Birch Mini</dt><dd>$16.00</dd></div>\n<div><dt>Aster 3</dt><dd>$140</dd></div>"))
        #expect(written.contains("<p>Aster 3 costs 8.8× as much as Birch Mini for this workload.</p>"))
        // Articles that mention both, not the pair's own page; each model's other pairs.
        #expect(written.contains("<li class=\"card\"><h3 class=\"card-title\"><a href=\"../../reviews/spring/\">Spring round-up</a></h3></li>\n</ul>"))
        #expect(written.contains("<h2 id=\"pair-more-second\">Aster 3 against others</h2>\n<ul class=\"link-list\"><li><a href=\"../../compare/aster-vs-cedar/\">vs Cedar</a></li></ul>"))

        // A generated page: the models' names for a title; a free model is never dearer.
        let generated = try #require(site.read("Output/compare/dune-vs-ember/index.html"))
        #expect(generated.contains("<h1>Dune XL vs Ember 2</h1>"))
        #expect(generated.contains("<p>Ember 2 costs nothing for this workload.</p>"))
        #expect(!generated.contains("class=\"prose\""))

        // Model pages link their pairs; /compare/ lists them all.
        let birch = try #require(site.read("Output/models/birch/index.html"))
        #expect(birch.contains("<h2 id=\"pairs-title\">Compare with</h2>\n<ul class=\"link-list\">\n<li><a href=\"../../compare/aster-vs-birch/\">Aster 3</a></li><li><a href=\"../../compare/birch-vs-cedar/\">Cedar</a></li>\n</ul>"))
        let index = try #require(site.read("Output/compare/index.html"))
        #expect(index.components(separatedBy: "-vs-").count - 1 == 4)
        #expect(index.contains("<li><a href=\"../compare/dune-vs-ember/\">Dune XL <span class=\"pair-list-vs\">vs</span> Ember 2</a></li>"))

        // The sitemap, the API and the search index have them.
        let sitemap = try #require(site.read("Output/sitemap.xml"))
        for pair in ["aster-vs-birch", "aster-vs-cedar", "birch-vs-cedar", "dune-vs-ember"] {
            #expect(sitemap.contains("<loc>https://ledgerline.example.com/compare/\(pair)/</loc>"))
        }
        #expect(sitemap.contains("<loc>https://ledgerline.example.com/compare/</loc>"))
        #expect(site.read("Output/api/pairs.json") == """
            {"version":1,"workload":{"input":20000000,"output":5000000},"pairs":[
            {"id":"aster-vs-birch","url":"/compare/aster-vs-birch/","models":["aster","birch"],"monthly_cost":[140,16],"articles":["/reviews/spring/"],"written":true},
            {"id":"aster-vs-cedar","url":"/compare/aster-vs-cedar/","models":["aster","cedar"],"monthly_cost":[140,null],"articles":["/reviews/spring/"],"written":false},
            {"id":"birch-vs-cedar","url":"/compare/birch-vs-cedar/","models":["birch","cedar"],"monthly_cost":[16,null],"articles":["/reviews/spring/"],"written":false},
            {"id":"dune-vs-ember","url":"/compare/dune-vs-ember/","models":["dune","ember"],"monthly_cost":[80,0],"articles":[],"written":false}
            ]}

            """)
        let search = site.files(under: "Output/search").compactMap { site.read("Output/search/" + $0) }.joined()
        #expect(search.contains("compare/dune-vs-ember/"))
        #expect(search.contains("Dune XL vs Ember 2"))
    }

    @Test func theCalculatorAndSetupsGiveTheSameFiguresAsTheData() throws {
        let site = try ScratchSite(copying: "pairs")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        let review = try #require(site.read("Output/reviews/spring/index.html"))
        // The models table is sortable and its rows carry what filters read.
        #expect(review.contains("<table id=\"models-1\" data-sortable>"))
        #expect(review.contains("<tr data-weights=\"open\" data-vendor=\"Southgate\" data-words=\"birch mini southgate open weights apache-2.0\">"))
        #expect(review.contains("<script src=\"../../js/tables.js\" defer></script>"))
        #expect(review.contains("<script src=\"../../js/calculator.js\" defer></script>"))
        // Without JavaScript: the reference workload's tables, cheapest first.
        let api = review.components(separatedBy: "<table class=\"calculator-api\">")[1].components(separatedBy: "</tbody>")[0]
        #expect(api.components(separatedBy: "data-cost>").dropFirst().map { $0.components(separatedBy: "<")[0] } == ["$16.00", "$80.00", "$140"])
        #expect(api.components(separatedBy: "<tr data-model=\"").dropFirst().map { $0.components(separatedBy: "\"")[0] } == ["birch", "dune", "aster"])
        #expect(review.contains("<td class=\"align-right\">$1,000 ($24,000 bought, over 24 months)</td>"))
        #expect(review.contains("<th scope=\"col\" data-setup=\"rented\" class=\"align-right\">Rented: one H100<br><small>$2,000–$3,000 a month</small></th>"))
        #expect(review.contains("<tr data-model=\"birch\"><td>Birch Mini</td><td class=\"align-right\" data-setup=\"rented\">3.13B–4.69B</td><td class=\"align-right\" data-setup=\"workstation\">1.56B</td></tr>"))
        #expect(review.contains("<tr data-model=\"aster\"><td>Aster 3</td><td class=\"align-right\" data-setup=\"rented\">357M–536M</td><td class=\"align-right\" data-setup=\"workstation\">179M</td></tr>"))
        #expect(review.contains("{\"workload\":{\"input\":20000000,\"output\":5000000},\"models\":[{\"id\":\"birch\",\"input\":0.4,\"output\":1.6},{\"id\":\"dune\",\"input\":2,\"output\":8},{\"id\":\"aster\",\"input\":4,\"output\":12}],\"setups\":[{\"id\":\"rented\",\"min\":2000,\"max\":3000},{\"id\":\"workstation\",\"min\":1000,\"max\":1000}]}"))
        // A page without a calculator does not load its script.
        let birch = try #require(site.read("Output/models/birch/index.html"))
        #expect(!birch.contains("calculator.js"))

        // A setup page: its figures, the models it runs, where it breaks even
        // (a free API never).
        let workstation = try #require(site.read("Output/rigs/workstation/index.html"))
        #expect(workstation.contains("<tr><th scope=\"row\">Purchase</th><td>$24,000, paid once</td></tr>"))
        #expect(workstation.contains("<td><a href=\"../../models/birch/\">Birch Mini</a>, <a href=\"../../models/cedar/\">Cedar</a></td>"))
        #expect(workstation.contains("<tr><td><a href=\"../../models/ember/\">Ember 2</a></td><td class=\"align-right\">never</td></tr>"))
        #expect(workstation.contains("<tr><td><a href=\"../../models/aster/\">Aster 3</a></td><td class=\"align-right\">179M</td></tr>"))
        // Setups are their section's listing, like any section.
        #expect(site.exists("Output/rigs/index.html"))
    }

    @Test func allPairsOfAFilterAndTheCap() throws {
        let site = try ScratchSite(copying: "pairs")
        try site.write("site.yml", """
            title: Ledgerline
            base_url: https://ledgerline.example.com/
            keys: {model: [latency_ms]}
            compare:
              all: {weights: open}
              mentioned: false
            """)
        var run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        // Birch, Cedar and Ember are open; the written pair stays.
        #expect(site.files(under: "Output/compare") == [
            "aster-vs-birch/index.html", "birch-vs-cedar/index.html", "birch-vs-ember/index.html", "cedar-vs-ember/index.html",
            "index.html",
        ])

        let before = site.files(under: "Output")
        try site.write("site.yml", """
            title: Ledgerline
            base_url: https://ledgerline.example.com/
            keys: {model: [latency_ms]}
            compare:
              all: {}
              limit: 6
            """)
        run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "site.yml:6:3: error[V136]: the comparisons would make 10 pair pages, more than the cap of 6: narrow compare.all, leave out the pairs of mentions (compare: {mentioned: false}) or raise compare.limit in site.yml",
        ])
        // A failed build leaves the last output as it was.
        #expect(site.files(under: "Output") == before)
    }

    @Test func everyMistakeOfPairsSetupsAndCalculatorsIsAtItsPlace() throws {
        let site = try ScratchSite(copying: "pairs")
        try site.write("site.yml", """
            title: Ledgerline
            base_url: https://ledgerline.example.com/
            keys: {model: [latency_ms]}
            workload: {input: 30, months: 12}
            compare:
              pairs: [[aster, birh], [dune, dune], [aster, birch, cedar]]
              al: {}
            """)
        try site.write("Content/reviews/again.md", """
            ---
            title: Birch against Aster
            type: comparison
            compare: [aster, birch]
            ---

            Again.
            """)
        try site.write("Content/reviews/typo.md", """
            ---
            title: Cedar and Dune
            type: comparison
            compare: [cedar, dunes]
            ---

            ```calculator
            models: [cedar, astr]
            setup: [rented]
            ```
            """)
        try site.write("Content/reviews/one.md", """
            ---
            title: Ember alone
            type: comparison
            compare: [ember, ember]
            ---
            """)
        try site.write("Content/rigs/odd.md", """
            ---
            title: Odd rig
            type: setup
            hardware: 1x A10
            rental_per_month: {min: 900, max: 600}
            ---
            """)
        try site.write("Content/rigs/bare.md", """
            ---
            title: Bare rig
            type: setup
            hardware: 1x T4
            runs: [birch, ceder]
            ---
            """)
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/reviews/aster-or-birch.md:4:1: error[V135]: the pair aster and birch already has its page, Content/reviews/again.md: one page per pair; merge the two or compare other models",
            "Content/reviews/one.md:4:10: error[V134]: a pair needs two different models; this one names 'ember' twice",
            "Content/reviews/typo.md:4:1: error[V133]: compare names 'dunes', which is not the id of any model page (did you mean dune?)",
            "Content/reviews/typo.md:8:1: error[V133]: models names 'astr', which is not the id of any model page (did you mean aster?)",
            "Content/reviews/typo.md:8:1: warning[V140]: 'cedar' has no input and output price, so this calculator leaves it out",
            "Content/reviews/typo.md:9:1: error[V071]: unknown option 'setup' in a calculator block (did you mean setups?) (known: models, setups)",
            "Content/rigs/bare.md:3:1: warning[V139]: this setup has neither rental_per_month nor purchase, so no calculator can give its cost or break-even",
            "Content/rigs/bare.md:5:15: error[V133]: runs names 'ceder', which is not the id of any model page (did you mean cedar?)",
            "Content/rigs/odd.md:5:19: error[V138]: rental_per_month has min 900 above max 600: is it the other way round?",
            "site.yml:4:11: error[V142]: the workload gives no output tokens: give both input and output, tokens a month",
            "site.yml:4:19: warning[V143]: the workload's input is 30 tokens a month: tokens, not millions? (10 million is 10000000)",
            "site.yml:4:23: error[V123]: unknown key 'months' in workload; known: input, output, amortize_months",
            "site.yml:6:19: error[V133]: compare.pairs names 'birh', which is not the id of any model page (did you mean birch?)",
            "site.yml:6:26: error[V134]: a pair needs two different models; this one names 'dune' twice",
            "site.yml:6:40: error[V137]: compare names 3 models; a pair page compares exactly two model ids",
            "site.yml:7:3: error[V123]: unknown key 'al' in compare (did you mean all?); known: pairs, all, mentioned, limit",
        ])
    }

    @Test func moreMistakesOfPairsAndCalculators() throws {
        let site = try ScratchSite(copying: "pairs")
        try site.write("site.yml", """
            title: Ledgerline
            base_url: https://ledgerline.example.com/
            keys: {model: [latency_ms]}
            workload: {input: 0, output: 0}
            compare:
              mentioned: false
              all: {weights: open, vendor: Northwind}
            """)
        // A model page is no pair's page; a calculator naming a model without prices.
        try site.replace("Content/models/cedar.md", "weights: open\n", with: "weights: open\ncompare: [cedar, birch]\n")
        try site.replace("Content/reviews/spring.md", "models: [aster, birch, dune]", with: "models: [aster, cedar]")
        var run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.diagnosticLines == [
            "Content/models/cedar.md:7:1: warning[V012]: compare makes a page the page of a pair, and a model page cannot be one: write the pair's page as an article, or list the pair under compare.pairs in site.yml",
            "Content/reviews/spring.md:19:1: warning[V140]: 'cedar' has no input and output price, so this calculator leaves it out",
            "site.yml:4:11: warning[V141]: the workload has no tokens at all (input and output are 0): every cost would be $0.00",
            "site.yml:7:3: warning[V145]: compare.all keeps 0 models, so it makes no pair: is the filter too narrow?",
        ])

        // Ids with -vs- in them: two pairs at one URL.
        try site.write("site.yml", "title: Ledgerline\nkeys: {model: [latency_ms]}\ncompare: {all: {}}\n")
        try site.write("Content/models/aster-vs-birch.md", "---\ntitle: Odd\ntype: model\n---\n")
        try site.write("Content/models/birch-vs-cedar.md", "---\ntitle: Odder\ntype: model\n---\n")
        run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.diagnosticLines.contains(
            "Content/models/birch-vs-cedar.md:1:1: error[V144]: the pairs aster-vs-birch + cedar and aster + birch-vs-cedar would both be at /compare/aster-vs-birch-vs-cedar/: a model id containing -vs- makes pair URLs ambiguous; give the model another id"))
    }

    @Test func aLinkToAPairOfMentionsIsFoundAndAReversedOneIsNamed() throws {
        let site = try ScratchSite(copying: "pairs")
        try site.write("Content/reviews/links.md", """
            ---
            title: Links
            type: comparison
            ---

            See [Aster and Cedar](/compare/aster-vs-cedar/) and [the other way](/compare/cedar-vs-birch/).
            """)
        let run = try VersusBinary.run(["build", "--root", site.root])
        // The first pair exists only because the spring review mentions both.
        #expect(run.diagnosticLines == [
            "Content/reviews/links.md:6:53: error[V050]: broken link: no page or file at /compare/cedar-vs-birch/ (did you mean /compare/birch-vs-cedar/?)",
        ])
    }
}
