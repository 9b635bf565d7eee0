/// Renders compiled templates against a `TemplateValue`, writing into one
/// string. Lookups follow Mustache: the first name is searched from the
/// innermost context outwards, the rest of a dotted name only inside what the
/// first found. A missing name renders nothing.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]
    private var stack: [TemplateValue]
    /// Block overrides in force, the most derived template's first.
    private var overrides: [[String: [TemplateNode]]] = []
    private var depth = 0
    static let maximumDepth = 64
    /// What this render read of other pages: a field of an object that
    /// carries `TemplateRead.pageKey` (a page's summary), recorded at the
    /// lookup itself, so what a page shows of another is known exactly.
    private(set) var reads: Set<TemplateRead> = []
    private let recording: Bool

    init(templates: [String: [TemplateNode]], context: TemplateValue, recording: Bool = false) {
        self.templates = templates
        self.stack = [context]
        self.recording = recording
    }

    mutating func render(_ nodes: [TemplateNode], into out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .variable(let path, let escaped):
                lookup(path)?.write(into: &out, escaped: escaped)
            case .section(let path, let inverted, let children):
                let value = lookup(path)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { render(children, into: &out) }
                    continue
                }
                guard truthy, let value else { continue }
                if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        render(children, into: &out)
                        stack.removeLast()
                    }
                } else {
                    stack.append(value)
                    render(children, into: &out)
                    stack.removeLast()
                }
            case .partial(let name, let indent):
                guard let partial = templates[name], depth < Self.maximumDepth else { continue }
                depth += 1
                // A partial starts with no block overrides of its own.
                let saved = overrides
                overrides = []
                if indent.isEmpty {
                    render(partial, into: &out)
                } else {
                    var inner = ""
                    render(partial, into: &inner)
                    out += Self.indent(inner, with: indent)
                }
                overrides = saved
                depth -= 1
            case .parent(let name, _, let blockOverrides):
                guard let parent = templates[name], depth < Self.maximumDepth else { continue }
                depth += 1
                overrides.append(blockOverrides)
                render(parent, into: &out)
                overrides.removeLast()
                depth -= 1
            case .block(let name, let children):
                if let replacement = overrides.lazy.compactMap({ $0[name] }).first {
                    render(replacement, into: &out)
                } else {
                    render(children, into: &out)
                }
            }
        }
    }

    private mutating func lookup(_ path: [String]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        for context in stack.reversed() {
            guard case .object(let fields) = context, var value = fields[first] else { continue }
            if recording { record(fields, first) }
            for name in path.dropFirst() {
                guard let next = value[name] else { return nil }
                if recording, case .object(let inner) = value { record(inner, name) }
                value = next
            }
            return value
        }
        return nil
    }

    private mutating func record(_ fields: [String: TemplateValue], _ key: String) {
        guard case .int(let page)? = fields[TemplateRead.pageKey] else { return }
        if case .text(let scope)? = fields[TemplateRead.scopeKey] {
            reads.insert(TemplateRead(page: page, key: scope + "." + key))
        } else {
            reads.insert(TemplateRead(page: page, key: key))
        }
    }

    static func indent(_ text: String, with indent: String) -> String {
        var out = indent
        var rest = Substring(text)
        while let newline = rest.firstIndex(of: "\n") {
            out += rest[...newline]
            rest = rest[rest.index(after: newline)...]
            if !rest.isEmpty { out += indent }
        }
        out += rest
        return out
    }
}
