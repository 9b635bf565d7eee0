/// Prints diagnostics the way compilers do: the `path:line:col` line, then the
/// offending source line and a caret under the column, so the editor sees the
/// mistake without opening the file.
public struct DiagnosticFormatter: Sendable {
    /// Returns the text of a file, or nil when it cannot be shown (binary,
    /// unreadable, or not a file at all).
    public var sourceText: @Sendable (String) -> String?

    public init(sourceText: @escaping @Sendable (String) -> String?) {
        self.sourceText = sourceText
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description
        if diagnostic.location.kind == .text, let text = sourceText(diagnostic.location.path),
           let line = Self.line(diagnostic.location.line, of: text) {
            let shown = line.replacingTabs()
            let caretColumn = max(1, min(diagnostic.location.column, shown.count + 1))
            out += "\n    " + shown + "\n    " + String(repeating: " ", count: caretColumn - 1) + "^"
        }
        return out
    }

    static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                if current == number { return String(text[start..<index]).trimmingCarriageReturn() }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number && start < text.endIndex ? String(text[start...]) : nil
    }
}

private extension String {
    func replacingTabs() -> String {
        var out = ""
        for c in self { out += c == "\t" ? " " : String(c) }
        return out
    }

    func trimmingCarriageReturn() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
