import VersusCore

/// Names that are almost a model's title or alias: a change of case, one
/// letter added, dropped or changed (for names of five or more characters),
/// or the same name with another version number ("Claude Opus 4.7" for
/// "Claude Opus 4.6"). Such a name is not linked and escapes the figures
/// check, so the editor is told which model was likely meant.
///
/// It runs on the text the mention pass already walks, between its exact
/// matches, and stays cheap: only a word whose first two letters (folded)
/// begin some name is looked at further, and then only against the names
/// with those two letters.
public struct NearMissNames: Sendable {
    struct Name: Sendable {
        var text: String
        var folded: [UInt8]
        var shape: String
        var value: Int
    }

    public struct Miss: Sendable, Equatable {
        /// UTF-8 offsets into the searched text.
        public var start: Int
        public var end: Int
        public var written: String
        public var meant: String
        public var value: Int
    }

    private var byPrefix: [UInt16: [Name]] = [:]
    private var exact: Set<String> = []
    private var ignored: Set<String>
    private var maxWords = 1

    public init(names: [(name: String, value: Int)], ignoring: Set<String>) {
        ignored = ignoring
        for (name, value) in names where name.utf8.count >= 2 {
            let folded = Self.fold(name)
            let entry = Name(text: name, folded: folded, shape: Self.shape(folded), value: value)
            byPrefix[Self.prefix(folded), default: []].append(entry)
            exact.insert(name)
            maxWords = max(maxWords, name.split(separator: " ").count + 1)
        }
    }

    public var isEmpty: Bool { byPrefix.isEmpty }

    /// Near misses in `text`, left to right, none overlapping.
    public func misses(in text: String) -> [Miss] {
        let bytes = Array(text.utf8)
        let words = Self.words(bytes)
        var out: [Miss] = []
        var i = 0
        while i < words.count {
            let first = words[i]
            guard first.end - first.start >= 1,
                  let bucket = byPrefix[Self.prefix(Self.fold(bytes[first.start..<min(first.end, first.start + 2)]))] else {
                i += 1
                continue
            }
            var found: (Miss, Int)?
            for k in stride(from: min(maxWords, words.count - i), through: 1, by: -1) {
                let start = words[i].start, end = words[i + k - 1].end
                let written = String(decoding: bytes[start..<end], as: UTF8.self)
                if exact.contains(written) || ignored.contains(written) { break }
                if let name = Self.closest(written, in: bucket) {
                    found = (Miss(start: start, end: end, written: written, meant: name.text, value: name.value), k)
                    break
                }
            }
            if let (miss, k) = found {
                out.append(miss)
                i += k
            } else {
                i += 1
            }
        }
        return out
    }

    static func closest(_ written: String, in names: [Name]) -> Name? {
        let folded = fold(written)
        let shape = shape(folded)
        for name in names {
            if folded == name.folded { return name }  // case only
            if shape == name.shape && shape.contains("#") { return name }  // another version number
            if folded.count >= 5 && name.folded.count >= 5 && withinOneEdit(folded, name.folded) { return name }
        }
        return nil
    }

    /// Levenshtein distance at most 1, in one pass.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else {
                i += 1
                j += 1
            }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    /// Lower-cased ASCII; other bytes as they are.
    static func fold<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    static func fold(_ text: String) -> [UInt8] { fold(text.utf8) }

    static func prefix(_ folded: [UInt8]) -> UInt16 {
        UInt16(folded.first ?? 0) << 8 | UInt16(folded.count > 1 ? folded[1] : 0)
    }

    /// Each run of digits and dots becomes `#`: "claude opus #", "gpt-#".
    static func shape(_ folded: [UInt8]) -> String {
        var out: [UInt8] = []
        var inNumber = false
        for byte in folded {
            let digit = byte >= 48 && byte <= 57
            if digit || (inNumber && byte == 46) {
                if !inNumber { out.append(35) }
                inNumber = true
            } else {
                inNumber = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Words between spaces, without the punctuation that ends a phrase
    /// ("GLM 5," "Claude Opus 4.7's").
    static func words(_ bytes: [UInt8]) -> [(start: Int, end: Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count && (bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || isOpening(bytes[i])) { i += 1 }
            let start = i
            while i < bytes.count && bytes[i] != 32 && bytes[i] != 9 && bytes[i] != 10 { i += 1 }
            var end = i
            if end - start >= 2 && bytes[end - 1] == UInt8(ascii: "s") && bytes[end - 2] == UInt8(ascii: "'") { end -= 2 }
            if end - start >= 4 && bytes[end - 1] == 0x99 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE2 { end -= 3 }  // ’
            while end > start && isClosing(bytes[end - 1]) { end -= 1 }
            if end > start { out.append((start, end)) }
        }
        return out
    }

    static func isOpening(_ b: UInt8) -> Bool { b == 40 || b == 34 || b == 39 || b == 91 }
    static func isClosing(_ b: UInt8) -> Bool {
        b == 46 || b == 44 || b == 59 || b == 58 || b == 33 || b == 63 || b == 41 || b == 34 || b == 39 || b == 93
    }
}
