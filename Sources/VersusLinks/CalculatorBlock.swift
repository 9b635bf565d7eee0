import VersusContent
import VersusCore
import VersusMarkdown

/// A fenced block with the info string `calculator`: what a month of the
/// site's reference workload costs on each model's API, and for each setup
/// (`type: setup`) its monthly cost and the volume from which it costs less
/// than each API. Rendered here, complete, for readers without JavaScript;
/// `calculator.js` recomputes the same tables for the volumes a reader types.
///
///     ```calculator
///     models: [gpt-5-4, claude-opus-4-6]   # default: every model with both prices
///     setups: [high-end, mid-range]         # default: every setup
///     ```
public struct CalculatorBlock {
    public var models: [Int]
    public var setups: [Int]

    public static let infoString = "calculator"
    static let options = ["models", "setups"]

    /// The block's models and setups; unknown ids and options at their lines.
    static func parse(_ text: String, path: String, firstLine: Int, sources: [PageSource], models: [Int],
                      setups: [Int]) -> (CalculatorBlock?, [Diagnostic]) {
        var reader = YAMLReader(yaml: text.isEmpty ? "{}" : text, path: path, firstLine: firstLine)
        if !reader.diagnostics.isEmpty { return (nil, reader.diagnostics) }
        for key in reader.keys where !options.contains(key) {
            reader.reportAtKey(.unknownOption(block: infoString, option: key, meant: Suggestion.closest(to: key, among: options),
                                              known: options), key)
        }
        func pick(_ key: String, kind: String, from candidates: [Int]) -> [Int] {
            guard let node = reader.valueNode(key), let ids = reader.stringList(node, name: key) else { return candidates }
            var byID: [String: Int] = [:]
            for index in candidates { byID[sources[index].id] = index }
            var out: [Int] = []
            for id in ids {
                if let index = byID[id] {
                    if !out.contains(index) { out.append(index) }
                } else {
                    reader.reportAtKey(.unknownModelID(id: id, place: key, kind: kind, meant: Suggestion.closest(to: id, among: byID.keys)), key)
                }
            }
            return out
        }
        let priced = Set(models.filter { sources[$0].model?.pricing?.input != nil && sources[$0].model?.pricing?.output != nil })
        let listed = pick("models", kind: "model", from: models)
        // A model named in `models` without both prices would drop out silently.
        if reader.valueNode("models") != nil {
            for index in listed where !priced.contains(index) {
                reader.reportAtKey(.modelWithoutPrices(id: sources[index].id), "models")
            }
        }
        let chosenModels = listed.filter(priced.contains)
        let chosenSetups = pick("setups", kind: "setup", from: setups)
        if chosenModels.isEmpty, listed.allSatisfy(priced.contains) { reader.add(Diagnostic(.calculatorNoModels, at: SourceLocation(path: path, line: firstLine - 1, column: 1))) }
        let errors = reader.diagnostics.filter { $0.severity == .error }
        return (errors.isEmpty ? CalculatorBlock(models: chosenModels, setups: chosenSetups) : nil, reader.diagnostics)
    }

    /// Replaces every `calculator` block of a document by its HTML. `reads`
    /// gains the prices it shows, so a price edit redoes the page.
    static func expand(_ document: Document, path: String, sources: [PageSource], models: [Int], setups: [Int],
                       workload: Workload, href: (Int) -> String?,
                       diagnostics: inout [Diagnostic], reads: inout Set<FieldRead>) -> Document {
        // Most pages have none: a look costs less than a rewrite.
        guard document.containsBlock(where: { $0.isFence(infoString) }) else { return document }
        var count = 0
        return document.rewritingBlocks { block in
            guard case .codeBlock(_, let literal, let position) = block, block.isFence(infoString) else { return block }
            let (parsed, found) = parse(literal, path: path, firstLine: position.line + 1, sources: sources, models: models, setups: setups)
            diagnostics += found
            guard let parsed else { return block }
            count += 1
            // The models a calculator costs are not mentions: by default it
            // lists every priced model, which would pair them all. What it
            // read is every candidate's prices: a model priced later joins.
            for model in models {
                reads.insert(FieldRead(model: model, field: "pricing.input"))
                reads.insert(FieldRead(model: model, field: "pricing.output"))
            }
            return .rendered(parsed.html(id: "calculator-\(count)", sources: sources, workload: workload, href: href))
        }
    }

    /// The models by their cost for `workload`, cheapest first (ties by title).
    public static func byCost(_ models: [Int], sources: [PageSource], workload: Workload) -> [(index: Int, cost: Double)] {
        models.compactMap { index in workload.monthlyCost(sources[index].model?.pricing).map { (index, $0) } }
            .sorted { $0.cost != $1.cost ? $0.cost < $1.cost : sources[$0.index].title.lowercased() < sources[$1.index].title.lowercased() }
    }

    /// How a calculator's HTML starts, by which a page knows it has one.
    public static let opening = "<section class=\"calculator\" data-calculator"

