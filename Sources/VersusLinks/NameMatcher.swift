/// Finds model names in text in one pass, however many names there are: a
/// trie of every title and alias, walked from each word start, keeping the
/// longest name that ends at a word boundary. "GPT-5.4 Thinking" therefore wins
/// over "GPT-5.4", and "Qwen 3.5" does not match inside "Qwen 3.55".
/// Matching is case-sensitive: names are proper nouns, and "grok" the verb is
/// not "Grok" the model.
public struct NameMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        /// UTF-8 offsets into the searched text.
        public var start: Int
        public var end: Int
        /// The value given with the name (a model's index).
        public var value: Int
    }

    private struct Node: Sendable {
        var bytes: [UInt8] = []
        var children: [Int32] = []
        var value: Int32 = -1
    }

    private var nodes: [Node] = [Node()]
    private var startsName = [Bool](repeating: false, count: 256)

    public init(names: [(name: String, value: Int)]) {
        for (name, value) in names where !name.isEmpty {
            insert(Array(name.utf8), value: value)
        }
    }

    public var isEmpty: Bool { nodes.count == 1 }

    private mutating func insert(_ bytes: [UInt8], value: Int) {
        var node = 0
        for byte in bytes {
            if let i = nodes[node].bytes.firstIndex(of: byte) {
                node = Int(nodes[node].children[i])
            } else {
                nodes.append(Node())
                let child = nodes.count - 1
                nodes[node].bytes.append(byte)
                nodes[node].children.append(Int32(child))
                node = child
            }
        }
        if nodes[node].value < 0 { nodes[node].value = Int32(value) }
        startsName[Int(bytes[0])] = true
    }

    /// Every non-overlapping match, left to right.
    public func matches(in text: String) -> [Match] {
        var utf8 = text.utf8
        if let fast = utf8.withContiguousStorageIfAvailable({ matches(in: $0) }) { return fast }
        var copy = text
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        return utf8.withContiguousStorageIfAvailable { matches(in: $0) } ?? []
    }

    private func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var found: [Match] = []
        let count = bytes.count
        var i = 0
        while i < count {
            let first = bytes[i]
            guard startsName[Int(first)], i == 0 || !Self.endsWord(bytes, before: i) || !Self.isWordByte(first) else {
                i += 1
                continue
            }
            var node = 0
            var j = i
            var best: (end: Int, value: Int)?
            while j < count {
                let n = nodes[node]
                guard let k = n.bytes.firstIndex(of: bytes[j]) else { break }
                node = Int(n.children[k])
                j += 1
                let value = nodes[node].value
                if value >= 0 && (j == count || !Self.startsWord(bytes, at: j) || !Self.isWordByte(bytes[j - 1])) {
                    best = (j, Int(value))
                }
            }
            if let best {
                found.append(Match(start: i, end: best.end, value: best.value))
                i = best.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// ASCII letters, digits and `_`; any non-ASCII byte may be part of a
    /// letter and is decided by `startsWord`/`endsWord`.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x80...0xFF: return true
        default: return false
        }
    }

    /// Whether the character starting at `index` is a letter or digit (curly
    /// quotes and dashes are not).
    static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let b = bytes[index]
        if b < 0x80 { return isWordByte(b) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return isLetterOrDigit(bytes, index..<end)
    }

    /// Whether the character ending just before `index` is a letter or digit.
    static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        let b = bytes[index - 1]
        if b < 0x80 { return isWordByte(b) }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetterOrDigit(bytes, start..<index)
    }

    private static func isLetterOrDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars
        guard let scalar = scalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
