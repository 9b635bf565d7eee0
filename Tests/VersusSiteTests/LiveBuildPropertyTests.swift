import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// Random sequences of edits on a generated site, each step compared file by
/// file and diagnostic by diagnostic with a build from scratch: the preview's
/// recorded reads must never leave a stale page, whatever the edit.
@Suite struct LiveBuildPropertyTests {
    /// A small, seedable generator (SplitMix64), so a failure names its seed.
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    }

    static let vendors = ["Northwind", "Lumen Labs", "Orbital"]
    static let categories = ["coding", "math", "speed"]

    /// A site of its own names: models with prices and scores, articles with
    /// hand-written tables, `models` blocks (filtered, sorted, limited) and
    /// charts of tables and of model data, on the real site's templates.
    static func model(_ n: Int, _ dice: inout Dice) -> String {
        let scores = categories.map { "\($0): \(50 + dice.int(50))" }.joined(separator: ", ")
        return """
            ---
            title: Quill \(n)
            type: model
            vendor: \(dice.pick(vendors))
            weights: \(dice.int(2) == 0 ? "open" : "proprietary")
            tier: \(dice.pick(["Budget", "Premium"]))
            pricing: {input: \(1 + dice.int(9)), output: \(2 + dice.int(20))}
            scores: {\(scores)}
            ---
            Quill \(n) is a model.

            """
    }

    static func article(_ n: Int, models: Int, _ dice: inout Dice) -> String {
        let a = 1 + dice.int(models), b = 1 + dice.int(models)
        let category = dice.pick(categories)
        return """
            ---
            title: Article \(n)
            type: comparison
            last_updated: 2026-0\(1 + dice.int(9))-1\(dice.int(9))
            tags: [\(dice.pick(["open", "price", "coding"]))]
            ---
            Quill \(a) against Quill \(b).

            ## Figures

            | Model | Input | \(category.capitalized) |
            |---|---:|---:|
            | Quill \(a) | $\(1 + dice.int(9)) | \(50 + dice.int(50)) |
            | Quill \(b) | $\(1 + dice.int(9)) | \(50 + dice.int(50)) |

            ```chart
            type: bar
            title: Input prices
            y: [2]
            ```

            ## Data

            ```models
            columns: [title, vendor, pricing.input, scores.\(category)]
            where: {weights: \(dice.int(2) == 0 ? "open" : "proprietary")}
            sort: -scores.\(category)
            limit: \(1 + dice.int(3))
            ```

            ```chart
            type: hbar
            title: Best at \(category)
            source: models
            sort: -scores.\(category)
            limit: 3
            x: title
            y: [scores.\(category)]
            ```

            """
    }

    func write(_ folder: LiveBuildTests.Folder, _ path: String, _ text: String) throws {
        try folder.write(path, text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("            ") ? String($0.dropFirst(12)) : String($0) }.joined(separator: "\n"))
    }

    @Test func randomEditSequencesMatchABuildFromScratch() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        var steps = 0
        for seed in UInt64(1)...12 {
            var dice = Dice(state: seed)
            let folder = try LiveBuildTests.Folder(copying: "good")
            for name in ["Templates", "Public"] {
                try? FileManager.default.removeItem(atPath: folder.root + "/" + name)
                try FileManager.default.copyItem(atPath: repo + "/" + name, toPath: folder.root + "/" + name)
            }
            try? FileManager.default.removeItem(atPath: folder.root + "/Content")
            try folder.write("site.yml", "title: Quills\nbase_url: https://q.example/\nkeys: {model: [tier]}\ndata_columns: {Input: pricing.input}\n")
            let modelCount = 5
            for n in 1...modelCount { try write(folder, "Content/models/quill-\(n).md", Self.model(n, &dice)) }
            var articles = Array(1...6)
            for n in articles { try write(folder, "Content/comparisons/article-\(n).md", Self.article(n, models: modelCount, &dice)) }
            try folder.write("Content/index.md", "---\ntitle: Quills\ntype: home\n---\nHello.\n")
            let live = LiveBuild(options: LiveBuildTests().options(folder))
            #expect(live.rebuild().diagnostics.filter { $0.severity == .error } == [], "seed \(seed)")
            for _ in 0..<8 {
                var changed: Set<String> = []
                switch dice.int(9) {
                case 0, 1:  // a model's price or score
                    let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
                    let text = try folder.read(path)
                    let field = dice.pick(["input: ", "coding: ", "math: ", "speed: ", "output: "])
                    guard let range = text.range(of: field) else { continue }
                    let digits = text[range.upperBound...].prefix { $0.isNumber }
                    let value = (Int(digits) ?? 1) + 1 + dice.int(3)
                    try folder.write(path, text.replacingCharacters(in: range.upperBound..<text.index(range.upperBound, offsetBy: digits.count),
                                                                    with: String(min(value, 100))))
                    changed = [path]
                case 2:  // weights flip
                    let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
                    let text = try folder.read(path)
                    try folder.write(path, text.contains("weights: open") ? text.replacingOccurrences(of: "weights: open", with: "weights: proprietary")
                                                                           : text.replacingOccurrences(of: "weights: proprietary", with: "weights: open"))
                    changed = [path]
                case 3:  // an article's body
                    guard let n = articles.randomElement(using: &dice) else { continue }
                    let path = "Content/comparisons/article-\(n).md"
                    try folder.write(path, try folder.read(path) + "\nAnother line on Quill \(1 + dice.int(modelCount)).\n")
                    changed = [path]
                case 4:  // a new article
                    let n = (articles.max() ?? 0) + 1
                    articles.append(n)
                    let path = "Content/comparisons/article-\(n).md"
                    try write(folder, path, Self.article(n, models: modelCount, &dice))
                    changed = [path]
                case 5:  // an article deleted
                    guard articles.count > 2 else { continue }
                    let n = articles.remove(at: dice.int(articles.count))
                    let path = "Content/comparisons/article-\(n).md"
                    try folder.remove(path)
                    changed = [path]
                case 6:  // a model renamed
                    let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
                    let text = try folder.read(path)
                    // A new title: every page that names it links differently.
                    try folder.write(path, text.replacingOccurrences(of: "title: Quill", with: "title: Great Quill")
                        .replacingOccurrences(of: "tier: Budget", with: "tier: Premium"))
                    changed = [path]
                case 7:  // a partial
                    let path = "Templates/partials/footer.mustache"
                    try folder.write(path, try folder.read(path) + "\n<!-- edit \(dice.int(1000)) -->\n")
                    changed = [path]
                default:  // a file under Public/
                    let path = "Public/notes-\(dice.int(3)).txt"
                    try folder.write(path, "note \(dice.int(1000))\n")
                    changed = [path]
                }
                steps += 1
                LiveBuildTests().step(live, folder, changed)
            }
        }
        #expect(steps >= 80)
    }
}

extension LiveBuildPropertyTests.Dice: RandomNumberGenerator {}
