import VersusCore

/// A position in the page's file, 1-based. Columns are cmark-gfm's: bytes
/// from the start of the line.
public struct SourcePoint: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A parsed Markdown body. Values, not pointers: it can be kept, shared between
/// threads and rewritten (mentions become links) without touching cmark-gfm.
public struct Document: Sendable, Equatable {
    public var blocks: [Block]
    /// What the source says that cmark-gfm would render differently from
    /// what the editor meant (a row short of a cell, a fence never closed),
    /// found while parsing, reported by the link stage at these places.
    public var findings: [Finding] = []
    public init(blocks: [Block], findings: [Finding] = []) {
        self.blocks = blocks
        self.findings = findings
    }
}

/// A problem the parser saw in the source, at its place in the file.
public struct Finding: Sendable, Hashable {
    public var problem: Problem
    public var position: SourcePoint
    public init(_ problem: Problem, at position: SourcePoint) {
        self.problem = problem
        self.position = position
    }
}

public enum TableAlignment: Sendable, Hashable {
    case none, left, center, right
}

public struct TableCell: Sendable, Equatable {
    public var content: [Inline]
    public var position: SourcePoint
    public init(content: [Inline], position: SourcePoint) {
        self.content = content
        self.position = position
    }
}

/// A `data-` attribute of a generated table's row (`data-vendor="OpenAI"`),
/// for the table script's filters.
public struct RowData: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

public struct TableRow: Sendable, Equatable {
    public var cells: [TableCell]
    public var position: SourcePoint
    /// Written as `data-<name>` attributes of the row.
    public var data: [RowData] = []
    public init(cells: [TableCell], position: SourcePoint) {
        self.cells = cells
        self.position = position
    }
}

public struct Table: Sendable, Equatable {
    public var alignments: [TableAlignment]
    public var header: TableRow
    public var rows: [TableRow]
    public var position: SourcePoint
    /// A table the reader may sort and filter (a `models` block's): its id
    /// on the page, under which the script keeps its state in the URL.
    public var sortable: String?

    public init(alignments: [TableAlignment], header: TableRow, rows: [TableRow], position: SourcePoint) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.position = position
    }
}

public struct ListItem: Sendable, Equatable {
    /// nil for an ordinary item; true/false for a task list item.
    public var task: Bool?
    public var blocks: [Block]
    public init(task: Bool?, blocks: [Block]) {
        self.task = task
        self.blocks = blocks
    }
}

public struct ListInfo: Sendable, Equatable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
}

public indirect enum Block: Sendable, Equatable {
    case paragraph([Inline], SourcePoint)
    /// `id` is unique within the page; set by the parser from the heading text.
    case heading(level: Int, id: String, [Inline], SourcePoint)
    case blockQuote([Block])
    case list(ListInfo, [ListItem])
    case codeBlock(info: String, literal: String, SourcePoint)
    case html(String)
    case thematicBreak
    case table(Table)
    /// Footnote bodies, collected at the end of the document in the order of
    /// their first reference.
    case footnotes([Footnote])
    /// HTML made by a later stage (a chart, a data table), inserted as is.
    case rendered(String)
}

public struct Footnote: Sendable, Equatable {
    public var number: Int
    public var blocks: [Block]
    public init(number: Int, blocks: [Block]) {
        self.number = number
        self.blocks = blocks
    }
}

public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String, [Inline], SourcePoint)
    case image(source: String, title: String, alt: [Inline])
    case footnoteReference(number: Int)
    /// A model name linked to its page by the mention pass.
    case mention(destination: String, text: String)
}

extension Inline {
    /// The text a reader sees, without markup: for heading ids, the table of
    /// contents, alt text and search.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c, _), .image(_, _, let c):
            return c.plainText
        case .footnoteReference: return ""
        case .mention(_, let text): return text
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String {
        var out = ""
        for inline in self { out += inline.plainText }
        return out
    }
}

/// One entry of a page's table of contents.
public struct Heading: Sendable, Equatable, Codable {
    public var level: Int
    public var title: String
    public var id: String
    public var position: SourcePoint
}

extension Document {
    /// Every heading in order, with the ids the HTML carries.
    public var headings: [Heading] {
        var out: [Heading] = []
        forEachBlock { block in
            if case .heading(let level, let id, let inlines, let position) = block {
                out.append(Heading(level: level, title: inlines.plainText, id: id, position: position))
            }
        }
        return out
    }
}
