import VersusContent
import VersusMarkdown

/// A page after its body was parsed: the front matter values and the Markdown
/// tree, with heading ids already set.
public struct ParsedPage: Sendable {
    public var source: PageSource
    public var document: Document
    public var headings: [Heading]
    /// Words in the body, for reading time; the body text itself is dropped
    /// once parsed.
    public var words: Int

    public init(source: PageSource, document: Document) {
        var source = source
        self.words = Self.countWords(source.body)
        source.body = ""
        self.source = source
        self.document = document
        self.headings = document.headings
    }

    /// A page an earlier build parsed and linked (the build cache): its
    /// tree is not needed, only what other pages see of it.
    public init(source: PageSource, headings: [Heading], words: Int) {
        var source = source
        source.body = ""
        self.source = source
        self.document = Document(blocks: [])
        self.headings = headings
        self.words = words
    }

    /// At 230 words a minute, at least one: what pages and the API say.
    public var readingMinutes: Int { Self.minutes(words: words) }

    public static func minutes(words: Int) -> Int { max(1, (words + 229) / 230) }

    static func countWords(_ body: String) -> Int {
        var words = 0
        var inWord = false
        for byte in body.utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words
    }
}
