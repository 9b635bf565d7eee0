import Testing
import VersusContent
import VersusCore
@testable import VersusLinks

@Suite struct SiteGraphTests {
    func page(_ path: String, _ front: String) -> PageSource {
        PageReader.read(path: path, bytes: Array("---\n\(front)\n---\n".utf8)).page!
    }

    @Test func sectionsAndTagsListNewestFirst() {
        let pages = [
            page("Content/comparisons/a.md", "title: A\ntype: comparison\nlast_updated: 2025-01-01\ntags: [Open Source]"),
            page("Content/comparisons/b.md", "title: B\ntype: comparison\nlast_updated: 2026-01-01\ntags: [open-source, cost]"),
            page("Content/comparisons/c.md", "title: C\ntype: comparison"),
            page("Content/about.md", "title: About\ntype: page"),
        ]
        let (graph, diagnostics) = SiteGraph.build(pages)
        #expect(diagnostics == [])
        #expect(graph.sections["comparisons"] == [1, 0, 2])
        #expect(graph.sections[""] == [3])
        #expect(graph.tags["open-source"] == SiteGraph.Tag(name: "Open Source", slug: "open-source", pages: [1, 0]))
        #expect(graph.pageAtURL["comparisons/b/"] == 1)
        #expect(graph.pageAtPath["Content/about.md"] == 3)
    }

    @Test func twoPagesAtOneURLIsAnErrorAtTheSecondId() {
        let pages = [
            page("Content/models/x.md", "title: X\ntype: model\nid: same"),
            page("Content/models/same.md", "title: Y\ntype: model"),
            page("Content/models/z.md", "title: Z\ntype: model\nid: same"),
        ]
        let (_, diagnostics) = SiteGraph.build(pages)
        #expect(diagnostics.map(\.description).first == "Content/models/same.md:1:1: error[V015]: two pages have the URL /models/same/: this one and Content/models/x.md; give one of them another id")
        #expect(diagnostics == [
            Diagnostic(.duplicateURL(url: "/models/same/", other: "Content/models/x.md"),
                       at: SourceLocation(path: "Content/models/same.md", line: 1, column: 1)),
            Diagnostic(.duplicateURL(url: "/models/same/", other: "Content/models/x.md"),
                       at: SourceLocation(path: "Content/models/z.md", line: 4, column: 1)),
        ])
    }
}
