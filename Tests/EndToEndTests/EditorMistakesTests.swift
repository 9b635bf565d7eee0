import Foundation
import Testing

/// The ordinary slips an editor makes, each caught at its place with its
/// code, on a small site of its own (other names than the real site's).
@Suite struct EditorMistakesTests {
    static let files: [String: String] = [
        "site.yml": "title: Bench\nbase_url: /\ndata_columns: {Input: pricing.input}\nnot_models: [Orbit Nine 2]\n",
        "Templates/page.mustache": "<!DOCTYPE html><title>{{page.titel}}</title>{{{page.content}}}",
        "Templates/partials/x.mustache": "",
        "Content/models/orbit.md": "---\ntitle: Orbit Nine 1\ntype: model\nvendor: Lumen Labs\nweights: open\npricing: {input: 1, output: 3}\nscores: {coding: 80, long_context: 70}\n---\nOrbit.\n",
        "Content/models/kestrel.md": "---\ntitle: Kestrel Max\ntype: model\nvendor: Northwind\nweights: proprietary\nprice: {input: 2, output: 6}\nweight: open\nscores: {Coding: 90, long-context: 75}\n---\nKestrel.\n",
        "Content/guides/compare.md": """
            ---
            title: Compare
            type: comparision
            descripton: Two models.
            last_upated: 2026-01-01
            tag: [a]
            drafts: true
            ---
            Kestrel Mx beats orbit nine 1, and Orbit Nine 3 is coming; Orbit Nine 2 is not a model.

            | Model | Vendor | Input | Coding |
            |---|---|---|---|
            | Orbit Nine 1 | Lumen Labs | 1 | 80 |
            | Kestrel Max | Northwind | 2 |
            | Kestrel Max | Northwind | 2 | 91 | extra |
            | Kestral Max | Northwind | 9 | 99 |
            | `a|b` | x | 1 | 80 |

            ```models
            columns: [title, vendor]
            where: {vendor: Lumen Lab}
            ```

            ```chart
            type: scatter
            source: models
            x: pricing.input
            y: scores.coding
            colour: red
            ```

            ## Later

            ```models
            columns: [title]

            ## Never a heading
            """,
        "Content/guides/highlight.md": "---\ntitle: Highlight\ntype: page\n---\nPrices.\n\n```chart\ntype: bar\nsource: models\ny: [pricing.input]\nhighlight: [Orbit Nin 1]\n```\n",
        "Content/models/nimbus.md": "---\ntitle: Nimbus 3\ntype: model\nvendor: Lumen Labs\nweights: proprietary\nscores: {coding: 60}\n---\nNimbus.\n",
        "Content/guides/plain.md": """
            ---
            title: Plain words
            type: page
            ---
            The nimbus clouds of 2024 and Nimbus 2024 are not models; the Orbit Nine 1’s price is, and so is “Orbit Nine 3’s” (a typo).

            | Rank | Model | Coding |
            |---:|---|---:|
            | 1 | Kestral Max | 90 |
            | 2 | Orbit Nine 1 | 80 |
            Not a row.

            ```models
            columns: [title]
            where: {weights: open}
            ```

            ```models
            columns: [title]
            where: {weights: opn}
            ```
            """,
        "Content/null-title.md": "---\ntitle:\ntype: page\n---\nx\n",
        "Content/indent.md": "---\ntitle: Indent\n type: page\n---\nx\n",
        "Content/empty-title.md": "---\ntitle: \"  \"\ntype: page\n---\nx\n",
        "Content/colon.md": "---\ntitle: Orbit: the review\ntype: page\n---\nx\n",
        "Content/tab.md": "---\ntitle: Tab\ntype: page\ntags:\n\t- a\n---\nx\n",
        "Content/quote.md": "---\ntitle: \"Open\ntype: page\n---\nx\n",
    ]

