import VersusCore
import VersusMarkdown

/// Turns model names in a page's prose, list items and table cells into links
/// to the model pages, on the Markdown tree: code, headings, raw HTML and
/// existing links are never touched. Every mention is counted (for backlinks);
/// by default only the first of each model in a section is linked, and each
/// table is a section of its own so every table row links its model.
public struct MentionLinker {
    public enum Mode: String, Sendable, CaseIterable {
        case all
        case firstPerSection = "first-per-section"
    }

    let matcher: NameMatcher
    let mode: Mode
    /// The href of a model's page from the page being linked; nil for the
    /// page's own model (a page does not link to itself).
    let destination: (Int) -> String?
    private var linkedInScope: Set<Int> = []
    public private(set) var mentioned: Set<Int> = []
    /// Names almost a model's, found in the same walk, at their places.
    let nearMiss: NearMissNames?
    public private(set) var misses: [(miss: NearMissNames.Miss, at: SourcePoint)] = []
    /// Where the text being walked is: the block's start, moved along by
    /// line breaks and the text passed (columns are approximate after markup).
    private var place = SourcePoint(line: 0, column: 0)
    private var lineStartColumn = 1
    /// Near misses are looked for in prose, lists and a table row's first cell.
    private var checkNames = true

    public init(matcher: NameMatcher, mode: Mode, destination: @escaping (Int) -> String?, nearMiss: NearMissNames? = nil) {
        self.matcher = matcher
        self.mode = mode
        self.destination = destination
        self.nearMiss = nearMiss
    }

    public mutating func link(_ document: Document) -> Document {
        guard !matcher.isEmpty else { return document }
        return document.rewritingBlocks { self.block($0) }
    }

    private mutating func at(_ position: SourcePoint) {
        place = position
        lineStartColumn = position.column
    }

    private mutating func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(let content, let position):
            at(position)
            return .paragraph(inlines(content), position)
        case .heading:
            linkedInScope = []
            return block
        case .table(var table):
            let outer = linkedInScope
            linkedInScope = []
            checkNames = false
            table.header.cells = table.header.cells.map { TableCell(content: inlines($0.content), position: $0.position) }
            for r in table.rows.indices {
                // The row's name: its first cell that is not a number (a rank
                // column may come first).
                let nameColumn = table.rows[r].cells.firstIndex { NumberReader.read($0.content.plainText.trimmingWhitespace()) == nil } ?? 0
                table.rows[r].cells = table.rows[r].cells.enumerated().map { column, cell in
                    checkNames = column == nameColumn
                    at(cell.position)
                    return TableCell(content: inlines(cell.content), position: cell.position)
                }
            }
            checkNames = true
            linkedInScope = outer
            return .table(table)
        case .blockQuote, .list, .footnotes, .codeBlock, .html, .thematicBreak, .rendered:
            // Containers: the walker descends into them next.
            return block
        }
    }

    private mutating func inlines(_ content: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(content.count)
        // Text between raw inline HTML tags (`<a href>…</a>`, `<span>…</span>`)
        // belongs to the HTML and is left alone.
        var htmlDepth = 0
        for inline in content {
            switch inline {
            case .html(let tag):
                htmlDepth = max(0, htmlDepth + Self.depthChange(tag))
                out.append(inline)
            case .text(let text) where htmlDepth > 0:
                out.append(.text(text))
                place.column += text.utf8.count
            case .text(let text):
                split(text, into: &out)
                place.column += text.utf8.count
            case .softBreak, .lineBreak:
                place.line += 1
                place.column = lineStartColumn
                out.append(inline)
            case .emphasis(let children): out.append(.emphasis(inlines(children)))
            case .strong(let children): out.append(.strong(inlines(children)))
            case .strikethrough(let children): out.append(.strikethrough(inlines(children)))
            default:
                place.column += inline.plainText.utf8.count + 2
                out.append(inline)
            }
        }
        return out
    }

    /// Near misses in the text between exact matches (`from..<to` bytes).
    private mutating func lookForNearMisses(_ bytes: ArraySlice<UInt8>) {
        guard checkNames, let nearMiss, !bytes.isEmpty else { return }
        for miss in nearMiss.misses(in: bytes) {
            let offset = bytes.startIndex + miss.start
            misses.append((miss, SourcePoint(line: place.line, column: place.column + offset)))
        }
    }

    /// +1 for an opening tag, -1 for a closing one, 0 for void elements,
    /// self-closing tags and comments.
    static func depthChange(_ tag: String) -> Int {
        guard tag.hasPrefix("<"), !tag.hasPrefix("<!"), !tag.hasPrefix("<?") else { return 0 }
        if tag.hasPrefix("</") { return -1 }
        if tag.hasSuffix("/>") { return 0 }
        let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        let void: Set<String> = ["br", "img", "hr", "input", "wbr", "source", "meta", "link", "area", "col", "embed", "track"]
        return void.contains(name) ? 0 : 1
    }

    private mutating func split(_ text: String, into out: inout [Inline]) {
        let matches = matcher.matches(in: text)
        let bytes = Array(text.utf8)
        if nearMiss != nil && checkNames {
            var from = 0
            for match in matches {
                lookForNearMisses(bytes[from..<match.start])
                from = match.end
            }
            lookForNearMisses(bytes[from...])
        }
        guard !matches.isEmpty else {
            out.append(.text(text))
            return
        }
        var cursor = 0
        for match in matches {
            guard let href = destination(match.value) else { continue }
            mentioned.insert(match.value)
            if mode == .firstPerSection && linkedInScope.contains(match.value) { continue }
            linkedInScope.insert(match.value)
            if match.start > cursor { out.append(.text(String(decoding: bytes[cursor..<match.start], as: UTF8.self))) }
            out.append(.mention(destination: href, text: String(decoding: bytes[match.start..<match.end], as: UTF8.self)))
            cursor = match.end
        }
        if cursor < bytes.count { out.append(.text(String(decoding: bytes[cursor...], as: UTF8.self))) }
    }
}
