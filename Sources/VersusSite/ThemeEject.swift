import Foundation
import VersusCore

/// `versus theme eject`: the theme's files copied into the site, to be
/// edited there. A file the site already has is the site's own and stays as
/// it is; the command lists those it skipped.
public enum ThemeEject {
    public struct Outcome: Sendable, Equatable {
        public var written: [String] = []
        /// Files the site already had, left untouched.
        public var skipped: [String] = []
    }

    /// Writes each file of `theme` under `root`. A file that cannot be
    /// written, or whose folder is a link leading out of the site, is a
    /// failure of its own; the others are still written.
    public static func run(_ theme: Theme, root: String, only prefix: String? = nil) -> (Outcome, [Scaffold.Failure]) {
        var outcome = Outcome()
        var failures: [Scaffold.Failure] = []
        let realRoot = real(root) ?? root
        for path in theme.paths(under: prefix) {
            if let outside = leavesSite(path, root: root, realRoot: realRoot) {
                failures.append(Scaffold.Failure(.cannotWrite(what: "copy the theme's file there",
                                                              reason: "\(outside) is a link that leads outside the site folder"), at: path))
                continue
            }
            do throws(Scaffold.Failure) {
                outcome.written.append(try Scaffold.write(theme.bytes(path) ?? [], to: path, under: root))
            } catch where error.diagnostic.problem.code == .V111 {
                outcome.skipped.append(path)
            } catch {
                failures.append(error)
            }
        }
        return (outcome, failures)
    }

    /// The first folder on the way to `path` that is a link resolving
    /// outside the site, or nil.
    static func leavesSite(_ path: String, root: String, realRoot: String) -> String? {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(part) : "/" + part
            guard let resolved = real(root + "/" + folder) else { return nil }
            if resolved != realRoot && !resolved.hasPrefix(realRoot + "/") { return folder }
        }
        return nil
    }

    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
