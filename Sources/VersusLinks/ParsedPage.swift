import VersusContent
import VersusMarkdown

/// A page after its body was parsed: the front matter values and the Markdown
/// tree, with heading ids already set.
public struct ParsedPage: Sendable {
    public var source: PageSource
    public var document: Document
    public var headings: [Heading]

    public init(source: PageSource, document: Document) {
        self.source = source
        self.document = document
        self.headings = document.headings
    }
}
