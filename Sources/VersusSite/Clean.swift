import Foundation
import VersusCache
import VersusCore
import VersusPublish

/// `versus clean`: the build cache of an output folder goes (its record,
/// anything set aside and the spare generation), and nothing else: the
/// output stays, and the next build runs in full. Not while a build of that
/// output runs: it holds the output's lock.
public enum Clean {
    public struct Outcome: Sendable {
        public var removed: [String]
        /// What stopped it (a build of that output running).
        public var problem: Diagnostic?
    }

    public static func run(output: String) -> Outcome {
        do throws(EmitError) {
            let held = try Emitter.hold(output: output)
            defer { held.release() }
            return Outcome(removed: BuildCache.remove(forOutput: output), problem: nil)
        } catch where error.problem == .outputParentMissing {
            return Outcome(removed: [], problem: nil)
        } catch {
            return Outcome(removed: [], problem: error.diagnostic)
        }
    }
}
