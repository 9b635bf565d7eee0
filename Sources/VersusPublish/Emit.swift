import Foundation
import VersusCore

/// Why the output could not be written. Each carries the path involved, so
/// the message says where to look.
public struct EmitError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: Problem
    public var message: String { problem.message }
    public var diagnostic: Diagnostic { Diagnostic(problem, at: .file(path)) }
    public var description: String { diagnostic.description }

    init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// A system call failed: `what` it was doing, and errno's reason.
    static func system(_ path: String, _ what: String) -> EmitError {
        EmitError(path: path, problem: .cannotWrite(what: what, reason: String(cString: strerror(errno))))
    }
}

/// Writes a rendered site so that readers of the output folder only ever see
/// the old site or the new one: everything goes to a fresh folder beside the
/// target, which then takes the target's place in one rename (on Linux an
/// atomic exchange). A failed or killed build leaves the old output as it was.
public enum Emitter {
    /// Marks a folder as written by Versus. Only such a folder (or an empty one)
    /// is ever replaced, so `--output ~/Documents` cannot delete a user's files.
    public static let marker = ".versus-output"
    static let markerText = "Written by versus build. This folder is replaced on every build.\n"

    /// The generation before the output, kept in a folder of its own (the
    /// build cache's) to be made into the next one: only the files whose
    /// bytes differ are written, the files that went away removed, and the
    /// generation replaced becomes the spare in turn. No build then deletes
    /// a whole site, and none writes more than what changed since the
    /// generation before last.
    public struct Spare: Sendable {
        /// The spare folder.
        public var path: String
        /// What the spare folder holds, by output path; nil when unknown (it
        /// is then removed, and the next generation made from nothing).
        public var holds: [String: FileStamp]?
        /// What the next generation holds, every path of `files`, `copies` and `kept`.
        public var next: [String: FileStamp]
        /// Whether the output being replaced is to become the spare (its
        /// contents are known); otherwise it is removed.
        public var keepReplaced: Bool
        /// New paths whose bytes are those of another path of the output being
        /// replaced (a folder named by the hash of its files, renamed because
        /// one of them changed): linked from there, not written.
        public var sameAs: [String: String]

        public init(path: String, holds: [String: FileStamp]?, next: [String: FileStamp], keepReplaced: Bool,
                    sameAs: [String: String] = [:]) {
            self.path = path
            self.holds = holds
            self.next = next
            self.keepReplaced = keepReplaced
            self.sameAs = sameAs
        }
    }

    /// Writes `files` and `copies` (read from `tree`) as the new `output`.
    /// `kept`: output paths whose bytes are those of the output being
    /// replaced (the build cache knows they did not change): they are linked
    /// from it, neither rendered nor compared. `spare`: see `Spare`.
    /// `held`: the output's lock, when the caller took it before (see `hold`).
    /// Returns whether the replaced output became the spare (a caller
    /// records what the spare holds only then).
    @discardableResult
    public static func emit(files: [OutputFile], copies: [FileCopy], kept: [String] = [], from tree: any FileTree, siteRoot: String,
                            output: String, jobs: Int, spare: Spare? = nil, held: OutputHold? = nil) throws(EmitError) -> Bool {
        let fm = FileManager.default
        let place = try prepare(output: output, siteRoot: siteRoot, held: held)
        defer { if held == nil { place.lock.release() } }
        let (target, staging, targetExists) = (place.target, place.staging, place.targetExists)
        if !kept.isEmpty && !targetExists {
            throw EmitError(path: output, problem: .cannotWrite(what: "keep the unchanged files", reason: "the output folder is gone"))
        }
        // The spare becomes the staging folder when what it holds is known;
        // a spare of unknown contents goes.
        var update: (holds: [String: FileStamp], next: [String: FileStamp])?
        let sameAs = targetExists ? spare?.sameAs ?? [:] : [:]
        if let spare {
            if let holds = spare.holds, rename(spare.path, staging) == 0 {
                update = (holds, spare.next)
            } else if fm.fileExists(atPath: spare.path) {
                try? fm.removeItem(atPath: spare.path)
            }
        }
        do throws(EmitError) {
            try write(files: files, copies: copies, kept: kept, into: staging, previous: targetExists ? target : nil,
                      update: update, sameAs: sameAs, from: tree, jobs: jobs)
        } catch {
            try? fm.removeItem(atPath: staging)
            guard update != nil else { throw error }
            // The spare could not be made into the next generation (a file
            // where a folder must go): the generation is made from nothing.
            do throws(EmitError) {
                try write(files: files, copies: copies, kept: kept, into: staging, previous: targetExists ? target : nil,
                          update: nil, sameAs: sameAs, from: tree, jobs: jobs)
            } catch {
                try? fm.removeItem(atPath: staging)
                throw error
            }
        }
        return try replace(target, with: staging, exists: targetExists, output: output, keepReplacedAt: spare?.keepReplaced == true ? spare?.path : nil)
    }

