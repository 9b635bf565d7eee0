import Testing
import VersusMarkdown

/// One walker finds a block wherever Markdown can hold it, in reading order.
@Suite struct BlockWalkTests {
    let document = MarkdownParser.parse("""
        # Top

        > quoted
        >
        > ```models
        > columns: [title]
        > ```

        - item

          ```chart
          type: bar
          ```

        Note.[^1]

        [^1]: In a footnote.

            ```models
            columns: [title]
            ```
        """)

    @Test func visitsEveryBlockInReadingOrder() {
        var kinds: [String] = []
        document.forEachBlock { block in
            switch block {
            case .heading: kinds.append("heading")
            case .blockQuote: kinds.append("quote")
            case .paragraph(let content, _): kinds.append("p:" + content.plainText)
            case .codeBlock(let info, _, _): kinds.append("code:" + info)
            case .list: kinds.append("list")
            case .footnotes: kinds.append("footnotes")
            default: kinds.append("other")
            }
        }
        #expect(kinds == ["heading", "quote", "p:quoted", "code:models", "list", "p:item", "code:chart", "p:Note.",
                          "footnotes", "p:In a footnote.", "code:models"])
    }

    @Test func findsAndRewritesFencesAtAnyDepth() {
        #expect(document.containsBlock { $0.isFence("chart") })
        var seen = 0
        let rewritten = document.rewritingBlocks { block in
            guard block.isFence("models") else { return block }
            seen += 1
            return .rendered("<table></table>")
        }
        #expect(seen == 2)
        #expect(!rewritten.containsBlock { $0.isFence("models") })
        #expect(rewritten.containsBlock { $0.isFence("chart") })
    }
}
