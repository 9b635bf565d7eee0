import Foundation
import VersusCache
import VersusContent
import VersusCore
import VersusPublish
import VersusTemplates

/// What the files a build reads are now: every file's stamp, and each page's
/// front matter hash (`LastBuild.head`).
struct SiteInputs: Sendable, Equatable {
    var stamps: [String: FileStamp] = [:]
    var heads: [String: ContentHash] = [:]
    /// What the file system said of each, where it could say.
    var stats: [String: FileStat] = [:]
    /// When the inputs were looked at, in nanoseconds since 1970.
    var checkedAt: Int64 = 0
}

/// Whether the last build's output still stands: the same versus, the same
/// options, the same bytes in every file a build reads, and the output
/// folder it wrote still there as it left it. Then `versus build` has
/// nothing to do but say again what that build said.
enum LastBuild {
    /// Every file a build can read (`site.yml` and everything under
    /// Content/, Templates/ and Public/, as the stages list them), hashed,
    /// and for each page its front matter's hash; nil when a folder cannot be
    /// listed or a file read, which the full build then reports.
    ///
    /// A file whose size, inode and change times are those `last` recorded is
    /// not read again, unless it changed within `racyWindow` before that
    /// record looked (a later write in the same clock tick would keep the same
    /// times, as git's "racy clean" entries).
    static func inputs(of tree: any FileTree, jobs: Int, last: BuildRecord? = nil) -> SiteInputs? {
        var inputs = SiteInputs()
        inputs.checkedAt = Int64(Date().timeIntervalSince1970 * 1e9)
        var paths = [SiteConfig.path]
        for folder in [ContentLoader.folder, TemplateSet.folder, LoadedSite.publicFolder] {
            let listing = tree.listing(under: folder)
            guard listing.problems.isEmpty else { return nil }
            paths += listing.files
        }
        let read = parallelMap(paths, jobs: jobs) { path -> (FileStamp, ContentHash?, FileStat?)? in
            let stat = tree.stat(path)
            let page = path.hasPrefix(ContentLoader.folder + "/") && path.hasSuffix(".md")
            if let stat, let last, last.inputStats[path] == stat, stat.changed < last.checkedAt - racyWindow,
               let stamp = last.inputs[path], !page || last.heads[path] != nil {
                return (stamp, last.heads[path], stat)
            }
            guard let bytes = try? tree.read(path) else { return nil }
            return (FileStamp(bytes), page ? head(of: bytes, path: path) : nil, stat)
        }
        for (path, entry) in zip(paths, read) {
            guard let entry else { return nil }
            inputs.stamps[path] = entry.0
            inputs.heads[path] = entry.1
            inputs.stats[path] = entry.2
        }
        return inputs
    }

    /// Two seconds: far more than any file system's timestamp tick.
    static let racyWindow: Int64 = 2_000_000_000

    /// A page's front matter and the line its body starts on, split as the
    /// page reader splits them: everything of the page but its body. A file
    /// that does not split has no head apart from its bytes.
    static func head(of bytes: [UInt8], path: String) -> ContentHash {
        guard case .success(let text) = SourceText.decode(bytes, path: path),
              case .success(let split) = FrontMatter.split(text, path: path) else { return ContentHash(bytes) }
        return ContentHash(combining: [ContentHash(split.yaml), ContentHash(value: UInt64(split.yamlFirstLine)),
                                       ContentHash(value: UInt64(split.bodyFirstLine))])
    }

