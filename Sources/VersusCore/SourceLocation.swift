/// A place in a source file, 1-based, as the libraries report it: Yams marks and
/// cmark-gfm source positions. Paths are relative to the site root so that
/// messages read the same on every machine.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// A location with line 0 names a whole file or folder (an output folder
    /// that cannot be written, a command-line option): it prints as the path.
    public var description: String { line > 0 ? "\(path):\(line):\(column)" : path }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
