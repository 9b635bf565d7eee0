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
        #expect(diagnostics.map(\.code) == [.V090, .V090, .V090])
        #expect(diagnostics == [
            Diagnostic(.templateSyntax(message: "a closing tag does not match the open section (open: {{#list}})"), at: SourceLocation(path: "Templates/a.mustache", line: 3, column: 3)),
            Diagnostic(.templateSyntax(message: "a section is opened but never closed ({{#open}})"), at: SourceLocation(path: "Templates/b.mustache", line: 1, column: 1)),
            Diagnostic(.templateSyntax(message: "a tag is not closed with }}"), at: SourceLocation(path: "Templates/c.mustache", line: 1, column: 1)),
        ])
    }
}

/// The Mustache rules templates rely on, checked on our own engine.
@Suite struct MustacheEngineTests {
    func render(_ template: String, _ context: TemplateValue, partials: [String: String] = [:]) -> String {
        let sources = [("Templates/t.mustache", template)] + partials.map { ("Templates/\($0.key).mustache", $0.value) }
        let (set, diagnostics) = TemplateSet.compile(sources)
        #expect(diagnostics == [])
        return set.render("t", context)
    }

    @Test func variablesAreEscapedUnlessTripledOrAmpersand() {
        #expect(render("{{a}} {{{a}}} {{&a}}", ["a": "<b>'&\""]) == "&lt;b&gt;&#39;&amp;&quot; <b>'&\" <b>'&\"")
        #expect(render("[{{missing}}] {{n}} {{yes}}", ["n": 42, "yes": true]) == "[] 42 true")
    }

    @Test func sectionsIterateListsAndTestTruth() {
        let context: TemplateValue = ["items": [["name": "a"], ["name": "b"]], "none": [], "off": false, "empty": ""]
        #expect(render("{{#items}}<{{name}}>{{/items}}", context) == "<a><b>")
        #expect(render("{{#none}}x{{/none}}{{^none}}no items{{/none}}", context) == "no items")
        #expect(render("{{#off}}x{{/off}}{{^off}}off{{/off}}{{#empty}}x{{/empty}}{{^empty}}, empty{{/empty}}", context) == "off, empty")
        #expect(render("{{#items}}{{.}}{{/items}}", ["items": ["x", "y"]]) == "xy")
    }

    @Test func dottedNamesAndTheContextStack() {
        let context: TemplateValue = ["root": "../", "page": ["title": "T", "model": ["vendor": "V"]], "list": [["url": "a/"]]]
        #expect(render("{{page.model.vendor}} {{#list}}{{root}}{{url}}{{/list}}", context) == "V ../a/")
        // A dotted name that starts but does not finish resolves to nothing.
        #expect(render("[{{page.title.nope}}]", context) == "[]")
    }

    @Test func standaloneTagsLeaveNoBlankLines() {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! comment }}\n</ul>\n"
        #expect(render(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func standalonePartialsAreIndented() {
        #expect(render("<div>\n  {{> p}}\n</div>", [:], partials: ["p": "one\ntwo\n"]) == "<div>\n  one\n  two\n</div>")
    }

    @Test func inheritanceOverridesBlocksAtEveryLevel() {
        let partials = [
            "base": "<title>{{$title}}Site{{/title}}</title><main>{{$main}}{{/main}}</main>",
            "layout": "{{<base}}{{$main}}<article>{{$body}}default body{{/body}}</article>{{/main}}{{/base}}",
        ]
        #expect(render("{{<layout}}{{$title}}Page{{/title}}{{$body}}text{{/body}}{{/layout}}", [:], partials: partials)
            == "<title>Page</title><main><article>text</article></main>")
        #expect(render("{{<base}}{{/base}}", [:], partials: partials) == "<title>Site</title><main></main>")
    }

    @Test func setDelimiters() {
        #expect(render("{{=<% %>=}}<% a %> {{a}} <%={{ }}=%>{{a}}", ["a": "x"]) == "x {{a}} x")
    }

    @Test func aPartialOrParentThatNamesNoTemplateIsAnError() {
        let (_, diagnostics) = TemplateSet.compile([("Templates/t.mustache", "a\n  {{> partials/nav}}\n{{<lay}}{{/lay}}")])
        #expect(diagnostics == [
            Diagnostic(.missingTemplate(name: "partials/nav", folder: "Templates"), at: SourceLocation(path: "Templates/t.mustache", line: 2, column: 3)),
            Diagnostic(.missingTemplate(name: "lay", folder: "Templates"), at: SourceLocation(path: "Templates/t.mustache", line: 3, column: 1)),
        ])
    }
}

/// What a render records of other pages: the fields it looked up in their
/// summaries, through partials, parents and sections, and inside a marked
/// nested object field by field.
@Suite struct TemplateReadsTests {
    @Test func recordsTheFieldsOfOtherPagesARenderLookedUp() {
        let (set, problems) = TemplateSet.compile([
            ("Templates/home.mustache", "{{<base}}{{$main}}{{#site}}{{> rows}}{{/site}}{{/main}}{{/base}}"),
            ("Templates/base.mustache", "<title>{{site.title}}</title>{{$main}}{{/main}}"),
            ("Templates/rows.mustache", "{{#models}}{{title}}{{/models}}"),
            ("Templates/model.mustache", "{{#page.mentions}}{{#model}}{{price_input}}{{/model}}{{/page.mentions}}"),
        ])
        #expect(problems == [])
        func summary(_ page: Int, _ title: String) -> TemplateValue {
            [TemplateRead.pageKey: .int(page), "title": .text(title), "url": "x/",
             "model": [TemplateRead.pageKey: .int(page), TemplateRead.scopeKey: "model", "price_input": "$1.00"]]
        }
        let context: TemplateValue = ["site": ["title": "S", "models": [summary(1, "A"), summary(2, "B")]],
                                      "page": ["mentions": [summary(2, "B")]]]
        var reads: Set<TemplateRead> = []
        #expect(set.render("home", context, reads: &reads) == "<title>S</title>AB")
        #expect(reads == [TemplateRead(page: 1, key: "title"), TemplateRead(page: 2, key: "title")])
        reads = []
        #expect(set.render("model", context, reads: &reads) == "$1.00")
        #expect(reads == [TemplateRead(page: 2, key: "model"), TemplateRead(page: 2, key: "model.price_input")])
    }
}
