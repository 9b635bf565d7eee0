import Foundation
import GRDB
import Testing
import VersusCore
@testable import VersusCache

/// A cache file that cannot be trusted is set aside with one line, never
/// used and never deleted; a good one gives back exactly what was saved.
@Suite struct BuildCacheTests {
    final class Folder {
        let root = NSTemporaryDirectory() + "versus-cache-" + UUID().uuidString
        var output: String { root + "/Output" }
        var cacheFile: String { BuildCache.path(forOutput: output) }
        init() throws { try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    static let record = BuildRecord(
        tool: "versus test", options: "base-url=- drafts=false year=2026",
        inputs: ["site.yml": FileStamp(Array("title: T\n".utf8)), "Content/a.md": FileStamp(hash: ContentHash(value: 42), size: 7)],
        outputs: ["a/index.html": FileStamp(hash: ContentHash(value: .max), size: 1200)],
        generation: "64769:1234",
        diagnostics: [Diagnostic(.unknownKey(key: "titel", kind: .page, meant: "title"), at: SourceLocation(path: "Content/a.md", line: 2, column: 1))],
        pageCount: 3, copyCount: 1, pages: ["Content/a.md": [1, 2, 3]], searchFiles: ["search/manifest.json", "search/x.js"])

    @Test func aSavedRecordComesBackAsItWas() throws {
        let folder = try Folder()
        let first = BuildCache.open(forOutput: folder.output, tool: "versus test")
        #expect(first.record == nil)
        #expect(first.note == nil)
        #expect(first.cache?.save(Self.record) == nil)
        let second = BuildCache.open(forOutput: folder.output, tool: "versus test")
        #expect(second.record == Self.record)
        #expect(second.note == nil)
        #expect(folder.cacheFile == folder.root + "/.versus-cache/Output.sqlite")
    }

    @Test func savingOverTheLastRecordLeavesTheNewOneWhole() throws {
        let folder = try Folder()
        let cache = try #require(BuildCache.open(forOutput: folder.output, tool: "versus test").cache)
        #expect(cache.save(Self.record) == nil)
        var next = Self.record
        next.inputs["Content/b.md"] = FileStamp(hash: ContentHash(value: 7), size: 3)
        next.inputs["Content/a.md"] = nil
        next.pages["Content/a.md"] = [9]
        next.pages["Content/b.md"] = [8, 8]
        next.outputs = [:]
        next.spare = Self.record.outputs
        next.spareGeneration = "1:2:3.4"
        next.diagnostics = []
        #expect(cache.save(next, over: Self.record) == nil)
        #expect(BuildCache.open(forOutput: folder.output, tool: "versus test").record == next)
    }

    /// Opens a cache that `damage` spoiled: it must be set aside with a note
    /// naming the reason, and the next open starts from an empty cache.
    func expectSetAside(_ reason: String, tool: String = "versus test", damage: (Folder) throws -> Void) throws {
        let folder = try Folder()
        #expect(BuildCache.open(forOutput: folder.output, tool: "versus test").cache?.save(Self.record) == nil)
        try damage(folder)
        let opened = BuildCache.open(forOutput: folder.output, tool: tool)
        #expect(opened.record == nil)
        let note = try #require(opened.note)
        #expect(note.hasPrefix("versus: note: set aside the build cache \(folder.cacheFile) ("), "\(note)")
        #expect(note.contains(reason), "\(note)")
        #expect(note.hasSuffix("as \(folder.cacheFile).set-aside; this build runs in full"), "\(note)")
        #expect(!note.contains("\n"))
        #expect(FileManager.default.fileExists(atPath: folder.cacheFile + ".set-aside"))
        // The fresh cache works.
        var record = Self.record
        record.tool = tool
        #expect(opened.cache?.save(record) == nil)
        #expect(BuildCache.open(forOutput: folder.output, tool: tool).record?.pageCount == 3)
    }

    @Test func aFileThatIsNotSQLiteIsSetAside() throws {
        try expectSetAside("file is not a database") { folder in
            try Data("not a database at all, but long enough to look like a header ......".utf8)
                .write(to: URL(fileURLWithPath: folder.cacheFile))
        }
    }

    @Test func aTruncatedFileIsSetAside() throws {
        try expectSetAside("it cannot be read (database disk image is malformed)") { folder in
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.cacheFile))
            try bytes.prefix(bytes.count / 2 + 100).write(to: URL(fileURLWithPath: folder.cacheFile))
        }
    }

    @Test func aCacheOfAnotherFormatIsSetAside() throws {
        try expectSetAside("it is of another format (0)") { folder in
            let queue = try DatabaseQueue(path: folder.cacheFile)
            try queue.write { try $0.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'format'") }
            try queue.close()
        }
    }

    @Test func aCacheOfAnotherVersusIsSetAside() throws {
        try expectSetAside("it was made by another versus", tool: "versus 9.9") { _ in }
    }

    @Test func aRecordWithAPartMissingIsSetAside() throws {
        try expectSetAside("it has no generation") { folder in
            let queue = try DatabaseQueue(path: folder.cacheFile)
            try queue.write { try $0.execute(sql: "DELETE FROM meta WHERE key = 'generation'") }
            try queue.close()
        }
    }

    @Test func aMissingCacheIsQuietlyMade() throws {
        let folder = try Folder()
        let opened = BuildCache.open(forOutput: folder.output, tool: "versus test")
        #expect(opened.note == nil)
        #expect(opened.cache != nil)
        #expect(FileManager.default.fileExists(atPath: folder.cacheFile))
    }

    @Test func aFolderThatCannotHoldACacheSaysSoOnce() throws {
        let folder = try Folder()
        // A file where the cache folder would be.
        try Data().write(to: URL(fileURLWithPath: folder.root + "/.versus-cache"))
        let opened = BuildCache.open(forOutput: folder.output, tool: "versus test")
        #expect(opened.cache == nil)
        #expect(opened.note?.hasPrefix("versus: note: no build cache at \(folder.cacheFile) (") == true)
        #expect(opened.note?.hasSuffix("); every build runs in full") == true)
    }

    @Test func removeTakesTheCacheAndWhatWasSetAside() throws {
        let folder = try Folder()
        #expect(BuildCache.open(forOutput: folder.output, tool: "a").cache?.save(Self.record) == nil)
        _ = BuildCache.open(forOutput: folder.output, tool: "b")  // sets the first aside
        let removed = BuildCache.remove(forOutput: folder.output)
        #expect(Set(removed) == [folder.cacheFile, folder.cacheFile + ".set-aside"])
        #expect(!FileManager.default.fileExists(atPath: folder.root + "/.versus-cache"))
    }

    @Test func contentHashesAreStableAndTellBytesApart() {
        // The same value in every process: a cache written by one build is read by the next.
        #expect(ContentHash(Array("".utf8)).description == ContentHash(value: ContentHash(Array("".utf8)).value).description)
        #expect(ContentHash("hello") == ContentHash(Array("hello".utf8)))
        var seen: Set<ContentHash> = []
        var text = ""
        for n in 0..<2000 {
            text += String(n % 10)
            #expect(seen.insert(ContentHash(text)).inserted)
        }
        // One bit apart.
        #expect(ContentHash([0, 0, 0, 0, 0, 0, 0, 0, 0]) != ContentHash([0, 0, 0, 0, 0, 0, 0, 0, 1]))
        #expect(ContentHash([1]) != ContentHash([1, 0]))
    }
}
