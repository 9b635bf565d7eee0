import CCmarkGFM
import Foundation
import VersusCore

/// Parses Markdown with cmark-gfm and copies the tree into a `Document`.
///
/// cmark-gfm keeps the table of special inline characters in process globals:
/// every `cmark_parser_finish` switches the extensions' characters on when it
/// starts parsing inlines and off when it is done (`process_inlines`,
/// github/cmark-gfm PR #176), so two finishes at once corrupt each other's
/// inlines. Block parsing (`cmark_parser_feed`) touches no globals. So feeding
/// runs in parallel and only `finish` is serialised behind one lock; walking
/// the finished tree and everything after it run in parallel too.
public enum MarkdownParser {
    private static let parseLock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the core extensions exactly once per process.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// `firstLine` is the file line of the body's first line, so positions in
    /// the document are lines of the file, not of the body.
    public static func parse(_ markdown: String, firstLine: Int = 1) -> Document {
        _ = registered
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return Document(blocks: []) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        parseLock.lock()
        let root = cmark_parser_finish(parser)
        parseLock.unlock()
        defer {
            cmark_node_free(root)
            cmark_parser_free(parser)
        }
        guard let root else { return Document(blocks: []) }
        var converter = TreeConverter(lineOffset: firstLine - 1, source: SourceLines(utf8))
        return converter.document(root)
    }
}

/// Copies a cmark-gfm tree into Swift values. One per parse; it also numbers
/// footnotes and gives headings their ids.
private struct TreeConverter {
    let lineOffset: Int
    var slugger = Slugger()
    /// cmark-gfm numbers references by first use and moves the definitions,
    /// in that order and without unused ones, to the end of the document; so
    /// the n-th definition met is footnote n.
    var footnotes: [Footnote] = []
    var source: SourceLines
    var findings: [Finding] = []

    init(lineOffset: Int, source: SourceLines) {
        self.lineOffset = lineOffset
        self.source = source
    }

    mutating func document(_ root: OpaquePointer) -> Document {
        var blocks = self.blocks(childrenOf: root)
        if !footnotes.isEmpty { blocks.append(.footnotes(footnotes)) }
        return Document(blocks: blocks, findings: findings)
    }

    func position(_ node: OpaquePointer) -> SourcePoint {
        SourcePoint(line: Int(cmark_node_get_start_line(node)) + lineOffset,
                    column: Int(cmark_node_get_start_column(node)))
    }

