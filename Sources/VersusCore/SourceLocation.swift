/// A place in the input: a line and column of a file, 1-based, as the
/// libraries report them (Yams marks, cmark-gfm source positions); a whole
/// file or folder; or a command-line option. Paths are relative to the site
/// root so that messages read the same on every machine.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Kind: Int, Sendable, Hashable, Codable {
        /// A line and column in a file.
        case text
        /// A whole file or folder: it prints as the path alone.
        case file
        /// A command-line option (`path` holds its name): it prints as `--output`.
        case option
    }

    public var path: String
    public var line: Int
    public var column: Int
    public var kind: Kind

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
        self.kind = line > 0 ? .text : .file
    }

    /// A problem with a file as a whole (it cannot be read, it is missing).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(path: path, line: 0, column: 0)
    }

    /// A problem with a command-line option's value.
    public static func option(_ name: String) -> SourceLocation {
        var location = SourceLocation(path: name, line: 0, column: 0)
        location.kind = .option
        return location
    }

    public var description: String {
        switch kind {
        case .text: "\(path):\(line):\(column)"
        case .file: path
        case .option: "option \(path)"
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        // Command-line options first: they are what the editor typed last.
        (lhs.kind == .option ? 0 : 1, lhs.path, lhs.line, lhs.column) < (rhs.kind == .option ? 0 : 1, rhs.path, rhs.line, rhs.column)
    }
}
