import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// The preview's incremental rebuilds must give exactly what a build from
/// scratch gives: after every kind of edit, the files and the diagnostics of
/// the live site are compared with a new `LiveBuild` of the same folder.
@Suite struct LiveBuildTests {
    final class Folder {
        let root: String
        init(files: [String: String]) throws {
            root = NSTemporaryDirectory() + "versus-live-" + UUID().uuidString
            for (path, text) in files { try write(path, text) }
        }
        init(copying fixture: String) throws {
            root = NSTemporaryDirectory() + "versus-live-" + UUID().uuidString
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/\(fixture)").path
            try FileManager.default.copyItem(atPath: source, toPath: root)
        }
        /// A copy of the real site of this repository (its sources only).
        init(realSite: Void) throws {
            root = NSTemporaryDirectory() + "versus-live-" + UUID().uuidString
            let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            for name in ["Content", "site.yml"] {
                try FileManager.default.copyItem(atPath: repo + "/" + name, toPath: root + "/" + name)
            }
            // The theme as a site's own files (the binary embeds it; these tests read the disk).
            for name in ["Templates", "Public"] {
                try FileManager.default.copyItem(atPath: repo + "/Sources/VersusTheme/Theme/" + name, toPath: root + "/" + name)
            }
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func read(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)), as: UTF8.self)
        }
        func replace(_ path: String, _ old: String, with new: String) throws {
            let text = try read(path)
            #expect(text.contains(old), "fixture \(path) lacks \(old)")
            try write(path, text.replacingOccurrences(of: old, with: new))
        }
        func remove(_ path: String) throws { try FileManager.default.removeItem(atPath: root + "/" + path) }
    }

    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    func options(_ folder: Folder, now: Date = LiveBuildTests.now) -> BuildOptions {
        BuildOptions(root: folder.root, jobs: 2, now: now)
    }

    /// Rebuilds after `paths` changed and checks the result against a fresh
    /// build of the same day.
    @discardableResult
    func step(_ live: LiveBuild, _ folder: Folder, _ paths: Set<String>, now: Date = LiveBuildTests.now) -> LiveBuild.Outcome {
        step(live, paths, fresh: options(folder, now: now))
    }

    /// The same, against a fresh build with `fresh` (a theme, another day).
    @discardableResult
    func step(_ live: LiveBuild, _ paths: Set<String>, fresh options: BuildOptions) -> LiveBuild.Outcome {
        let outcome = live.rebuild(changed: paths)
        let fresh = LiveBuild(options: options)
        let expected = fresh.rebuild()
        // The paths that differ, not the bytes: a failure stays readable.
        let differing = Set(live.files.keys).symmetricDifference(fresh.files.keys).sorted()
            + live.files.filter { fresh.files[$0.key] != nil && fresh.files[$0.key] != $0.value }.keys.sorted()
        #expect(differing.isEmpty, "after \(paths.sorted()): stale or missing \(differing)")
        #expect(outcome.diagnostics == expected.diagnostics)
        return outcome
    }

    @Test func aBodyEditRendersThatPageAlone() throws {
        let folder = try Folder(copying: "links")
        let live = LiveBuild(options: options(folder))
        let first = live.rebuild()
        #expect(first.path == "full")
        #expect(first.changedPaths.contains("comparisons/one/index.html"))

        try folder.replace("Content/comparisons/one.md", "Beta is open.", with: "Beta is open, and cheap.")
        let outcome = step(live, folder, ["Content/comparisons/one.md"])
        #expect(outcome.path == "pages")
        #expect(outcome.rendered == 1)
        #expect(outcome.changedPaths == ["comparisons/one/index.html"])
        #expect(outcome.change == .pages)
        #expect(String(decoding: live.files["comparisons/one/index.html"]!, as: UTF8.self).contains("and cheap."))
    }

    /// Problems found in a page's own text (a near-miss name, a short table
    /// row, a fence never closed) come and go with body edits on the fast
    /// path exactly as a full build reports them; a score category spelt
    /// another way needs the whole build.
    @Test func editorMistakesOnTheFastPathsMatchAFullBuild() throws {
        let folder = try Folder(copying: "links")
        let live = LiveBuild(options: options(folder))
        live.rebuild()
        try folder.replace("Content/comparisons/one.md", "Beta is open.",
                           with: "Beta is open. Betta is not.\n\n| Model | Input |\n|---|---|\n| Beta |\n\n```models\ncolumns: [title]\n")
        let broken = step(live, folder, ["Content/comparisons/one.md"])
        #expect(Set(broken.diagnostics.map(\.code)).isSuperset(of: [.V061, .V062]))
        try folder.replace("Content/comparisons/one.md", "Betta is not.\n\n| Model | Input |\n|---|---|\n| Beta |\n\n```models\ncolumns: [title]\n", with: "")
        let fixed = step(live, folder, ["Content/comparisons/one.md"])
        #expect(!fixed.diagnostics.contains { [.V061, .V062].contains($0.code) })
        try folder.replace("Content/models/beta.md", "scores: {", with: "scores: {Coding: 50, ")
        let spelt = step(live, folder, ["Content/models/beta.md"])
        #expect(spelt.path == "full")
    }

    @Test func anEditThatChangesWhatOthersShowRebuildsTheSite() throws {
        let folder = try Folder(copying: "links")
        let live = LiveBuild(options: options(folder))
        _ = live.rebuild()
        // The title shows in listings and related pages.
        try folder.replace("Content/comparisons/two.md", "title: Two", with: "title: Two, renamed")
        #expect(step(live, folder, ["Content/comparisons/two.md"]).path == "full")
        // A new mention changes the model's backlinks.
        try folder.replace("Content/models/beta.md", "Beta is open.", with: "Beta is open, unlike Alpha 2 Pro.")
        let mention = step(live, folder, ["Content/models/beta.md"])
        #expect(mention.path == "full")
        // Model data shows wherever the model is listed.
        try folder.replace("Content/models/alpha.md", "input: 5,", with: "input: 6,")
        let data = step(live, folder, ["Content/models/alpha.md"])
        #expect(data.path == "figures")
        #expect(data.rendered < live.files.count)
        #expect(data.diagnostics.contains { $0.message.contains("its model data says $6.00") })
        // A model's aliases are names other pages are linked by.
        try folder.replace("Content/models/alpha.md", "aliases: [A2]", with: "aliases: [A2, Alpha Two]")
        #expect(step(live, folder, ["Content/models/alpha.md"]).path == "full")
        // A heading's id is a link target of other pages.
        try folder.replace("Content/comparisons/two.md", "## Details", with: "## More details")
        #expect(step(live, folder, ["Content/comparisons/two.md"]).path == "full")
    }

    @Test func aModelsFiguresReachEveryPageThatShowsThem() throws {
        // The real site: a home page that lists every model through `site`,
        // articles with `models` blocks and charts, vendor listings.
        let folder = try Folder(realSite: ())
        let live = LiveBuild(options: options(folder))
        #expect(live.rebuild().succeeded)
        let models = try FileManager.default.contentsOfDirectory(atPath: folder.root + "/Content/models").sorted()
        for name in models.prefix(3) {
            let path = "Content/models/" + name
            let text = try folder.read(path)
            guard let match = text.firstMatch(of: /pricing: \{input: (\d+)/) else { continue }
            try folder.write(path, text.replacingOccurrences(of: String(match.0), with: "pricing: {input: \(Int(match.1)! + 1)"))
            let outcome = step(live, folder, [path])
            #expect(outcome.path == "figures", "\(path)")
            #expect(outcome.changedPaths.contains("index.html"), "the home page lists every model's price")
            #expect(outcome.changedPaths.isSuperset(of: ["models/index.html", "comparisons/open-source-vs-proprietary/index.html"]))
        }
        // A score that no table, chart or listing of another page shows:
        // only what read that model's scores is redone, as recorded while
        // rendering; every page that did not change is left alone.
        let quiet = "Content/models/" + models[0]
        let before = try folder.read(quiet)
        if let match = before.firstMatch(of: /(\w+): (\d+)\}/) {
            try folder.write(quiet, before.replacingOccurrences(of: String(match.0), with: "\(match.1): \(Int(match.2)! == 1 ? 2 : Int(match.2)! - 1)}"))
            let outcome = step(live, folder, [quiet])
            #expect(outcome.path == "figures")
            // Its pair pages show its scores side by side with the other model's.
            let id = String(models[0].dropLast(3))
            let pairs = live.files.keys.filter { $0.hasPrefix("compare/") && $0.contains(id) }.count
            #expect(pairs > 0)
            #expect(outcome.rendered - pairs < 20, "\(outcome.rendered) pages rendered for one score")
        }
        // A partial only comparisons use renders only them.
        try folder.replace("Templates/partials/covered.mustache", "<table", with: "<table data-edited")
        let partial = step(live, folder, ["Templates/partials/covered.mustache"])
        #expect(partial.path == "templates")
        #expect(partial.changedPaths == ["comparisons/open-source-vs-proprietary/index.html"])
        // Prose in a model page changes that page alone.
        let path = "Content/models/" + models[0]
        try folder.write(path, try folder.read(path) + "\nOne more line.\n")
        #expect(step(live, folder, [path]).changedPaths.count == 1)
    }

    @Test func aBatchOfPagesTemplatesAndFilesAndAFolderMovedAway() throws {
        let folder = try Folder(copying: "good")
        let live = LiveBuild(options: BuildOptions(root: folder.root, strict: true, jobs: 2, now: Self.now))
        _ = live.rebuild()
        try folder.replace("Content/about.md", "title:", with: "title: More")
        try folder.replace("Templates/page.mustache", "{{page.title}}", with: "[{{page.title}}]")
        try folder.write("Public/css/site.css", "body { color: red }\n")
        let outcome = live.rebuild(changed: ["Content/about.md", "Templates/page.mustache", "Public/css/site.css"])
        let fresh = LiveBuild(options: BuildOptions(root: folder.root, strict: true, jobs: 2, now: Self.now))
        #expect(outcome.diagnostics == fresh.rebuild().diagnostics)
        #expect(live.files == fresh.files)
        // A folder moved out of the site takes its pages with it.
        try FileManager.default.moveItem(atPath: folder.root + "/Content/comparisons", toPath: folder.root + "/moved-away")
        let moved = live.rebuild(changed: ["Content/comparisons"])
        #expect(moved.path == "full")
        #expect(live.files["comparisons/older/index.html"] == nil)
    }

    @Test func aPageThatOnlyMentionsAModelHasItsFiguresCheckedAgain() throws {
        let folder = try Folder(copying: "links")
        try folder.write("Content/comparisons/three.md",
                         "---\ntitle: Three\ntype: comparison\n---\n| Model | Coding |\n|---|---:|\n| Beta | 80 |\n")
        let live = LiveBuild(options: options(folder))
        #expect(live.rebuild().succeeded)
        try folder.replace("Content/models/beta.md", "scores: {coding: 80}", with: "scores: {coding: 81}")
        let changed = step(live, folder, ["Content/models/beta.md"])
        #expect(changed.path == "figures")
        #expect(changed.diagnostics.contains { $0.location.path == "Content/comparisons/three.md" && $0.message.contains("model data says 81") })
        try folder.replace("Content/models/beta.md", "scores: {coding: 81}", with: "scores: {coding: 80}")
        let back = step(live, folder, ["Content/models/beta.md"])
        #expect(!back.diagnostics.contains { $0.location.path == "Content/comparisons/three.md" })
    }

    @Test func newAndDeletedPagesTemplatesAndPublicFiles() throws {
        let folder = try Folder(copying: "good")
        let live = LiveBuild(options: options(folder))
        _ = live.rebuild()
        try folder.write("Content/comparisons/new.md", "---\ntitle: New one\ntype: comparison\ntags: [fresh]\n---\nHello.\n")
        #expect(step(live, folder, ["Content/comparisons/new.md"]).path == "full")
        try folder.remove("Content/comparisons/older.md")
        #expect(step(live, folder, ["Content/comparisons/older.md"]).path == "full")

        try folder.replace("Templates/base.mustache", "</body>", with: "<p>footer note</p></body>")
        let templates = step(live, folder, ["Templates/base.mustache"])
        #expect(templates.path == "templates")
        #expect(String(decoding: live.files["index.html"]!, as: UTF8.self).contains("footer note"))

        try folder.write("Public/css/site.css", "body { color: teal }\n")
        let styles = step(live, folder, ["Public/css/site.css"])
        #expect(styles.path == "files")
        #expect(styles.change == .styles)
        #expect(styles.changedPaths == ["css/site.css"])

        // An editor's temporary file that is already gone changes nothing.
        let temporary = step(live, folder, ["Content/.about.md.swp", "Content/4913"])
        #expect(temporary.change == .none)
    }

    @Test func aBrokenFileIsReportedAndFixingItClearsTheErrors() throws {
        let folder = try Folder(copying: "links")
        let live = LiveBuild(options: options(folder))
        _ = live.rebuild()
        let good = try folder.read("Content/comparisons/one.md")
        // A broken link is found by the fast path, at its place.
        try folder.write("Content/comparisons/one.md", good + "\nSee [nowhere](missing.md).\n")
        let broken = step(live, folder, ["Content/comparisons/one.md"])
        #expect(broken.path == "pages")
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.contains { $0.location.path == "Content/comparisons/one.md" && $0.message.contains("missing.md") })
        try folder.write("Content/comparisons/one.md", good)
        let fixed = step(live, folder, ["Content/comparisons/one.md"])
        #expect(fixed.succeeded)

        // Broken front matter takes the page out; fixing it brings it back.
        try folder.write("Content/comparisons/one.md", "---\ntitle: [One\n---\n")
        #expect(!step(live, folder, ["Content/comparisons/one.md"]).succeeded)
        try folder.write("Content/comparisons/one.md", good)
        #expect(step(live, folder, ["Content/comparisons/one.md"]).succeeded)

        // A template error, then its fix.
        let page = try folder.read("Templates/page.mustache")
        try folder.write("Templates/page.mustache", page + "{{#unclosed}}")
        #expect(!step(live, folder, ["Templates/page.mustache"]).succeeded)
        try folder.write("Templates/page.mustache", page)
        #expect(step(live, folder, ["Templates/page.mustache"]).succeeded)
    }

    @Test func theSearchJobPublishesUnderTheNamesPagesUse() throws {
        let folder = try Folder(copying: "good")
        let live = LiveBuild(options: options(folder))
        _ = live.rebuild()
        let search = try #require(live.searchJob()).run()
        #expect(search[LiveBuild.searchManifest] != nil)
        #expect(search[LiveBuild.searchScript] != nil)
        let manifest = String(decoding: search[LiveBuild.searchManifest]!, as: UTF8.self)
        let shards = try #require(manifest.firstMatch(of: /"shards":"([^"]+)"/)?.1)
        #expect(search.keys.contains { $0.hasPrefix("search/\(shards)/") })
    }
}
