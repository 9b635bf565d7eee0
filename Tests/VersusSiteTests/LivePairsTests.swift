import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// The preview after a model's price edit, on the `pairs` fixture: the
/// model's pairs are rendered again, the other pairs are not, and every step
/// gives what a build from scratch gives.
@Suite struct LivePairsTests {
    @Test func aModelEditRendersItsPairsAndNoOthers() throws {
        let folder = try LiveBuildTests.Folder(copying: "pairs")
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        for name in ["Templates", "Public"] {
            try FileManager.default.copyItem(atPath: repo + "/Sources/VersusTheme/Theme/" + name, toPath: folder.root + "/" + name)
        }
        let now = Date(timeIntervalSince1970: 1_790_856_000)
        let live = LiveBuild(options: BuildOptions(root: folder.root, jobs: 2, now: now))
        #expect(live.rebuild().succeeded)
        let birch = "Content/models/birch.md"
        try folder.replace(birch, "pricing: {input: 0.40, output: 1.60}", with: "pricing: {input: 0.30, output: 1.60}")
        let edit = LiveBuildTests().step(live, folder, [birch], now: now)
        #expect(edit.path == "figures")
        let pairs = edit.changedPaths.filter { $0.hasPrefix("compare/") }
        #expect(pairs == ["compare/aster-vs-birch/index.html", "compare/birch-vs-cedar/index.html"])
        // What shows Birch's price: its page, the review's table and
        // calculator, the setups' break-even tables, the listings, the API.
        #expect(edit.changedPaths.isSuperset(of: [
            "models/birch/index.html", "reviews/spring/index.html", "rigs/rented/index.html", "rigs/workstation/index.html",
            "api/models.json", "api/pairs.json",
        ]))
        #expect(!edit.changedPaths.contains("models/aster/index.html"))
        let page = String(decoding: live.files["compare/aster-vs-birch/index.html"]!, as: UTF8.self)
        #expect(page.contains("<td class=\"better\">$0.30 <span class=\"better-mark\">better</span></td>"))

        // A weights edit under `compare.all: {weights: open}` changes which
        // pairs exist: the whole site is built again, as a build would.
        try folder.replace("site.yml", "compare:\n", with: "compare:\n  all: {weights: open}\n")
        _ = LiveBuildTests().step(live, folder, ["site.yml"], now: now)
        try folder.replace("Content/models/aster.md", "weights: proprietary", with: "weights: open")
        let weights = LiveBuildTests().step(live, folder, ["Content/models/aster.md"], now: now)
        #expect(weights.path != "figures")
        #expect(live.files["compare/aster-vs-ember/index.html"] != nil)
    }
}
