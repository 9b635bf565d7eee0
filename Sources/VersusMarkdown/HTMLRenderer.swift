import VersusCore

/// Renders a `Document` to HTML5. It follows cmark-gfm's output where HTML5
/// allows (the Nu checker rejects `align=` on cells, so alignment is a class),
/// wraps tables so they scroll sideways on a phone, and gives headings their
/// ids.
public struct HTMLRenderer {
    private var out = ""
    private var footnoteRefCount: [Int: Int] = [:]

    public static func render(_ document: Document) -> String {
        var renderer = HTMLRenderer()
        renderer.out.reserveCapacity(4096)
        renderer.blocks(document.blocks, tight: false)
        return renderer.out
    }

    /// Inline content alone, for table cells and headings shown elsewhere.
    public static func render(_ inlines: [Inline]) -> String {
        var renderer = HTMLRenderer()
        renderer.inlines(inlines)
        return renderer.out
    }

    private mutating func blocks(_ blocks: [Block], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    private mutating func block(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let content, _):
            if tight {
                inlines(content)
                out += "\n"
            } else {
                out += "<p>"
                inlines(content)
                out += "</p>\n"
            }
        case .heading(let level, let id, let content, _):
            out += "<h\(level) id=\""
            out += id
            out += "\">"
            inlines(content)
            // Sections below the title get a link to themselves, to copy
            // and share; the page's CSS shows it on hover and focus.
            if level >= 2 {
                out += " <a class=\"heading-anchor\" href=\"#"
                out += id
                out += "\" aria-label=\"Link to this section\">#</a>"
            }
            out += "</h\(level)>\n"
        case .blockQuote(let children):
            out += "<blockquote>\n"
            blocks(children, tight: false)
            out += "</blockquote>\n"
        case .list(let info, let items):
            if info.ordered {
                out += info.start == 1 ? "<ol>\n" : "<ol start=\"\(info.start)\">\n"
            } else {
                out += items.contains { $0.task != nil } ? "<ul class=\"tasks\">\n" : "<ul>\n"
            }
            for item in items { listItem(item, tight: info.tight) }
            out += info.ordered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let info, let literal, _):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            // A long line scrolls the block sideways: a keyboard must reach it (WCAG 2.1.1).
            if language.isEmpty {
                out += "<pre tabindex=\"0\"><code>"
            } else {
                out += "<pre tabindex=\"0\"><code class=\"language-"
                HTML.escape(language, into: &out)
                out += "\">"
            }
            HTML.escape(literal, into: &out)
            out += "</code></pre>\n"
        case .html(let raw):
            out += raw
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let table):
            self.table(table)
        case .footnotes(let notes):
            footnotes(notes)
        case .rendered(let html):
            out += html
        }
    }

    private mutating func listItem(_ item: ListItem, tight: Bool) {
        if let checked = item.task {
            out += checked
                ? "<li class=\"task\"><input type=\"checkbox\" checked disabled aria-label=\"done\"> "
                : "<li class=\"task\"><input type=\"checkbox\" disabled aria-label=\"to do\"> "
        } else {
            out += "<li>"
        }
        if !tight, !item.blocks.isEmpty { out += "\n" }
        blocks(item.blocks, tight: tight)
        if tight, out.hasSuffix("\n") { out.removeLast() }
        out += "</li>\n"
    }

    private mutating func table(_ table: Table) {
        // Focusable so keyboard users can scroll a table wider than the screen.
        out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table: "
        HTML.escape(table.header.cells.map(\.content.plainText).joined(separator: ", "), into: &out)
        out += "\">\n<table"
        if let id = table.sortable {
            out += " id=\""
            HTML.escape(id, into: &out)
            out += "\" data-sortable"
        }
        out += ">\n<thead>\n"
        row(table.header, cellTag: "th", alignments: table.alignments, width: table.header.cells.count)
        out += "</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for r in table.rows {
                row(r, cellTag: "td", alignments: table.alignments, width: table.header.cells.count)
            }
            out += "</tbody>\n"
        }
        out += "</table>\n</div>\n"
    }

    private mutating func row(_ row: TableRow, cellTag: String, alignments: [TableAlignment], width: Int) {
        out += "<tr"
        for datum in row.data {
            out += " data-\(datum.name)=\""
            HTML.escape(datum.value, into: &out)
            out += "\""
        }
        out += ">\n"
        for index in 0..<max(width, 1) {
            let alignment = index < alignments.count ? alignments[index] : .none
            out += "<\(cellTag)"
            if cellTag == "th" { out += " scope=\"col\"" }
            switch alignment {
            case .none: break
            case .left: out += " class=\"align-left\""
            case .center: out += " class=\"align-center\""
            case .right: out += " class=\"align-right\""
            }
            out += ">"
            if index < row.cells.count { inlines(row.cells[index].content) }
            out += "</\(cellTag)>\n"
        }
        out += "</tr>\n"
    }

    private mutating func footnotes(_ notes: [Footnote]) {
        out += "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n"
        for note in notes {
            out += "<li id=\"fn-\(note.number)\">\n"
            var body = note.blocks
            let backref = " <a href=\"#fnref-\(note.number)\" class=\"footnote-backref\" aria-label=\"Back to reference \(note.number)\">↩</a>"
            if case .paragraph(let content, _)? = body.last {
                body.removeLast()
                blocks(body, tight: false)
                out += "<p>"
                inlines(content)
                out += backref + "</p>\n"
            } else {
                blocks(body, tight: false)
                out += "<p>" + backref + "</p>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    private mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    private mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            HTML.escape(text, into: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let code):
            out += "<code>"
            HTML.escape(code, into: &out)
            out += "</code>"
        case .html(let raw):
            out += raw
        case .emphasis(let children):
            out += "<em>"
            inlines(children)
            out += "</em>"
        case .strong(let children):
            out += "<strong>"
            inlines(children)
            out += "</strong>"
        case .strikethrough(let children):
            out += "<del>"
            inlines(children)
            out += "</del>"
        case .link(let destination, let title, let children, _):
            out += "<a href=\""
            URLEscaping.escapeHref(destination, into: &out)
            out += "\""
            if !title.isEmpty {
                out += " title=\""
                HTML.escape(title, into: &out)
                out += "\""
            }
            out += ">"
            inlines(children)
            out += "</a>"
        case .image(let source, let title, let alt):
            out += "<img src=\""
            URLEscaping.escapeHref(source, into: &out)
            out += "\" alt=\""
            HTML.escape(alt.plainText, into: &out)
            out += "\""
            if !title.isEmpty {
                out += " title=\""
                HTML.escape(title, into: &out)
                out += "\""
            }
            out += ">"
        case .mention(let destination, let text):
            out += "<a class=\"mention\" href=\""
            URLEscaping.escapeHref(destination, into: &out)
            out += "\">"
            HTML.escape(text, into: &out)
            out += "</a>"
        case .footnoteReference(let number):
            let seen = (footnoteRefCount[number] ?? 0) + 1
            footnoteRefCount[number] = seen
            let id = seen == 1 ? "fnref-\(number)" : "fnref-\(number)-\(seen)"
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\">\(number)</a></sup>"
        }
    }
}

/// Link destinations as cmark-gfm writes them: characters that are not safe in
/// an attribute or a URL are percent-encoded, `&` and `'` are entities.
public enum URLEscaping {
    private static let safe: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8 {
            table[Int(c)] = true
        }
        return table
    }()

    public static func escapeHref(_ url: String, into out: inout String) {
        if url.utf8.allSatisfy({ $0 < 128 && safe[Int($0)] }) {
            out += url
            return
        }
        let hex: [Character] = Array("0123456789ABCDEF")
        for byte in url.utf8 {
            if byte < 128 && safe[Int(byte)] {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: "&") {
                out += "&amp;"
            } else if byte == UInt8(ascii: "'") {
                out += "&#x27;"
            } else {
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
    }

    public static func escapeHref(_ url: String) -> String {
        var out = ""
        escapeHref(url, into: &out)
        return out
    }
}