    /// Where a new generation goes and what it replaces; the output's lock is held.
    struct Place {
        var target: String
        var staging: String
        var targetExists: Bool
        var lock: OutputHold
    }

    /// Checks that `output` may be written (not the site folder, not a
    /// user's folder, its parent writable), takes its lock unless `held`,
    /// and removes what killed builds left beside it.
    static func prepare(output: String, siteRoot: String, held: OutputHold?) throws(EmitError) -> Place {
        let fm = FileManager.default
        let (target, parent, name) = names(of: output)
        let rootPath = URL(fileURLWithPath: siteRoot).standardizedFileURL.path
        if target == rootPath || rootPath.hasPrefix(target + "/") || target == "/" {
            throw EmitError(path: output, problem: .outputContainsSite)
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EmitError(path: parent, problem: .outputParentMissing)
        }
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw EmitError(path: output, problem: .outputNotAFolder)
            }
            let entries = (try? fm.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty && !entries.contains(marker) {
                throw EmitError(path: output, problem: .outputNotOurs(marker: marker))
            }
        }
        guard access(parent, W_OK) == 0 else {
            throw EmitError.system(parent, "write here")
        }
        // One build at a time per output folder. The lock is held until this
        // process ends (a killed build frees it too), so what is left of a
        // killed build can be removed safely by the next one.
        let lock: OutputHold
        if let held { lock = held } else { lock = try hold(output: output) }
        // The lock file goes when the build ends, so the site folder holds
        // nothing but the output afterwards; a killed build's is reused.
        removeLeftovers(in: parent, name: name)
        let staging = parent + "/.\(name).versus-new-\(getpid())"
        try? fm.removeItem(atPath: staging)
        return Place(target: target, staging: staging, targetExists: fm.fileExists(atPath: target), lock: lock)
    }

    /// Puts `staging` in the place of `target`. The generation replaced is
    /// moved to `keepReplacedAt` when given and free (returns true), else removed.
    static func replace(_ target: String, with staging: String, exists targetExists: Bool, output: String,
                        keepReplacedAt spare: String?) throws(EmitError) -> Bool {
        let fm = FileManager.default
        if targetExists {
            guard exchange(staging, target) else {
                try? fm.removeItem(atPath: staging)
                throw EmitError.system(output, "replace the output folder")
            }
            // The staging folder now holds the previous site.
            if let spare, !fm.fileExists(atPath: spare), rename(staging, spare) == 0 { return true }
            try? fm.removeItem(atPath: staging)
        } else if rename(staging, target) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(atPath: staging)
            throw EmitError(path: output, problem: .cannotWrite(what: "create the output folder", reason: reason))
        }
        return false
    }

    /// Takes the lock of `output` (one build at a time), for a build that
    /// must hold it from before it reads what the output and its cache hold
    /// until it has written both; `emit` takes it itself otherwise.
    public static func hold(output: String) throws(EmitError) -> OutputHold {
        let (_, parent, name) = names(of: output)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EmitError(path: parent, problem: .outputParentMissing)
        }
        let path = parent + "/.\(name).versus-lock"
        return OutputHold(path: path, descriptor: try OutputLock.acquire(path, output: output, parent: parent))
    }

    /// Whether a killed build left anything beside `output` for the next
    /// build to clean up (which a build that writes nothing would not do).
    public static func hasLeftovers(beside output: String) -> Bool {
        let (_, parent, name) = names(of: output)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return entries.contains { $0.hasPrefix(".\(name).versus-new-") || $0 == "\(name).versus-old" }
    }

    /// Staging folders of builds that were killed before they finished, and
    /// the old site of an exchange interrupted half-way; called under the lock.
    private static func removeLeftovers(in parent: String, name: String) {
        let fm = FileManager.default
        for entry in (try? fm.contentsOfDirectory(atPath: parent)) ?? [] {
            let staging = entry.hasPrefix(".\(name).versus-new-")
            let aside = entry == "\(name).versus-old"
            guard staging || aside else { continue }
            // Only folders Versus wrote: a staging folder may not have its
            // marker yet, but it can hold nothing else.
            let path = parent + "/" + entry
            if aside && !fm.fileExists(atPath: path + "/" + marker) { continue }
            // An exchange stopped between its two renames: the aside is the
            // previous site, and it goes back where it was.
            if aside && !fm.fileExists(atPath: parent + "/" + name) {
                _ = rename(path, parent + "/" + name)
                continue
            }
            try? fm.removeItem(atPath: path)
        }
    }

    /// `previous`: the output being replaced. A file whose bytes are the same
    /// as there is linked to it (a hard link), not written again: no new
    /// inode, no data written, and deleting the old generation frees nothing
    /// the new one still uses. `update`: `folder` is the spare, holding
    /// `holds`; only the paths whose stamp in `next` differs are written, and
    /// those not in `next` removed. A file there may share its inode with the
    /// live output (a hard link), so a file is never written over: it is
    /// unlinked first.
    static func write(files: [OutputFile], copies: [FileCopy], kept: [String], into folder: String, previous: String?,
                      update: (holds: [String: FileStamp], next: [String: FileStamp])?, sameAs: [String: String] = [:],
                      from tree: any FileTree, jobs: Int, batch: Bool = false) throws(EmitError) {
        if let update {
            // What went away, then the folders the next generation has no
            // file in, deepest first. Such a folder must come out empty: a
            // file nobody recorded (put there by hand) would otherwise come
            // back into the output, so the generation is made from nothing.
            var wanted: Set<String> = []
            for path in update.next.keys {
                var dir = parentPath(path)
                while !dir.isEmpty && wanted.insert(dir).inserted { dir = parentPath(dir) }
            }
            var emptied: Set<String> = []
            for path in update.holds.keys where update.next[path] == nil {
                if unlink(folder + "/" + path) != 0 && errno != ENOENT { throw EmitError.system(folder + "/" + path, "remove") }
                var dir = parentPath(path)
                while !dir.isEmpty && !wanted.contains(dir) && emptied.insert(dir).inserted { dir = parentPath(dir) }
            }
            for dir in emptied.sorted(by: { $0.count > $1.count }) where rmdir(folder + "/" + dir) != 0 && errno != ENOENT {
                throw EmitError.system(folder + "/" + dir, "remove folder")
            }
        } else if mkdir(folder, 0o755) == 0 {
            FolderSpread.mark(folder)
        } else if !(batch && errno == EEXIST) {
            throw EmitError.system(folder, "create folder")
        }
        @Sendable func unchanged(_ path: String) -> Bool {
            guard let update, let held = update.holds[path] else { return false }
            return held == update.next[path]
        }
        @Sendable func clear(_ path: String) -> EmitError? {
            guard update != nil, unlink(folder + "/" + path) != 0, errno != ENOENT else { return nil }
            return EmitError.system(folder + "/" + path, "remove")
        }
        // Folders that hold other folders are made first, one by one, and
        // marked so that what they hold is spread over the disk (`FolderSpread`).
        var outer: Set<String> = []
        for path in files.map(\.path) + copies.map(\.destination) + kept where !unchanged(path) {
            var dir = parentPath(parentPath(path))
            while !dir.isEmpty && outer.insert(dir).inserted {
                dir = parentPath(dir)
            }
        }
        for dir in outer.sorted(by: { $0.count < $1.count }) {
            if mkdir(folder + "/" + dir, 0o755) == 0 {
                FolderSpread.mark(folder + "/" + dir)
            } else if errno != EEXIST {
                throw EmitError.system(folder + "/" + dir, "create folder")
            }
        }
        // Creating an entry locks its folder, so two threads making files in
        // one folder wait on each other (a profile showed a sixth of a clean
        // build spinning there). The work goes folder by folder instead: first
        // the page folders, by the folder holding them, then the files, by
        // the folder holding them; the folders run in parallel, largest first.
        let items: [Item] = files.map(Item.file) + kept.map(Item.kept) + copies.map(Item.copy)
        let pending = items.filter { !unchanged($0.destination) }
        let leaves = Set(pending.map { parentPath($0.destination) }).filter { !$0.isEmpty && !outer.contains($0) }
        var counts: [String: Int] = [:]
        if update == nil { for item in pending { counts[parentPath(item.destination), default: 0] += 1 } }
        let crowded = Set(counts.filter { $0.value >= FolderSpread.crowd }.keys)
        let made = parallelMap(byFolder(leaves.sorted(), folderOf: parentPath), jobs: jobs) { group -> EmitError? in
            for dir in group {
                let made = crowded.contains(dir) ? FolderSpread.makeAway(folder + "/" + dir) : mkdir(folder + "/" + dir, 0o755) == 0
                if !made && errno != EEXIST { return EmitError.system(folder + "/" + dir, "create folder") }
            }
            return nil
        }
        if let failure = made.compactMap({ $0 }).first { throw failure }
        let failures = parallelMap(byFolder(pending, folderOf: { parentPath($0.destination) }), jobs: jobs) { group -> EmitError? in
            for item in group {
                if let failure = clear(item.destination) { return failure }
                let failure: EmitError?
                switch item {
                case .file(let file):
                    if let previous, let other = sameAs[file.path], link(previous + "/" + other, folder + "/" + file.path) == 0 {
                        failure = nil
                    } else {
                        failure = writeFile(folder + "/" + file.path, file.contents, same: previous.map { $0 + "/" + file.path })
                    }
                case .kept(let path):
                    if link(previous! + "/" + path, folder + "/" + path) == 0 {
                        failure = nil
                    } else if let bytes = FileManager.default.contents(atPath: previous! + "/" + path) {
                        // A file system without hard links: the bytes are copied.
                        failure = writeFile(folder + "/" + path, [UInt8](bytes))
                    } else {
                        failure = EmitError.system(previous! + "/" + path, "read the unchanged file")
                    }
                case .copy(let copy):
                    do throws(FileTreeError) {
                        failure = writeFile(folder + "/" + copy.destination, try tree.read(copy.source),
                                            same: previous.map { $0 + "/" + copy.destination })
                    } catch {
                        failure = EmitError(path: copy.source, problem: .cannotRead(reason: error.reason))
                    }
                }
                if let failure { return failure }
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        if update == nil, !batch, let failure = writeFile(folder + "/" + marker, Array(markerText.utf8)) {
            throw failure
        }
    }

    /// One file of the next generation: rendered bytes, a file kept from the
    /// output being replaced, or a file copied from the site folder.
    private enum Item: Sendable {
        case file(OutputFile)
        case kept(String)
        case copy(FileCopy)

        var destination: String {
            switch self {
            case .file(let file): file.path
            case .kept(let path): path
            case .copy(let copy): copy.destination
            }
        }
    }

    /// `elements` grouped by the folder they are made in, in first-seen
    /// order within a group, the largest groups first (they decide how long
    /// the parallel part takes).
    private static func byFolder<Element>(_ elements: [Element], folderOf: (Element) -> String) -> [[Element]] {
        var groups: [[Element]] = []
        var index: [String: Int] = [:]
        for element in elements {
            let key = folderOf(element)
            if let at = index[key] {
                groups[at].append(element)
            } else {
                index[key] = groups.count
                groups.append([element])
            }
        }
        return groups.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
    }

    static func writeFile(_ path: String, _ bytes: [UInt8], same previous: String? = nil) -> EmitError? {
        if let previous, hasBytes(previous, bytes), link(previous, path) == 0 { return nil }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return EmitError.system(path, "write") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + written, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return EmitError.system(path, "write")
            }
            written += n
        }
        return nil
    }

    /// Whether the regular file at `path` holds exactly `bytes` (size first,
    /// then the bytes: a page cache read, much cheaper than creating a file).
    private static func hasBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var old = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let n = old.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return old == bytes
    }

    /// Swaps two paths atomically with renameat2(RENAME_EXCHANGE) where the C
    /// library has it; otherwise two renames, which leave a moment with no
    /// output folder but never a half-written one.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return true }
        }
        let aside = b + ".versus-old"
        guard rename(b, aside) == 0 else { return false }
        guard rename(a, b) == 0 else {
            _ = rename(aside, b)
            return false
        }
        return rename(aside, a) == 0
    }

    /// The output's absolute path, its parent folder and its name (the lock,
    /// the staging folder and the leftovers are named after it, beside it).
    static func names(of output: String) -> (target: String, parent: String, name: String) {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = parentPath(target).isEmpty ? "/" : parentPath(target)
        return (target, parent, String(target.split(separator: "/").last ?? ""))
    }

    /// `a/b/c` → `a/b`, `a` → `""`. (Foundation's deletingLastPathComponent
    /// traps on some inputs on Linux.)
    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// A build's hold on its output folder's lock; `release` removes the lock
/// file and lets the next build in.
public final class OutputHold: @unchecked Sendable {
    let path: String
    let descriptor: Int32
    private var released = false

    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    public func release() {
        guard !released else { return }
        released = true
        unlink(path)
        close(descriptor)
    }

    deinit { release() }
}

/// One build at a time per output folder: an exclusive `flock` on a file
/// beside the output. Because the file is removed when a build ends, a lock
/// taken on a file that another build has just removed would lock nothing:
/// after locking, the path must still name the locked file, or we try again.
enum OutputLock {
    static func acquire(_ path: String, output: String, parent: String) throws(EmitError) -> Int32 {
        while true {
            let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw EmitError.system(parent, "write here") }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                throw EmitError(path: output, problem: .outputLocked)
            }
            var held = stat()
            var named = stat()
            if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                return fd
            }
            close(fd)
        }
    }
}
