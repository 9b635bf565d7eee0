import VersusCore

/// Every template of a site, compiled. Names are paths under `Templates/`
/// without `.mustache` (`comparison`, `partials/head`), which is also how
/// templates name each other in `{{> partials/head}}` and `{{<base}}`.
///
/// Versus compiles and renders Mustache itself (`TemplateParser`,
/// `TemplateRenderer`) rather than through swift-mustache: the benchmark showed
/// 43% of a build inside that library's `Any` lookups, dynamic casts and
/// per-Character escaping. Here a lookup is a dictionary access on a
/// `TemplateValue` and output goes into one buffer.
public struct TemplateSet: Sendable {
    public static let folder = "Templates"
    public static let fallback = "page"

    private let templates: [String: [TemplateNode]]
    /// Every `page.…` and `site.…` name the templates read, with its place.
    public private(set) var variables: [(path: String, name: String, line: Int, column: Int)] = []
    public var names: Set<String> { Set(templates.keys) }

    /// Compiles `sources` (path relative to the site root → text). Each syntax
    /// error, and each partial or parent that names no template, is a
    /// diagnostic at the template's file, line and column.
    public static func compile(_ sources: [(path: String, text: String)]) -> (TemplateSet, [Diagnostic]) {
        var templates: [String: [TemplateNode]] = [:]
        var references: [(path: String, TemplateReference)] = []
        var variables: [(path: String, name: String, line: Int, column: Int)] = []
        var diagnostics: [Diagnostic] = []
        for (path, text) in sources {
            var parser = TemplateParser(text)
            do {
                templates[templateName(path)] = try parser.parse()
                references += parser.references.map { (path, $0) }
                variables += parser.names.filter { $0.name.hasPrefix("page.") || $0.name.hasPrefix("site.") }
                    .map { (path, $0.name, $0.line, $0.column) }
            } catch {
                diagnostics.append(Diagnostic(.templateSyntax(message: error.message),
                                          at: SourceLocation(path: path, line: error.line, column: error.column)))
            }
        }
        for (path, reference) in references where templates[reference.name] == nil {
            diagnostics.append(Diagnostic(
                .missingTemplate(name: reference.name, folder: folder),
                at: SourceLocation(path: path, line: reference.line, column: reference.column)))
        }
        var set = TemplateSet(templates: templates)
        set.variables = variables
        return (set, diagnostics)
    }

    /// The name templates use for the template at `path` (`Templates/partials/head.mustache` → `partials/head`).
    public static func name(ofPath path: String) -> String { templateName(path) }

    static func templateName(_ path: String) -> String {
        var name = path
        if name.hasPrefix(folder + "/") { name.removeFirst(folder.count + 1) }
        if name.hasSuffix(".mustache") { name.removeLast(".mustache".count) }
        return name
    }

    /// The template a page of `type` is rendered with: `<type>`, else `page`.
    public func template(forType type: String) -> String? {
        if templates[type] != nil { return type }
        if templates[Self.fallback] != nil { return Self.fallback }
        return nil
    }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    public func render(_ template: String, _ context: TemplateValue) -> String {
        guard let nodes = templates[template] else { return "" }
        var renderer = TemplateRenderer(templates: templates, context: context)
        var out = ""
        out.reserveCapacity(16_384)
        renderer.render(nodes, into: &out)
        return out
    }

    /// Renders and records which fields of other pages' summaries were read.
    public func render(_ template: String, _ context: TemplateValue, reads: inout Set<TemplateRead>) -> String {
        guard let nodes = templates[template] else { return "" }
        var renderer = TemplateRenderer(templates: templates, context: context, recording: true)
        var out = ""
        out.reserveCapacity(16_384)
        renderer.render(nodes, into: &out)
        reads.formUnion(renderer.reads)
        return out
    }

    /// Whether rendering `template` uses `edited`: it is the template itself,
    /// or a partial or parent reached from it.
    public func includes(_ template: String, edited: String) -> Bool {
        var seen: Set<String> = []
        func follow(_ name: String) -> Bool {
            if name == edited { return true }
            guard seen.insert(name).inserted, let nodes = templates[name] else { return false }
            return visit(nodes)
        }
        func visit(_ nodes: [TemplateNode]) -> Bool {
            nodes.contains { node in
                switch node {
                case .text, .variable: return false
                case .section(_, _, let children), .block(_, let children): return visit(children)
                case .partial(let name, _): return follow(name)
                case .parent(let name, _, let overrides): return follow(name) || overrides.values.contains(where: visit)
                }
            }
        }
        return follow(template)
    }

    /// Whether some template extends `name` (`{{<name}}`): a layout, not a
    /// template a page is rendered with.
    public func isParent(_ name: String) -> Bool {
        func visit(_ nodes: [TemplateNode]) -> Bool {
            nodes.contains { node in
                switch node {
                case .text, .variable, .partial: return false
                case .section(_, _, let children), .block(_, let children): return visit(children)
                case .parent(let parent, _, let overrides): return parent == name || overrides.values.contains(where: visit)
                }
            }
        }
        return templates.values.contains(where: visit)
    }
}
