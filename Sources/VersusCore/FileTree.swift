import Foundation

/// The file system a build reads, as a parameter: the command line passes the
/// disk, tests can pass a tree held in memory. Paths are relative to the site
/// root and use `/`.
public protocol FileTree: Sendable {
    /// Every regular file under `directory`, recursively, sorted. Hidden files
    /// (a name starting with `.`) are skipped, as every generator does for
    /// editor swap files and `.DS_Store`. Missing directory: empty.
    func files(under directory: String) throws(FileTreeError) -> [String]
    func read(_ path: String) throws(FileTreeError) -> [UInt8]
    func exists(_ path: String) -> Bool
    /// Like `files(under:)`, but an entry that cannot be listed (a link
    /// leaving the site folder, a link loop, an unreadable folder) is a
    /// problem of its own and the rest is still listed.
    func listing(under directory: String) -> FileListing
    /// What the file system says of a file without reading it (the build
    /// cache trusts an unchanged one); nil where the tree cannot say.
    func stat(_ path: String) -> FileStat?
}

/// The files under a folder and the entries that could not be listed.
public struct FileListing: Sendable, Equatable {
    public var files: [String]
    public var problems: [FileTreeError]
    public init(files: [String], problems: [FileTreeError]) {
        self.files = files
        self.problems = problems
    }
}

extension FileTree {
    public func stat(_ path: String) -> FileStat? { nil }

    public func listing(under directory: String) -> FileListing {
        do throws(FileTreeError) {
            return FileListing(files: try files(under: directory), problems: [])
        } catch {
            return FileListing(files: [], problems: [error])
        }
    }
}

public struct FileTreeError: Error, Sendable, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// The real disk below a root folder. Symbolic links are followed only while
/// they stay inside the root, so a site cannot publish `/etc/passwd` by linking
/// to it; a link loop is reported, not followed.
public struct DiskTree: FileTree {
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    public func absolute(_ path: String) -> String {
        path.isEmpty ? root : root + "/" + path
    }

    /// Followed through symbolic links, as `read` reads.
    public func stat(_ path: String) -> FileStat? {
        fileStat(absolute(path))
    }

    public func files(under directory: String) throws(FileTreeError) -> [String] {
        let found = listing(under: directory)
        if let first = found.problems.first { throw first }
        return found.files
    }

    public func listing(under directory: String) -> FileListing {
        var result: [String] = []
        var problems: [FileTreeError] = []
        let rootReal = realPath(root) ?? root
        var visited: Set<String> = []
        walk(directory, rootReal: rootReal, visited: &visited, into: &result, problems: &problems)
        return FileListing(files: result.sorted(), problems: problems.sorted { $0.path < $1.path })
    }

    private func walk(_ relative: String, rootReal: String, visited: inout Set<String>, into result: inout [String],
                      problems: inout [FileTreeError]) {
        let abs = absolute(relative)
        guard let real = realPath(abs) else { return }
        guard real == rootReal || real.hasPrefix(rootReal + "/") else {
            problems.append(FileTreeError(path: relative, reason: "links outside the site folder"))
            return
        }
        guard visited.insert(real).inserted else {
            problems.append(FileTreeError(path: relative, reason: "symbolic link loop"))
            return
        }
        defer { visited.remove(real) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: abs)
        } catch {
            if !FileManager.default.fileExists(atPath: abs) { return }
            problems.append(FileTreeError(path: relative, reason: "cannot read folder"))
            return
        }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let child = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute(child), isDirectory: &isDirectory) else {
                problems.append(FileTreeError(path: child, reason: loops(child) ? "symbolic link loop" : "broken symbolic link"))
                continue
            }
            if isDirectory.boolValue {
                walk(child, rootReal: rootReal, visited: &visited, into: &result, problems: &problems)
            } else {
                if let target = realPath(absolute(child)), !(target.hasPrefix(rootReal + "/")) {
                    problems.append(FileTreeError(path: child, reason: "links outside the site folder"))
                    continue
                }
                result.append(child)
            }
        }
    }

    /// Whether following the link comes back to itself (ELOOP) rather than
    /// to nothing.
    private func loops(_ relative: String) -> Bool {
        if let resolved = realpath(absolute(relative), nil) {
            free(resolved)
            return false
        }
        return errno == ELOOP
    }

    public func read(_ path: String) throws(FileTreeError) -> [UInt8] {
        // A file linked from outside the site folder is never read, whoever
        // asks (the build, the preview's fast paths, an error message).
        if let real = realPath(absolute(path)), let rootReal = realPath(root), !real.hasPrefix(rootReal + "/") {
            throw FileTreeError(path: path, reason: "links outside the site folder")
        }
        guard let handle = FileHandle(forReadingAtPath: absolute(path)) else {
            let reason = FileManager.default.fileExists(atPath: absolute(path)) ? "permission denied" : "no such file"
            throw FileTreeError(path: path, reason: reason)
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw FileTreeError(path: path, reason: "cannot read file")
        }
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: absolute(path))
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A site held in memory, for tests: path → bytes.
public struct MemoryTree: FileTree {
    public var contents: [String: [UInt8]]

    public init(_ files: [String: String]) {
        contents = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        contents = bytes
    }

    public func files(under directory: String) throws(FileTreeError) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        return contents.keys.filter { path in
            path.hasPrefix(prefix) && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted()
    }

    public func read(_ path: String) throws(FileTreeError) -> [UInt8] {
        guard let bytes = contents[path] else { throw FileTreeError(path: path, reason: "no such file") }
        return bytes
    }

    public func exists(_ path: String) -> Bool {
        contents[path] != nil || contents.keys.contains { $0.hasPrefix(path + "/") }
    }
}

/// `stat(2)` of a regular file, followed through symbolic links.
private func fileStat(_ path: String) -> FileStat? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let second: Int64 = 1_000_000_000
    let modified: Int64 = Int64(info.st_mtim.tv_sec) * second + Int64(info.st_mtim.tv_nsec)
    let changed: Int64 = Int64(info.st_ctim.tv_sec) * second + Int64(info.st_ctim.tv_nsec)
    return FileStat(size: Int(info.st_size), inode: UInt64(info.st_ino), modified: modified, changed: changed)
}
