import ArgumentParser
import VersusCore

/// A mistyped command or option gets the one meant, as Hugo and git users
/// expect: `versus buidl` → build, `versus build --ouput` → --output. The
/// options known are read from the command's own help, so a new option
/// needs no second list here.
enum Mistyped {
    /// The line to print for a first argument that is no command (and not
    /// an option), or nil.
    /// `parent`: the command whose subcommands `commands` are (`theme`).
    static func command(_ arguments: [String], commands: [String], parent: String? = nil) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        let meant = Suggestion.closest(to: first, among: commands)
        let prefix = parent.map { $0 + " " } ?? ""
        return "versus: unknown command '\(prefix)\(first)'" + (meant.map { " (did you mean \(prefix)\($0)?)" } ?? "")
            + "; commands: \(commands.map { prefix + $0 }.joined(separator: ", "))"
    }

    /// The same message with the option meant, for an unknown option.
    static func option(in message: String, help: String) -> String? {
        guard let start = message.range(of: "Unknown option '"),
              let end = message[start.upperBound...].firstIndex(of: "'") else { return nil }
        let written = String(message[start.upperBound..<end])
        let known = Set(longOptions(in: help))
        guard let meant = Suggestion.closest(to: written, among: known) else { return nil }
        return "versus: unknown option '\(written)' (did you mean \(meant)?)"
    }

    /// Every `--name` a help text shows.
    static func longOptions(in help: String) -> [String] {
        var out: [String] = []
        var rest = Substring(help)
        while let range = rest.range(of: "--") {
            let name = rest[range.lowerBound...].prefix { $0 == "-" || $0.isLetter || $0.isNumber }
            if name.count > 2 { out.append(String(name)) }
            rest = rest[range.upperBound...]
        }
        return out
    }
}
