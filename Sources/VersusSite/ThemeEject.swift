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

    /// Writes each file of `theme` under `root`; stops at the first file it
    /// cannot write (what was written stays, and is listed).
    public static func run(_ theme: Theme, root: String, only prefix: String? = nil) -> (Outcome, Scaffold.Failure?) {
        var outcome = Outcome()
        for path in theme.paths where prefix.map({ path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) ?? true {
            do throws(Scaffold.Failure) {
                outcome.written.append(try Scaffold.write(theme.bytes(path) ?? [], to: path, under: root))
            } catch where error.diagnostic.problem.code == .V111 {
                outcome.skipped.append(path)
            } catch {
                return (outcome, error)
            }
        }
        return (outcome, nil)
    }
}
