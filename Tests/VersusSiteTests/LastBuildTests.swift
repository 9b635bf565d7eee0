import Foundation
import Synchronization
import Testing
import VersusCache
import VersusCore
@testable import VersusSite

/// What a build with its cache reads of the site folder before deciding
/// anything: a file the file system says is unchanged since the last record
/// is not read again, unless it changed just before that record looked.
@Suite struct LastBuildTests {
    /// A tree in memory whose files say what `stats` says, and that counts reads.
    final class Tree: FileTree, @unchecked Sendable {
        var memory: MemoryTree
        var stats: [String: FileStat]
        let reads = Mutex<[String]>([])
        init(_ files: [String: String], stats: [String: FileStat]) {
            memory = MemoryTree(files)
            self.stats = stats
        }
        func files(under directory: String) throws(FileTreeError) -> [String] { try memory.files(under: directory) }
        func read(_ path: String) throws(FileTreeError) -> [UInt8] {
            reads.withLock { $0.append(path) }
            return try memory.read(path)
        }
        func exists(_ path: String) -> Bool { memory.exists(path) }
        func stat(_ path: String) -> FileStat? { stats[path] }
    }

    static let page = "---\ntitle: A\ntype: page\n---\nBody.\n"

    @Test func unchangedFilesAreNotReadAgainButRecentOnesAre() throws {
        let old = FileStat(size: 10, inode: 1, modified: 1_000, changed: 1_000)
        let recent = FileStat(size: 10, inode: 2, modified: 9_000_000_000, changed: 9_000_000_000)
        let tree = Tree(["site.yml": "title: T\n", "Content/a.md": Self.page, "Content/b.md": Self.page, "Templates/page.mustache": "x"],
                        stats: ["site.yml": old, "Content/a.md": old, "Content/b.md": recent, "Templates/page.mustache": old])
        let first = try #require(LastBuild.inputs(of: tree, jobs: 1))
        #expect(Set(tree.reads.withLock { $0 }) == ["site.yml", "Content/a.md", "Content/b.md", "Templates/page.mustache"])
        #expect(first.heads.keys.sorted() == ["Content/a.md", "Content/b.md"])

        var record = BuildRecord(tool: "t", options: "o", inputs: first.stamps, outputs: [:], generation: "g", diagnostics: [],
                                 pageCount: 0, copyCount: 0)
        record.inputStats = first.stats
        record.heads = first.heads
        record.checkedAt = 10_000_000_000  // b.md changed one second before: racy
        tree.reads.withLock { $0 = [] }
        let second = try #require(LastBuild.inputs(of: tree, jobs: 1, last: record))
        #expect(tree.reads.withLock { $0 } == ["Content/b.md"])
        #expect(second.stamps == first.stamps)
        #expect(second.heads == first.heads)

        // A change the file system shows (here its size) is read; so is a file with no stat.
        tree.memory.contents["Content/a.md"] = Array((Self.page + "More.\n").utf8)
        tree.stats["Content/a.md"] = FileStat(size: 16, inode: 1, modified: 1_000, changed: 2_000)
        tree.stats["site.yml"] = nil
        tree.reads.withLock { $0 = [] }
        let third = try #require(LastBuild.inputs(of: tree, jobs: 1, last: record))
        #expect(Set(tree.reads.withLock { $0 }) == ["Content/a.md", "Content/b.md", "site.yml"])
        #expect(third.stamps["Content/a.md"] != first.stamps["Content/a.md"])
        // Only the body changed: the front matter's hash is the same.
        #expect(third.heads["Content/a.md"] == first.heads["Content/a.md"])
    }
}
