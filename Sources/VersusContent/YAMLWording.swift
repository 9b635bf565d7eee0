import VersusCore
import Yams

/// libyaml's error messages are written for people who know YAML's grammar
/// ("mapping values are not allowed in this context"). The common ones are
/// turned into what an editor did and how to fix it, placed where the
/// mistake starts: an unclosed `[` or quote where it opens, not where libyaml
/// gave up.
enum YAMLWording {
    static func explain(_ problem: String, at mark: Mark, context: YamlError.Context?, in yaml: String)
        -> (Problem.YAMLSyntax, Mark) {
        let contextText = context?.text ?? ""
        if problem.contains("mapping values are not allowed") {
            return (.colonInValue, mark)
        }
        if problem.contains("tab") || (problem.contains("cannot start any token") && character(at: mark, in: yaml) == "\t") {
            return (.tab, mark)
        }
        if problem.contains("expected ',' or ']'") || (contextText.contains("flow sequence") && problem.contains("end of stream")) {
            return (.unclosedFlow(bracket: "["), context?.mark ?? mark)
        }
        if problem.contains("expected ',' or '}'") || (contextText.contains("flow mapping") && problem.contains("end of stream")) {
            return (.unclosedFlow(bracket: "{"), context?.mark ?? mark)
        }
        if contextText.contains("quoted scalar") {
            return (.unclosedQuote, context?.mark ?? mark)
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return (.badIndentation, mark)
        }
        return (.other(problem), mark)
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
