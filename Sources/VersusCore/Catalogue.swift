/// The diagnostics catalogue: for every code, what it means, an input that
/// causes it and the fix. `versus explain V061` prints one entry, and the
/// catalogue section of docs/Content/errors.md is generated from all of them (a test
/// keeps the two the same).
public enum Code: String, Sendable, Hashable, CaseIterable, Comparable {
    case V001, V002, V003, V004, V005, V006, V007
    case V010, V011, V012, V013, V014, V015, V016, V017, V018
    case V020
    case V030, V031, V032, V033, V034
    case V040, V041, V042, V043, V044, V045, V046
    case V050, V051, V052
    case V060, V061, V062, V063
    case V070, V071, V072, V073, V074, V075, V076, V077, V079
    case V080, V081, V082, V083, V084, V085, V086, V087, V088, V089
    case V090, V091, V092, V093
    case V100, V101, V102, V103, V104, V105, V106, V107
    case V110, V111
    case V120, V121, V122, V123, V124, V125, V126, V127, V128, V129
    case V130, V131, V132, V133, V134, V135, V136, V137, V138, V139
    case V140, V141, V142, V143, V144, V145, V146, V147, V148, V149

    public static func < (a: Code, b: Code) -> Bool { a.rawValue < b.rawValue }

    public var severity: Diagnostic.Severity {
        switch self {
        case .V012, .V013, .V033, .V045, .V052, .V060, .V061, .V062, .V063, .V075, .V077, .V079, .V088, .V093, .V127, .V128, .V129, .V130, .V131, .V132, .V139, .V140, .V141, .V143, .V145, .V149: .warning
        default: .error
        }
    }

    /// The code as an editor may type it: `v61`, `V061`, `61`.
    public init?(lenient text: String) {
        var digits = text.uppercased()
        if digits.hasPrefix("V") { digits.removeFirst() }
        guard let n = Int(digits), (0..<1000).contains(n) else { return nil }
        let name = "V" + String(repeating: "0", count: max(0, 3 - String(n).count)) + String(n)
        self.init(rawValue: name)
    }

    public var entry: Catalogue.Entry { Catalogue.entry(self) }
}

public enum Catalogue {
    public struct Entry: Sendable {
        /// A few words: the heading of the entry.
        public var title: String
        /// What the problem is and why Versus reports it.
        public var meaning: String
        /// An input that causes it (a file's lines).
        public var example: String
        public var fix: String
    }

    /// `versus explain`: the entry as plain text.
    public static func explain(_ code: Code) -> String {
        let e = code.entry
        return """
        \(code.rawValue) (\(code.severity.rawValue)): \(e.title)

        \(e.meaning)

        Example:
        \(e.example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        Fix: \(e.fix)

        """
    }

    /// The catalogue as Markdown, for docs/Content/errors.md.
    public static func markdown() -> String {
        // Prose such as "/compare/<a>-vs-<b>/" is text, not HTML tags.
        func text(_ words: String) -> String { words.replacingOccurrences(of: "<", with: "\\<") }
        var out = ""
        for code in Code.allCases {
            let e = code.entry
            out += "### \(code.rawValue): \(text(e.title))\n\n"
            out += "\(code.severity == .error ? "Error" : "Warning (an error with `--strict`)"). \(text(e.meaning))\n\n"
            // An example that holds a fence of its own (a chart block) gets a longer one.
            let fence = e.example.contains("```") ? "````" : "```"
            out += "\(fence)\n\(e.example)\n\(fence)\n\n"
            out += "Fix: \(text(e.fix))\n\n"
        }
        return out
    }

