/// The one place where problems become words. Messages say what is wrong,
/// with the word meant where one is close, and how to fix it when that is
/// not obvious.
extension Problem {
    public var message: String {
        switch self {
        case .cannotRead(let reason):
            return "cannot read: \(reason)"
        case .invalidUTF8(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" : "")\(hex)); save the file as UTF-8"
        case .emptyFile:
            return "empty file: a page starts with front matter between '---' lines"
        case .missingFrontMatter:
            return "missing front matter: a page starts with a '---' line, then YAML with at least title and type, then '---'"
        case .frontMatterNotClosed:
            return "front matter is not closed: add a '---' line after the last key"
        case .notASite:
            return "no site.yml: this folder is not a Versus site (a site holds site.yml and Content/; versus init DIR starts one)"
        case .noContentFolder:
            return "no Content/ folder: pages live in Content/ (the name is case-sensitive)"

        case .missingKey(let key):
            return key == "type"
                ? "missing required key 'type' (comparison, model, page, or a type with a template)"
                : "missing required key '\(key)'"
        case .emptyTitle:
            return "'title' is empty: every page needs a title (listings, the feed and search show it)"
        case .unknownKey(let key, let kind, let meant):
            return "unknown key '\(key)'" + Self.meant(meant)
                + "; a key of the site's own (for templates or blocks) is declared in site.yml under keys: {\(kind.rawValue): [\(key)]}"
        case .unknownType(let type, let meant):
            return "unknown type '\(type)'" + Self.meant(meant)
                + ": built in are comparison, model and page; add Templates/\(type).mustache or list it in site.yml under types"
        case .badID(let suggestion):
            return "'id' must be lower-case letters, digits and hyphens, such as \"\(suggestion)\""
        case .duplicateURL(let url, let other):
            return "two pages have the URL \(url): this one and \(other); give one of them another id"
        case .wrongType(let key, let expected, let found):
            return "'\(key)' must be \(expected), not \(found)"
        case .notAMapping:
            return "front matter must be keys and values (a YAML mapping)"
        case .duplicateKey(let names):
            return "duplicate key \(names.map { "'\($0)'" }.joined(separator: ", "))"

        case .yamlSyntax(let syntax):
            switch syntax {
            case .colonInValue(let key, let value):
                let quoted = value.hasPrefix("\"") ? value : "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
                return "a ':' inside a value: put the whole value in quotes: \(key): \(quoted)"
            case .tab:
                return "a tab: YAML indents with spaces, not tabs"
            case .unclosedFlow(let bracket):
                let close = bracket == "[" ? "]" : "}"
                return "this '\(bracket)' is never closed: end the list with '\(close)' on the same line, and separate items with ','"
            case .unclosedQuote:
                return "this quote is never closed: end the value with the same quote mark"
            case .badIndentation:
                return "the indentation does not line up: keys of one mapping start in the same column"
            case .other(let text):
                return "YAML syntax: \(text)"
            }

        case .badWeights(let found):
            return "'weights' must be open or proprietary, not \(found)"
        case .unknownPricingKey(let key):
            return "unknown key 'pricing.\(key)': pricing has input and output (USD per million tokens)"
        case .scoreOutOfRange(let category, let value):
            return "'scores.\(category)' must be between 0 and 100, not \(value)"
        case .scoreSpelling(let written, let other, let otherPath):
            return "score category '\(written)' is spelt '\(other)' in \(otherPath): one category, one spelling, or tables and charts show two"
        case .nameOwnedTwice(let name, let first, let second):
            return "the name '\(name)' belongs to two models: \(first) and \(second); each title and alias must name one model"

        case .badBaseURL(let given):
            return "'base_url' must be an absolute URL such as https://example.org/ or a path such as /docs/, not \"\(given)\""
        case .badNavItem:
            return "each 'nav' item must have a title and a url, such as {title: About, url: /about/}"
        case .navNotAList:
            return "'nav' must be a list of {title, url} items"
        case .unknownDataField(let path, let known):
            return "'\(path)' is not a model field (known: \(known.joined(separator: ", ")))"
        case .badMentionsMode(let value):
            return "'mentions' must be all or first-per-section, not \"\(value)\""
        case .unknownSiteKey(let key, let meant, let known):
            return "unknown key '\(key)' in site.yml" + Self.meant(meant) + " (known: \(known.joined(separator: ", ")))"
        case .badKeysSetting:
            return "'keys' must map page or model to a list of key names, such as {page: [tier], model: [context]}"

        case .brokenLink(let written, let meant):
            return "broken link: no page or file at \(written)" + Self.meant(meant)
        case .brokenAnchor(let page, let anchor, let meant):
            return "broken link: \(page ?? "this page") has no heading with id '\(anchor)'" + Self.meant(meant.map { "#" + $0 })
        case .nearMissName(let written, let meant, let path):
            return "'\(written)' is not a model here, but '\(meant)' is (\(path)): correct the name, or list '\(written)' in site.yml under not_models"

        case .figureMismatch(let header, let model, let written, let expected, let field, let path):
            return "\(header) of \(model) is \(written) here, but its model data says \(expected) (\(field) in \(path))"
        case .figureMismatchOnDate(let header, let model, let written, let then, let day, let now, let field, let path):
            return "\(header) of \(model) is \(written) here, but its model data says \(then) on \(day) (the article's last_updated) and \(now) now (\(field) in \(path))"
        case .rowCells(let found, let expected, let detail):
            return "this row has \(found) cell\(found == 1 ? "" : "s") but the header has \(expected): \(detail)"
        case .unclosedFence(let fence):
            return "this \(fence) fence is never closed: everything after it, headings included, shows as code; add a \(fence) line where the block ends"

        case .unknownField(let option, let field, let meant, let known):
            return "unknown \(option) '\(field)'" + Self.meant(meant) + "; known: \(known.joined(separator: ", "))"
        case .unknownOption(let block, let option, let meant, let known):
            return "unknown option '\(option)' in a \(block) block" + Self.meant(meant) + " (known: \(known.joined(separator: ", ")))"
        case .needsColumns:
            return "a models block needs columns, such as columns: [title, vendor, pricing.input]"
        case .headersCount(let headers, let columns):
            return "headers has \(headers) names for \(columns) columns"
        case .whereKeyEmpty(let key):
            return "where key '\(key)': no model has a value for it"
        case .whereValueUnknown(let key, let value, let meant):
            return "where \(key): no model has '\(value)'" + Self.meant(meant)
        case .limitTooSmall(let limit):
            return "limit must be at least 1, not \(limit)"
        case .blockEmpty(let block):
            return "this \(block) block selects no model: the page shows \(block == "chart" ? "no chart" : "an empty table"); check its where values"

        case .chartNeedsType:
            return "a chart block needs a type: bar, hbar, scatter or line"
        case .unknownChartType(let name, let meant):
            return "unknown chart type '\(name)'" + Self.meant(meant) + " (known: bar, hbar, scatter, line)"
        case .chartNeedsY(let scatter):
            return scatter
                ? "a scatter chart needs y: the column to plot against x"
                : "a chart of models needs y: one or several model fields, such as scores.coding"
        case .chartNeedsTable:
            return "a chart block needs a table right above it, or source: models"
        case .noColumnNumber(let number, let count, let headers):
            return "column \(number) does not exist: the table above has \(count) columns (\(headers.joined(separator: ", ")))"
        case .noColumnNamed(let name, let headers):
            return "no column '\(name)' in the table above (columns: \(headers.joined(separator: ", ")))"
        case .logScaleKind(let kind):
            return "log scale is for hbar and scatter charts, not \(kind)"
        case .yRange(let low, let high):
            return "y_min (\(low)) must be below y_max (\(high))"
        case .cellsLeftOut(let cells, let missing):
            var parts: [String] = []
            let n = cells.count
            if n > 0 {
                parts.append("\(n) cell\(n == 1 ? " is" : "s are") not \(n == 1 ? "a number" : "numbers") and left out of the chart: "
                    + cells.prefix(5).joined(separator: "; ") + (n > 5 ? "; …" : ""))
            }
            if !missing.isEmpty {
                parts.append("\(missing.count) point\(missing.count == 1 ? " is" : "s are") left out for lack of a value: "
                    + missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? ", …" : ""))
            }
            return parts.joined(separator: "; ")
        case .noNumbers(let what):
            return "no numbers to chart" + what
        case .highlightNotShown(let name, let meant):
            return "highlight: '\(name)' is not shown in this chart" + Self.meant(meant) + ", so nothing is emphasised for it"

        case .templateSyntax(let message):
            return "template syntax: \(message)"
        case .missingTemplate(let name, let folder):
            return "no template '\(name)': add \(folder)/\(name).mustache"
        case .noTemplateForType(let type, let fix):
            return "no template for type '\(type)': \(fix)"
        case .unknownTemplateVariable(let name, let meant):
            return "no view model has '\(name)': it always renders empty" + Self.meant(meant)

        case .outputNotOurs(let marker):
            return "exists and was not written by versus (no \(marker) in it); refusing to replace it: remove it or choose another --output"
        case .outputNotAFolder:
            return "exists and is not a folder; refusing to replace it"
        case .outputContainsSite:
            return "the output folder must not contain the site folder"
        case .outputParentMissing:
            return "the output's parent folder does not exist"
        case .cannotWrite(let what, let reason):
            return "cannot \(what): \(reason)"
        case .outputLocked:
            return "another versus build is writing this folder right now; wait for it to finish or choose another --output"
        case .copyOverwrites(let source, let other):
            return "\(source) would overwrite \(other)"
        case .copyIntoSearch(let source):
            return "\(source) would land in search/, which holds the search index"
        case .notInASite(let command):
            return "no site.yml here: `versus \(command)` works in a site folder: run it where site.yml is, or pass --root DIR"
        case .fileExists:
            return "already exists; versus new never overwrites a file: choose another title, or edit this one"
        case .badThemeSetting(let value, let meant):
            return "'theme' must be default (the theme built into versus, beneath the site's own files) or none (the site's Templates/ and Public/ alone), not \"\(value)\""
                + Self.meant(meant)
        case .folderNotRead(let folder, let meant):
            return "\(folder)/ is not read: the site's own files are in \(meant)/, where a file replaces the theme's of the same path"
        case .relativeNavURL(let url):
            return "the menu link '\(url)' is relative, so it leads elsewhere from every page below the home page: write /\(url)"
        case .folderNotEmpty(let entries):
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? " and \(entries.count - 3) more" : "")
            return "not empty (\(shown)); versus init starts a site in a new or empty folder and never overwrites a file: choose another folder"

        case .unknownSource(let key, let meant, let known):
            return "unknown source '\(key)'" + Self.meant(meant)
                + (known.isEmpty ? "; define it under sources: in this page or in site.yml" : "; defined: \(known.joined(separator: ", "))")
        case .sourceWithoutTitle(let key):
            return "source '\(key)' has no title: model pages list each source by its title; add title: \"...\""
        case .figureWithoutValue(let figure):
            return "'\(figure)' has no value: the long form is {value: 94, source: review, as_of: 2026-04-10}"
        case .unknownFigureKey(let key, let place, let meant, let known):
            return "unknown key '\(key)' in \(place)" + Self.meant(meant) + "; known: \(known.joined(separator: ", "))"
        case .historyUnknownFigure(let figure, let meant):
            return "history names '\(figure)', which this model does not have" + Self.meant(meant)
        case .historyDateTwice(let figure, let date):
            return "'\(figure)' has two history entries dated \(date): keep one"
        case .dateInFuture(let what, let date, let today):
            return "\(what) \(date) is after the build's date (\(today)): a figure cannot be true on a day that has not come"
        case .staleFigure(let figure, let date, let days, let limit):
            return "'\(figure)' is as of \(date), \(days) days ago (stale_after_days: \(limit)): check it against its source and update its as_of"
        case .historyNotBefore(let figure, let date, let current):
            return "history gives '\(figure)' on \(date), not before its current value's date (\(current)): history holds what a figure was before"
        case .staleDate(let whose, let date, let days, let limit, let figures):
            return "\(whose) is \(date), \(days) days ago (stale_after_days: \(limit)), and \(figures) figure\(figures == 1 ? "" : "s") take\(figures == 1 ? "s" : "") that date: check \(figures == 1 ? "it" : "them") against the source and update the date"
        case .historyBeforeRelease(let date, let released):
            return "this history entry is dated \(date), before the model's release (\(released)): is the year right?"
        case .historyEntryEmpty(let date):
            return "this history entry (\(date)) names no figure: its date and note show nowhere; name the figures as they were then"
        case .unknownModelID(let id, let place, let kind, let meant):
            return "\(place) names '\(id)', which is not the id of any \(kind) page" + Self.meant(meant)
        case .pairOfOne(let id):
            return "a pair needs two different models; this one names '\(id)' twice"
        case .pairClaimedTwice(let pair, let first):
            return "the pair \(pair) already has its page, \(first): one page per pair; merge the two or compare other models"
        case .pairsOverCap(let count, let cap):
            return "the comparisons would make \(count) pair pages, more than the cap of \(cap): narrow compare.all, leave out the pairs of mentions (compare: {mentioned: false}) or raise compare.limit in site.yml"
        case .pairNeedsTwo(let found):
            return "compare names \(found) model\(found == 1 ? "" : "s"); a pair page compares exactly two model ids"
        case .rentalRange(let min, let max):
            return "rental_per_month has min \(min) above max \(max): is it the other way round?"
        case .setupWithoutCost:
            return "this setup has neither rental_per_month nor purchase, so no calculator can give its cost or break-even"
        case .calculatorNoModels:
            return "this calculator lists no model with both an input and an output price: it would show an empty table"
        case .workloadEmpty:
            return "the workload has no tokens at all (input and output are 0): every cost would be $0.00"
        case .compareNotHere(let kind):
            return "compare makes a page the page of a pair, and a \(kind) page cannot be one: write the pair's page as an article, or list the pair under compare.pairs in site.yml"
        case .modelWithoutPrices(let id):
            return "'\(id)' has no input and output price, so this calculator leaves it out"
        case .workloadPart(let missing):
            return "the workload gives no \(missing) tokens: give both input and output, tokens a month"
        case .workloadTiny(let key, let value):
            return "the workload's \(key) is \(value) tokens a month: tokens, not millions? (10 million is 10000000)"
        case .pairURLTwice(let url, let first, let second):
            return "the pairs \(first) and \(second) would both be at /\(url): a model id containing -vs- makes pair URLs ambiguous; give the model another id"
        case .pairFilterKeepsFew(let count):
            return "compare.all keeps \(count) model\(count == 1 ? "" : "s"), so it makes no pair: is the filter too narrow?"
        case .sourceShadowed(let key):
            return "this page's source '\(key)' hides site.yml's source of the same key: give it another key, or remove it to cite the site's"
        case .undatedChange(let figure):
            return "'\(figure)' has history but no date of its own (as_of on the figure, its page or its source): its change cannot be dated and is left out of /changes/"
        }
    }

    static func meant(_ word: String?) -> String {
        word.map { " (did you mean \($0)?)" } ?? ""
    }
}
