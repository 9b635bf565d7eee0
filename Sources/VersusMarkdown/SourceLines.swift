/// The body's lines as bytes, for the checks that must read the source as
/// written (cells of a table row, a closing fence): cmark-gfm's tree has
/// already repaired what those checks look for.
struct SourceLines {
    let bytes: [UInt8]
    /// Byte offset of each line's start; built on first use, since most
    /// blocks never need it.
    private var starts: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Line `line` (1-based) from byte column `column` (1-based), without its newline.
    mutating func line(_ line: Int, from column: Int) -> ArraySlice<UInt8>? {
        if starts.isEmpty {
            starts.reserveCapacity(bytes.count / 40 + 1)
            starts.append(0)
            for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        }
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        let from = min(end, start + max(0, column - 1))
        return bytes[from..<end]
    }
}