    // swiftlint:disable:next function_body_length
    static func entry(_ code: Code) -> Entry {
        switch code {
        case .V001: Entry(title: "A file cannot be read",
                          meaning: "A file or folder of the site cannot be read: it is unreadable, a symbolic link to nothing or to itself, or a link that leads outside the site folder (never followed, so a site cannot publish files from elsewhere).",
                          example: "Content/secret.md -> /etc/hostname",
                          fix: "Make the file readable, or replace the link by the file itself, inside the site folder.")
        case .V002: Entry(title: "Invalid UTF-8",
                          meaning: "Pages and templates are UTF-8. A byte that is not valid UTF-8 would show as a replacement character, so it is an error at that byte.",
                          example: "title: Caf\\xE9 (saved as Latin-1)",
                          fix: "Save the file as UTF-8 in your editor.")
        case .V003: Entry(title: "An empty page file",
                          meaning: "Every .md file under Content/ is a page, and a page needs front matter.",
                          example: "(a file with no bytes)",
                          fix: "Write front matter with a title and a type, or delete the file.")
        case .V004: Entry(title: "No front matter",
                          meaning: "A page starts with a '---' line, its YAML front matter, and another '---' line.",
                          example: "# My page\n\nText.",
                          fix: "Add front matter at the top:\n---\ntitle: My page\ntype: page\n---")
        case .V005: Entry(title: "Front matter never closed",
                          meaning: "The front matter starts with '---' but no later '---' (or '...') line ends it, so the whole file would be read as YAML.",
                          example: "---\ntitle: My page\ntype: page\n\nText.",
                          fix: "Add a '---' line after the last key.")
        case .V006: Entry(title: "Not a site folder",
                          meaning: "A site folder has site.yml at its top; without it Versus does not know it is a site.",
                          example: "versus build --root ~/Documents",
                          fix: "Run Versus in the site folder, or pass --root with the folder that holds site.yml.")
        case .V007: Entry(title: "No Content/ folder",
                          meaning: "Pages live in Content/ (the name is case-sensitive).",
                          example: "content/index.md",
                          fix: "Rename the folder to Content/.")
        case .V010: Entry(title: "A required key is missing",
                          meaning: "Every page needs a title and a type; site.yml needs a title.",
                          example: "---\ntype: page\n---",
                          fix: "Add the key: title: My page.")
        case .V011: Entry(title: "An empty title",
                          meaning: "A title that is empty or only spaces would give a page with no heading, an empty link in every listing and an untitled feed entry.",
                          example: "---\ntitle: \"\"\ntype: page\n---",
                          fix: "Write the title.")
        case .V012: Entry(title: "An unknown front-matter key",
                          meaning: "A key Versus does not know is most often a typo (descripton, last_upated, tag, drafts), and its value would silently do nothing. Keys that your own templates read are declared in site.yml.",
                          example: "---\ntitle: GLM-5\ntype: model\nprice: {input: 1, output: 3.2}\n---",
                          fix: "Correct the key to the one meant (pricing), or declare it in site.yml: keys: {page: [tier], model: [context]}.")
        case .V013: Entry(title: "An unknown page type",
                          meaning: "A type that is not built in (comparison, model, page), has no template of its own and is not declared renders as a plain page: no table of contents, left out of the feed and the API.",
                          example: "---\ntitle: Open vs closed\ntype: comparision\n---",
                          fix: "Correct the type, add Templates/<type>.mustache, or declare it in site.yml: types: [review].")
        case .V014: Entry(title: "An id that is not a slug",
                          meaning: "The id is the last part of the page's URL.",
                          example: "id: My Page",
                          fix: "Use lower-case letters, digits and hyphens: id: my-page.")
        case .V015: Entry(title: "Two pages at one URL",
                          meaning: "Two pages would be written to the same place; one would silently replace the other.",
                          example: "Content/models/one.md and Content/models/two.md, both with id: same",
                          fix: "Give one of them another id.")
        case .V016: Entry(title: "A value of the wrong type",
                          meaning: "Typed keys (dates, numbers, lists, true/false) are checked, so a page never shows a value the build could not read.",
                          example: "last_updated: 2026-13-01\ndraft: maybe",
                          fix: "Write the value in the form the message asks for.")
        case .V017: Entry(title: "Front matter that is not keys and values",
                          meaning: "Front matter is a YAML mapping: key: value lines.",
                          example: "---\n- title\n---",
                          fix: "Write key: value lines.")
        case .V018: Entry(title: "A key written twice",
                          meaning: "With two values for one key, only one could be used, and which one is not what the editor sees.",
                          example: "title: A\ntitle: B",
                          fix: "Keep one.")
        case .V020: Entry(title: "YAML syntax",
                          meaning: "The front matter (or site.yml, or a block's options) is not valid YAML. The usual causes are a ':' inside an unquoted value, a tab used for indentation, and a list or quote that is never closed; each is reported where it starts, in plain words.",
                          example: "title: GPT-5.4: the review",
                          fix: "Quote the value: title: \"GPT-5.4: the review\"; indent with spaces; close every [ { and quote on its line.")
        case .V030: Entry(title: "Weights neither open nor proprietary",
                          meaning: "A model's weights decide its badge, its colour in charts and every open/proprietary filter.",
                          example: "weights: closed",
                          fix: "weights: open or weights: proprietary.")
        case .V031: Entry(title: "An unknown price key",
                          meaning: "Prices are input and output, USD per million tokens; any other key would be ignored.",
                          example: "pricing: {input: 1, ouput: 3.2}",
                          fix: "pricing: {input: 1, output: 3.2}.")
        case .V032: Entry(title: "A score outside 0-100",
                          meaning: "Scores are 0 to 100 by category; charts and tables are drawn on that scale.",
                          example: "scores: {math: 140}",
                          fix: "Give the score on a 0-100 scale.")
        case .V033: Entry(title: "A score category spelt two ways",
                          meaning: "Categories that differ only in case or separators (Coding and coding, long_context and long-context) are two categories to the build: tables and charts would show both, each half empty.",
                          example: "scores: {Coding: 91}   # another model has coding",
                          fix: "Spell the category as the other models do.")
        case .V034: Entry(title: "A name that belongs to two models",
                          meaning: "A title or alias is how articles name a model; one name must lead to one model page.",
                          example: "aliases: [Beta]   # Beta is another model's title",
                          fix: "Remove or change the alias.")
        case .V040: Entry(title: "A base URL that is neither a URL nor a path",
                          meaning: "base_url (or --base-url) makes canonical links, the sitemap and the feed.",
                          example: "base_url: example.org",
                          fix: "base_url: https://example.org/ or base_url: /docs/.")
        case .V041: Entry(title: "A nav item without title or url",
                          meaning: "Each menu entry needs both.",
                          example: "nav:\n  - {title: About}",
                          fix: "nav:\n  - {title: About, url: /about/}")
        case .V042: Entry(title: "nav is not a list",
                          meaning: "nav is a list of {title, url} items.",
                          example: "nav: Home",
                          fix: "nav:\n  - {title: Home, url: /}")
        case .V043: Entry(title: "data_columns names no model field",
                          meaning: "data_columns maps table headers to model fields for the figures check; an unknown field would check nothing.",
                          example: "data_columns: {Input: pricing.inptu}",
                          fix: "Use a field such as pricing.input or scores.coding.")
        case .V044: Entry(title: "A mentions mode that does not exist",
                          meaning: "mentions decides which mentions of a model become links.",
                          example: "mentions: first",
                          fix: "mentions: all or mentions: first-per-section.")
        case .V045: Entry(title: "An unknown key in site.yml",
                          meaning: "A misspelt setting would silently do nothing.",
                          example: "serach: false",
                          fix: "Correct the key to the one meant.")
        case .V046: Entry(title: "keys or types in site.yml of the wrong shape",
                          meaning: "keys declares extra front-matter keys per kind of page; types declares page types.",
                          example: "keys: tier",
                          fix: "keys: {page: [tier], model: [context]} and types: [review].")
        case .V050: Entry(title: "A broken link",
                          meaning: "An internal link (a site path, a relative URL or a source file) leads to no page or file.",
                          example: "[R1](../models/deepseek-r2.md)",
                          fix: "Correct the link; the message names the page meant when one is close.")
        case .V051: Entry(title: "A link to a missing heading",
                          meaning: "The page exists but has no heading with that id.",
                          example: "[prices](#pricing)   # the heading is ## Prices",
                          fix: "Use the heading's id (the message names the close one).")
        case .V052: Entry(title: "A name one edit away from a model",
                          meaning: "A name in prose, a list or a table's row name that is not a model's title or alias, but is one letter, a change of case, or a version number away from one (Claud Opus 4.6, Claude Opus 4.7, GLM 5), is not linked and escapes the figures check.",
                          example: "Claud Opus 4.6 leads on coding.",
                          fix: "Correct the name; if it really is another thing, list it in site.yml: not_models: [Claude Opus 4.7].")
        case .V060: Entry(title: "A hand-written figure disagrees with the model data",
                          meaning: "In a table whose row names a model, a cell under a header mapped by data_columns, or named after a score category, must agree with the model's page.",
                          example: "| GLM-5 | $1.50 |   # pricing.input is 1.00",
                          fix: "Correct the table or the model page, whichever is wrong.")
        case .V061: Entry(title: "A table row with a missing or extra cell",
                          meaning: "A row with fewer cells than its header shifts every value after the gap one column left (a chart would then plot the wrong figure); a row with more loses its last cells. Cells are counted on the source line: escaped pipes (\\|) and pipes in code spans are not separators.",
                          example: "| Model | Vendor | Weights | Input | Output | Coding |\n|---|---|---|---|---|---|\n| Qwen 3.5 | Alibaba | n/a | n/a | 74.0% |",
                          fix: "Give the row one cell per header; write an empty cell (| |) or n/a where a value is unknown.")
        case .V062: Entry(title: "A code fence never closed",
                          meaning: "A ``` fence without its closing fence turns the rest of the page, headings and blocks included, into code.",
                          example: "```models\ncolumns: [title]\n\n## Next section",
                          fix: "Add the closing fence where the block ends.")
        case .V063: Entry(title: "A hand-written figure that was never the model's value",
                          meaning: "With a model's history (history: in its front matter), a figure in an article is compared with the value on the article's last_updated date. Right then but changed since is not a problem: the page marks the cell with the value now. A figure that matches neither the value on that date nor the value now is this warning, which gives both.",
                          example: "last_updated: 2026-02-01\n| DeepSeek R1 | $0.60 |   # input was 0.70 on that date, 0.55 now",
                          fix: "Write the value of the article's date (and keep last_updated true), or the value now with today's date.")
        case .V070: Entry(title: "An unknown model field in a block",
                          meaning: "A models or chart block names a field no model has.",
                          example: "columns: [title, pricing.inptu]",
                          fix: "Use a known field; the message lists them.")
        case .V071: Entry(title: "An unknown block option",
                          meaning: "An option a models or chart block does not have would be ignored.",
                          example: "order: -scores.coding",
                          fix: "Use a known option; the message lists them.")
        case .V072: Entry(title: "A models block without columns",
                          meaning: "A models block draws a table of the columns it names.",
                          example: "```models\nwhere: {weights: open}\n```",
                          fix: "columns: [title, vendor, pricing.input]")
        case .V073: Entry(title: "headers and columns of different lengths",
                          meaning: "Each column gets one header.",
                          example: "columns: [title, vendor]\nheaders: [Model]",
                          fix: "Give one header per column, or leave headers out.")
        case .V074: Entry(title: "A where key no model has",
                          meaning: "Filtering on a field no model has a value for selects nothing.",
                          example: "where: {license: MIT}   # no model has a license",
                          fix: "Filter on a field the models have.")
        case .V075: Entry(title: "A where value no model has",
                          meaning: "A filter value that no model has (often a typo) selects nothing, and the table or chart comes out empty.",
                          example: "where: {vendor: Antropic}",
                          fix: "Correct the value; the message names the one meant.")
        case .V076: Entry(title: "A limit below 1",
                          meaning: "limit is how many models the block lists.",
                          example: "limit: 0",
                          fix: "limit: 10, or leave it out.")
        case .V077: Entry(title: "A block that selects no model",
                          meaning: "Its filters leave no model, so the page shows an empty table or no chart.",
                          example: "where: {weights: open, vendor: OpenAI}   # none is both",
                          fix: "Loosen the filters.")
        case .V079: Entry(title: "A highlighted name the chart does not show",
                          meaning: "highlight: [names] emphasises those models in a chart; a name that is not one of the chart's labels (a typo, or a model the filters leave out) emphasises nothing.",
                          example: "highlight: [GLM 5]   # the label is GLM-5",
                          fix: "Use the name as the chart labels it, or widen the chart's filters.")
        case .V080: Entry(title: "A chart without a type",
                          meaning: "A chart needs to know how to draw.",
                          example: "```chart\ntitle: Prices\n```",
                          fix: "type: bar (or hbar, scatter, line).")
        case .V081: Entry(title: "An unknown chart type",
                          meaning: "Charts are bar, hbar, scatter or line.",
                          example: "type: pie",
                          fix: "Use one of the four.")
        case .V082: Entry(title: "A chart without y",
                          meaning: "A chart of models or a scatter chart needs the field or column to plot.",
                          example: "source: models\nx: title",
                          fix: "y: scores.coding")
        case .V083: Entry(title: "A chart with nothing to draw",
                          meaning: "A chart draws the table right above it, or the model data with source: models.",
                          example: "Some text.\n\n```chart\ntype: bar\n```",
                          fix: "Put the chart right after its table, or add source: models.")
        case .V084: Entry(title: "A column number past the table",
                          meaning: "Columns are numbered from 1.",
                          example: "y: [7]   # the table has 6 columns",
                          fix: "Use a column that exists, or its header.")
        case .V085: Entry(title: "No column of that name",
                          meaning: "x, y and label name columns of the table above by header.",
                          example: "y: [Codng]",
                          fix: "Use a header of the table; the message lists them.")
        case .V086: Entry(title: "A log scale on a bar or line chart",
                          meaning: "Bars and lines start at zero, which a log scale cannot show.",
                          example: "type: bar\nlog: true",
                          fix: "Use type: hbar or scatter, or drop log.")
        case .V087: Entry(title: "y_min not below y_max",
                          meaning: "The axis would be empty or upside down.",
                          example: "y_min: 100\ny_max: 50",
                          fix: "Swap them.")
        case .V088: Entry(title: "Values left out of a chart",
                          meaning: "Cells that are not numbers (\"Open wins\", a blank) and models without a value are left out of a chart, and the build names them once per chart.",
                          example: "| Gap | Open wins |",
                          fix: "Write a number, or leave the warning if the gap is meant.")
        case .V089: Entry(title: "A chart with no numbers",
                          meaning: "None of the chosen cells is a number.",
                          example: "y: [Vendor]",
                          fix: "Chart a column of numbers.")
        case .V090: Entry(title: "Template syntax",
                          meaning: "A Mustache tag is malformed or a section is closed by the wrong tag.",
                          example: "{{#page}}…{{/site}}",
                          fix: "Close each section with its own name.")
        case .V091: Entry(title: "A partial or parent that does not exist",
                          meaning: "A template includes a template that is not there.",
                          example: "{{> partials/missing}}",
                          fix: "Add the file, or correct the name.")
        case .V092: Entry(title: "No template for a page",
                          meaning: "A page's type has no template and there is no page.mustache to fall back on.",
                          example: "type: review   # no Templates/review.mustache or page.mustache",
                          fix: "Add Templates/<type>.mustache or Templates/page.mustache.")
        case .V093: Entry(title: "A template variable no page can have",
                          meaning: "A variable that no view model provides renders as empty text on every page, which Mustache does without a word.",
                          example: "<h1>{{page.titel}}</h1>",
                          fix: "Use the name meant ({{page.title}}); extra front-matter keys are under page.params.")
        case .V100: Entry(title: "An output folder Versus did not write",
                          meaning: "A build replaces its output folder; it never replaces a folder it did not write (no .versus-output in it).",
                          example: "versus build --output ~/Documents",
                          fix: "Choose another --output, or remove the folder yourself.")
        case .V101: Entry(title: "An output that is a file",
                          meaning: "The output must be a folder.",
                          example: "versus build --output notes.txt",
                          fix: "Choose a folder.")
        case .V102: Entry(title: "An output folder that holds the site",
                          meaning: "Replacing it would delete the site.",
                          example: "versus build --output ..",
                          fix: "Choose a folder inside or beside the site.")
        case .V103: Entry(title: "An output whose parent is missing",
                          meaning: "The output folder is created in its parent, which must exist.",
                          example: "versus build --output /no/such/folder/out",
                          fix: "Create the parent folder first.")
        case .V104: Entry(title: "Cannot write",
                          meaning: "The disk is full or the folder is read-only; the previous output stays as it was.",
                          example: "(a full disk)",
                          fix: "Free space or choose a writable --output.")
        case .V105: Entry(title: "Another build is writing the output",
                          meaning: "Two builds of one output folder at once would mix their files.",
                          example: "versus build & versus build",
                          fix: "Wait for the other build, or choose another --output.")
        case .V106: Entry(title: "A copied file would overwrite a page",
                          meaning: "A file under Public/ (or beside a page) would land where a page, a listing or another file is written.",
                          example: "Public/about/index.html beside Content/about.md",
                          fix: "Rename or move one of them.")
        case .V107: Entry(title: "A copied file inside search/",
                          meaning: "search/ holds the search index.",
                          example: "Public/search/data.json",
                          fix: "Move the file elsewhere.")
        case .V110: Entry(title: "Not in a site folder",
                          meaning: "versus new and versus serve work in a site folder (one with site.yml); outside one they would create Content/ in a random folder, or serve nothing.",
                          example: "cd ~ && versus new page \"Notes\"",
                          fix: "Run the command where site.yml is, or pass --root DIR.")
        case .V111: Entry(title: "The file already exists",
                          meaning: "versus new never overwrites a file.",
                          example: "versus new page \"About\"   # Content/about.md exists",
                          fix: "Choose another title, or edit the existing file.")
        case .V120: Entry(title: "An unknown source",
                          meaning: "A figure, a page or a history entry names a source (source: vendor) that neither the model page's sources nor site.yml's sources define. The figure would be cited to nothing.",
                          example: "source: vendr      # sources: {vendor: {title: ...}}",
                          fix: "Use the key of a defined source, or define it under sources: in the model page or in site.yml.")
        case .V121: Entry(title: "A source without a title",
                          meaning: "Every source is listed on the model pages that cite it by its title; a source without one would be an empty entry.",
                          example: "sources:\n  vendor: {url: \"https://example.org/pricing\"}",
                          fix: "Give the source a title: {title: \"DeepSeek API pricing\", url: ...}.")
        case .V122: Entry(title: "A figure's long form without a value",
                          meaning: "A figure written as a mapping ({value, source, as_of}) must have its value; without it the figure would be missing from every table.",
                          example: "scores:\n  math: {source: review}",
                          fix: "Add the value: math: {value: 94, source: review}, or write the plain number.")
        case .V123: Entry(title: "An unknown key in a source, a figure, a history entry or a setting",
                          meaning: "A source has title, url and as_of; a figure's long form has value, source and as_of; a history entry has date, the figures, note and source; site.yml's compare has pairs, all, mentioned and limit, its workload input, output and amortize_months; a setup's rental_per_month min and max. Any other key is most often a typo whose value would be lost.",
                          example: "math: {value: 94, sorce: review}",
                          fix: "Correct the key (the message names the one meant).")
        case .V124: Entry(title: "A history entry names a figure the model does not have",
                          meaning: "History says what a model's figures were before; a figure the model does not have now (a misspelt score category, a price key) would make a change of nothing.",
                          example: "scores: {math: 94}\nhistory:\n  - {date: 2025-06-01, scores: {maths: 91}}",
                          fix: "Name one of the model's figures (the message gives the one meant), or add the figure to the model.")
        case .V125: Entry(title: "One figure with two values on one date",
                          meaning: "Two history entries give the same figure on the same date: which was true is unknown.",
                          example: "history:\n  - {date: 2026-01-10, pricing: {input: 0.70}}\n  - {date: 2026-01-10, pricing: {input: 0.75}}",
                          fix: "Keep the right entry, or correct one date.")
        case .V126: Entry(title: "A date in the future",
                          meaning: "A figure's as_of or a history entry's date is after the build's date (the clock, or SOURCE_DATE_EPOCH when set): a figure cannot have been true on a day that has not come.",
                          example: "as_of: 2062-04-10",
                          fix: "Correct the date.")
        case .V127: Entry(title: "A stale figure",
                          meaning: "A figure's date (its own as_of, else its page's, else its source's) is older than site.yml's stale_after_days on the build's date. The page shows its date and says it is due for a check. The warning is where the date is written: at the figure, at the page's as_of (once for all the figures that take it), or at the source.",
                          example: "stale_after_days: 180\nas_of: 2025-01-10",
                          fix: "Check the figure against its source and update its value and as_of, or raise stale_after_days.")
        case .V128: Entry(title: "A history entry not before the figure's current date",
                          meaning: "History holds what a figure was before its current value; an entry dated on or after the current value's date says the current value is older than the history.",
                          example: "as_of: 2026-04-08\nhistory:\n  - {date: 2026-05-01, pricing: {input: 0.70}}",
                          fix: "Correct the entry's date, or make its value the current one with its date as as_of.")
        case .V129: Entry(title: "A changed figure without a date",
                          meaning: "A figure has history but no date of its own (no as_of on the figure, its page or its source), so the change to its current value cannot be dated: it is left out of /changes/ and its feed.",
                          example: "pricing: {input: 0.55}\nhistory:\n  - {date: 2026-01-10, pricing: {input: 0.70}}",
                          fix: "Give the figure or its page an as_of date.")
        case .V130: Entry(title: "A history entry with no figure",
                          meaning: "A history entry says what figures were on its date; one that names none (a note alone, or an empty pricing: {}) shows nowhere, so its note would be lost.",
                          example: "history:\n  - {date: 2026-02-01, note: \"renamed\"}",
                          fix: "Name the figures as they were on that date, or remove the entry (a rename belongs in the page's text).")
        case .V131: Entry(title: "A page's source hides one of site.yml",
                          meaning: "A model page defines a source under a key site.yml also defines; on that page the key means the page's source, and the site's title, link and date are not used. Most often the page meant the site's source.",
                          example: "# site.yml: sources: {board: {title: \"Open model board\", url: ...}}\nsources:\n  board: {title: \"Deepwater's own board\"}",
                          fix: "Give the page's source another key, or remove it to cite the site's.")
        case .V132: Entry(title: "A history entry before the model's release",
                          meaning: "A history entry dated before the model's released date gives a value for a day the model did not exist; most often the year is mistyped.",
                          example: "released: 2025-09-10\nhistory:\n  - {date: 2015-09-10, pricing: {input: 5}}",
                          fix: "Correct the date, or the model's released date.")
        case .V133: Entry(title: "An unknown model id",
                          meaning: "A pair (a page's compare, site.yml's compare.pairs), a setup's runs or a calculator's models names models by their ids (the file name, or the page's id key); an id no model page has would drop the model or the whole pair without a word.",
                          example: "compare: [deepseek-r1, gpt-54]",
                          fix: "Write the model's id as its page gives it (the id meant is shown when one is close).")
        case .V134: Entry(title: "A pair of one model with itself",
                          meaning: "A pair page compares two different models; the same id twice has nothing to compare.",
                          example: "compare: [gpt-5-4, gpt-5-4]",
                          fix: "Name the second model of the pair.")
        case .V135: Entry(title: "A pair with two pages",
                          meaning: "A pair has one page, /compare/<a>-vs-<b>/; a second page with the same compare would land on the same URL.",
                          example: "# Content/a.md and Content/b.md both have\ncompare: [deepseek-r1, gpt-5-4]",
                          fix: "Merge the two pages, or make one of them compare other models.")
        case .V136: Entry(title: "Too many pair pages",
                          meaning: "Pairs grow with the square of the models: all pairs of 200 models are 19,900 pages. Above compare.limit (5,000 unless set) the build stops rather than write more pages than anyone meant.",
                          example: "compare: {all: {}}    # with 120 models: 7,140 pairs",
                          fix: "Narrow compare.all with a filter (weights: open), list the pairs you want under compare.pairs, or raise compare.limit in site.yml.")
        case .V137: Entry(title: "A compare that is not two models",
                          meaning: "A pair page compares exactly two models; a compare list with one or three ids has no pair to stand for.",
                          example: "compare: [deepseek-r1, gpt-5-4, glm-5]",
                          fix: "Name two model ids; write separate pages for other pairs.")
        case .V138: Entry(title: "A rental range the wrong way round",
                          meaning: "rental_per_month gives the lowest and highest monthly rental; a min above the max gives every cost and break-even backwards.",
                          example: "rental_per_month: {min: 20000, max: 15000}",
                          fix: "Swap the two figures.")
        case .V139: Entry(title: "A setup without a cost",
                          meaning: "A setup page is there to be costed; with neither rental_per_month nor purchase the calculator can only leave its column blank.",
                          example: "type: setup\nhardware: 1x RTX 4090",
                          fix: "Add rental_per_month: {min, max} or purchase (dollars, paid once).")
        case .V140: Entry(title: "A calculator model with no price",
                          meaning: "A calculator costs the models that have both an input and an output price; a model it lists without both is left out, and when none has both its table is empty.",
                          example: "```calculator\nmodels: [glm-5]\n```   # glm-5 has no API price",
                          fix: "List models with prices, or give the models their pricing.")
        case .V141: Entry(title: "A workload of no tokens",
                          meaning: "site.yml's workload is the reference monthly volume that pair pages and calculators cost; with no tokens every cost is $0.00 and no ratio can be given.",
                          example: "workload: {input: 0, output: 0}",
                          fix: "Give the monthly input and output tokens of a typical use, such as {input: 10000000, output: 2000000}.")
        case .V142: Entry(title: "A workload with one side",
                          meaning: "A workload gives the input and the output tokens of a month; with one of them left out, every cost on the site would take a default the editor never wrote.",
                          example: "workload: {input: 30000000}",
                          fix: "Give both: workload: {input: 30000000, output: 10000000}.")
        case .V143: Entry(title: "A workload of a handful of tokens",
                          meaning: "Workload figures are tokens a month; a figure under 1,000 is most often millions written as a small number, and every cost would come out as $0.00.",
                          example: "workload: {input: 30, output: 10}",
                          fix: "Write the tokens in full: 30000000.")
        case .V144: Entry(title: "Two pairs at one URL",
                          meaning: "A pair's URL joins the two ids with -vs-; a model whose id contains -vs- can make two different pairs land on one URL, and one of them would be lost.",
                          example: "# models a, a-vs-b, b-vs-c and c: a + b-vs-c and a-vs-b + c",
                          fix: "Give the model an id without -vs- (id: in its front matter).")
        case .V145: Entry(title: "A compare.all that keeps too few models",
                          meaning: "compare.all makes every pair of the models its filter keeps; a filter that keeps one model or none makes no pair, though each value may exist on its own.",
                          example: "compare: {all: {weights: open, vendor: OpenAI}}",
                          fix: "Loosen the filter, or list the pairs under compare.pairs.")
        case .V146: Entry(title: "A folder that is not empty",
                          meaning: "versus init writes a new site's site.yml, Content/ and .gitignore; in a folder that already holds files it could overwrite or mix with them, so it writes nothing there. A folder holding only .git counts as empty.",
                          example: "versus init ~/notes   # ~/notes holds notes.txt",
                          fix: "Give a new folder's name (versus init creates it), or empty the folder first.")
        case .V147: Entry(title: "An unknown theme setting",
                          meaning: "site.yml's theme says which files lie beneath the site's own Templates/ and Public/: default, the theme built into versus (a site's file replaces the theme's of the same path), or none, the site's files alone.",
                          example: "theme: dark",
                          fix: "Write theme: default, or theme: none for a site that brings every template; versus theme eject copies the default theme to edit.")
        case .V148: Entry(title: "A relative menu link",
                          meaning: "The menu is on every page; a url without a leading / is read from each page's own folder, so it works on the home page and leads to a missing page from every other.",
                          example: "nav:\n  - {title: Reviews, url: reviews/}",
                          fix: "Start site paths with /: url: /reviews/. Other sites take their full address (https://...).")
        case .V149: Entry(title: "A folder versus does not read",
                          meaning: "Versus reads Templates/ and Public/, with capitals. A templates/ or public/, or Hugo's layouts/ and static/, beside them is not read, so the theme's files stay in place of the ones written there.",
                          example: "layouts/page.mustache   # beside site.yml",
                          fix: "Rename the folder: Templates/ for templates, Public/ for static files.")
        }
    }
}
