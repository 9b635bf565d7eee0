/// Related articles: those sharing the most tags (worth 2) and mentioned models
/// (worth 1). To stay near-linear at any size, candidates for an article are
/// only its neighbours in date order (up to `window` on each side) in each
/// tag's and each model's list, never the whole list.
public enum Related {
    public static func compute(
        pages: Int,
        keysOf: (Int) -> [(list: Int, weight: Int)],
        lists: [[Int]],
        limit: Int = 5,
        window: Int = 25,
        newerFirst: (Int, Int) -> Bool
    ) -> [[Int]] {
        // Where each page stands in each list, found once.
        var positions: [[Int: Int]] = lists.map { _ in [:] }
        for (l, list) in lists.enumerated() {
            var map: [Int: Int] = [:]
            map.reserveCapacity(list.count)
            for (i, page) in list.enumerated() { map[page] = i }
            positions[l] = map
        }
        var result: [[Int]] = Array(repeating: [], count: pages)
        for page in 0..<pages {
            let keys = keysOf(page)
            guard !keys.isEmpty else { continue }
            var scores: [Int: Int] = [:]
            for (l, weight) in keys {
                guard let at = positions[l][page] else { continue }
                let list = lists[l]
                for i in max(0, at - window)..<min(list.count, at + window + 1) where list[i] != page {
                    scores[list[i], default: 0] += weight
                }
            }
            result[page] = scores.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                return newerFirst(a.key, b.key)
            }.prefix(limit).map(\.key)
        }
        return result
    }
}
