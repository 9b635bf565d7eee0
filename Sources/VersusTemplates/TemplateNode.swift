/// A compiled template: Mustache's tags as a tree. Names are split on dots
/// once, at compile time.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(path: [String], escaped: Bool)
    case section(path: [String], inverted: Bool, children: [TemplateNode])
    /// `{{> name}}`; `indent` is the whitespace before a standalone tag, which
    /// prefixes every line the partial writes.
    case partial(name: String, indent: String)
    /// `{{< name}}…{{/name}}`: render `name` with these block overrides.
    case parent(name: String, indent: String, overrides: [String: [TemplateNode]])
    /// `{{$ name}}default{{/name}}`.
    case block(name: String, children: [TemplateNode])
}

/// A template reference found at compile time, checked once every template
/// is known: a partial or parent that names no template is an error.
struct TemplateReference: Sendable {
    var name: String
    var line: Int
    var column: Int
}

/// A syntax error with its place in the template file.
struct TemplateSyntaxError: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
}
