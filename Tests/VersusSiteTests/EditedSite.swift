import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// A generated site of its own names and random edits of every kind an
/// editor makes, for the property tests of the preview and of the build
/// cache: both must give, after any sequence of edits, what a build from
/// scratch gives.
final class EditedSite {
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

    static func write(_ folder: LiveBuildTests.Folder, _ path: String, _ text: String) throws {
        try folder.write(path, text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("            ") ? String($0.dropFirst(12)) : String($0) }.joined(separator: "\n"))
    }

    let folder: LiveBuildTests.Folder
    var dice: Dice
    var articles = Array(1...6)
    let modelCount = 5
    let seed: UInt64

    /// Five models, six articles and a home page on the real site's
    /// templates and Public/ files.
    init(seed: UInt64) throws {
        self.seed = seed
        dice = Dice(state: seed)
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        folder = try LiveBuildTests.Folder(copying: "good")
        for name in ["Templates", "Public"] {
            try? FileManager.default.removeItem(atPath: folder.root + "/" + name)
            try FileManager.default.copyItem(atPath: repo + "/Sources/VersusTheme/Theme/" + name, toPath: folder.root + "/" + name)
        }
        try? FileManager.default.removeItem(atPath: folder.root + "/Content")
        try folder.write("site.yml", "title: Quills\nbase_url: https://q.example/\nkeys: {model: [tier]}\ndata_columns: {Input: pricing.input}\n")
        for n in 1...modelCount { try Self.write(folder, "Content/models/quill-\(n).md", Self.model(n, &dice)) }
        for n in articles { try Self.write(folder, "Content/comparisons/article-\(n).md", Self.article(n, models: modelCount, &dice)) }
        try folder.write("Content/index.md", "---\ntitle: Quills\ntype: home\n---\nHello.\n")
    }

    /// How many kinds of edit `edit(kinds:)` knows; the first nine are the
    /// ones the preview's property test has always made.
    static let kinds = 14

    /// One random edit among the first `kinds` kinds; the site paths it
    /// changed, or nil when the dice chose an edit that does not apply.
    func edit(kinds: Int = EditedSite.kinds) throws -> Set<String>? {
        switch dice.int(kinds) {
        case 0, 1:  // a model's price or score
            let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
            let text = try folder.read(path)
            let field = dice.pick(["input: ", "coding: ", "math: ", "speed: ", "output: "])
            guard let range = text.range(of: field) else { return nil }
            let digits = text[range.upperBound...].prefix { $0.isNumber }
            let value = (Int(digits) ?? 1) + 1 + dice.int(3)
            try folder.write(path, text.replacingCharacters(in: range.upperBound..<text.index(range.upperBound, offsetBy: digits.count),
                                                            with: String(min(value, 100))))
            return [path]
        case 2:  // weights flip
            let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
            let text = try folder.read(path)
            try folder.write(path, text.contains("weights: open") ? text.replacingOccurrences(of: "weights: open", with: "weights: proprietary")
                                                                   : text.replacingOccurrences(of: "weights: proprietary", with: "weights: open"))
            return [path]
        case 3:  // an article's body
            guard let n = articles.randomElement(using: &dice) else { return nil }
            let path = "Content/comparisons/article-\(n).md"
            try folder.write(path, try folder.read(path) + "\nAnother line on Quill \(1 + dice.int(modelCount)).\n")
            return [path]
        case 4:  // a new article
            let n = (articles.max() ?? 0) + 1
            articles.append(n)
            let path = "Content/comparisons/article-\(n).md"
            try Self.write(folder, path, Self.article(n, models: modelCount, &dice))
            return [path]
        case 5:  // an article deleted
            guard articles.count > 2 else { return nil }
            let n = articles.remove(at: dice.int(articles.count))
            let path = "Content/comparisons/article-\(n).md"
            try folder.remove(path)
            return [path]
        case 6:  // a model renamed
            let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
            let text = try folder.read(path)
            // A new title: every page that names it links differently.
            try folder.write(path, text.replacingOccurrences(of: "title: Quill", with: "title: Great Quill")
                .replacingOccurrences(of: "tier: Budget", with: "tier: Premium"))
            return [path]
        case 7:  // a partial
            let path = "Templates/partials/footer.mustache"
            try folder.write(path, try folder.read(path) + "\n<!-- edit \(dice.int(1000)) -->\n")
            return [path]
        case 8:  // a file under Public/
            let path = "Public/notes-\(dice.int(3)).txt"
            try folder.write(path, "note \(dice.int(1000))\n")
            return [path]
        case 9:  // an article's file renamed (its URL moves)
            guard let n = articles.randomElement(using: &dice) else { return nil }
            let m = (articles.max() ?? 0) + 1
            let from = "Content/comparisons/article-\(n).md", to = "Content/comparisons/article-\(m).md"
            try folder.write(to, try folder.read(from))
            try folder.remove(from)
            articles.removeAll { $0 == n }
            articles.append(m)
            return [from, to]
        case 10:  // a model's alias, which mentions then match
            let path = "Content/models/quill-\(1 + dice.int(modelCount)).md"
            let text = try folder.read(path)
            guard !text.contains("aliases:") else { return nil }
            let alias = "Q\(dice.int(1000))"
            try folder.write(path, text.replacingOccurrences(of: "type: model\n", with: "type: model\naliases: [\(alias)]\n"))
            // Some article names it.
            if let n = articles.randomElement(using: &dice) {
                let article = "Content/comparisons/article-\(n).md"
                try folder.write(article, try folder.read(article) + "\n\(alias) is worth a look.\n")
                return [path, article]
            }
            return [path]
        case 11:  // a page template
            let path = dice.pick(["Templates/comparison.mustache", "Templates/model.mustache", "Templates/list.mustache"])
            try folder.write(path, try folder.read(path) + "\n<!-- template \(dice.int(1000)) -->\n")
            return [path]
        case 12:  // site.yml
            let title = dice.pick(["Quills", "Quill Review", "The Quills"])
            try folder.write("site.yml", "title: \(title)\nbase_url: https://q.example/\nkeys: {model: [tier]}\ndata_columns: {Input: pricing.input}\n")
            return ["site.yml"]
        default:  // a new file under Public/, in a folder
            let path = "Public/files/f\(dice.int(1000)).txt"
            try folder.write(path, "file \(dice.int(1000))\n")
            return [path]
        }
    }
}

extension EditedSite.Dice: RandomNumberGenerator {}
