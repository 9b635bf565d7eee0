/// One page's part of the search index: its terms in the order first met,
/// each with its best score on the page and its postings (one per section it
/// occurs in), without the page's number, which is its place in the index.
///
/// The build cache keeps it (`encoded`), so that a build after one page's
/// edit tallies that page's words alone. A compact binary form, not JSON:
/// a large site holds millions of postings.
public struct PageTerms: Sendable, Equatable {
    /// 32-bit fields: a page's sections, scores and positions fit, and a
    /// large site holds millions of entries at once while its index is built.
    public struct Entry: Sendable, Equatable {
        public var section: Int32
        public var score: Int32
        public var position: Int32

        public init(section: Int, score: Int, position: Int) {
            self.section = Int32(clamping: section)
            self.score = Int32(clamping: score)
            self.position = Int32(clamping: position)
        }
    }

    public private(set) var terms: [String] = []
    public private(set) var best: [Int32] = []
    /// Every term's entries one after another (one array, not one per term:
    /// an array of its own costs a term more than its entries do).
    private var all: [Entry] = []
    /// Where each term's entries start in `all`, and where the last ends.
    private var starts: [Int32] = [0]

    /// The entries of term `k`.
    public func entries(_ k: Int) -> ArraySlice<Entry> {
        all[Int(starts[k])..<Int(starts[k + 1])]
    }

    public mutating func append(_ term: String, best top: Int, entries: some Collection<Entry>) {
        terms.append(term)
        best.append(Int32(clamping: top))
        all.append(contentsOf: entries)
        starts.append(Int32(all.count))
    }

    public mutating func reserve(terms count: Int, entries: Int) {
        terms.reserveCapacity(count)
        best.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
        all.reserveCapacity(entries)
    }

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
            put(Int(best[k]))
            let list = entries(k)
            put(list.count)
            for entry in list {
                put(Int(entry.section))
                put(Int(entry.score))
                put(Int(entry.position))
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
        reserve(terms: count, entries: count)
        let most = Int(Int32.max)
        for _ in 0..<count {
            guard let length = get(), length <= bytes.endIndex - i else { return nil }
            let term = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
            i += length
            guard let top = get(), top <= most, let n = get(), n <= bytes.endIndex - i else { return nil }
            var list: [Entry] = []
            list.reserveCapacity(n)
            for _ in 0..<n {
                guard let section = get(), let score = get(), let position = get(),
                      section <= most, score <= most, position <= most else { return nil }
                list.append(Entry(section: section, score: score, position: position))
            }
            append(term, best: top, entries: list)
        }
        guard i == bytes.endIndex else { return nil }
    }
}
