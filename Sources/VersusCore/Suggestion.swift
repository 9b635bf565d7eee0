/// "Did you mean": the closest candidate by edit distance (case-insensitive),
/// when it is close enough to be the word meant. Used for links, keys, types,
/// fields and filter values alike, so every hint reads the same.
public enum Suggestion {
    public static func closest<C: Collection>(to word: String, among candidates: C) -> String? where C.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - target.count) > max(2, target.count / 3) { continue }
            let d = distance(target, c)
            if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        guard let (candidate, d) = best, d > 0, d <= max(2, target.count / 3) else { return nil }
        return candidate
    }

    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
