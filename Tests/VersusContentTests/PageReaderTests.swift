import Testing
import Yams
import VersusCore
@testable import VersusContent

@Suite struct PageReaderTests {
    func read(_ text: String, path: String = "Content/comparisons/x.md") -> (PageSource?, [Diagnostic]) {
        PageReader.read(path: path, bytes: Array(text.utf8))
    }

    @Test func readsKnownKeysAndKeepsUnknownOnes() throws {
        let (page, diagnostics) = read("""
            ---
            title: "Open vs Closed"
            type: comparison
            id: open-vs-closed
            description: Short.
            last_updated: 2026-04-10
            tags: [open-source, cost]
            author: Jane
            rating: 4.5
            ---
            # Body
            """)
        #expect(diagnostics.map(\.said) == [])
        let p = try #require(page)
        #expect(p.title == "Open vs Closed")
        #expect(p.type == "comparison")
        #expect(p.section == "comparisons")
        #expect(p.urlPath == "comparisons/open-vs-closed/")
        #expect(p.lastUpdated == Day(year: 2026, month: 4, day: 10))
        #expect(p.tags == ["open-source", "cost"])
        #expect(p.params == [YAMLEntry(key: "author", value: .string("Jane")), YAMLEntry(key: "rating", value: .double(4.5))])
        #expect(p.body == "# Body")
        #expect(p.bodyFirstLine == 11)
        #expect(p.location(ofKey: "tags") == SourceLocation(path: "Content/comparisons/x.md", line: 7, column: 1))
    }

    @Test func urlsFollowTheDesign() throws {
        #expect(read("---\ntitle: H\ntype: home\n---\n", path: "Content/index.md").0?.urlPath == "")
        #expect(read("---\ntitle: A\ntype: page\n---\n", path: "Content/about.md").0?.urlPath == "about/")
        #expect(read("---\ntitle: A\ntype: page\n---\n", path: "Content/My Notes.md").0?.urlPath == "my-notes/")
        #expect(read("---\ntitle: S\ntype: page\n---\n", path: "Content/guides/index.md").0?.urlPath == "guides/")
    }

    @Test func quotedDatesAndDotFenceAreAccepted() throws {
        let (page, diagnostics) = read("---\ntitle: X\ntype: page\nlast_updated: \"2026-02-28\"\n...\nBody\n")
        #expect(diagnostics.map(\.said) == [])
        #expect(page?.lastUpdated?.description == "2026-02-28")
    }

    @Test func typeErrorsAreReportedAtTheValueAllAtOnce() {
        let (page, diagnostics) = read("""
            ---
            title: [a, b]
            type: page
            id: Not A Slug
            last_updated: 2025-02-29
            tags: [ok, {x: 1}]
            draft: "yes"
            ---
            """)
        #expect(page == nil)
        let at = { (line: Int, col: Int) in SourceLocation(path: "Content/comparisons/x.md", line: line, column: col) }
        #expect(diagnostics.map(\.said) == [
            said(.error, "'title' must be text, not a list", at: at(2, 8)),
            said(.error, #"'id' must be lower-case letters, digits and hyphens, such as "not-a-slug""#, at: at(4, 5)),
            said(.error, #"'last_updated' must be a date as YYYY-MM-DD, not "2025-02-29""#, at: at(5, 15)),
            said(.error, "'tags' item '2' must be text, not a mapping", at: at(6, 12)),
            said(.error, #"'draft' must be true or false, not "yes""#, at: at(7, 8)),
        ])
    }

    @Test func missingTitleAndTypeAreBothReported() {
        let (_, diagnostics) = read("---\ndescription: x\n---\n")
        #expect(diagnostics.map(\.message) == [
            "missing required key 'title'",
            "missing required key 'type' (comparison, model, page, or a type with a template)",
        ])
    }

    @Test func frontMatterThatIsNotAMappingIsAnError() {
        let (_, diagnostics) = read("---\n- a\n- b\n---\n")
        #expect(diagnostics.map(\.said) == [said(.error, "front matter must be keys and values (a YAML mapping)",
                                       at: SourceLocation(path: "Content/comparisons/x.md", line: 2, column: 1))])
    }
}

@Suite struct ModelTests {
    @Test func decodesTheTypedModelData() throws {
        let (page, diagnostics) = PageReader.read(path: "Content/models/r1.md", bytes: Array("""
            ---
            title: DeepSeek R1
            type: model
            vendor: DeepSeek
            weights: Open
            license: MIT
            aliases: [R1]
            parameters: 671B
            released: 2025-01-20
            pricing: {input: 0.55, output: 2.19}
            scores: {math: 94, reasoning: 90}
            hardware: 8x A100 80GB
            swe_bench: 49.2
            ---
            """.utf8))
        #expect(diagnostics.map(\.said) == [])
        let model = try #require(page?.model)
        #expect(model.vendor == "DeepSeek")
        #expect(model.weights == .open)
        #expect(model.aliases == ["R1"])
        #expect(model.released == Day("2025-01-20"))
        #expect(model.pricing == Model.Pricing(input: 0.55, output: 2.19))
        #expect(model.scores == [Model.Score(category: "math", value: 94), Model.Score(category: "reasoning", value: 90)])
        #expect(model.score("reasoning") == 90)
        #expect(page?.params == [YAMLEntry(key: "swe_bench", value: .double(49.2))])
    }

