import Foundation
import VersusCache
import VersusContent
import VersusCore
import VersusPublish
import VersusTemplates

/// Whether the last build's output still stands: the same versus, the same
/// options, the same bytes in every file a build reads, and the output
/// folder it wrote still there as it left it. Then `versus build` has
/// nothing to do but say again what that build said.
enum LastBuild {
    /// Every file a build can read (`site.yml` and everything under
    /// Content/, Templates/ and Public/, as the stages list them), hashed;
    /// nil when a folder cannot be listed or a file read, which the full
    /// build then reports.
    static func inputs(of tree: any FileTree, jobs: Int) -> [String: FileStamp]? {
        var paths = [SiteConfig.path]
        for folder in [ContentLoader.folder, TemplateSet.folder, LoadedSite.publicFolder] {
            let listing = tree.listing(under: folder)
            guard listing.problems.isEmpty else { return nil }
            paths += listing.files
        }
        let stamps = parallelMap(paths, jobs: jobs) { path -> FileStamp? in
            (try? tree.read(path)).map(FileStamp.init)
        }
        var inputs: [String: FileStamp] = [:]
        for (path, stamp) in zip(paths, stamps) {
            guard let stamp else { return nil }
            inputs[path] = stamp
        }
        return inputs
    }

    /// The options that change what is written. The year is one: pages show
    /// it (the copyright line). `--strict` and `--jobs` are not: the record
    /// keeps warnings as warnings, and the output is the same on any number of threads.
    static func options(_ options: BuildOptions) -> String {
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: options.now).year ?? 0
        return "base-url=\(options.baseURL ?? "-") drafts=\(options.includeDrafts) year=\(year)"
    }

    /// This versus: its version and its binary's size and change time, so
    /// that a rebuilt versus (which may render the same input differently)
    /// does not trust what an older one wrote.
    static let tool: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return Versus.version }
        return "\(Versus.version) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// The output folder's identity: a folder with the same path but made by
    /// someone else (or by a build that left no record) has another inode.
    static func generation(of output: String) -> String? {
        var info = stat()
        guard stat(output, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// Whether `output` is the folder `record` describes, every file it wrote
    /// still there with its size.
    static func intact(_ record: BuildRecord, output: String) -> Bool {
        guard generation(of: output) == record.generation else { return false }
        var info = stat()
        guard stat(output + "/" + Emitter.marker, &info) == 0 else { return false }
        for (path, stamp) in record.outputs {
            guard lstat(output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == stamp.size else {
                return false
            }
        }
        return true
    }
}
