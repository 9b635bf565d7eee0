import Foundation
import VersusCore

/// Why the output could not be written. Each carries the path involved, so
/// the message says where to look.
public struct EmitError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): error: \(message)" }
}

/// Writes a rendered site so that readers of the output folder only ever see
/// the old site or the new one: everything goes to a fresh folder beside the
/// target, which then takes the target's place in one rename (on Linux an
/// atomic exchange). A failed or killed build leaves the old output as it was.
public enum Emitter {
    /// Marks a folder as written by Versus. Only such a folder (or an empty one)
    /// is ever replaced, so `--output ~/Documents` cannot delete a user's files.
    public static let marker = ".versus-output"

    public static func emit(_ site: RenderedSite, from tree: any FileTree, siteRoot: String, output: String, jobs: Int) throws(EmitError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = parentPath(target).isEmpty ? "/" : parentPath(target)
        let name = String(target.split(separator: "/").last ?? "")
        let rootPath = URL(fileURLWithPath: siteRoot).standardizedFileURL.path
        if target == rootPath || rootPath.hasPrefix(target + "/") || target == "/" {
            throw EmitError(path: output, message: "the output folder must not contain the site folder")
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EmitError(path: parent, message: "the output's parent folder does not exist")
        }
        var targetExists = fm.fileExists(atPath: target, isDirectory: &isDirectory)
        if targetExists {
            guard isDirectory.boolValue else {
                throw EmitError(path: output, message: "exists and is not a folder; refusing to replace it")
            }
            let entries = (try? fm.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty && !entries.contains(marker) {
                throw EmitError(path: output, message: "exists and was not written by versus (no \(marker) in it); refusing to replace it: remove it or choose another --output")
            }
        }
        guard access(parent, W_OK) == 0 else {
            throw EmitError(path: parent, message: "cannot write here: \(String(cString: strerror(errno)))")
        }
        // One build at a time per output folder. The lock is held until this
        // process ends (a killed build frees it too), so what is left of a
        // killed build can be removed safely by the next one.
        let lock = open(parent + "/.\(name).versus-lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else {
            throw EmitError(path: parent, message: "cannot write here: \(String(cString: strerror(errno)))")
        }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            throw EmitError(path: output, message: "another versus build is writing this folder right now; wait for it to finish or choose another --output")
        }
        removeLeftovers(in: parent, name: name)
        targetExists = fm.fileExists(atPath: target)
        let staging = parent + "/.\(name).versus-new-\(getpid())"
        try? fm.removeItem(atPath: staging)
        do {
            try write(site, into: staging, from: tree, jobs: jobs)
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
        if targetExists {
            guard exchange(staging, target) else {
                try? fm.removeItem(atPath: staging)
                throw EmitError(path: output, message: "cannot replace the output folder: \(String(cString: strerror(errno)))")
            }
            try? fm.removeItem(atPath: staging)  // now holds the previous site
        } else if rename(staging, target) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(atPath: staging)
            throw EmitError(path: output, message: "cannot create the output folder: \(reason)")
        }
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

    private static func write(_ site: RenderedSite, into folder: String, from tree: any FileTree, jobs: Int) throws(EmitError) {
        guard mkdir(folder, 0o755) == 0 else {
            throw EmitError(path: folder, message: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        // Folders that hold other folders are made first, one by one; each
        // page's own folder is made by the thread that writes the page, since
        // creating thousands of folders costs as much as writing the files.
        var outer: Set<String> = []
        for path in site.files.map(\.path) + site.copies.map(\.destination) {
            var dir = parentPath(parentPath(path))
            while !dir.isEmpty && outer.insert(dir).inserted {
                dir = parentPath(dir)
            }
        }
        for dir in outer.sorted(by: { $0.count < $1.count }) {
            if mkdir(folder + "/" + dir, 0o755) != 0 && errno != EEXIST {
                throw EmitError(path: folder + "/" + dir, message: "cannot create folder: \(String(cString: strerror(errno)))")
            }
        }
        @Sendable func makeParent(_ path: String) -> EmitError? {
            let dir = parentPath(path)
            guard !dir.isEmpty, mkdir(folder + "/" + dir, 0o755) != 0, errno != EEXIST else { return nil }
            return EmitError(path: folder + "/" + dir, message: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        let failures = parallelMap(site.files, jobs: jobs) { file -> EmitError? in
            makeParent(file.path) ?? writeFile(folder + "/" + file.path, file.contents)
        } + parallelMap(site.copies, jobs: jobs) { copy -> EmitError? in
            if let failure = makeParent(copy.destination) { return failure }
            do throws(FileTreeError) {
                return writeFile(folder + "/" + copy.destination, try tree.read(copy.source))
            } catch {
                return EmitError(path: copy.source, message: "cannot read file: \(error.reason)")
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        if let failure = writeFile(folder + "/" + marker, Array("Written by versus build. This folder is replaced on every build.\n".utf8)) {
            throw failure
        }
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> EmitError? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return EmitError(path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + written, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return EmitError(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
            }
            written += n
        }
        return nil
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

    /// `a/b/c` → `a/b`, `a` → `""`. (Foundation's deletingLastPathComponent
    /// traps on some inputs on Linux.)
    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
