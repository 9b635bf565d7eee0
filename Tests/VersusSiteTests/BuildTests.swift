import Foundation
import Testing
import VersusCore
import VersusMarkdown
import VersusLinks
import VersusContent
@testable import VersusSite

/// The stages run in memory: the file tree is a parameter, so these tests
/// need no disk and cover what the disk cannot (unreadable files as root).
@Suite struct BuildTests {
    let templates = [
        "site.yml": "title: Mem\n",
        "Templates/page.mustache": "<h1>{{page.title}}</h1>{{{page.content}}}",
    ]

    @Test func stagesTurnFilesIntoPages() throws {
        var files = templates
        files["Content/a.md"] = "---\ntitle: A\ntype: page\n---\n# Hi\n"
        files["Public/robots.txt"] = "User-agent: *\n"
        let tree = MemoryTree(files)
        let options = BuildOptions(root: "/nonexistent", jobs: 2, now: Date(timeIntervalSince1970: 0))
        let loaded = LoadedSite.load(from: tree, options: options)
        let parsed = ParsedSite(parsing: loaded, jobs: 2)
        let linked = LinkedSite(linking: parsed, jobs: 2)
        let rendered = RenderedSite(rendering: linked, search: SiteSearch.files(for: linked, jobs: 2), options: options)
        #expect(rendered.diagnostics == [])
        #expect(rendered.files.map(\.path).filter { !$0.hasPrefix("search/") }
            == ["a/index.html", "api/models.json", "api/articles.json", "api/changes.json", "api/pairs.json", "api/schema.json"])
        #expect(rendered.files.contains { $0.path == "search/manifest.json" })
        #expect(String(decoding: rendered.files[0].contents, as: UTF8.self) == "<h1>A</h1><h1 id=\"hi\">Hi</h1>\n")
        #expect(rendered.copies == [FileCopy(source: "Public/robots.txt", destination: "robots.txt")])
    }

    @Test func anUnreadableFileIsAnErrorAndNothingIsWritten() {
        struct Unreadable: FileTree {
            let inner: MemoryTree
            func files(under directory: String) throws(FileTreeError) -> [String] { try inner.files(under: directory) }
            func read(_ path: String) throws(FileTreeError) -> [UInt8] {
                if path == "Content/secret.md" { throw FileTreeError(path: path, reason: "permission denied") }
                return try inner.read(path)
            }
            func exists(_ path: String) -> Bool { inner.exists(path) }
        }
        var files = templates
        files["Content/secret.md"] = "---\ntitle: S\ntype: page\n---\n"
        let report = Build.run(BuildOptions(root: "/nonexistent", output: "/nonexistent/Output"), tree: Unreadable(inner: MemoryTree(files)))
        #expect(report.diagnostics.map(\.description) == ["Content/secret.md: error[V001]: cannot read: permission denied"])
        #expect(!report.wroteOutput)
    }

    @Test func strictTurnsWarningsIntoErrors() {
        var files = templates
        files["site.yml"] = "title: Mem\ncolour: red\n"
        files["Content/a.md"] = "---\ntitle: A\ntype: page\n---\n"
        let tree = MemoryTree(files)
        let lenient = Build.run(BuildOptions(root: "/x"), tree: tree, write: false)
        #expect(lenient.diagnostics.map(\.severity) == [.warning])
        let strict = Build.run(BuildOptions(root: "/x", strict: true), tree: tree, write: false)
        #expect(strict.diagnostics.map(\.severity) == [.error])
        #expect(!strict.succeeded)
    }

    @Test func aPublicFileThatWouldOverwriteAPageIsAnError() {
        var files = templates
        files["Content/about.md"] = "---\ntitle: About\ntype: page\n---\n"
        files["Public/about/index.html"] = "<p>static</p>"
        let report = Build.run(BuildOptions(root: "/x"), tree: MemoryTree(files), write: false)
        #expect(report.diagnostics.map(\.description) == [
            "Public/about/index.html: error[V106]: Public/about/index.html would overwrite the page written from Content/about.md",
        ])
    }

    @Test func copiedFilesMayNotCollideWithListingsTheIndexOrEachOther() {
        var files = templates
        files["Templates/list.mustache"] = "{{page.title}}"
        files["Content/comparisons/x.md"] = "---\ntitle: X\ntype: page\ntags: [a]\n---\n"
        files["Content/comparisons/pic.txt"] = "content"
        files["Public/comparisons/pic.txt"] = "public"
        files["Public/tags/index.html"] = "mine"
        files["Public/search/x.json"] = "{}"
        let report = Build.run(BuildOptions(root: "/x"), tree: MemoryTree(files), write: false)
        #expect(report.diagnostics.map(\.description) == [
            "Content/comparisons/pic.txt: error[V106]: Content/comparisons/pic.txt would overwrite Public/comparisons/pic.txt",
            "Public/search/x.json: error[V107]: Public/search/x.json would land in search/, which holds the search index",
            "Public/tags/index.html: error[V106]: Public/tags/index.html would overwrite the generated tags page /tags/",
        ])
    }

    @Test func aSiteWithoutContentFolderIsAnError() {
        let report = Build.run(BuildOptions(root: "/x"), tree: MemoryTree(["site.yml": "title: T\n", "content/a.md": "x"]), write: false)
        #expect(report.diagnostics.map(\.description) == ["Content: error[V007]: no Content/ folder: pages live in Content/ (the name is case-sensitive)"])
    }

    @Test func relativeRootsAndReadingTime() {
        #expect(SitePath.root(from: "") == "./")
        #expect(SitePath.root(from: "about/") == "../")
        #expect(SitePath.root(from: "comparisons/x/") == "../../")
        var page = ParsedPage(source: PageReader.read(path: "Content/a.md", bytes: Array("---\ntitle: A\ntype: page\n---\n".utf8)).page!,
                              document: Document(blocks: []))
        page.words = 461
        #expect(page.readingMinutes == 3)
    }
}
