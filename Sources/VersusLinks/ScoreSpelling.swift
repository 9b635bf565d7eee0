import VersusContent
import VersusCore

/// Score categories that differ only in case or separators (`Coding`,
/// `coding`; `long_context`, `long-context`) are one category to a reader but
/// two to the build: tables and charts would show both, each half empty.
/// The spelling most models use (the first met, on a tie) is the category;
/// each other spelling is a warning at its own line, naming a file that uses
/// the category's spelling.
public enum ScoreSpelling {
    /// Lower-cased, without spaces, hyphens and underscores.
    public static func key(_ category: String) -> String {
        String(category.lowercased().unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "_" }.map(Character.init))
    }

    public static func check(_ models: [PageSource]) -> [Diagnostic] {
        var spellings: [String: [(spelling: String, count: Int, firstPath: String)]] = [:]
        var order: [String] = []
        for page in models {
            for score in page.model?.scores ?? [] {
                let k = key(score.category)
                if spellings[k] == nil { order.append(k) }
                var list = spellings[k, default: []]
                if let i = list.firstIndex(where: { $0.spelling == score.category }) {
                    list[i].count += 1
                } else {
                    list.append((score.category, 1, page.path))
                }
                spellings[k] = list
            }
        }
        var out: [Diagnostic] = []
        for k in order {
            guard let list = spellings[k], list.count > 1 else { continue }
            let main = list.enumerated().max { a, b in a.element.count < b.element.count || (a.element.count == b.element.count && a.offset > b.offset) }!.element
            for page in models {
                for score in page.model?.scores ?? [] where key(score.category) == k && score.category != main.spelling {
                    out.append(Diagnostic(.scoreSpelling(written: score.category, other: main.spelling, otherPath: main.firstPath),
                                          at: score.location ?? page.location(ofKey: "scores")))
                }
            }
        }
        return out
    }
}
