import Foundation
import VersusContent
import VersusCore

/// `versus init DIR`: a new site that builds, checks clean under `--strict`
/// and serves at once with the embedded theme: `site.yml`, a home page, an
/// about page, and an example comparison with its two model pages as drafts
/// (seen with `--drafts`, never published by accident), and a `.gitignore`
/// for the output and the cache. It writes into a new or empty folder only.
public enum Starter {
    /// The files of a new site, relative to its folder.
    public static func files(title: String, today: Day) -> [(path: String, text: String)] {
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return [
            (".gitignore", """
                # What versus build writes: the site and its build cache.
                /Output/
                /.versus-cache/

                """),
            (SiteConfig.path, """
                # Site settings. Every key is in the manual, "The site folder".
                title: \(quoted)
                description: "Side-by-side comparisons, each figure checked against one data page per model."
                # The address the site is served from. A full address (https://example.org/)
                # also gives the site a feed, a sitemap and canonical links; a sub-path
                # (/reviews/) works on any host.
                base_url: /
                language: en
                # The menu. A link to a page the build does not write is an error, so list
                # Comparisons and Models once one of each is published (draft: true deleted).
                nav:
                  - {title: About, url: /about/}
                  # - {title: Comparisons, url: /comparisons/}
                  # - {title: Models, url: /models/}
                # A hand-written table column with one of these headers is checked against
                # the field of the model page its row names.
                data_columns:
                  Input $/M: pricing.input
                  Output $/M: pricing.output
                  Input: pricing.input        # the headers versus new comparison writes
                  Output: pricing.output
                # Where figures come from: a model page cites a source by its key.
                sources:
                  example: {title: "Example price list (replace with your source)", as_of: \(today)}
                # A figure older than this on the day of the build is flagged as due for a check.
                stale_after_days: 365

                """),
            ("Content/index.md", """
                ---
                title: \(quoted)
                type: home
                description: "Side-by-side comparisons, each figure checked against one data page per model."
                ---

                Welcome. This is the home page, `Content/index.md`. The comparisons and the models appear below it
                as you publish them.

                """),
            ("Content/about.md", """
                ---
                title: "About"
                type: page
                description: "Who writes this site and where its figures come from."
                ---

                Say here who writes this site, how figures are chosen and how often they are checked.

                """),
            ("Content/comparisons/example-comparison.md", """
                ---
                title: "Example Open 7B vs Example Cloud Pro"
                type: comparison
                id: example-comparison
                draft: true
                description: "An example comparison: a hand-written table checked against the model pages, a table and a chart drawn from them."
                last_updated: \(today)
                tags: [example]
                ---

                This comparison and the two model pages it names are drafts: `versus serve --drafts` shows them,
                `versus build` leaves them out. Each model is linked where it is first named, here Example Open 7B
                and Example Cloud Pro.

                ## Prices

                A hand-written table. Its figures are checked against the model pages: write 0.25 for
                Example Open 7B's input price and the build warns that its model page says 0.20.

                | Model | Input $/M | Output $/M |
                |-------|----------:|-----------:|
                | Example Open 7B | 0.20 | 0.60 |
                | Example Cloud Pro | 3.00 | 12.00 |

                ## From the data

                A table and a chart drawn from the model pages at build time:

                ```models
                columns: [title, weights, pricing.input, pricing.output, scores.coding]
                headers: [Model, Weights, Input, Output, Coding]
                sort: -scores.coding
                ```

                ```chart
                type: scatter
                title: Input price against coding score
                source: models
                x: pricing.input
                y: scores.coding
                ```

                """),
            ("Content/models/example-open-7b.md", model(
                title: "Example Open 7B", id: "example-open-7b", weights: "open", license: "Apache 2.0",
                input: "0.20", output: "0.60", coding: 78, reasoning: 74, today: today,
                body: "An example model page: its front matter holds the figures that comparisons show and check.")),
            ("Content/models/example-cloud-pro.md", model(
                title: "Example Cloud Pro", id: "example-cloud-pro", weights: "proprietary", license: nil,
                input: "3.00", output: "12.00", coding: 91, reasoning: 93, today: today,
                body: "A second example model, this one behind an API only.")),
        ]
    }

    private static func model(title: String, id: String, weights: String, license: String?, input: String, output: String,
                              coding: Int, reasoning: Int, today: Day, body: String) -> String {
        """
        ---
        title: "\(title)"
        type: model
        id: \(id)
        draft: true
        description: "\(body)"
        vendor: Example Labs
        weights: \(weights)
        \(license.map { "license: \($0)\n" } ?? "")pricing: {input: \(input), output: \(output)}   # USD per million tokens
        scores: {reasoning: \(reasoning), coding: \(coding)}   # 0-100
        as_of: \(today)
        source: example
        tags: [example]
        ---

        \(body)

        """
    }

    /// What `versus init` did: the folder and the files it wrote there.
    public struct Outcome: Sendable {
        public var folder: String
        public var written: [String]
    }

    /// Creates `folder` (and its parents) when missing and writes the files.
    /// A folder holding anything but `.git` is refused and left as it is;
    /// each file is created with O_EXCL, so nothing that appears meanwhile is
    /// overwritten either.
    public static func create(at folder: String, title: String? = nil, now: Date) throws(Scaffold.Failure) -> Outcome {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Scaffold.Failure(.cannotWrite(what: "start a site here", reason: "a file, not a folder"), at: folder)
            }
            let entries = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0 != ".git" }.sorted()
            guard entries.isEmpty else { throw Scaffold.Failure(.folderNotEmpty(entries: entries), at: folder) }
        }
        let name = title ?? Self.title(fromFolder: folder)
        var written: [String] = []
        for (path, text) in files(title: name, today: Day(now)) {
            written.append(try Scaffold.write(text, to: path, under: folder))
        }
        return Outcome(folder: folder, written: written)
    }

    /// `my-reviews` → "My reviews": a title an editor changes, but never empty.
    static func title(fromFolder folder: String) -> String {
        let last = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        let words = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
        guard let first = words.first else { return "My comparisons" }
        // ß would become SS: a letter without a one-letter capital stays.
        let capital = first.uppercased()
        return (capital.count == 1 ? capital : String(first)) + words.dropFirst()
    }
}
