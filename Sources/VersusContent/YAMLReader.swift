import VersusCore
import Yams

/// Reads a YAML mapping with Yams and hands out typed values with the file
/// location of each key and value, collecting every type error instead of
/// stopping at the first. Front matter and `site.yml` both go through it.
public struct YAMLReader {
    public let path: String
    /// Added to Yams' 1-based line numbers to give file lines.
    public let lineOffset: Int
    public private(set) var diagnostics: [Diagnostic] = []
    let root: [(key: String, keyNode: Node, value: Node)]

    /// Parses `yaml`; a syntax error or a root that is not a mapping becomes a
    /// diagnostic and an empty reader.
    public init(yaml: String, path: String, firstLine: Int) {
        self.path = path
        self.lineOffset = firstLine - 1
        var entries: [(String, Node, Node)] = []
        do {
            // The encoding named, or Yams reads it from the environment each time.
            if let node = try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8) {
                if let mapping = node.mapping {
                    for (k, v) in mapping { entries.append((k.string ?? "", k, v)) }
                } else if !(node.scalar.map { $0.string.isEmpty } ?? false) {
                    let mark = node.mark
                    diagnostics.append(Diagnostic(.notAMapping,
                                              at: SourceLocation(path: path, line: (mark?.line ?? 1) + firstLine - 1,
                                                                 column: mark?.column ?? 1)))
                }
            }
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, lineOffset: lineOffset, yaml: yaml))
        } catch {
            diagnostics.append(Diagnostic(.yamlSyntax(.other("\(error)")), at: SourceLocation(path: path, line: firstLine)))
        }
        root = entries.map { (key: $0.0, keyNode: $0.1, value: $0.2) }
    }

    /// YAML's core types without timestamps, merge keys and `=`: dates are
    /// checked as text (`Day`), and each rule dropped is one regular expression
    /// less per scalar.
    /// A scalar tagged as an integer. Yams reads `1:30` as 90 (YAML 1.1's
    /// base 60) and stops the program on one too large for `Int`
    /// (`1444444444060862008:0`, found by fuzzing); such a value is read
    /// here with the overflow checked, and is nil when it does not fit.
    static func integer(_ node: Node) -> Int? {
        guard let scalar = node.scalar else { return nil }
        guard scalar.string.contains(":") else { return node.int }
        var text = Substring(scalar.string.replacingOccurrences(of: "_", with: ""))
        var sign = 1
        if text.first == "-" { sign = -1; text = text.dropFirst() } else if text.first == "+" { text = text.dropFirst() }
        var value = 0
        for part in text.split(separator: ":", omittingEmptySubsequences: false) {
            guard let digits = Int(part), digits >= 0 else { return nil }
            let (shifted, over) = value.multipliedReportingOverflow(by: 60)
            let (sum, past) = shifted.addingReportingOverflow(digits)
            guard !over, !past else { return nil }
            value = sum
        }
        return sign * value
    }

    static let resolver = Resolver.default.removing(.timestamp).removing(.merge).removing(.value)

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int, yaml: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let (syntax, place) = YAMLWording.explain(problem, at: mark, context: context, in: yaml)
            return Diagnostic(.yamlSyntax(syntax), at: SourceLocation(path: path, line: place.line + lineOffset, column: place.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.duplicateKey(names: duplicates.map { "\($0)" }), at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.yamlSyntax(.other(problem)), at: SourceLocation(path: path, line: lineOffset + 1))
        default:
            return Diagnostic(.yamlSyntax(.other("\(error)")), at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }

    public var keys: [String] { root.map(\.key) }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    public func keyLocation(_ key: String) -> SourceLocation? {
        root.first { $0.key == key }.map { location(of: $0.keyNode) }
    }

    public func valueNode(_ key: String) -> Node? {
        root.first { $0.key == key }?.value
    }

    public mutating func report(_ problem: Problem, at node: Node) {
        diagnostics.append(Diagnostic(problem, at: location(of: node)))
    }

    /// A value of the wrong type: what was expected, and what was written.
    public mutating func wrongType(_ key: String, _ expected: String, _ node: Node) {
        report(.wrongType(key: key, expected: expected, found: Self.describe(node)), at: node)
    }

    // MARK: typed access; each records a diagnostic on a wrong type and returns nil

    public mutating func string(_ key: String) -> String? {
        guard let node = valueNode(key) else { return nil }
        return string(node, name: key)
    }

    public mutating func string(_ node: Node, name: String) -> String? {
        if let scalar = node.scalar, node.tag.rawValue != Tag.Name.null.rawValue { return scalar.string }
        wrongType(name, "text", node)
        return nil
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let node = valueNode(key) else { return nil }
        if node.tag.rawValue == Tag.Name.bool.rawValue, let b = node.bool { return b }
        wrongType(key, "true or false", node)
        return nil
    }

    public mutating func day(_ key: String) -> Day? {
        guard let node = valueNode(key) else { return nil }
        return day(node, name: key)
    }

    public mutating func day(_ node: Node, name: String) -> Day? {
        if let scalar = node.scalar, let day = Day(scalar.string) { return day }
        wrongType(name, "a date as YYYY-MM-DD", node)
        return nil
    }

    public mutating func stringList(_ key: String) -> [String]? {
        guard let node = valueNode(key) else { return nil }
        return stringList(node, name: key)
    }

    public mutating func stringList(_ node: Node, name key: String) -> [String]? {
        guard let sequence = node.sequence else {
            wrongType(key, "a list of text, such as [a, b]", node)
            return nil
        }
        var out: [String] = []
        for item in sequence {
            guard let s = string(item, name: "\(key)' item '\(out.count + 1)") else { continue }
            out.append(s)
        }
        return out
    }

    public mutating func number(_ node: Node, name: String) -> Double? {
        if node.tag.rawValue == Tag.Name.int.rawValue || node.tag.rawValue == Tag.Name.float.rawValue, let value = node.float, value.isFinite { return value }
        wrongType(name, "a number", node)
        return nil
    }

    public mutating func int(_ key: String) -> Int? {
        guard let node = valueNode(key) else { return nil }
        if node.tag.rawValue == Tag.Name.int.rawValue, let value = Self.integer(node) { return value }
        wrongType(key, "a whole number", node)
        return nil
    }

    /// A mapping's entries with their locations, for options whose keys are
    /// data (a `where` filter). Nil, with a diagnostic, when it is not a mapping.
    public mutating func entries(_ key: String) -> [(key: String, location: SourceLocation, value: YAMLValue)]? {
        guard let node = valueNode(key) else { return nil }
        guard let mapping = node.mapping else {
            wrongType(key, "a mapping such as {key: value}", node)
            return nil
        }
        return mapping.map { (key: $0.key.string ?? "", location: location(of: $0.key), value: Self.convert($0.value)) }
    }

    public mutating func reportAtKey(_ problem: Problem, _ key: String) {
        diagnostics.append(Diagnostic(problem, at: keyLocation(key) ?? SourceLocation(path: path, line: lineOffset + 1)))
    }

    /// Records a problem found by the caller at a place of its own.
    public mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The remaining keys, converted for templates.
    public func value(of key: String) -> YAMLValue? {
        valueNode(key).map(Self.convert)
    }

    public static func convert(_ node: Node) -> YAMLValue {
        switch node {
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(YAMLValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: return Self.integer(node).map(YAMLValue.int) ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return node.float.map(YAMLValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .list(sequence.map(convert))
        case .mapping(let mapping):
            return .map(mapping.map { YAMLEntry(key: $0.key.string ?? "", value: convert($0.value)) })
        case .alias:
            return .null
        }
    }

    /// How a wrong value is named in a message: its text in quotes, or its kind.
    public static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if node.tag.rawValue == Tag.Name.null.rawValue { return "an empty value" }
            return "\"\(scalar.string)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
