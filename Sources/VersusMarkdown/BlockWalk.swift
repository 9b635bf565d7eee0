/// The one way every stage walks a document's blocks, so that a block is
/// found wherever Markdown can hold it: at the top, in block quotes, in list
/// items and in footnotes. Before there was one walker per stage, each with
/// its own idea of where blocks live (a chart inside a list was never drawn
/// while a `models` block there was expanded).
extension Document {
    /// Every block in document order, depth first: a container before the
    /// blocks it holds.
    public func forEachBlock(_ body: (Block) throws -> Void) rethrows {
        try Self.forEach(blocks, body)
    }

    /// Whether any block, at any depth, satisfies `predicate`.
    public func containsBlock(where predicate: (Block) -> Bool) -> Bool {
        Self.contains(blocks, predicate)
    }

    /// The document with every run of sibling blocks rewritten, in document
    /// order: the top level, then each container's children after the
    /// container itself was seen. A run is given whole, so a rewrite can look
    /// at a block's neighbours (a chart draws the table right above it).
    /// Containers in the rewritten run are descended into afterwards.
    public func rewritingSiblings(_ transform: ([Block]) throws -> [Block]) rethrows -> Document {
        Document(blocks: try Self.rewrite(blocks, transform), findings: findings)
    }

    /// The document with each block replaced by `transform(block)`, strictly
    /// in document order: a block, then what it holds, then its next sibling,
    /// so a transform that keeps state (the mention pass's "first in each
    /// section") sees the blocks as a reader does.
    public func rewritingBlocks(_ transform: (Block) throws -> Block) rethrows -> Document {
        Document(blocks: try Self.rewriteInOrder(blocks, transform), findings: findings)
    }

    private static func rewriteInOrder(_ blocks: [Block], _ transform: (Block) throws -> Block) rethrows -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            switch try transform(block) {
            case .blockQuote(let children):
                out.append(.blockQuote(try rewriteInOrder(children, transform)))
            case .list(let info, let items):
                var rewritten: [ListItem] = []
                for item in items { rewritten.append(ListItem(task: item.task, blocks: try rewriteInOrder(item.blocks, transform))) }
                out.append(.list(info, rewritten))
            case .footnotes(let notes):
                var rewritten: [Footnote] = []
                for note in notes { rewritten.append(Footnote(number: note.number, blocks: try rewriteInOrder(note.blocks, transform))) }
                out.append(.footnotes(rewritten))
            case let other:
                out.append(other)
            }
        }
        return out
    }

    private static func forEach(_ blocks: [Block], _ body: (Block) throws -> Void) rethrows {
        for block in blocks {
            try body(block)
            switch block {
            case .blockQuote(let children): try forEach(children, body)
            case .list(_, let items): for item in items { try forEach(item.blocks, body) }
            case .footnotes(let notes): for note in notes { try forEach(note.blocks, body) }
            case .paragraph, .heading, .codeBlock, .html, .thematicBreak, .table, .rendered: break
            }
        }
    }

    private static func contains(_ blocks: [Block], _ predicate: (Block) -> Bool) -> Bool {
        for block in blocks {
            if predicate(block) { return true }
            switch block {
            case .blockQuote(let children): if contains(children, predicate) { return true }
            case .list(_, let items): if items.contains(where: { contains($0.blocks, predicate) }) { return true }
            case .footnotes(let notes): if notes.contains(where: { contains($0.blocks, predicate) }) { return true }
            case .paragraph, .heading, .codeBlock, .html, .thematicBreak, .table, .rendered: break
            }
        }
        return false
    }

    private static func rewrite(_ blocks: [Block], _ transform: ([Block]) throws -> [Block]) rethrows -> [Block] {
        try transform(blocks).map { block in
            switch block {
            case .blockQuote(let children):
                return .blockQuote(try rewrite(children, transform))
            case .list(let info, let items):
                return .list(info, try items.map { ListItem(task: $0.task, blocks: try rewrite($0.blocks, transform)) })
            case .footnotes(let notes):
                return .footnotes(try notes.map { Footnote(number: $0.number, blocks: try rewrite($0.blocks, transform)) })
            case .paragraph, .heading, .codeBlock, .html, .thematicBreak, .table, .rendered:
                return block
            }
        }
    }
}

extension Block {
    /// Whether this is a fenced block with the info string `info` (its first word).
    public func isFence(_ info: String) -> Bool {
        if case .codeBlock(let text, _, _) = self { return text.split(separator: " ").first == Substring(info) }
        return false
    }
}
