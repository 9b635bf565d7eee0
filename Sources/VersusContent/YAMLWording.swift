import VersusCore
import Yams

/// libyaml's error messages are written for people who know YAML's grammar
/// ("mapping values are not allowed in this context"). The common ones are
/// turned into what an editor did and how to fix it, placed where the
/// mistake starts: an unclosed `[` or quote where it opens, not where libyaml
/// gave up.
enum YAMLWording {
    static func explain(_ problem: String, at mark: Mark, context: YamlError.Context?, in yaml: String)
        -> (Problem.YAMLSyntax, (line: Int, column: Int)) {
        let (syntax, place) = word(problem, at: mark, context: context, in: yaml)
        return (syntax, place ?? (mark.line, mark.column))
    }

    private static func word(_ problem: String, at mark: Mark, context: YamlError.Context?, in yaml: String)
        -> (Problem.YAMLSyntax, (line: Int, column: Int)?) {
        let contextText = context?.text ?? ""
        if problem.contains("mapping values are not allowed") {
            // A key indented under a plain value (" type: page" after
            // "title: X") reads as a ':' in that value; it is the indentation.
            if let line = line(mark.line, in: yaml), let previous = previousKeyLine(before: mark.line, in: yaml),
               indentation(of: line) > indentation(of: previous), !previous.trimmingTrailing().hasSuffix(":") {
                return (.badIndentation, (mark.line, 1))
            }
            let (key, value) = keyAndValue(line(mark.line, in: yaml) ?? "")
            return (.colonInValue(key: key, value: value), nil)
        }
        if problem.contains("tab") || (problem.contains("cannot start any token") && character(at: mark, in: yaml) == "\t") {
            return (.tab, nil)
        }
        if problem.contains("expected ',' or ']'") || (contextText.contains("flow sequence") && problem.contains("end of stream")) {
            return (.unclosedFlow(bracket: "["), context.map { ($0.mark.line, $0.mark.column) })
        }
        if problem.contains("expected ',' or '}'") || (contextText.contains("flow mapping") && problem.contains("end of stream")) {
            return (.unclosedFlow(bracket: "{"), context.map { ($0.mark.line, $0.mark.column) })
        }
        if contextText.contains("quoted scalar") {
            return (.unclosedQuote, context.map { ($0.mark.line, $0.mark.column) })
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return (.badIndentation, nil)
        }
        return (.other(problem), nil)
    }

    static func line(_ number: Int, in yaml: String) -> Substring? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The nearest line above `number` that is not blank or a comment.
    static func previousKeyLine(before number: Int, in yaml: String) -> Substring? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var n = number - 1
        while n >= 1 {
            let text = lines[n - 1]
            let trimmed = text.drop { $0 == " " }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { return text }
            n -= 1
        }
        return nil
    }

    static func indentation(of line: Substring) -> Int { line.prefix { $0 == " " }.count }

    /// `title: GPT-5.4: the review` → ("title", "GPT-5.4: the review").
    static func keyAndValue(_ line: Substring) -> (String, String) {
        let trimmed = line.drop { $0 == " " || $0 == "-" }
        guard let colon = trimmed.range(of: ": ") else { return ("title", String(trimmed)) }
        return (String(trimmed[..<colon.lowerBound]), String(trimmed[colon.upperBound...]).trimmingTrailing())
    }

    /// The character at a libyaml mark (1-based line, column in scalars).
    static func character(at mark: Mark, in yaml: String) -> Character? {
        var line = 1
        for text in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            guard line == mark.line else { continue }
            let scalars = Array(text.unicodeScalars)
            let index = mark.column - 1
            return index >= 0 && index < scalars.count ? Character(scalars[index]) : nil
        }
        return nil
    }
}

private extension StringProtocol {
    func trimmingTrailing() -> String {
        var s = String(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}