    /// The options that change what is written. The year is one: pages show
    /// it (the copyright line). `--strict` and `--jobs` are not: the record
    /// keeps warnings as warnings, and the output is the same on any number of threads.
    static func options(_ options: BuildOptions) -> String {
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: options.now).year ?? 0
        return "base-url=\(options.baseURL ?? "-") drafts=\(options.includeDrafts) year=\(year)"
    }

    /// As recorded, with the days between which the build says the same of
    /// dates: from its own day (an earlier one may find dates in the future)
    /// to `until`, the first day a figure turns stale or a date comes
    /// (`Provenance.horizon`).
    static func options(_ options: BuildOptions, until: Day?) -> String {
        self.options(options) + " from=\(options.today)" + (until.map { " until=\($0)" } ?? "")
    }

    /// Whether a record made with `recorded` options serves a build with
    /// `options`: the same options, on a day within the record's days.
    static func reusable(_ recorded: String, for options: BuildOptions) -> Bool {
        guard let from = recorded.range(of: " from=") else { return false }
        guard String(recorded[..<from.lowerBound]) == self.options(options) else { return false }
        let days = recorded[from.upperBound...].split(separator: " ")
        guard let first = days.first.flatMap({ Day(String($0)) }), first <= options.today else { return false }
        guard days.count > 1 else { return true }
        guard days[1].hasPrefix("until="), let until = Day(String(days[1].dropFirst(6))) else { return false }
        return options.today < until
    }

    /// This versus: its version and the build id the linker put in its
    /// binary (else the binary's size and change time), so that another
    /// build of versus (which may render the same input differently) does
    /// not trust what this one wrote.
    static let tool: String = {
        if let id = BuildID.ofThisProgram { return "\(Versus.version) \(id)" }
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return Versus.version }
        return "\(Versus.version) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// A folder's identity: its device and inode, and the time its inode
    /// last changed. A folder with the same path but made by someone else,
    /// or changed since (a file added or removed, a rename), has another.
    static func generation(of folder: String) -> String? {
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    /// Whether `output` is the folder `record` describes, every file it wrote
    /// still there with its size, and no killed build's leftovers beside it.
    static func intact(_ record: BuildRecord, output: String) -> Bool {
        guard generation(of: output) == record.generation, !Emitter.hasLeftovers(beside: output) else { return false }
        var info = stat()
        guard stat(output + "/" + Emitter.marker, &info) == 0 else { return false }
        for (folder, identity) in record.outputFolders where generation(of: output + "/" + folder) != identity { return false }
        let tree = DiskTree(root: output)
        for (path, stamp) in record.outputs {
            guard let now = tree.stat(path), now.size == stamp.size, let written = record.outputStats[path],
                  now.inode == written.inode, now.modified == written.modified else {
                return false
            }
        }
        return true
    }

    /// The identity of every folder that holds a file of `paths` in `output`.
    static func folders(of paths: [String], in output: String, jobs: Int) -> [String: String] {
        var folders: Set<String> = []
        for path in paths {
            var dir = path
            while let slash = dir.lastIndex(of: "/") {
                dir = String(dir[..<slash])
                guard folders.insert(dir).inserted else { break }
            }
        }
        let list = Array(folders)
        let identities = parallelMap(list, jobs: jobs) { generation(of: output + "/" + $0) }
        var out: [String: String] = [:]
        for (folder, identity) in zip(list, identities) { out[folder] = identity ?? "missing" }
        return out
    }

    /// What the file system says of each file of `output` just written, to
    /// tell later whether anyone changed it.
    static func written(_ paths: [String], in output: String, jobs: Int) -> [String: FileStat] {
        let tree = DiskTree(root: output)
        let stats = parallelMap(paths, jobs: jobs) { tree.stat($0) }
        var out: [String: FileStat] = [:]
        for (path, stat) in zip(paths, stats) {
            if var stat {
                stat.changed = 0
                out[path] = stat
            }
        }
        return out
    }
}

/// The file tree a build with its cache reads through: it keeps the stamp of
/// every file as read, so that the record says what the build used, not what
/// the check saw. A file saved while the build ran (an editor truncating and
/// rewriting it, `git stash`) may have been read half-way; if its stamp
/// differs from the check's, the record leaves it out and the next build is
/// a full one.
final class ReadLog: FileTree, @unchecked Sendable {
    let base: any FileTree
    private let lock = NSLock()
    private var stamps: [String: FileStamp] = [:]

    init(_ base: any FileTree) {
        self.base = base
    }

    /// The stamp of each file read, by path.
    var read: [String: FileStamp] {
        lock.lock()
        defer { lock.unlock() }
        return stamps
    }

    func files(under directory: String) throws(FileTreeError) -> [String] { try base.files(under: directory) }
    func listing(under directory: String) -> FileListing { base.listing(under: directory) }
    func exists(_ path: String) -> Bool { base.exists(path) }
    func stat(_ path: String) -> FileStat? { base.stat(path) }

    func read(_ path: String) throws(FileTreeError) -> [UInt8] {
        let bytes = try base.read(path)
        let stamp = FileStamp(bytes)
        lock.lock()
        stamps[path] = stamp
        lock.unlock()
        return bytes
    }
}
