import Foundation
import Testing
import VersusCore
import VersusPublish
@testable import VersusSite

/// A build that makes its output from nothing writes the pages as they are
/// rendered, a batch at a time (`RenderedSite.batchSize`), instead of holding
/// every page's bytes: the files must be those of a render held in memory,
/// and an error found in the last batch must still leave the previous output.
@Suite struct StreamedBuildTests {
    /// A site of `count` pages, more than two batches; page `broken` (when
    /// given) holds a chart of an unknown type, an error found while rendering.
    static func site(pages count: Int, broken: Int? = nil) -> MemoryTree {
        var files = [
            "site.yml": "title: Many\n",
            "Templates/page.mustache": "<h1>{{page.title}}</h1>{{{page.content}}}",
            "Public/robots.txt": "User-agent: *\n",
        ]
        for n in 0..<count {
            var body = "Words of page \(n), with a table:\n\n| a | b |\n|---|---:|\n| x | \(n) |\n"
            if n == broken { body += "\n```chart\ntype: pie\ny: [2]\n```\n" }
            files["Content/p\(n).md"] = "---\ntitle: Page \(n)\ntype: page\n---\n\n" + body
        }
        return MemoryTree(files)
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "versus-streamed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file under `root`, relative path → bytes.
    static func snapshot(_ root: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: base)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                out[path] = [UInt8](FileManager.default.contents(atPath: base + "/" + path) ?? Data())
            }
        }
        return out
    }

    @Test func theFilesWrittenAreThoseOfARenderHeldInMemory() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let tree = Self.site(pages: 2 * RenderedSite.batchSize + 37)
        let options = BuildOptions(root: "/nonexistent", output: root + "/Output", jobs: 2, now: Date(timeIntervalSince1970: 0), cache: false)
        let report = Build.run(options, tree: tree)
        #expect(report.wroteOutput)
        #expect(report.diagnostics == [])

        let loaded = LoadedSite.load(from: tree, options: options)
        let linked = LinkedSite(linking: ParsedSite(parsing: loaded, jobs: 2), jobs: 2)
        let rendered = RenderedSite(rendering: linked, search: SiteSearch.files(for: linked, jobs: 2), options: options)
        var expected: [String: [UInt8]] = [:]
        for file in rendered.files { expected[file.path] = file.contents }
        expected["robots.txt"] = Array("User-agent: *\n".utf8)
        expected[Emitter.marker] = Array("Written by versus build. This folder is replaced on every build.\n".utf8)
        let written = Self.snapshot(root + "/Output")
        #expect(written.count == expected.count)
        #expect(Set(written.keys) == Set(expected.keys))
        #expect(written.keys.filter { written[$0] != expected[$0] }.sorted() == [])
        // The search fragments' folder, made under a passing name and renamed: no trace of that name.
        #expect(written.keys.contains { $0.hasPrefix("search/fragments-") })
        #expect(!written.keys.contains { $0 != Emitter.marker && $0.contains(".versus-") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Output"])
    }

    @Test func anErrorInTheLastBatchLeavesThePreviousOutputAsItWas() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let count = 2 * RenderedSite.batchSize + 5
        let options = BuildOptions(root: "/nonexistent", output: root + "/Output", jobs: 2, now: Date(timeIntervalSince1970: 0), cache: false)
        #expect(Build.run(options, tree: Self.site(pages: count)).wroteOutput)
        let before = Self.snapshot(root + "/Output")

        // Pages render in the order of their paths: p99 is in the last batch.
        let failed = Build.run(options, tree: Self.site(pages: count, broken: 99))
        #expect(!failed.wroteOutput)
        #expect(failed.diagnostics.map(\.code) == [.V081])
        #expect(Self.snapshot(root + "/Output") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Output"])
    }
}
