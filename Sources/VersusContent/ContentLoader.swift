import VersusCore

/// Reads every page under `Content/`, in parallel, and the other files there
/// (images beside an article), which are published as they are.
public struct LoadedContent: Sendable {
    public var pages: [PageSource]
    /// Non-Markdown files under `Content/`, relative to the site root.
    public var assets: [String]
    public var diagnostics: [Diagnostic]
}

public enum ContentLoader {
    public static let folder = "Content"

    public static func load(from tree: any FileTree, includeDrafts: Bool, jobs: Int) -> LoadedContent {
        let files: [String]
        do {
            files = try tree.files(under: folder)
        } catch {
            return LoadedContent(pages: [], assets: [], diagnostics: [
                .error("cannot read: \(error.reason)", at: SourceLocation(path: error.path)),
            ])
        }
        guard tree.exists(folder) else {
            return LoadedContent(pages: [], assets: [], diagnostics: [
                .error("no Content/ folder: pages live in Content/ (the name is case-sensitive)", at: SourceLocation(path: folder, line: 0, column: 0)),
            ])
        }
        let markdown = files.filter { $0.hasSuffix(".md") }
        let assets = files.filter { !$0.hasSuffix(".md") }
        let results = parallelMap(markdown, jobs: jobs) { path -> (PageSource?, [Diagnostic]) in
            do throws(FileTreeError) {
                return PageReader.read(path: path, bytes: try tree.read(path))
            } catch {
                return (nil, [.error("cannot read file: \(error.reason)", at: SourceLocation(path: path))])
            }
        }
        var pages: [PageSource] = []
        var diagnostics: [Diagnostic] = []
        for (page, found) in results {
            diagnostics += found
            if let page, includeDrafts || !page.draft { pages.append(page) }
        }
        return LoadedContent(pages: pages, assets: assets, diagnostics: diagnostics)
    }
}
