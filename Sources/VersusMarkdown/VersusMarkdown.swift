/// VersusMarkdown owns Markdown: it parses a page body with cmark-gfm (tables,
/// strikethrough, autolinks, task lists, footnotes) into a `Document`, a
/// Sendable Swift tree with source positions, and renders that tree to HTML.
/// cmark-gfm pointers never leave `MarkdownParser`; later stages (links,
/// charts, search) walk and rewrite the Swift tree, all with the one walker
/// of `BlockWalk.swift`.
public enum VersusMarkdownModule {}
