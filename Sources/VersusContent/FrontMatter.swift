import VersusCore

/// The front matter of a page: the YAML between the first two `---` lines, and
/// where the Markdown body starts, so that locations in both can be given as
/// lines of the file.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML text between the fences.
    public var yaml: String
    /// The file line of the first YAML line (2 when the file starts with `---`).
    public var yamlFirstLine: Int
    public var body: Substring
    /// The file line the body starts on.
    public var bodyFirstLine: Int

    /// Splits `text` (already decoded, `\n` line endings) into front matter and
    /// body. The closing fence is `---` or `...`, as in YAML documents.
    public static func split(_ text: String, path: String) -> Result<FrontMatter, DiagnosticError> {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(DiagnosticError(Diagnostic(text.isEmpty ? .emptyFile : .missingFrontMatter, at: SourceLocation(path: path))))
        }
        let rest = lines.count > 1 ? lines.removeLast() : ""
        var lineNumber = 2
        var index = rest.startIndex
        while index < rest.endIndex {
            let lineEnd = rest[index...].firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[index..<lineEnd].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : rest.endIndex
                return .success(FrontMatter(
                    yaml: String(rest[rest.startIndex..<index]), yamlFirstLine: 2,
                    body: rest[bodyStart...], bodyFirstLine: lineNumber + 1))
            }
            lineNumber += 1
            index = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : rest.endIndex
        }
        return .failure(DiagnosticError(Diagnostic(.frontMatterNotClosed, at: SourceLocation(path: path))))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
