import VersusCore
import Yams

/// Where figures come from: a vendor's price page, a benchmark, the
/// publication's own review. Defined once (in `site.yml` for the whole site,
/// or in a model page for that page alone) and named by its key wherever a
/// figure cites it, so one title and link serve every figure.
public struct FigureSource: Sendable, Hashable {
    public var key: String
    public var title: String
    /// As written: a site path (`/about/`) or an absolute URL.
    public var url: String?
    /// The URL without its leading slash when it is a site path (`about/`),
    /// for links from a page's way back to the root; nil for an absolute URL.
    public var sitePath: String? {
        guard let url, url.hasPrefix("/") else { return nil }
        return String(url.dropFirst())
    }
    /// The date the source's figures were true, the last default of a figure's date.
    public var asOf: Day?
    /// Where the key is written, for messages about it.
    public var location: SourceLocation

    public init(key: String, title: String, url: String? = nil, asOf: Day? = nil, location: SourceLocation) {
        self.key = key
        self.title = title
        self.url = url
        self.asOf = asOf
        self.location = location
    }

    static let keys = ["title", "url", "as_of"]

    /// A `sources:` mapping (key → {title, url, as_of}), with every mistake
    /// reported at its place: an entry that is not a mapping, an unknown key,
    /// a missing title.
    static func read(_ node: Node, reader: inout YAMLReader) -> [FigureSource] {
        guard let mapping = node.mapping else {
            reader.wrongType("sources", "a mapping of keys to sources, such as {vendor: {title: \"Pricing\", url: \"https://…\"}}", node)
            return []
        }
        var out: [FigureSource] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard let entry = value.mapping else {
                reader.wrongType("sources.\(key)", "a mapping such as {title: \"Pricing\", url: \"https://…\", as_of: 2026-04-10}", value)
                continue
            }
            var title: String?
            var url: String?
            var asOf: Day?
            for (fieldNode, fieldValue) in entry {
                switch fieldNode.string ?? "" {
                case "title": title = reader.string(fieldValue, name: "sources.\(key).title")
                case "url":
                    url = reader.string(fieldValue, name: "sources.\(key).url")
                    // A relative URL would be read from a page's source file
                    // by the link check but from its output folder by browsers.
                    if let written = url, !(written.hasPrefix("/") && !written.hasPrefix("//")), !written.contains("://") {
                        reader.wrongType("sources.\(key).url", "an absolute URL (https://…) or a site path starting with /", fieldValue)
                        url = nil
                    }
                case "as_of": asOf = reader.day(fieldValue, name: "sources.\(key).as_of")
                case let other:
                    reader.report(.unknownFigureKey(key: other, place: "source '\(key)'", meant: Suggestion.closest(to: other, among: keys),
                                                    known: keys), at: fieldNode)
                }
            }
            guard let title, !title.trimmingWhitespace().isEmpty else {
                if entry["title"] == nil || title != nil { reader.report(.sourceWithoutTitle(key: key), at: keyNode) }
                continue
            }
            out.append(FigureSource(key: key, title: title, url: url, asOf: asOf, location: reader.location(of: keyNode)))
        }
        return out
    }
}

/// A source named by its key where a figure, a page or a history entry cites it.
public struct SourceRef: Sendable, Hashable {
    public var key: String
    public var location: SourceLocation
    public init(key: String, location: SourceLocation) {
        self.key = key
        self.location = location
    }
}
