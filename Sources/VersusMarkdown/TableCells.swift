/// Counting the cells of a pipe-table row as cmark-gfm splits them (at every
/// `|` not escaped by a backslash) and as the editor most likely meant them
/// (not at a `|` inside a code span either).
enum TableCells {
    static func count(_ row: ArraySlice<UInt8>) -> (split: Int, meant: Int) {
        var text = row
        while let f = text.first, f == 0x20 || f == 0x09 { text = text.dropFirst() }
        while let l = text.last, l == 0x20 || l == 0x09 { text = text.dropLast() }
        if text.first == UInt8(ascii: "|") { text = text.dropFirst() }
        if text.last == UInt8(ascii: "|") {
            let beforeLast = text.index(before: text.endIndex)
            let escaped = beforeLast > text.startIndex && text[text.index(before: beforeLast)] == UInt8(ascii: "\\")
            if !escaped { text = text.dropLast() }
        }
        var split = 1, meant = 1
        var i = text.startIndex
        var codeRun = 0  // length of the backtick run that opened a code span, or 0
        while i < text.endIndex {
            let byte = text[i]
            if byte == UInt8(ascii: "\\") {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if byte == UInt8(ascii: "`") {
                var run = 0
                while i < text.endIndex && text[i] == UInt8(ascii: "`") { run += 1; i = text.index(after: i) }
                if codeRun == 0 {
                    // A span opens only if a run of the same length closes it later.
                    if closes(text[i...], run: run) { codeRun = run }
                } else if run == codeRun {
                    codeRun = 0
                }
                continue
            }
            if byte == UInt8(ascii: "|") {
                split += 1
                if codeRun == 0 { meant += 1 }
            }
            i = text.index(after: i)
        }
        return (split, meant)
    }

    private static func closes(_ rest: ArraySlice<UInt8>, run: Int) -> Bool {
        var i = rest.startIndex
        while i < rest.endIndex {
            if rest[i] == UInt8(ascii: "`") {
                var n = 0
                while i < rest.endIndex && rest[i] == UInt8(ascii: "`") { n += 1; i = rest.index(after: i) }
                if n == run { return true }
            } else {
                i = rest.index(after: i)
            }
        }
        return false
    }

    /// Whether a line is a closing fence: at least `length` of the fence's
    /// character and nothing else but spaces (and container markers such as
    /// `>` before it).
    static func closesFence(_ line: ArraySlice<UInt8>, character: UInt8, length: Int) -> Bool {
        var text = line
        while let f = text.first, f == 0x20 || f == 0x09 || f == UInt8(ascii: ">") { text = text.dropFirst() }
        while let l = text.last, l == 0x20 || l == 0x09 { text = text.dropLast() }
        return text.count >= length && text.allSatisfy { $0 == character }
    }

    /// Whether a code block's text holds a line that opens another fenced
    /// block with an info string (```` ```models ````): the sign of a fence
    /// left open above it.
    static func opensBlock(_ literal: String, character: UInt8, length: Int) -> Bool {
        for line in literal.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var text = line[...]
            while let f = text.first, f == 0x20 { text = text.dropFirst() }
            var run = 0
            while let f = text.first, f == character { run += 1; text = text.dropFirst() }
            guard run >= length, let next = text.first else { continue }
            if (next >= 97 && next <= 122) || (next >= 65 && next <= 90) { return true }
        }
        return false
    }
}
