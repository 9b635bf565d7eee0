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

    /// A tree on disk through which a file's second read (the load's, after
    /// the check's) sees what an editor's save left half-way: the old text,
    /// written back to the new one right after.
    final class SavingTree: FileTree, @unchecked Sendable {
        let base: DiskTree
        let path: String
        let during: String
        let after: String
        let count = Mutex(0)
        init(root: String, path: String, during: String, after: String) {
            base = DiskTree(root: root)
            self.path = path
            self.during = during
            self.after = after
        }
        func files(under directory: String) throws(FileTreeError) -> [String] { try base.files(under: directory) }
        func listing(under directory: String) -> FileListing { base.listing(under: directory) }
        func exists(_ path: String) -> Bool { base.exists(path) }
        func stat(_ path: String) -> FileStat? { base.stat(path) }
        func read(_ path: String) throws(FileTreeError) -> [UInt8] {
            guard path == self.path, count.withLock({ $0 += 1; return $0 }) == 2 else { return try base.read(path) }
            try? Data(during.utf8).write(to: URL(fileURLWithPath: base.absolute(path)))
            let bytes = try base.read(path)
            try? Data(after.utf8).write(to: URL(fileURLWithPath: base.absolute(path)))
            return bytes
        }
    }

    /// The record says what the build read: a file that the build read with
    /// other bytes than the check saw (saved while it ran) is left out, and
    /// the next build is a full one that shows the file as it is.
    @Test func aFileSavedWhileTheBuildRanIsBuiltAgainAfterIt() throws {
        let site = try EditedSite(seed: 7)
        let options = BuildCachePropertyTests.options(site, cache: true)
        #expect(Build.run(options).succeeded)
        let path = "Content/comparisons/article-1.md"
        let original = try site.folder.read(path)
        let edited = original + "\nOne more line, saved.\n"
        try site.folder.write(path, edited)
        let tree = SavingTree(root: site.folder.root, path: path, during: original, after: edited)
        let during = Build.run(options, tree: tree)
        #expect(during.succeeded)
        #expect(tree.count.withLock { $0 } >= 2)
        // That build used the old text; the file now holds the new one.
        let next = BuildCachePropertyTests.step(site, after: [path])
        #expect(!next.upToDate)
        let html = try String(contentsOfFile: site.folder.root + "/Output/comparisons/article-1/index.html", encoding: .utf8)
        #expect(html.contains("One more line, saved."))
    }

    /// A file put by hand in a folder of the output: the output is not as
    /// the record says, so the next build makes a new generation from
    /// nothing, without it, as `--no-cache` does.
    @Test func aFileAddedByHandToTheOutputGoes() throws {
        let site = try EditedSite(seed: 8)
        let options = BuildCachePropertyTests.options(site, cache: true)
        #expect(Build.run(options).succeeded)
        try site.folder.write("Content/comparisons/article-2.md", try site.folder.read("Content/comparisons/article-2.md") + "\nMore.\n")
        #expect(Build.run(options).pagesRebuilt == 1)  // the spare exists from here on
        try site.folder.write("Output/comparisons/article-3/stray.html", "not ours")
        let next = BuildCachePropertyTests.step(site, after: ["Output/comparisons/article-3/stray.html"])
        #expect(!next.upToDate)
        #expect(!FileManager.default.fileExists(atPath: site.folder.root + "/Output/comparisons/article-3/stray.html"))
        // And it does not come back from the spare two builds later.
        for n in 0..<2 {
            try site.folder.write("Content/comparisons/article-2.md", try site.folder.read("Content/comparisons/article-2.md") + "\nAgain \(n).\n")
            BuildCachePropertyTests.step(site, after: ["Content/comparisons/article-2.md"])
        }
        #expect(!FileManager.default.fileExists(atPath: site.folder.root + "/Output/comparisons/article-3/stray.html"))
    }

    /// The cache trusts only what this very build of versus wrote: its GNU
    /// build id, as `readelf -n` reads it, is part of the record's tool.
    @Test func theToolIsKnownByTheLinkersBuildID() throws {
        let id = try #require(BuildID.ofThisProgram)
        #expect(LastBuild.tool.hasSuffix(" " + id))
        let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        readelf.arguments = ["-n", exe]
        let pipe = Pipe()
        readelf.standardOutput = pipe
        try readelf.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        #expect(text.contains("Build ID: \(id)"))
        // A note that is not GNU's build id is skipped; a cut one is refused.
        let other: [UInt8] = [4, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0] + Array("ABC\0".utf8) + [9, 9, 0, 0]
        let gnu: [UInt8] = [4, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0] + Array("GNU\0".utf8) + [0xAB, 0x01, 0xFF, 0, 0, 0, 0, 0]
        #expect((other + gnu).withUnsafeBytes { BuildID.gnuID(in: $0) } == "ab01ff")
        #expect(gnu.dropLast(6).withUnsafeBytes { BuildID.gnuID(in: $0) } == nil)
    }
}
