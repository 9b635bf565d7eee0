import VersusMarkdown
import VersusCore

/// What search knows of one page: where it lives, what it is (for filters),
/// the names that describe it best, and its text cut into sections at its
/// headings, so a result can link straight to the section where the words are.
public struct SearchDocument: Sendable, Codable, Equatable {
    public struct Section: Sendable, Equatable, Codable {
        /// The heading's id; empty for the text before the first heading.
        public var id: String
        public var heading: String
        public var text: String
    }

    /// Site path, `comparisons/x/`.
    public var url: String
    public var title: String
    /// comparison, model, page…: the `type` filter.
    public var type: String
    public var tags: [String]
    /// Filter values beyond type and tags: `vendor`, `weights`.
    public var facets: [String: String]
    /// Names that describe the page as much as its title does: the models it
    /// mentions, its tags, a model's vendor, license and aliases.
    public var keywords: [String]
    public var sections: [Section]

    public init(url: String, title: String, type: String, description: String?, tags: [String],
                facets: [String: String], keywords: [String], document: Document) {
        self.url = url
        self.title = title
        self.type = type
        self.tags = tags
        self.facets = facets
        self.keywords = keywords
        sections = Self.sections(of: document, intro: description ?? "")
    }

    /// The text of each section: prose, lists, tables, quotes and footnotes;
    /// not code, raw HTML or drawn charts. H2 and H3 start sections; deeper
    /// headings stay inside theirs.
    static func sections(of document: Document, intro: String) -> [Section] {
        var sections = [Section(id: "", heading: "", text: intro)]
        func add(_ text: String) {
            guard !text.isEmpty else { return }
            if !sections[sections.count - 1].text.isEmpty { sections[sections.count - 1].text += " " }
            sections[sections.count - 1].text += text
        }
        document.forEachBlock { block in
            switch block {
            case .heading(let level, let id, let content, _):
                if level <= 3 {
                    sections.append(Section(id: id, heading: content.plainText, text: ""))
                } else {
                    add(content.plainText)
                }
            case .paragraph(let content, _): add(content.plainText)
            case .table(let table):
                let headers = table.header.cells.map(\.content.plainText)
                for row in table.rows { add(rowText(headers: headers, cells: row.cells.map(\.content.plainText))) }
            case .blockQuote, .list, .footnotes, .codeBlock, .html, .thematicBreak, .rendered: break
            }
        }
        return sections
    }

    /// A table row as a reader would say it, each cell under its header:
    /// "Model: GLM-5 · Coding: 93 · License: MIT." A run of headers alone
    /// ("Model Vendor Weights…") tells a reader nothing in a snippet.
    static func rowText(headers: [String], cells: [String]) -> String {
        let pairs = cells.indices.compactMap { i -> String? in
            let cell = cells[i].trimmingWhitespace()
            guard !cell.isEmpty else { return nil }
            let header = i < headers.count ? headers[i].trimmingWhitespace() : ""
            return header.isEmpty ? cell : "\(header): \(cell)"
        }
        return pairs.isEmpty ? "" : pairs.joined(separator: " · ") + "."
    }
}
