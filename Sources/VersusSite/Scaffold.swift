import Foundation
import VersusCore

import VersusContent
/// `versus new`: the file an editor starts from, with the front matter filled
/// in (id from the title, today's date; for a model every typed field, commented
/// out). It is a draft, so its placeholder text is never published by
/// accident, and it never overwrites a file.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable {
        case comparison, model, page
    }

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.description }
        init(_ problem: Problem, at path: String) { diagnostic = Diagnostic(problem, at: .file(path)) }
    }

    /// What to do next, printed after the path.
    public static let publishHint = "it is a draft: preview it with versus serve --drafts, and delete the line draft: true to publish it"

    /// The file's path relative to the root, and its text.
    public static func file(_ kind: Kind, title: String, today: Day) -> (path: String, text: String) {
        let id = Slug.make(title).isEmpty ? "untitled" : Slug.make(title)
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        var front = "---\ntitle: \(quoted)\ntype: \(kind.rawValue)\nid: \(id)\ndraft: true\ndescription: \"\"\n"
        let path: String
        let body: String
        switch kind {
        case .comparison:
            path = "Content/comparisons/\(id).md"
            front += "last_updated: \(today)\ntags: []\n"
            body = "\nOne paragraph on what this comparison answers.\n\n## The short answer\n\n| Model | Input | Output |\n|-------|------:|-------:|\n\n## Details\n"
        case .model:
            path = "Content/models/\(id).md"
            front += """
                # vendor: Example AI
                # weights: open                          # open | proprietary
                # license: Apache 2.0
                # aliases: [\(title)]
                # parameters: 70B
                # released: \(today)
                # pricing: {input: 0.50, output: 1.50}   # USD per million tokens
                # scores: {reasoning: 90, coding: 90}    # 0-100 by category
                # hardware: 1x RTX 4090 24GB

                """
            body = "\nWhat this model is, and where it fits.\n"
        case .page:
            path = "Content/\(id).md"
            front += "last_updated: \(today)\n"
            body = "\n"
        }
        return (path, front + "---\n" + body)
    }

    /// Writes the scaffold under `root`; an existing file is an error, never
    /// replaced.
    public static func create(_ kind: Kind, title: String, root: String, now: Date) throws(Failure) -> String {
        // Outside a site, `Content/` would be created wherever the editor stands.
        guard FileManager.default.fileExists(atPath: root + "/" + SiteConfig.path) else {
            throw Failure(.notInASite(command: "new"), at: root == "." ? SiteConfig.path : root + "/" + SiteConfig.path)
        }
        let (path, text) = file(kind, title: title, today: Day(now))
        return try write(text, to: path, under: root)
    }

    /// Writes `text` at `path` under `root`, creating its folders; a file
    /// already there is `.fileExists`, never replaced.
    public static func write(_ text: String, to path: String, under root: String) throws(Failure) -> String {
        try write(Array(text.utf8), to: path, under: root)
    }

    public static func write(_ bytes: [UInt8], to path: String, under root: String) throws(Failure) -> String {
        let absolute = root + "/" + path
        let folder = URL(fileURLWithPath: absolute).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(.cannotWrite(what: "create its folder", reason: "\(error.localizedDescription)"), at: path)
        }
        // O_EXCL: the check and the creation are one step, so a file that
        // appears meanwhile is not overwritten either.
        let fd = open(absolute, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw Failure(.fileExists(path: path), at: path) }
            throw Failure(.cannotWrite(what: "write", reason: String(cString: strerror(errno))), at: path)
        }
        defer { close(fd) }
        guard bytes.withUnsafeBytes({ Foundation.write(fd, $0.baseAddress, bytes.count) }) == bytes.count else {
            let reason = String(cString: strerror(errno))
            // A half-written file would pass for the editor's own next time.
            unlink(absolute)
            throw Failure(.cannotWrite(what: "write", reason: reason), at: path)
        }
        return path
    }
}

extension Day {
    /// The calendar day of `date` in UTC.
    public init(_ date: Date) {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        self = Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
