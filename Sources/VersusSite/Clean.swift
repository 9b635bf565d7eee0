import Foundation
import VersusCache
import VersusCore
import VersusPublish

/// `versus clean`: the output folder and the build cache go, and nothing
/// else. An output folder that versus did not write (no marker, not empty)
/// is left alone and reported, as `versus build` would refuse to replace it.
public enum Clean {
    public struct Result: Sendable {
        public var removed: [String]
        public var problem: Diagnostic?
    }

    public static func run(output: String) -> Result {
        let fm = FileManager.default
        var removed = BuildCache.remove(forOutput: output)
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isDirectory) else { return Result(removed: removed, problem: nil) }
        guard isDirectory.boolValue else {
            return Result(removed: removed, problem: Diagnostic(.outputNotAFolder, at: .file(output)))
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output)) ?? []
        guard entries.isEmpty || entries.contains(Emitter.marker) else {
            return Result(removed: removed, problem: Diagnostic(.outputNotOurs(marker: Emitter.marker), at: .file(output)))
        }
        do {
            try fm.removeItem(atPath: output)
            removed.append(output)
            return Result(removed: removed, problem: nil)
        } catch {
            return Result(removed: removed, problem: Diagnostic(.cannotWrite(what: "remove the output folder", reason: "\(error)"),
                                                                  at: .file(output)))
        }
    }
}