    func html(id: String, sources: [PageSource], workload: Workload, href: (Int) -> String?) -> String {
        var out = Self.opening + " id=\"\(id)\" aria-label=\"Cost calculator\">\n"
        out += "<form class=\"calculator-form\" hidden>\n"
        for (name, label, value) in [("input", "Input tokens a month", workload.input), ("output", "Output tokens a month", workload.output)] {
            out += "<p><label for=\"\(id)-\(name)\">\(label)</label> <input id=\"\(id)-\(name)\" name=\"\(name)\" type=\"number\" min=\"0\" step=\"1000000\" value=\"\(JSON.number(value))\" inputmode=\"numeric\"></p>\n"
        }
        out += "<fieldset><legend>Models</legend>\n"
        for index in models {
            out += "<label><input type=\"checkbox\" name=\"model\" value=\"\(HTML.escape(sources[index].id))\" checked> \(HTML.escape(sources[index].title))</label>\n"
        }
        out += "</fieldset>\n</form>\n"
        out += "<p class=\"calculator-workload\" role=\"status\" aria-live=\"polite\">For \(CostFormat.tokens(workload.input)) input and \(CostFormat.tokens(workload.output)) output tokens a month (\(CostFormat.tokens(workload.total)) in all):</p>\n"
        let ordered = Self.byCost(models, sources: sources, workload: workload)
        func link(_ index: Int) -> String {
            let title = HTML.escape(sources[index].title)
            guard let url = href(index) else { return title }
            return "<a href=\"\(HTML.escape(url))\">\(title)</a>"
        }
        out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Monthly API cost\">\n<table class=\"calculator-api\">\n"
        out += "<thead><tr><th scope=\"col\">Model</th><th scope=\"col\" class=\"align-right\">Input $/M</th><th scope=\"col\" class=\"align-right\">Output $/M</th><th scope=\"col\" class=\"align-right\">Monthly cost</th></tr></thead>\n<tbody>\n"
        for (index, cost) in ordered {
            let pricing = sources[index].model!.pricing!
            out += "<tr data-model=\"\(HTML.escape(sources[index].id))\"><td>\(link(index))</td><td class=\"align-right\">\(CostFormat.price(pricing.input!))</td><td class=\"align-right\">\(CostFormat.price(pricing.output!))</td><td class=\"align-right\" data-cost>\(CostFormat.money(cost))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        let costed = setups.compactMap { index in sources[index].setup?.monthly(amortizeMonths: workload.amortizeMonths).map { (index: index, monthly: $0) } }
        if !setups.isEmpty {
            out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Self-hosting setups\">\n<table class=\"calculator-setups\">\n"
            out += "<thead><tr><th scope=\"col\">Setup</th><th scope=\"col\">Hardware</th><th scope=\"col\">Runs</th><th scope=\"col\" class=\"align-right\">Monthly cost</th></tr></thead>\n<tbody>\n"
            for index in setups {
                let setup = sources[index].setup!
                let runs = setup.runs.compactMap { run in sources.firstIndex { $0.model != nil && $0.id == run.id } }.map(link).joined(separator: ", ")
                out += "<tr><td>\(link(index))</td><td>\(HTML.escape(setup.hardware ?? "—"))</td><td>\(runs.isEmpty ? "—" : runs)</td><td class=\"align-right\">\(CostFormat.monthly(setup, workload: workload))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        if !costed.isEmpty {
            out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Break-even volume\">\n<table class=\"calculator-breakeven\">\n"
            out += "<thead><tr><th scope=\"col\">API model</th>"
            for (index, monthly) in costed {
                out += "<th scope=\"col\" data-setup=\"\(HTML.escape(sources[index].id))\" class=\"align-right\">\(HTML.escape(sources[index].title))<br><small>\(CostFormat.range(monthly)) a month</small></th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for (index, _) in ordered {
                out += "<tr data-model=\"\(HTML.escape(sources[index].id))\"><td>\(HTML.escape(sources[index].title))</td>"
                for (setup, monthly) in costed {
                    out += "<td class=\"align-right\" data-setup=\"\(HTML.escape(sources[setup].id))\">\(CostFormat.breakEven(monthly, sources[index].model?.pricing, workload: workload))</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
            out += "<p class=\"calculator-note\">Break-even: the monthly volume, at this mix of input and output tokens, above which the setup costs less than the API. A setup costs the same at any volume: its rental, or its purchase spread over \(workload.amortizeMonths) months; power, staff and the setup's capacity are not counted.</p>\n"
        }
        let data = JSON.object([
            ("workload", JSON.object([("input", JSON.number(workload.input)), ("output", JSON.number(workload.output))])),
            ("models", JSON.array(ordered.map { index, _ in
                let pricing = sources[index].model!.pricing!
                return JSON.object([("id", JSON.string(sources[index].id)), ("input", JSON.number(pricing.input!)), ("output", JSON.number(pricing.output!))])
            })),
            ("setups", JSON.array(costed.map { index, monthly in
                JSON.object([("id", JSON.string(sources[index].id)), ("min", JSON.number(monthly.min)), ("max", JSON.number(monthly.max))])
            })),
        ]).replacingAll("<", with: "\\u003c")
        out += "<script type=\"application/json\" class=\"calculator-data\">\(data)</script>\n</section>\n"
        return out
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
