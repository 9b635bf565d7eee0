/// One problem found in the input, at its place. Every stage returns these
/// instead of throwing, so that one run reports every problem of the site,
/// not the first. The words come from `Problem.message`, in one place.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// The problem's own severity, or `.error` for a warning under `--strict`.
    public var severity: Severity
    public var location: SourceLocation
    public var problem: Problem

    public init(_ problem: Problem, at location: SourceLocation) {
        self.problem = problem
        self.severity = problem.severity
        self.location = location
    }

    public var code: Code { problem.code }
    public var message: String { problem.message }

    /// `path:line:col: error[V015]: message`, the form compilers print and
    /// editors' problem matchers read.
    public var description: String { "\(location): \(severity.rawValue)[\(code.rawValue)]: \(message)" }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by place so that a run's output does not depend on thread timing.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { ($0.location, $0.code, $0.message) < ($1.location, $1.code, $1.message) }
    }

    /// Warnings as errors (`--strict`).
    public func strict() -> [Diagnostic] {
        map { var d = $0; d.severity = .error; return d }
    }
}
