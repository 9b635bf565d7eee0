import Foundation
import VersusCache
import VersusCore

/// `versus clean`: the build cache of an output folder goes (its record,
/// anything set aside and the spare generation), and nothing else: the
/// output stays, and the next build runs in full.
public enum Clean {
    /// The paths removed.
    public static func run(output: String) -> [String] {
        BuildCache.remove(forOutput: output)
    }
}