    @Test func everySlipIsReportedWithItsCodeAndPlace() throws {
        let site = try ScratchSite(files: Self.files)
        let run = try VersusBinary.run(["check", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/colon.md:2:13: error[V020]: a ':' inside a value: put the whole value in quotes: title: \"Orbit: the review\"",
            "Content/empty-title.md:2:8: error[V011]: 'title' is empty: every page needs a title (listings, the feed and search show it)",
            "Content/guides/compare.md:3:1: warning[V013]: unknown type 'comparision' (did you mean comparison?): built in are comparison, model and page; add Templates/comparision.mustache or list it in site.yml under types",
            "Content/guides/compare.md:4:1: warning[V012]: unknown key 'descripton' (did you mean description?); a key of the site's own (for templates or blocks) is declared in site.yml under keys: {page: [descripton]}",
            "Content/guides/compare.md:5:1: warning[V012]: unknown key 'last_upated' (did you mean last_updated?); a key of the site's own (for templates or blocks) is declared in site.yml under keys: {page: [last_upated]}",
            "Content/guides/compare.md:6:1: warning[V012]: unknown key 'tag' (did you mean tags?); a key of the site's own (for templates or blocks) is declared in site.yml under keys: {page: [tag]}",
            "Content/guides/compare.md:7:1: warning[V012]: unknown key 'drafts' (did you mean draft?); a key of the site's own (for templates or blocks) is declared in site.yml under keys: {page: [drafts]}",
            "Content/guides/compare.md:9:1: warning[V052]: 'Kestrel Mx' is not a model here, but 'Kestrel Max' is (Content/models/kestrel.md): correct the name, or list 'Kestrel Mx' in site.yml under not_models",
            "Content/guides/compare.md:9:18: warning[V052]: 'orbit nine 1' is not a model here, but 'Orbit Nine 1' is (Content/models/orbit.md): correct the name, or list 'orbit nine 1' in site.yml under not_models",
            "Content/guides/compare.md:9:36: warning[V052]: 'Orbit Nine 3' is not a model here, but 'Orbit Nine 1' is (Content/models/orbit.md): correct the name, or list 'Orbit Nine 3' in site.yml under not_models",
            "Content/guides/compare.md:14:1: warning[V061]: this row has 3 cells but the header has 4: every value after the gap sits 1 column left of its header, and 'Coding' is empty; write an empty cell (| |) where a value is unknown",
            "Content/guides/compare.md:15:1: warning[V061]: this row has 5 cells but the header has 4: the last cell is not shown",
            "Content/guides/compare.md:15:32: warning[V060]: Coding of Kestrel Max is 91 here, but its model data says 90 (scores.Coding in Content/models/kestrel.md)",
            "Content/guides/compare.md:16:2: warning[V052]: 'Kestral Max' is not a model here, but 'Kestrel Max' is (Content/models/kestrel.md): correct the name, or list 'Kestral Max' in site.yml under not_models",
            "Content/guides/compare.md:17:1: warning[V061]: this row has 5 cells but the header has 4: a '|' inside a code span still splits the cell; put a backslash before it",
            "Content/guides/compare.md:21:9: warning[V075]: where vendor: no model has 'Lumen Lab' (did you mean Lumen Labs?)",
            "Content/guides/compare.md:29:1: error[V071]: unknown option 'colour' in a chart block (known: highlight, label, labels, limit, log, sort, source, title, type, unit, where, x, x_title, y, y_max, y_min, y_title)",
            "Content/guides/compare.md:34:1: warning[V062]: this ``` fence is never closed: everything after it, headings included, shows as code; add a ``` line where the block ends",
            "Content/guides/highlight.md:7:1: warning[V088]: 2 points are left out for lack of a value: Kestrel Max, Nimbus 3",
            "Content/guides/highlight.md:11:1: warning[V079]: highlight: 'Orbit Nin 1' is not shown in this chart (did you mean Orbit Nine 1?), so nothing is emphasised for it",
            "Content/guides/plain.md:5:103: warning[V052]: 'Orbit Nine 3' is not a model here, but 'Orbit Nine 1' is (Content/models/orbit.md): correct the name, or list 'Orbit Nine 3' in site.yml under not_models",
            "Content/guides/plain.md:9:6: warning[V052]: 'Kestral Max' is not a model here, but 'Kestrel Max' is (Content/models/kestrel.md): correct the name, or list 'Kestral Max' in site.yml under not_models",
            "Content/guides/plain.md:11:1: warning[V061]: this row has 1 cell but the header has 3: a line with no '|' right after a table is read as one of its rows; leave a blank line after the table",
            "Content/guides/plain.md:20:9: warning[V075]: where weights: no model has 'opn' (did you mean open?)",
            "Content/indent.md:3:1: error[V020]: the indentation does not line up: keys of one mapping start in the same column",
            "Content/models/kestrel.md:6:1: warning[V012]: unknown key 'price' (did you mean pricing?); a key of the site's own (for templates or blocks) is declared in site.yml under keys: {model: [price]}",
            "Content/models/kestrel.md:7:1: warning[V012]: unknown key 'weight' (did you mean weights?); a key of the site's own (for templates or blocks) is declared in site.yml under keys: {model: [weight]}",
            "Content/models/kestrel.md:8:10: warning[V033]: score category 'Coding' is spelt 'coding' in Content/models/nimbus.md: one category, one spelling, or tables and charts show two",
            "Content/models/orbit.md:7:22: warning[V033]: score category 'long_context' is spelt 'long-context' in Content/models/kestrel.md: one category, one spelling, or tables and charts show two",
            "Content/null-title.md:2:7: error[V011]: 'title' is empty: every page needs a title (listings, the feed and search show it)",
            "Content/quote.md:2:8: error[V020]: this quote is never closed: end the value with the same quote mark",
            "Content/tab.md:5:1: error[V020]: a tab: YAML indents with spaces, not tabs",
            "Templates/page.mustache:1:23: warning[V093]: no view model has 'page.titel': it always renders empty (did you mean page.title?)",
        ])
    }