    @Test func wrongModelTypesAreErrorsAtTheirValues() {
        let (_, diagnostics) = PageReader.read(path: "m.md", bytes: Array("""
            ---
            title: M
            type: model
            weights: closed
            pricing: 5
            scores: {math: high}
            aliases: R1
            released: soon
            ---
            """.utf8))
        #expect(diagnostics.map(\.said) == [
            said(.error, #"'weights' must be open or proprietary, not "closed""#, at: SourceLocation(path: "m.md", line: 4, column: 10)),
            said(.error, #"'aliases' must be a list of text, such as [a, b], not "R1""#, at: SourceLocation(path: "m.md", line: 7, column: 10)),
            said(.error, #"'released' must be a date as YYYY-MM-DD, not "soon""#, at: SourceLocation(path: "m.md", line: 8, column: 11)),
            said(.error, #"'pricing' must be a mapping such as {input: 0.55, output: 2.19}, not "5""#, at: SourceLocation(path: "m.md", line: 5, column: 10)),
            said(.error, #"'scores.math' must be a number, not "high""#, at: SourceLocation(path: "m.md", line: 6, column: 16)),
        ])
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsAndCountsLines() throws {
        let front = try FrontMatter.split("---\na: 1\nb: 2\n---\nbody\nmore", path: "p").get()
        #expect(front.yaml == "a: 1\nb: 2\n")
        #expect(front.body == "body\nmore")
        #expect(front.bodyFirstLine == 5)
    }

    @Test func emptyFrontMatterAndTrailingSpacesOnFences() throws {
        let front = try FrontMatter.split("---  \n---\n", path: "p").get()
        #expect(front.yaml == "")
        #expect(front.body == "")
    }
}

@Suite struct SourceTextTests {
    @Test func stripsBOMAndNormalisesLineEndings() throws {
        #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8), path: "p").get() == "a\nb\nc")
    }

    @Test func invalidUTF8IsAnErrorAtTheByte() {
        let bytes = Array("ok\nné ".utf8) + [0xC3, 0x28]
        #expect(throws: DiagnosticError(Diagnostic(.invalidUTF8(byte: 0xC3), at: SourceLocation(path: "p", line: 2, column: 4)))) {
            try SourceText.decode(bytes, path: "p").get()
        }
        // An overlong encoding of "/" is not UTF-8 either.
        #expect(SourceText.firstInvalidUTF8([0x41, 0xC0, 0xAF][...]) == 1)
        #expect(SourceText.firstInvalidUTF8(Array("日本 🙂".utf8)[...]) == nil)
    }
}

@Suite struct DayTests {
    @Test func acceptsRealDatesOnly() {
        #expect(Day("2024-02-29")?.longForm == "29 February 2024")
        #expect(Day("2023-02-29") == nil)
        #expect(Day("2026-4-10") == nil)
        #expect(Day("2026-04-10T00:00") == nil)
        #expect(Day("2026-04-10")! < Day("2026-04-11")!)
    }
}

@Suite struct SiteConfigTests {
    @Test func readsSettingsAndWarnsOnUnknownKeys() throws {
        let (config, diagnostics) = SiteConfig.read(bytes: Array("""
            title: Versus
            base_url: https://example.org/versus
            nav:
              - {title: About, url: /about/}
            colour: blue
            """.utf8))
        let c = try #require(config)
        #expect(c.baseURL == "https://example.org/versus/")
        #expect(c.basePath == "/versus/")
        #expect(c.nav == [SiteConfig.NavItem(title: "About", url: "/about/", location: SourceLocation(path: "site.yml", line: 4, column: 25))])
        #expect(c.language == "en")
        #expect(diagnostics.map(\.said) == [said(.warning, "unknown key 'colour' in site.yml (known: base_url, compare, data_columns, description, keys, language, mentions, nav, not_models, search, sources, stale_after_days, theme, title, types, workload)",
                                         at: SourceLocation(path: "site.yml", line: 5, column: 1))])
    }

    @Test func badBaseURLAndNavAreErrors() {
        let (config, diagnostics) = SiteConfig.read(bytes: Array("title: T\nbase_url: example.org\nnav: [About]\n".utf8))
        #expect(config?.baseURL == "/")
        #expect(config?.nav == [])
        #expect(diagnostics.map(\.said) == [
            said(.error, #"'base_url' must be an absolute URL such as https://example.org/ or a path such as /docs/, not "example.org""#,
                   at: SourceLocation(path: "site.yml", line: 2, column: 11)),
            said(.error, "each 'nav' item must have a title and a url, such as {title: About, url: /about/}",
                   at: SourceLocation(path: "site.yml", line: 3, column: 7)),
        ])
    }
}


/// A diagnostic as its severity, place and words, so that expectations read
/// as the messages an editor sees.
func said(_ severity: Diagnostic.Severity, _ message: String, at location: VersusCore.SourceLocation) -> String {
    "\(location): \(severity.rawValue): \(message)"
}

extension Diagnostic {
    var said: String { "\(location): \(severity.rawValue): \(message)" }

}

@Suite struct BaseSixtyTests {
    /// A base-60 number too large for an integer (found by fuzzing site.yml)
    /// stops nothing: it reads as text; one that fits reads as YAML 1.1 says.
    @Test func baseSixtyNumbersTooLargeAreText() {
        let (config, _) = SiteConfig.read(bytes: Array("title: T\nB: 1444444444060862008:0\nC: 1:30\n".utf8))
        #expect(config?.title == "T")
        let node = try? Yams.compose(yaml: "a: 1444444444060862008:0\nb: 1:30\nc: -2:00\n", YAMLReader.resolver)
        #expect(node?["a"].flatMap { YAMLReader.integer($0) } == nil)
        #expect(node?["b"].flatMap { YAMLReader.integer($0) } == 90)
        #expect(node?["c"].flatMap { YAMLReader.integer($0) } == -120)
    }
}
