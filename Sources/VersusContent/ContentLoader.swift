import VersusCore

/// Reads every page under `Content/`, in parallel, and the other files there
/// (images beside an article), which are published as they are.
public struct LoadedContent: Sendable {
    public var pages: [PageSource]
    /// Non-Markdown files under `Content/`, relative to the site root.
    public var assets: [String]
    public var diagnostics: [Diagnostic]
    /// What reading each Markdown file gave, by path, drafts included; the
    /// preview keeps these so that the next build reads only changed files.
    public var reads: [String: PageRead] = [:]
}

/// The outcome of reading one Markdown file: the page, or nil when it could
/// not be read, and the problems found in it.
public struct PageRead: Sendable {
    public var page: PageSource?
    public var diagnostics: [Diagnostic]
    public init(page: PageSource?, diagnostics: [Diagnostic]) {
        self.page = page
        self.diagnostics = diagnostics
    }
}

public enum ContentLoader {
    public static let folder = "Content"

    /// `known` holds reads of files that have not changed since; they are not read again.
    public static func load(from tree: any FileTree, includeDrafts: Bool, jobs: Int,
                            known: [String: PageRead] = [:]) -> LoadedContent {
        guard tree.exists(folder) else {
            return LoadedContent(pages: [], assets: [], diagnostics: [
                Diagnostic(.noContentFolder, at: .file(folder)),
            ])
        }
        // An entry that cannot be listed is an error of its own; the other
        // pages are still read and checked.
        let listing = tree.listing(under: folder)
        let files = listing.files
        let listingProblems = listing.problems.map { Diagnostic(.cannotRead(reason: $0.reason), at: .file($0.path)) }
        let markdown = files.filter { $0.hasSuffix(".md") }
        let assets = files.filter { !$0.hasSuffix(".md") }
        let results = parallelMap(markdown, jobs: jobs) { path -> PageRead in
            if let read = known[path] { return read }
            return read(path, from: tree)
        }
        var pages: [PageSource] = []
        var diagnostics: [Diagnostic] = listingProblems
        var reads: [String: PageRead] = [:]
        reads.reserveCapacity(markdown.count)
        for (path, result) in zip(markdown, results) {
            diagnostics += result.diagnostics
            if let page = result.page, includeDrafts || !page.draft { pages.append(page) }
            reads[path] = result
        }
        return LoadedContent(pages: pages, assets: assets, diagnostics: diagnostics, reads: reads)
    }

    /// Reads and decodes one Markdown file.
    public static func read(_ path: String, from tree: any FileTree) -> PageRead {
        do throws(FileTreeError) {
            let (page, found) = PageReader.read(path: path, bytes: try tree.read(path))
            return PageRead(page: page, diagnostics: found)
        } catch {
            return PageRead(page: nil, diagnostics: [Diagnostic(.cannotRead(reason: error.reason), at: .file(path))])
        }
    }
}