    func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    func typeString(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    mutating func blocks(childrenOf node: OpaquePointer) -> [Block] {
        var out: [Block] = []
        for child in children(node) {
            if let block = block(child) { out.append(block) }
        }
        return out
    }

    mutating func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(childrenOf: node), position(node))
        case CMARK_NODE_HEADING:
            let content = inlines(childrenOf: node)
            let id = slugger.slug(for: content.plainText)
            return .heading(level: Int(cmark_node_get_heading_level(node)), id: id, content, position(node))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(childrenOf: node))
        case CMARK_NODE_LIST:
            let info = ListInfo(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                start: Int(cmark_node_get_list_start(node)),
                                tight: cmark_node_get_list_tight(node) != 0)
            let items = children(node).map { item -> ListItem in
                let task: Bool? = typeString(item) == "tasklist"
                    ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
                return ListItem(task: task, blocks: blocks(childrenOf: item))
            }
            return .list(info, items)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            checkFence(node)
            return .codeBlock(info: info, literal: literal(node), position(node))
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            let body = blocks(childrenOf: node)
            footnotes.append(Footnote(number: footnotes.count + 1, blocks: body))
            return nil
        default:
            if typeString(node) == "table" { return .table(table(node)) }
            return nil
        }
    }

    mutating func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableAlignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header = TableRow(cells: [], position: position(node))
        var rows: [TableRow] = []
        for rowNode in children(node) {
            let cells = children(rowNode).map { TableCell(content: inlines(childrenOf: $0), position: position($0)) }
            let row = TableRow(cells: cells, position: position(rowNode))
            if cmark_gfm_extensions_get_table_row_is_header(rowNode) != 0 {
                header = row
            } else {
                rows.append(row)
                checkRow(rowNode, columns: columns, headers: header.cells.map { $0.content.plainText })
            }
        }
        return Table(alignments: alignments, header: header, rows: rows, position: position(node))
    }

    /// cmark-gfm pads a row that is short of cells and drops the cells past
    /// the header's count, so a lost cell shifts every value after it one
    /// column left without a word. The cells are counted on the source line.
    mutating func checkRow(_ node: OpaquePointer, columns: Int, headers: [String]) {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard let text = source.line(line, from: column) else { return }
        let count = TableCells.count(text)
        guard count.split != columns else { return }
        let name = { (i: Int) in i < headers.count ? "'\(headers[i].trimmingWhitespace())'" : "column \(i + 1)" }
        let detail: String
        if !text.contains(UInt8(ascii: "|")) {
            detail = "a line with no '|' right after a table is read as one of its rows; leave a blank line after the table"
        } else if count.split > columns && count.meant == columns {
            detail = "a '|' inside a code span still splits the cell; put a backslash before it"
        } else if count.split < columns {
            let lost = columns - count.split
            detail = "every value after the gap sits \(lost) column\(lost == 1 ? "" : "s") left of its header, and "
                + (lost == 1 ? name(columns - 1) + " is empty" : "the last \(lost) columns are empty")
                + "; write an empty cell (| |) where a value is unknown"
        } else {
            let extra = count.split - columns
            detail = "the last \(extra == 1 ? "cell is" : "\(extra) cells are") not shown"
        }
        findings.append(Finding(.rowCells(found: count.split, expected: columns, detail: detail),
                                at: SourcePoint(line: line + lineOffset, column: column)))
    }

    /// A fenced code block that runs to the end of its container without a
    /// closing fence swallows every heading and block after it.
    mutating func checkFence(_ node: OpaquePointer) {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0, length > 0 else { return }
        let fence = String(repeating: String(UnicodeScalar(UInt8(bitPattern: character))), count: Int(length))
        let end = Int(cmark_node_get_end_line(node))
        let start = Int(cmark_node_get_start_line(node))
        let fenceByte = UInt8(bitPattern: character)
        if end > start, let last = source.line(end, from: 1), TableCells.closesFence(last, character: fenceByte, length: Int(length)) {
            // Closed; but a line inside that opens another block (```chart)
            // means this fence was left open and the next block's closing
            // fence closed it instead.
            guard TableCells.opensBlock(literal(node), character: fenceByte, length: Int(length)) else { return }
        }
        findings.append(Finding(.unclosedFence(fence: fence), at: position(node)))
    }

    mutating func inlines(childrenOf node: OpaquePointer) -> [Inline] {
        var out: [Inline] = []
        for child in children(node) {
            guard let inline = inline(child) else { continue }
            // cmark-gfm splits text at brackets and other specials; joining the
            // pieces lets later passes see "Llama 4 Maverick" as one run.
            if case .text(let new) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + new)
            } else {
                out.append(inline)
            }
        }
        return out
    }

    mutating func inline(_ node: OpaquePointer) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(childrenOf: node))
        case CMARK_NODE_STRONG: return .strong(inlines(childrenOf: node))
        case CMARK_NODE_LINK:
            return .link(destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                         title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                         inlines(childrenOf: node), position(node))
        case CMARK_NODE_IMAGE:
            return .image(source: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                          title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                          alt: inlines(childrenOf: node))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return .footnoteReference(number: Int(literal(node)) ?? 0)
        default:
            if typeString(node) == "strikethrough" { return .strikethrough(inlines(childrenOf: node)) }
            return nil
        }
    }
}
