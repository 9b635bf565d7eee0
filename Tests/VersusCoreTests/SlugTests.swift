import Testing
@testable import VersusCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("GPT-5.4 Thinking", "gpt-5-4-thinking"),
        ("Qwen 3.5 (397B-A17B)", "qwen-3-5-397b-a17b"),
        ("  Where the Gap Stands -- April 2026 ", "where-the-gap-stands-april-2026"),
        ("Café Crème à la Zürich", "cafe-creme-a-la-zurich"),
        ("Don't panic", "dont-panic"),
        ("日本語 モデル", "日本語-モデル"),
        ("Straße", "strasse"),
        ("!!!", ""),
    ])
    func makesReadableStableSlugs(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func sluggerNumbersRepeatsLikeGitHub() {
        var slugger = Slugger()
        #expect(slugger.slug(for: "Results") == "results")
        #expect(slugger.slug(for: "Results") == "results-1")
        #expect(slugger.slug(for: "Results 1") == "results-1-1")
        #expect(slugger.slug(for: "Results") == "results-2")
        #expect(slugger.slug(for: "???") == "section")
        #expect(slugger.slug(for: "") == "section-1")
    }
}

@Suite struct DiagnosticFormatterTests {
    @Test func printsLocationCodeThenSourceLineAndCaret() {
        let formatter = DiagnosticFormatter { _ in "---\ntitle: X\n\tdraft: maybe\n---\n" }
        let problem = Problem.wrongType(key: "draft", expected: "true or false", found: "\"maybe\"")
        let text = formatter.format(Diagnostic(problem, at: SourceLocation(path: "a.md", line: 3, column: 9)))
        #expect(text == "a.md:3:9: error[V016]: 'draft' must be true or false, not \"maybe\"\n     draft: maybe\n            ^")
    }

    @Test func wholeFilesAndOptionsHaveTheirOwnLocationKinds() {
        let formatter = DiagnosticFormatter { _ in nil }
        #expect(formatter.format(Diagnostic(.unclosedFence(fence: "```"), at: SourceLocation(path: "b.md", line: 2, column: 1)))
            == "b.md:2:1: warning[V062]: this ``` fence is never closed: everything after it, headings included, shows as code; add a ``` line where the block ends")
        #expect(formatter.format(Diagnostic(.outputNotAFolder, at: .file("Output")))
            == "Output: error[V101]: exists and is not a folder; refusing to replace it")
        #expect(formatter.format(Diagnostic(.badBaseURL(given: "x"), at: .option("--base-url")))
            == "option --base-url: error[V040]: 'base_url' must be an absolute URL such as https://example.org/ or a path such as /docs/, not \"x\"")
    }

    @Test func diagnosticsSortByPlaceAndStrictMakesWarningsErrors() {
        let list: [Diagnostic] = [
            Diagnostic(.emptyTitle, at: SourceLocation(path: "b.md", line: 1)),
            Diagnostic(.unknownType(type: "x", meant: nil), at: SourceLocation(path: "a.md", line: 10)),
            Diagnostic(.badID(suggestion: "a"), at: SourceLocation(path: "a.md", line: 2)),
        ]
        #expect(list.sortedByLocation().map(\.code) == [.V014, .V013, .V011])
        #expect(list.errorCount == 2)
        #expect(list.warningCount == 1)
        #expect(list.strict().errorCount == 3)
    }
}

@Suite struct HTMLEscapingTests {
    @Test func escapesTextAndAttributes() {
        #expect(HTML.escape(#"<a href="x">Q&A</a>"#) == "&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;")
        #expect(HTML.escape("plain – text") == "plain – text")
    }
}

@Suite struct ParallelMapTests {
    @Test func keepsInputOrderOnAnyNumberOfThreads() {
        let input = Array(0..<10_000)
        for jobs in [1, 2, 8] {
            #expect(parallelMap(input, jobs: jobs) { $0 * 2 } == input.map { $0 * 2 })
        }
        #expect(parallelMap([Int](), jobs: 4) { $0 }.isEmpty)
    }
}

@Suite struct FileTreeTests {
    @Test func memoryTreeListsSortedAndSkipsHiddenFiles() throws {
        let tree = MemoryTree(["Content/b.md": "", "Content/a.md": "", "Content/.a.md.swp": "", "Other/x": ""])
        #expect(try tree.files(under: "Content") == ["Content/a.md", "Content/b.md"])
        #expect(throws: FileTreeError(path: "nope", reason: "no such file")) { try tree.read("nope") }
    }
}

@Suite struct NumberReaderTests {
    @Test(arguments: [
        ("$5.00", 5.0, NumberReader.Unit.currency), ("77.8%", 77.8, .percent), ("93/100", 93, .outOf100),
        ("5 pts", 5, .points), ("1,000", 1000, .none), ("~$2,000", 2000, .currency), ("-3", -3, .none),
        (" 0.53 ", 0.53, .none), ("$0.55/M", 0.55, .currency),
    ])
    func readsFigures(text: String, value: Double, unit: NumberReader.Unit) {
        #expect(NumberReader.read(text) == NumberReader.Reading(value: value, unit: unit))
    }

    @Test(arguments: ["Open wins", "Varies", "Hardware only", "$15,000-20,000", "1,00", "12,3456", "5.", "", "GPT-5.4", "93/10"])
    func refusesWhatIsNotOneNumber(text: String) {
        #expect(NumberReader.read(text) == nil)
    }
}
