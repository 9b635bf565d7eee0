import Testing
@testable import VersusMarkdown

@Suite struct MarkdownParserTests {
    @Test func headingsGetUniqueIdsAndPositionsAreFileLines() throws {
        let document = MarkdownParser.parse("## Cost Analysis\n\ntext\n\n## Cost Analysis\n### Café & Tea\n", firstLine: 10)
        #expect(document.headings == [
            Heading(level: 2, title: "Cost Analysis", id: "cost-analysis", position: SourcePoint(line: 10, column: 1)),
            Heading(level: 2, title: "Cost Analysis", id: "cost-analysis-1", position: SourcePoint(line: 14, column: 1)),
            Heading(level: 3, title: "Café & Tea", id: "cafe-tea", position: SourcePoint(line: 15, column: 1)),
        ])
    }

    @Test func tablesKeepCellsAlignmentsAndCellPositions() throws {
        let document = MarkdownParser.parse("Intro\n\n| Model | Input |\n|:--|--:|\n| **GPT-5.4** | $5.00 |\n| Short |\n", firstLine: 3)
        guard case .table(let table) = document.blocks[1] else { Issue.record("no table"); return }
        #expect(table.alignments == [.left, .right])
        #expect(table.header.cells.map(\.content.plainText) == ["Model", "Input"])
        #expect(table.rows.map { $0.cells.map(\.content.plainText) } == [["GPT-5.4", "$5.00"], ["Short", ""]])
        #expect(table.rows[0].cells[1].position == SourcePoint(line: 7, column: 16))
        #expect(table.position == SourcePoint(line: 5, column: 1))
    }

    @Test func adjacentTextIsJoinedSoNamesStayWhole() {
        let document = MarkdownParser.parse("Llama 4 [Maverick] / Mistral 3!")
        guard case .paragraph(let inlines, _) = document.blocks[0] else { Issue.record("no paragraph"); return }
        guard case .text(let text) = inlines[0] else { Issue.record("no text"); return }
        #expect(inlines.count == 1)
        #expect(text == "Llama 4 [Maverick] / Mistral 3!")
    }

    /// cmark-gfm corrupts concurrent parses (github/cmark-gfm PR #176); the
    /// lock in MarkdownParser must make parallel parsing give the same HTML as
    /// serial parsing.
    @Test func parallelParsesMatchSerialOnes() {
        let sources = (0..<3000).map { i in
            "## Part \(i)\n\n| A | B |\n|---|---|\n| ~~x~~ \(i) | www.site\(i).com |\n\n- [x] task *\(i)*\n\nText[^n\(i)].\n\n[^n\(i)]: Note \(i).\n"
        }
        let serial = sources.map { HTMLRenderer.render(MarkdownParser.parse($0)) }
        let parallel = VersusCoreParallel.map(sources) { HTMLRenderer.render(MarkdownParser.parse($0)) }
        #expect(serial == parallel)
        #expect(serial[7].contains("<del>x</del> 7"))
    }
}

@Suite struct HTMLRendererTests {
    func html(_ markdown: String) -> String { HTMLRenderer.render(MarkdownParser.parse(markdown)) }

    @Test func rendersCommonMarkLikeCmark() {
        #expect(html("Hello *world* and **bold** `a<b`\nnext  \nbreak") ==
            "<p>Hello <em>world</em> and <strong>bold</strong> <code>a&lt;b</code>\nnext<br>\nbreak</p>\n")
        #expect(html("> quote\n\n---\n\n1. one\n2. two\n\n3. x\n") ==
            "<blockquote>\n<p>quote</p>\n</blockquote>\n<hr>\n<ol>\n<li>\n<p>one</p>\n</li>\n<li>\n<p>two</p>\n</li>\n<li>\n<p>x</p>\n</li>\n</ol>\n")
        #expect(html("```swift\nlet a = \"<x>\"\n```\n") == "<pre tabindex=\"0\"><code class=\"language-swift\">let a = &quot;&lt;x&gt;&quot;\n</code></pre>\n")
        #expect(html("[a](<https://x.org/a b> \"T&C\") ![alt *x*](i.png)") ==
            "<p><a href=\"https://x.org/a%20b\" title=\"T&amp;C\">a</a> <img src=\"i.png\" alt=\"alt x\"></p>\n")
        #expect(html("- a\n- b\n") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(html("<div class=\"x\">raw</div>\n") == "<div class=\"x\">raw</div>\n")
    }

    @Test func footnotesAreNumberedByFirstReferenceWithUniqueBackrefIds() {
        let out = html("B[^b] A[^a] B again[^b].\n\n[^a]: Ay.\n[^b]: Bee.\n[^unused]: Never.\n")
        #expect(out.contains(##"B<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup> A<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup> B again<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2">1</a></sup>."##))
        #expect(out.contains("<li id=\"fn-1\">\n<p>Bee."))
        #expect(out.contains("<li id=\"fn-2\">\n<p>Ay."))
        #expect(!out.contains("Never"))
    }

    @Test func taskListsAndStrikethroughAndAutolinks() {
        #expect(html("- [ ] todo\n- [x] done\n") ==
            "<ul class=\"tasks\">\n<li class=\"task\"><input type=\"checkbox\" disabled aria-label=\"to do\"> todo</li>\n<li class=\"task\"><input type=\"checkbox\" checked disabled aria-label=\"done\"> done</li>\n</ul>\n")
        #expect(html("~~gone~~ https://example.org") == "<p><del>gone</del> <a href=\"https://example.org\">https://example.org</a></p>\n")
    }
}

/// A tiny local stand-in so this test target depends only on VersusMarkdown's
/// public API plus VersusCore's parallel map.
import VersusCore
enum VersusCoreParallel {
    static func map(_ input: [String], _ f: @Sendable (String) -> String) -> [String] { parallelMap(input, jobs: 8, f) }
}
