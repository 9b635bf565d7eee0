import Testing
import VersusContent
import VersusCore
import VersusMarkdown
@testable import VersusLinks

@Suite struct NameMatcherTests {
    let matcher = NameMatcher(names: [
        ("GPT-5.4", 1), ("GPT-5.4 Thinking", 2), ("Llama 4 Maverick", 3), ("Mistral 3", 4), ("Qwen 3.5", 5), ("R1", 6),
    ])

    func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matcher.matches(in: text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func longestNameWins() {
        #expect(found("GPT-5.4 Thinking beats GPT-5.4.") == ["GPT-5.4 Thinking", "GPT-5.4"])
    }

    @Test func severalNamesInOneRun() {
        #expect(found("Llama 4 Maverick / Mistral 3") == ["Llama 4 Maverick", "Mistral 3"])
    }

    @Test func wholeWordsOnly() {
        #expect(found("Qwen 3.55 and xR1 and R10 and R1-ish") == ["R1"])
        #expect(found("“Qwen 3.5”, (R1)") == ["Qwen 3.5", "R1"])
        #expect(found("mistral 3 is not Mistral 3") == ["Mistral 3"])
    }

    @Test func matchValuesAreTheModels() {
        #expect(matcher.matches(in: "R1 then GPT-5.4").map(\.value) == [6, 1])
    }
}

@Suite struct MentionLinkerTests {
    let matcher = NameMatcher(names: [("Alpha", 0), ("Beta", 1)])

    func link(_ markdown: String, mode: MentionLinker.Mode = .firstPerSection, own: Int? = nil) -> (String, Set<Int>) {
        var linker = MentionLinker(matcher: matcher, mode: mode) { $0 == own ? nil : "/m/\($0)/" }
        let html = HTMLRenderer.render(linker.link(MarkdownParser.parse(markdown)))
        return (html, linker.mentioned)
    }

    @Test func firstPerSectionThenAgainAfterAHeading() {
        let (html, mentioned) = link("Alpha and Alpha.\n\n## Next\n\nAlpha.")
        #expect(html == "<p><a class=\"mention\" href=\"/m/0/\">Alpha</a> and Alpha.</p>\n<h2 id=\"next\">Next <a class=\"heading-anchor\" href=\"#next\" aria-label=\"Link to this section\">#</a></h2>\n<p><a class=\"mention\" href=\"/m/0/\">Alpha</a>.</p>\n")
        #expect(mentioned == [0])
    }

    @Test func allModeLinksEveryOne() {
        #expect(link("Alpha, Alpha", mode: .all).0 == "<p><a class=\"mention\" href=\"/m/0/\">Alpha</a>, <a class=\"mention\" href=\"/m/0/\">Alpha</a></p>\n")
    }

    @Test func neverInCodeHeadingsLinksOrHTML() {
        let (html, mentioned) = link("# Alpha\n\n`Alpha` [Alpha](x) <span>Alpha</span>\n\n```\nAlpha\n```\n")
        #expect(html == "<h1 id=\"alpha\">Alpha</h1>\n<p><code>Alpha</code> <a href=\"x\">Alpha</a> <span>Alpha</span></p>\n<pre tabindex=\"0\"><code>Alpha\n</code></pre>\n")
        #expect(mentioned.isEmpty)
    }

    @Test func insideEmphasisAndListsAndNotOnTheModelsOwnPage() {
        #expect(link("- **Beta** wins").0 == "<ul>\n<li><strong><a class=\"mention\" href=\"/m/1/\">Beta</a></strong> wins</li>\n</ul>\n")
        let (html, mentioned) = link("Alpha and Beta", own: 0)
        #expect(html == "<p>Alpha and <a class=\"mention\" href=\"/m/1/\">Beta</a></p>\n")
        #expect(mentioned == [1])
    }
}

@Suite struct LinkResolverTests {
    let targets = LinkTargets(
        pageAtURL: ["": 0, "comparisons/x/": 1, "models/deepseek-r1/": 2],
        pageAtPath: ["Content/index.md": 0, "Content/comparisons/x.md": 1, "Content/models/deepseek-r1.md": 2],
        urlPaths: ["", "comparisons/x/", "models/deepseek-r1/"],
        anchors: [[], ["cost-analysis"], ["scores"]],
        files: ["css/site.css", "comparisons/chart.png"], basePath: "/versus/")

