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
    @Test func printsLocationThenSourceLineAndCaret() {
        let formatter = DiagnosticFormatter { _ in "---\ntitle: X\n\tdraft: maybe\n---\n" }
        let text = formatter.format(.error("'draft' must be true or false", at: SourceLocation(path: "a.md", line: 3, column: 9)))
        #expect(text == "a.md:3:9: error: 'draft' must be true or false\n     draft: maybe\n            ^")
    }

    @Test func withoutSourceTextOnlyTheLocationLine() {
        let formatter = DiagnosticFormatter { _ in nil }
        #expect(formatter.format(.warning("w", at: SourceLocation(path: "b.md", line: 2, column: 1))) == "b.md:2:1: warning: w")
        #expect(formatter.format(.error("gone", at: SourceLocation(path: "Output", line: 0, column: 0))) == "Output: error: gone")
    }

    @Test func diagnosticsSortByPlace() {
        let list: [Diagnostic] = [
            .error("b", at: SourceLocation(path: "b.md", line: 1)),
            .warning("a2", at: SourceLocation(path: "a.md", line: 10)),
            .error("a1", at: SourceLocation(path: "a.md", line: 2)),
        ]
        #expect(list.sortedByLocation().map(\.message) == ["a1", "a2", "b"])
        #expect(list.errorCount == 2)
        #expect(list.warningCount == 1)
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
