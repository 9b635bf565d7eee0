/// One page's part of the search index: its terms in the order first met,
/// each with its best score on the page and its postings (one per section it
/// occurs in), without the page's number, which is its place in the index.
///
/// The build cache keeps it (`encoded`), so that a build after one page's
/// edit tallies that page's words alone. A compact binary form, not JSON:
/// a large site holds millions of postings.
public struct PageTerms: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var section: Int
        public var score: Int
        public var position: Int
    }

    public var terms: [String] = []
    public var best: [Int] = []
    public var entries: [[Entry]] = []

    /// Varints (7 bits a byte): term count; per term its UTF-8 length and
    /// bytes, its best score, its entry count and each entry's section,
    /// score and position.
    public var encoded: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(terms.count * 16)
        func put(_ value: Int) {
            var v = UInt64(max(0, value))
            while v >= 0x80 {
                out.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            out.append(UInt8(v))
        }
        put(terms.count)
        for (k, term) in terms.enumerated() {
            put(term.utf8.count)
            out.append(contentsOf: term.utf8)
            put(best[k])
            put(entries[k].count)
            for entry in entries[k] {
                put(entry.section)
                put(entry.score)
                put(entry.position)
            }
        }
        return out
    }

    public init() {}

    /// Nil when the bytes are not what `encoded` writes.
    public init?<Bytes: RandomAccessCollection>(decoding bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = bytes.startIndex
        func get() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.endIndex, shift < 64 {
                let byte = bytes[i]
                i += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value <= UInt64(Int.max) ? Int(value) : nil }
                shift += 7
            }
            return nil
        }
        guard let count = get(), count <= bytes.count else { return nil }
        terms.reserveCapacity(count)
        best.reserveCapacity(count)
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let length = get(), length <= bytes.endIndex - i else { return nil }
            terms.append(String(decoding: bytes[i..<(i + length)], as: UTF8.self))
            i += length
            guard let top = get(), let n = get(), n <= bytes.endIndex - i else { return nil }
            best.append(top)
            var list: [Entry] = []
            list.reserveCapacity(n)
            for _ in 0..<n {
                guard let section = get(), let score = get(), let position = get() else { return nil }
                list.append(Entry(section: section, score: score, position: position))
            }
            entries.append(list)
        }
        guard i == bytes.endIndex else { return nil }
    }
}
