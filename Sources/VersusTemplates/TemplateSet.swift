import Mustache
import VersusCore

/// Every template of a site, compiled. Names are paths under `Templates/`
/// without `.mustache` (`comparison`, `partials/head`), which is also how
/// templates name each other in `{{> partials/head}}` and `{{<base}}`.
public struct TemplateSet: Sendable {
    public static let folder = "Templates"
    public static let fallback = "page"

    private let library: MustacheLibrary
    public let names: Set<String>

    /// Compiles `sources` (path relative to the site root → text). Each syntax
    /// error is a diagnostic at the template's file, line and column.
    public static func compile(_ sources: [(path: String, text: String)]) -> (TemplateSet, [Diagnostic]) {
        var library = MustacheLibrary()
        var names: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for (path, text) in sources {
            let name = templateName(path)
            do {
                let template = try MustacheTemplate(string: text)
                library.register(template, named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template syntax: \(describe(error.error))",
                    at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template syntax: \(error)", at: SourceLocation(path: path)))
            }
        }
        return (TemplateSet(library: library, names: names), diagnostics)
    }

    static func templateName(_ path: String) -> String {
        var name = path
        if name.hasPrefix(folder + "/") { name.removeFirst(folder.count + 1) }
        if name.hasSuffix(".mustache") { name.removeLast(".mustache".count) }
        return name
    }

    /// The template a page of `type` is rendered with: `<type>`, else `page`.
    public func template(forType type: String) -> String? {
        if names.contains(type) { return type }
        if names.contains(Self.fallback) { return Self.fallback }
        return nil
    }

    public func render(_ template: String, _ view: [String: Any]) -> String {
        library.render(view, withTemplate: template) ?? ""
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The parser's own errors are internal to swift-mustache; running
            // off the end of the file inside a tag is the one editors meet.
            return "\(error)" == "overflow" ? "a tag is not closed with }}" : "\(error)"
        }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the open section"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only block overrides may stand inside {{<parent}}…{{/parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}}…{{/parent}} must be in a {{$block}}"
        case .invalidConfigVariableSyntax: return "invalid config variable"
        case .unrecognisedConfigVariable: return "unrecognised config variable"
        }
    }
}