    /// A file of the output changed by hand (same size, other bytes) is not
    /// trusted: the next build is a full one and writes it again, though
    /// nothing in the site folder changed.
    @Test func anOutputFileChangedByHandIsWrittenAgain() throws {
        let site = try ScratchSite(copying: "good")
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        try site.write("Content/about.md", (site.read("Content/about.md") ?? "") + "\nA line.\n")
        #expect(try VersusBinary.run(["build", "--root", site.root]).stderr.contains("built again"))
        let page = "Output/about/index.html"
        let original = try #require(site.read(page))
        try site.write(page, String(original.reversed()))
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("is up to date"), "\(run.stderr)")
        #expect(site.read(page) == original)
        #expect(try VersusBinary.run(["build", "--root", site.root]).stderr.contains("is up to date"))
    }

    /// The output and the build cache beside it; `--no-cache` leaves the
    /// output alone, and `versus clean` takes the cache away.
    @Test func aBuildLeavesNothingButItsOutputAndCacheInTheSiteFolder() throws {
        let site = try ScratchSite(copying: "good")
        let before = try FileManager.default.contentsOfDirectory(atPath: site.root).sorted()
        #expect(try VersusBinary.run(["build", "--root", site.root, "--no-cache"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root).sorted() == (before + ["Output"]).sorted())
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        #expect(try VersusBinary.run(["build", "--root", site.root]).stderr.contains("is up to date"))
        // A body edit: the page alone is built again.
        try site.write("Content/about.md", (site.read("Content/about.md") ?? "") + "\nOne more line.\n")
        let edit = try VersusBinary.run(["build", "--root", site.root])
        #expect(edit.stderr.contains(", 1 page built again and the others kept from the last build ("), "\(edit.stderr)")
        #expect(site.read("Output/about/index.html")?.contains("One more line.") == true)
        let after = try FileManager.default.contentsOfDirectory(atPath: site.root).sorted()
        #expect(after == (before + ["Output", ".versus-cache"]).sorted())
        // The record, and the generation before the output, kept to become the next.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root + "/.versus-cache").sorted() == ["Output.spare", "Output.sqlite"])
        let clean = try VersusBinary.run(["clean", "--root", site.root])
        #expect(clean.status == 0)
        #expect(clean.stderr == "versus: removed \(site.root)/.versus-cache/Output.sqlite\nversus: removed \(site.root)/.versus-cache/Output.spare\n")
        #expect(try VersusBinary.run(["clean", "--root", site.root]).stderr == "versus: no build cache for \(site.root)/Output\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root).sorted() == (before + ["Output"]).sorted())
    }
}

/// A rebuild writes only the files whose bytes changed: the others keep
/// their inode (they are hard-linked from the output being replaced).
@Suite struct UnchangedFilesTests {
    func inode(_ path: String) throws -> UInt64 {
        try (FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func aRebuildRewritesOnlyWhatChanged() throws {
        let site = try ScratchSite(copying: "good")
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        let about = try inode(site.root + "/Output/about/index.html")
        let home = try inode(site.root + "/Output/index.html")
        let page = try #require(site.read("Content/about.md"))
        try site.write("Content/about.md", page + "\nOne more line.\n")
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        #expect(try inode(site.root + "/Output/index.html") == home)
        #expect(try inode(site.root + "/Output/about/index.html") != about)
        #expect(site.read("Output/about/index.html")?.contains("One more line.") == true)
    }
}
