import VersusCore

/// Compiles Mustache text into `TemplateNode`s, following the Mustache spec:
/// variables, sections, inverted sections, comments, partials, set delimiters,
/// and inheritance (parents and blocks); "standalone" tags on a line of their
/// own leave no blank line behind. Errors carry the line and column of the tag
/// at fault.
struct TemplateParser {
    private let source: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private(set) var references: [TemplateReference] = []
    /// Every variable and section name, where it is written, for the check
    /// of names no view model provides.
    private(set) var names: [TemplateReference] = []

    init(_ text: String) {
        source = Array(text.utf8)
    }

    private enum Kind {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: return false
            default: return true
            }
        }
    }

    private struct Frame {
        var kind: Kind
        var name: String
        var nodes: [TemplateNode] = []
        var line: Int
        var column: Int
        var indent: String = ""
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var frames = [Frame(kind: .section, name: "", line: 1, column: 1)]
        var text: [UInt8] = []
        func flushText() {
            if !text.isEmpty {
                frames[frames.count - 1].nodes.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
        }
        while position < source.count {
            guard matches(open, at: position) else {
                text.append(source[position])
                position += 1
                continue
            }
            let tagStart = position
            let (line, column) = lineAndColumn(of: tagStart)
            var cursor = tagStart + open.count
            var tripled = false
            if open == Array("{{".utf8), cursor < source.count, source[cursor] == UInt8(ascii: "{") {
                tripled = true
                cursor += 1
            }
            let closer = tripled ? Array("}".utf8) + close : close
            guard let end = find(closer, from: cursor) else {
                throw TemplateSyntaxError(message: "a tag is not closed with \(String(decoding: close, as: UTF8.self))",
                                          line: line, column: column)
            }
            var content = String(decoding: source[cursor..<end], as: UTF8.self).trimmingWhitespace()
            position = end + closer.count
            var kind = Kind.variable
            if tripled {
                kind = .unescaped
            } else if let sigil = content.first {
                switch sigil {
                case "&": kind = .unescaped
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case "!": kind = .comment
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "=": kind = .delimiters
                default: break
                }
                if kind != .variable {
                    content = String(content.dropFirst()).trimmingWhitespace()
                }
            }

            // A standalone tag takes its whole line with it.
            var indent = ""
            if kind.canStandAlone, let lineStart = standaloneLineStart(before: tagStart), let after = standaloneLineEnd(from: position) {
                indent = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                if text.count >= tagStart - lineStart { text.removeLast(tagStart - lineStart) }
                position = after
            }

            switch kind {
            case .comment:
                continue
            case .delimiters:
                guard content.hasSuffix("=") else {
                    throw TemplateSyntaxError(message: "a set-delimiter tag must look like {{=<% %>=}}", line: line, column: column)
                }
                let parts = content.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else {
                    throw TemplateSyntaxError(message: "a set-delimiter tag must look like {{=<% %>=}}", line: line, column: column)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
                continue
            default:
                break
            }
            guard !content.isEmpty else {
                throw TemplateSyntaxError(message: "a tag has no name", line: line, column: column)
            }
            flushText()
            switch kind {
            case .variable, .unescaped:
                names.append(TemplateReference(name: content, line: line, column: column))
                frames[frames.count - 1].nodes.append(.variable(path: Self.path(content), escaped: kind == .variable))
            case .partial:
                references.append(TemplateReference(name: content, line: line, column: column))
                frames[frames.count - 1].nodes.append(.partial(name: content, indent: indent))
            case .section, .inverted, .parent, .block:
                if kind == .parent { references.append(TemplateReference(name: content, line: line, column: column)) }
                if kind == .section || kind == .inverted { names.append(TemplateReference(name: content, line: line, column: column)) }
                frames.append(Frame(kind: kind, name: content, line: line, column: column, indent: indent))
            case .close:
                guard frames.count > 1, frames[frames.count - 1].name == content else {
                    let expected = frames.count > 1 ? " (open: {{\(Self.sigil(frames[frames.count - 1].kind))\(frames[frames.count - 1].name)}})" : ""
                    throw TemplateSyntaxError(message: "a closing tag does not match the open section\(expected)", line: line, column: column)
                }
                let frame = frames.removeLast()
                let node: TemplateNode
                switch frame.kind {
                case .parent:
                    var overrides: [String: [TemplateNode]] = [:]
                    for child in frame.nodes {
                        if case .block(let name, let children) = child { overrides[name] = children }
                    }
                    node = .parent(name: frame.name, indent: frame.indent, overrides: overrides)
                case .block:
                    node = .block(name: frame.name, children: frame.nodes)
                default:
                    node = .section(path: Self.path(frame.name), inverted: frame.kind == .inverted, children: frame.nodes)
                }
                frames[frames.count - 1].nodes.append(node)
            case .comment, .delimiters:
                break
            }
        }
        flushText()
        if frames.count > 1 {
            let frame = frames[frames.count - 1]
            throw TemplateSyntaxError(message: "a section is opened but never closed ({{\(Self.sigil(frame.kind))\(frame.name)}})",
                                      line: frame.line, column: frame.column)
        }
        return frames[0].nodes
    }

    private static func sigil(_ kind: Kind) -> String {
        switch kind {
        case .section: return "#"
        case .inverted: return "^"
        case .parent: return "<"
        case .block: return "$"
        default: return ""
        }
    }

    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= source.count else { return false }
        for k in 0..<pattern.count where source[index + k] != pattern[k] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var i = index
        while i + pattern.count <= source.count {
            if matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The start of the tag's line if only spaces and tabs stand before the tag.
    private func standaloneLineStart(before index: Int) -> Int? {
        var i = index
        while i > 0 {
            let b = source[i - 1]
            if b == UInt8(ascii: "\n") { return i }
            guard b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") else { return nil }
            i -= 1
        }
        return 0
    }

    /// Just past the line's end if only spaces and tabs follow the tag.
    private func standaloneLineEnd(from index: Int) -> Int? {
        var i = index
        while i < source.count {
            let b = source[i]
            if b == UInt8(ascii: "\n") { return i + 1 }
            if b == UInt8(ascii: "\r"), i + 1 < source.count, source[i + 1] == UInt8(ascii: "\n") { return i + 2 }
            guard b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") else { return nil }
            i += 1
        }
        return source.count
    }

    private func lineAndColumn(of index: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<index where source[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: source[lineStart..<index], as: UTF8.self).count + 1
        return (line, column)
    }
}

