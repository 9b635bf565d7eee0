import VersusCore
import VersusMarkdown

/// Rewrites every link and image of a page to the href of its target, and
/// reports each broken one at its own line and column.
public struct InternalLinks {
    let resolver: LinkResolver
    let path: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(resolver: LinkResolver, path: String) {
        self.resolver = resolver
        self.path = path
    }

    public mutating func rewrite(_ document: Document) -> Document {
        document.rewritingBlocks { self.block($0) }
    }

    private mutating func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(let content, let p): return .paragraph(inlines(content, at: p), p)
        case .heading(let level, let id, let content, let p): return .heading(level: level, id: id, inlines(content, at: p), p)
        case .table(var table):
            table.header.cells = table.header.cells.map { TableCell(content: inlines($0.content, at: $0.position), position: $0.position) }
            for r in table.rows.indices {
                table.rows[r].cells = table.rows[r].cells.map { TableCell(content: inlines($0.content, at: $0.position), position: $0.position) }
            }
            return .table(table)
        case .blockQuote, .list, .footnotes, .codeBlock, .html, .thematicBreak, .rendered:
            // Containers: the walker descends into them next.
            return block
        }
    }

    private mutating func inlines(_ content: [Inline], at blockPosition: SourcePoint) -> [Inline] {
        content.map { inline in
            switch inline {
            case .link(let destination, let title, let children, let p):
                return .link(destination: resolve(destination, at: p), title: title, inlines(children, at: p), p)
            case .image(let source, let title, let alt):
                return .image(source: resolve(source, at: blockPosition), title: title, alt: alt)
            case .emphasis(let c): return .emphasis(inlines(c, at: blockPosition))
            case .strong(let c): return .strong(inlines(c, at: blockPosition))
            case .strikethrough(let c): return .strikethrough(inlines(c, at: blockPosition))
            default: return inline
            }
        }
    }

    private mutating func resolve(_ destination: String, at position: SourcePoint) -> String {
        switch resolver.resolve(destination) {
        case nil: return destination
        case .success(let href)?: return href
        case .failure(let problem)?:
            diagnostics.append(Diagnostic(problem.diagnosis,
                                      at: SourceLocation(path: path, line: position.line, column: position.column)))
            return destination
        }
    }
}
