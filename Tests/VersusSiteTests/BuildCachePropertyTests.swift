import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// The build cache must never make a wrong build: after any sequence of
/// edits (`EditedSite`: articles edited, added, deleted and renamed; models'
/// figures, titles and aliases; templates and partials; site.yml; files under
/// Public/; and saves that change nothing), the output of `versus build` with
/// its cache is byte for byte the output of `--no-cache`, every file, and it
/// reports the same problems.
@Suite struct BuildCachePropertyTests {
    /// Every file under `folder` (the marker included), by relative path.
    static func files(under folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return out }
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return out
    }

    static func options(_ site: EditedSite, cache: Bool) -> BuildOptions {
        BuildOptions(root: site.folder.root, output: site.folder.root + (cache ? "/Output" : "/Fresh"), jobs: 2,
                     now: LiveBuildTests.now, cache: cache)
    }

    /// Builds with the cache and without, and compares.
    @discardableResult
    static func step(_ site: EditedSite, after changed: Set<String>) -> BuildReport {
        let cached = Build.run(options(site, cache: true))
        let fresh = Build.run(options(site, cache: false))
        #expect(cached.succeeded == fresh.succeeded, "seed \(site.seed) after \(changed.sorted())")
        #expect(cached.diagnostics == fresh.diagnostics, "seed \(site.seed) after \(changed.sorted())")
        let a = files(under: site.folder.root + "/Output"), b = files(under: site.folder.root + "/Fresh")
        let differing = Set(a.keys).symmetricDifference(b.keys).sorted() + a.filter { b[$0.key] != nil && b[$0.key] != $0.value }.keys.sorted()
        #expect(differing.isEmpty, "seed \(site.seed) after \(changed.sorted()): \(differing)")
        return cached
    }

    @Test func randomEditSequencesMatchNoCache() throws {
        var steps = 0, sequences = 0, upToDate = 0, spared = 0
        for seed in UInt64(1001)...1200 {
            let site = try EditedSite(seed: seed)
            Self.step(site, after: [])
            for _ in 0..<3 {
                var changed: Set<String>
                switch site.dice.int(9) {
                case 0:
                    changed = []  // a build with nothing changed
                case 1:
                    // A save that writes the same bytes.
                    let path = "Content/comparisons/article-\(site.articles.randomElement(using: &site.dice) ?? 1).md"
                    if let text = try? site.folder.read(path) { try site.folder.write(path, text) }
                    changed = [path]
                case 2:
                    // Typing in a body: no new heading, mention or summary.
                    let path = "Content/comparisons/article-\(site.articles.randomElement(using: &site.dice) ?? 1).md"
                    guard let text = try? site.folder.read(path) else { continue }
                    try site.folder.write(path, text + "\nMore to say \(site.dice.int(100)).\n")
                    changed = [path]
                default:
                    guard let edit = try site.edit() else { continue }
                    changed = edit
                }
                let report = Self.step(site, after: changed)
                if report.upToDate { upToDate += 1 }
                if report.pagesRebuilt != nil { spared += 1 }
                steps += 1
            }
            sequences += 1
        }
        #expect(sequences >= 200)
        #expect(steps >= 500)
        // The cache was used, not only checked.
        #expect(upToDate >= 50)
        // Body edits built the edited pages alone.
        #expect(spared >= 30, "\(spared) builds spared pages")
    }
}
