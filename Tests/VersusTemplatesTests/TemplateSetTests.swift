import Testing
import VersusCore
@testable import VersusTemplates

@Suite struct TemplateSetTests {
    @Test func partialsAndInheritanceRender() {
        let (set, diagnostics) = TemplateSet.compile([
            ("Templates/base.mustache", "<main>{{$main}}default{{/main}}</main>{{> partials/foot}}"),
            ("Templates/partials/foot.mustache", "<footer>{{site.title}}</footer>"),
            ("Templates/page.mustache", "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}"),
        ])
        #expect(diagnostics == [])
        #expect(set.names == ["base", "partials/foot", "page"])
        let html = set.render("page", ["site": ["title": "S"], "page": ["title": "A & B", "content": "<p>x</p>"]])
        #expect(html == "<main><h1>A &amp; B</h1><p>x</p></main><footer>S</footer>")
    }

    @Test func typeFallsBackToPageTemplate() {
        let (set, _) = TemplateSet.compile([("Templates/page.mustache", "p"), ("Templates/model.mustache", "m")])
        #expect(set.template(forType: "model") == "model")
        #expect(set.template(forType: "review") == "page")
        let (bare, _) = TemplateSet.compile([("Templates/model.mustache", "m")])
        #expect(bare.template(forType: "review") == nil)
    }

    @Test func syntaxErrorsNameTheFileLineAndColumn() {
        let (_, diagnostics) = TemplateSet.compile([
            ("Templates/a.mustache", "line one\n{{#list}}\n  {{/lsit}}\n"),
            ("Templates/b.mustache", "{{#open}}never closed"),
            ("Templates/c.mustache", "{{unfinished"),
        ])
        #expect(diagnostics == [
            .error("template syntax: a closing tag does not match the open section", at: SourceLocation(path: "Templates/a.mustache", line: 3, column: 6)),
            .error("template syntax: a section is opened but never closed", at: SourceLocation(path: "Templates/b.mustache", line: 1, column: 22)),
            .error("template syntax: a tag is not closed with }}", at: SourceLocation(path: "Templates/c.mustache", line: 1, column: 13)),
        ])
    }
}
