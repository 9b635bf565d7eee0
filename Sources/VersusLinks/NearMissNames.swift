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
    /// The shortest and longest name of each bucket, in bytes.
    private var bucketLengths: [UInt16: (min: Int, max: Int)] = [:]
    private var exact: Set<String> = []
    private var ignored: Set<String>
    private var maxWords = 1

    public init(names: [(name: String, value: Int)], ignoring: Set<String>) {
        ignored = ignoring
        for (name, value) in names where name.utf8.count >= 2 {
            let folded = Self.fold(name)
            let entry = Name(text: name, folded: folded, shape: Self.shape(folded), value: value)
            byPrefix[Self.prefix(folded), default: []].append(entry)
            let lengths = bucketLengths[Self.prefix(folded)] ?? (folded.count, folded.count)
            bucketLengths[Self.prefix(folded)] = (min(lengths.min, folded.count), max(lengths.max, folded.count))
            exact.insert(name)
            maxWords = max(maxWords, name.split(separator: " ").count + 1)
        }
    }

    public var isEmpty: Bool { byPrefix.isEmpty }

    /// Near misses in `bytes` (offsets relative to its start), left to right,
    /// none overlapping. Nothing is
    /// allocated for a word whose first two letters begin no name, which is
    /// nearly every word.
    public func misses<C: RandomAccessCollection>(in bytes: C) -> [Miss] where C.Element == UInt8, C.Index == Int {
        var out: [Miss] = []
        let base = bytes.startIndex
        var i = base
        let end = bytes.endIndex
        while i < end {
            // The next word.
            while i < end {
                if Self.isSpace(bytes[i]) || Self.isOpening(bytes[i]) {
                    i += 1
                } else if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98 {
                    i += 3  // “ ‘
                } else {
                    break
                }
            }
            guard i < end else { break }
            let first = Self.lower(bytes[i])
            let second = i + 1 < end ? Self.lower(bytes[i + 1]) : 0
            guard let bucket = byPrefix[UInt16(first) << 8 | UInt16(second)] else {
                while i < end && !Self.isSpace(bytes[i]) { i += 1 }
                continue
            }
            // Up to `maxWords` words from here.
            var ends: [Int] = []
            var j = i
            while ends.count < maxWords && j < end {
                let wordStart = j
                while j < end && !Self.isSpace(bytes[j]) { j += 1 }
                ends.append(Self.trimmedEnd(bytes, from: wordStart, to: j))
                while j < end && Self.isSpace(bytes[j]) { j += 1 }
            }
            var found: Miss?
            for k in stride(from: ends.count, through: 1, by: -1) {
                let stop = ends[k - 1]
                guard stop > i else { continue }
                let written = bytes[i..<stop]
                if let name = Self.closest(written, in: bucket, shortest: bucketLengths[UInt16(first) << 8 | UInt16(second)]!) {
                    let text = String(decoding: written, as: UTF8.self)
                    if exact.contains(text) || ignored.contains(text) { break }
                    found = Miss(start: i - base, end: stop - base, written: text, meant: name.text, value: name.value)
                    break
                }
            }
            if let found {
                out.append(found)
                i = found.end + base
            } else {
                while i < end && !Self.isSpace(bytes[i]) { i += 1 }
            }
        }
        return out
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 }
    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    /// The end of the word ending at `to`, without the punctuation that ends
    /// a phrase ("GLM 5," "Claude Opus 4.7's").
    static func trimmedEnd<C: RandomAccessCollection>(_ bytes: C, from start: Int, to end: Int) -> Int where C.Element == UInt8, C.Index == Int {
        var e = end
        while true {
            let before = e
            while e > start && isClosing(bytes[e - 1]) { e -= 1 }
            if e - start >= 4 && bytes[e - 1] == 0x9D && bytes[e - 2] == 0x80 && bytes[e - 3] == 0xE2 { e -= 3 }  // ”
            if e - start >= 2 && bytes[e - 1] == UInt8(ascii: "s") && bytes[e - 2] == UInt8(ascii: "'") { e -= 2 }
            if e - start >= 5 && bytes[e - 1] == 115 && bytes[e - 2] == 0x99 && bytes[e - 3] == 0x80 && bytes[e - 4] == 0xE2 { e -= 4 }  // ’s
            if e - start >= 4 && bytes[e - 1] == 0x99 && bytes[e - 2] == 0x80 && bytes[e - 3] == 0xE2 { e -= 3 }  // ’
            if e == before { return e }
        }
    }

    static func closest<C: Collection>(_ written: C, in names: [Name], shortest: (min: Int, max: Int)) -> Name? where C.Element == UInt8 {
        // Longer than any name by more than a version number's digits: no need to look.
        guard written.count <= shortest.max + 3, written.count >= shortest.min - 3 else { return nil }
        let folded = fold(written)
        let shape = shape(folded)
        // A proper noun or a version: ordinary lower-case words ("grok",
        // "clause") are left alone.
        let first = written.first ?? 0
        let capitalised = first >= 65 && first <= 90
        let hasDigit = folded.contains { $0 >= 48 && $0 <= 57 }
        for name in names {
            if folded == name.folded {
                // Case only: when the name is more than a plain word.
                if (capitalised || hasDigit) && (name.folded.contains(32) || name.folded.contains { $0 >= 48 && $0 <= 57 }) { return name }
                continue
            }
            if shape == name.shape && shape.contains("#") && versionsDiffer(folded, name.folded) { return name }
            if capitalised && folded.count >= 5 && name.folded.count >= 5 && withinOneEdit(folded, name.folded)
                && !(folded.count == name.folded.count + 1 && folded.last == 115 && Array(folded.dropLast()) == name.folded) {
                return name
            }
        }
        return nil
    }

    /// Two names of one shape differ in a version number, not in a year
    /// ("Mistral 2024") or a size ("405B"), which name other things.
    static func versionsDiffer(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let x = numbers(a), y = numbers(b)
        guard x.count == y.count else { return false }
        var differs = false
        for (p, q) in zip(x, y) where p.text != q.text {
            if p.size || q.size || p.year || q.year { return false }
            differs = true
        }
        return differs
    }

    static func numbers(_ folded: [UInt8]) -> [(text: [UInt8], size: Bool, year: Bool)] {
        var out: [(text: [UInt8], size: Bool, year: Bool)] = []
        var i = 0
        while i < folded.count {
            guard folded[i] >= 48 && folded[i] <= 57 else { i += 1; continue }
            var j = i
            while j < folded.count && ((folded[j] >= 48 && folded[j] <= 57) || folded[j] == 46) { j += 1 }
            let text = Array(folded[i..<j])
            let size = j < folded.count && (folded[j] == 98 || folded[j] == 109)  // 70b, 8m
            let year = text.count == 4 && (text.starts(with: [49, 57]) || text.starts(with: [50, 48]))
            out.append((text, size, year))
            i = j
        }
        return out
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

    static func isOpening(_ b: UInt8) -> Bool { b == 40 || b == 34 || b == 39 || b == 91 }
    static func isClosing(_ b: UInt8) -> Bool {
        b == 46 || b == 44 || b == 59 || b == 58 || b == 33 || b == 63 || b == 41 || b == 34 || b == 39 || b == 93
    }
}