    func resolve(_ destination: String) -> Result<String, LinkResolver.Problem>? {
        LinkResolver(targets: targets, pageIndex: 1, sourcePath: "Content/comparisons/x.md", root: "../../").resolve(destination)
    }

    @Test func sourceFilesAndSitePathsNameTheSamePage() {
        #expect(resolve("../models/deepseek-r1.md") == .success("../../models/deepseek-r1/"))
        #expect(resolve("/models/deepseek-r1/") == .success("../../models/deepseek-r1/"))
        #expect(resolve("/models/deepseek-r1") == .success("../../models/deepseek-r1/"))
        #expect(resolve("../models/deepseek-r1/#scores") == .success("../../models/deepseek-r1/#scores"))
        #expect(resolve("/versus/models/deepseek-r1/") == .success("../../models/deepseek-r1/"))
        #expect(resolve("/") == .success("../../"))
        #expect(resolve("chart.png") == .success("../../comparisons/chart.png"))
        #expect(resolve("/css/site.css?v=2") == .success("../../css/site.css?v=2"))
        #expect(resolve("#cost-analysis") == .success("#cost-analysis"))
    }

    @Test func externalLinksAreNotOurs() {
        #expect(resolve("https://example.org/x") == nil)
        #expect(resolve("mailto:a@b.c") == nil)
        #expect(resolve("//cdn.example.org/x.js") == nil)
        #expect(resolve("") == nil)
    }

    @Test func brokenLinksAndAnchorsSuggestTheClosest() {
        #expect(resolve("../models/deepseek-r2.md") == .failure(.noTarget(written: "../models/deepseek-r2.md", suggestion: "/models/deepseek-r1/")))
        #expect(resolve("/nothing/like/it/") == .failure(.noTarget(written: "/nothing/like/it/", suggestion: nil)))
        #expect(resolve("../../../etc/passwd") == .failure(.noTarget(written: "../../../etc/passwd", suggestion: nil)))
        #expect(resolve("/models/deepseek-r1/#score") == .failure(.noAnchor(page: "/models/deepseek-r1/", anchor: "score", suggestion: "scores")))
        #expect(resolve("#costs") == .failure(.noAnchor(page: "this page", anchor: "costs", suggestion: nil)))
    }
}

@Suite struct RelatedTests {
    @Test func sharedTagsWeighMoreThanSharedModels() {
        // Pages 0..3; lists: tag A = [0, 1, 2], model M = [0, 3].
        let lists = [[0, 1, 2], [0, 3]]
        let keys: [[(list: Int, weight: Int)]] = [[(0, 2), (1, 1)], [(0, 2)], [(0, 2)], [(1, 1)]]
        let related = Related.compute(pages: 4, keysOf: { keys[$0] }, lists: lists, newerFirst: { $0 < $1 })
        #expect(related == [[1, 2, 3], [0, 2], [0, 1], [0]])
    }

    @Test func candidatesComeFromADateWindow() {
        let list = Array(0..<100)
        let related = Related.compute(pages: 100, keysOf: { _ in [(list: 0, weight: 1)] }, lists: [list], limit: 5,
                                      window: 3, newerFirst: { $0 < $1 })
        #expect(related[50] == [47, 48, 49, 51, 52])
    }
}

@Suite struct ModelsBlockTests {
    @Test func errorsPointAtTheLineOfTheOption() {
        let catalog = ModelCatalog(models: [])
        let (block, diagnostics) = ModelsBlock.parse("limit: 3\nsort: title\ncolumns: [title, vendr]\n", path: "a.md", firstLine: 20, catalog: catalog)
        #expect(block == nil)
        #expect(diagnostics.map(\.description) == [
            "a.md:22:1: error[V070]: unknown column 'vendr' (did you mean vendor?); known: title, id, vendor, weights, license, parameters, released, hardware, aliases, pricing.input, pricing.output",
        ])
    }
}
