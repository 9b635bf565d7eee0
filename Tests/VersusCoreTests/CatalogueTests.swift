import Testing
import VersusCore

/// The codes, their words and `versus explain`.
@Suite struct CatalogueTests {
    @Test func codesAreReadLenientlyAndExplained() {
        #expect(Code(lenient: "v61") == .V061)
        #expect(Code(lenient: "61") == .V061)
        #expect(Code(lenient: "V999") == nil)
        #expect(Code(lenient: "nope") == nil)
        let text = Catalogue.explain(.V061)
        #expect(text.hasPrefix("V061 (warning): A table row with a missing or extra cell\n"))
        #expect(text.contains("Example:\n    | Model | Vendor |"))
        #expect(text.contains("Fix: Give the row one cell per header"))
    }

    /// The words of the problems the end-to-end tests do not reach.
    @Test func theRarerProblemsAreWordedWithTheirCodes() {
        let at = SourceLocation(path: "x.md", line: 2, column: 3)
        let lines = [
            Diagnostic(.notAMapping, at: at), Diagnostic(.unknownPricingKey(key: "ouput"), at: at), Diagnostic(.badNavItem, at: at),
            Diagnostic(.unknownDataField(path: "pricing.x", known: ["pricing.input"]), at: at),
            Diagnostic(.badMentionsMode(value: "first"), at: at), Diagnostic(.badKeysSetting, at: at), Diagnostic(.needsColumns, at: at),
            Diagnostic(.headersCount(headers: 1, columns: 2), at: at), Diagnostic(.blockEmpty(block: "models"), at: at),
            Diagnostic(.chartNeedsY(scatter: false), at: at), Diagnostic(.outputContainsSite, at: .file("/site")),
        ].map(\.description)
        #expect(lines == [
            "x.md:2:3: error[V017]: front matter must be keys and values (a YAML mapping)",
            "x.md:2:3: error[V031]: unknown key 'pricing.ouput': pricing has input and output (USD per million tokens)",
            "x.md:2:3: error[V041]: each 'nav' item must have a title and a url, such as {title: About, url: /about/}",
            "x.md:2:3: error[V043]: 'pricing.x' is not a model field (known: pricing.input)",
            "x.md:2:3: error[V044]: 'mentions' must be all or first-per-section, not \"first\"",
            "x.md:2:3: error[V046]: 'keys' must map page or model to a list of key names, such as {page: [tier], model: [context]}",
            "x.md:2:3: error[V072]: a models block needs columns, such as columns: [title, vendor, pricing.input]",
            "x.md:2:3: error[V073]: headers has 1 names for 2 columns",
            "x.md:2:3: warning[V077]: this models block selects no model: the page shows an empty table; check its where values",
            "x.md:2:3: error[V082]: a chart of models needs y: one or several model fields, such as scores.coding",
            "/site: error[V102]: the output folder must not contain the site folder",
        ])
    }

    @Test func everyCodeHasAnEntryAndCodesAreUnique() {
        for code in Code.allCases {
            let entry = code.entry
            #expect(!entry.title.isEmpty && !entry.meaning.isEmpty && !entry.example.isEmpty && !entry.fix.isEmpty, "\(code)")
        }
        #expect(Set(Code.allCases.map(\.rawValue)).count == Code.allCases.count)
        #expect(Code.V012.severity == .warning && Code.V011.severity == .error)
    }
}
