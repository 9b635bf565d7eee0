/// "Did you mean": the closest candidate by edit distance (case-insensitive,
/// a swap of two neighbouring letters counting as one edit), when it is
/// close enough to be the word meant: at most a third of the word, and one
/// edit for short words, so "pie" does not suggest "line". A word that
/// shares all but its last letter with the start of a longer candidate
/// (`price` for `pricing`, `descr` for `description`; the rest of the
/// candidate all letters, so `costs` is not `cost-analysis`) is a shortened
/// name and suggests it too (`latency` for `latency_ms`). A word that differs
/// only in case (`Lab` for `lab`) suggests the candidate. Used for links, keys, types, fields and filter values
/// alike, so every hint reads the same.
public enum Suggestion {
    public static func closest<C: Collection>(to word: String, among candidates: C) -> String? where C.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(1, target.count / 3)
        var best: (String, Int)?
        var prefixed: String?
        for candidate in candidates {
            let c = Array(candidate.lowercased().unicodeScalars)
            let shared = commonPrefix(target, c)
            if target.count >= 4, c.count > target.count, shared >= max(4, target.count - 1),
               c[shared...].allSatisfy({ $0.properties.isAlphabetic || $0 == "_" }),
               prefixed == nil || candidate.count < prefixed!.count || (candidate.count == prefixed!.count && candidate < prefixed!) {
                prefixed = candidate
            }
            if abs(c.count - target.count) > limit { continue }
            let d = distance(target, c)
            if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        if let (candidate, d) = best, d <= limit, d > 0 || candidate != word { return candidate }
        return prefixed
    }

    static func commonPrefix(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var n = 0
        while n < a.count && n < b.count && a[n] == b[n] { n += 1 }
        return n
    }

    /// Optimal string alignment distance: insertions, deletions,
    /// substitutions and swaps of neighbours.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
