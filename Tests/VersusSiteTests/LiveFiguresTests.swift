import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// The preview after an edit of a model's sources, dates or history: what
/// the edit reaches is rendered again (the model's page, /changes/, its feed
/// and data, the articles whose figures check read the figure), nothing
/// else, and the result is what a build from scratch gives.
@Suite struct LiveFiguresTests {
    static let now = Date(timeIntervalSince1970: 1_790_856_000)

    func folder() throws -> LiveBuildTests.Folder {
        let folder = try LiveBuildTests.Folder(copying: "figures")
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        for name in ["Templates", "Public"] {
            try FileManager.default.copyItem(atPath: repo + "/Sources/VersusTheme/Theme/" + name, toPath: folder.root + "/" + name)
        }
        return folder
    }

    @discardableResult
    func step(_ live: LiveBuild, _ folder: LiveBuildTests.Folder, _ path: String) -> LiveBuild.Outcome {
        LiveBuildTests().step(live, folder, [path], now: Self.now)
    }

    @Test func aHistoryOrSourceEditRendersWhatItReaches() throws {
        let folder = try folder()
        let live = LiveBuild(options: BuildOptions(root: folder.root, jobs: 2, now: Self.now))
        #expect(live.rebuild().succeeded)
        let heron = "Content/models/heron.md"

        // A note in the history: the model's page, /changes/ and its feed.
        try folder.replace(heron, "note: \"first cut\"", with: "note: \"first price cut\"")
        let note = step(live, folder, heron)
        #expect(note.path == "figures")
        #expect(note.changedPaths == ["models/heron/index.html", "changes/index.html", "changes/feed.xml", "api/changes.json"])

        // A change moved after the spring article's date: the article's
        // figure was never right then, so its mark goes and a warning comes.
        try folder.replace(heron, "date: 2026-03-10", with: "date: 2026-04-15")
        let moved = step(live, folder, heron)
        #expect(moved.path == "figures")
        #expect(moved.changedPaths.contains("comparisons/spring-prices/index.html"))
        #expect(!moved.changedPaths.contains("comparisons/winter/index.html"))
        #expect(!moved.changedPaths.contains("models/marlin/index.html"))
        #expect(moved.diagnostics.contains { $0.location.path == "Content/comparisons/spring-prices.md" && $0.problem.code == .V063 })
        #expect(!String(decoding: live.files["comparisons/spring-prices/index.html"]!, as: UTF8.self).contains("now $0.40"))

        // A page source's title: the model page and the API; no article.
        try folder.replace(heron, "title: \"Fjord AI price list\"", with: "title: \"Fjord AI prices\"")
        let source = step(live, folder, heron)
        #expect(source.changedPaths.isSuperset(of: ["models/heron/index.html", "api/models.json"]))
        #expect(source.changedPaths.allSatisfy { !$0.hasPrefix("comparisons/") })

        // A source's site path that is no page: an error at once, as a full build says.
        try folder.replace(heron, "url: \"https://fjord.example.com/pricing\"", with: "url: \"/methd/\"")
        let broken = step(live, folder, heron)
        #expect(broken.diagnostics.contains { $0.problem.code == .V050 && $0.location.path == heron })

        // A stale figure's date brought up to date: its warnings go.
        try folder.replace("Content/models/marlin.md", "as_of: 2026-01-05", with: "as_of: 2026-09-20")
        let fresh = step(live, folder, "Content/models/marlin.md")
        #expect(!fresh.diagnostics.contains { $0.problem.code == .V127 })
    }
}
