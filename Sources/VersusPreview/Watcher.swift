import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells the preview which site files changed. Uses inotify: one watch per
/// folder under Content/, Templates/ and Public/, plus the site folder itself
/// for site.yml and for those folders appearing. Events are gathered until the
/// files have been quiet for `quiet` seconds, so an editor that saves by
/// writing a temporary file and renaming it over the old one gives one batch
/// naming the real file.
final class Watcher: @unchecked Sendable {
    struct Batch: Sendable {
        /// Site-relative paths that were written, created, moved or deleted.
        var paths: Set<String>
        /// When the first event of the batch was read (uptime nanoseconds).
        var firstEvent: UInt64
        /// When the batch was handed over, after the quiet period.
        var delivered: UInt64
    }

    static let folders = ["Content", "Templates", "Public"]
    /// In a batch: events were lost (the kernel's queue overflowed); read everything.
    static let everything = ""
    static let files: Set<String> = ["site.yml"]

    let root: String
    let quiet: Double
    private let fd: Int32
    private var folderOfWatch: [Int32: String] = [:]
    private var stopped = false
    private let lock = NSLock()

    enum Failure: Error { case unavailable(String) }

    init(root: String, quiet: Double = 0.01) throws {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.quiet = quiet
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { throw Failure.unavailable(String(cString: strerror(errno))) }
        add("")
        for folder in Self.folders { addTree(folder) }
    }

    deinit { close(fd) }

    func stop() { lock.withLock { stopped = true } }

    /// Runs on its own thread until `stop`, calling `deliver` once per batch.
    func start(_ deliver: @escaping @Sendable (Batch) -> Void) {
        let thread = Thread { [self] in
            while !lock.withLock({ stopped }) {
                guard wait(timeout: 250) else { continue }
                let first = DispatchTime.now().uptimeNanoseconds
                var paths = drain()
                while wait(timeout: Int32(quiet * 1000)) { paths.formUnion(drain()) }
                if !paths.isEmpty {
                    deliver(Batch(paths: paths, firstEvent: first, delivered: DispatchTime.now().uptimeNanoseconds))
                }
            }
        }
        thread.name = "versus-watcher"
        thread.start()
    }

    private func wait(timeout: Int32) -> Bool {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&pfd, 1, timeout) > 0
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    private func add(_ relative: String) {
        let path = relative.isEmpty ? root : root + "/" + relative
        let wd = inotify_add_watch(fd, path, Self.mask | UInt32(IN_ONLYDIR))
        if wd >= 0 { folderOfWatch[wd] = relative }
    }

    /// Watches a folder and every folder below it; returns the files found,
    /// which count as changed when the folder is new.
    @discardableResult
    private func addTree(_ relative: String) -> [String] {
        var isDirectory: ObjCBool = false
        let path = root + "/" + relative
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        add(relative)
        var found: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            let child = relative + "/" + name
            var childIsDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + child, isDirectory: &childIsDirectory), childIsDirectory.boolValue {
                found += addTree(child)
            } else {
                found.append(child)
            }
        }
        return found
    }

    /// Reads every pending event; returns the site paths they name.
    private func drain() -> Set<String> {
        var paths: Set<String> = []
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, size) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(count, nameStart + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset = nameStart + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { paths.insert(Self.everything); continue }
                if mask & UInt32(IN_IGNORED) != 0 { folderOfWatch[wd] = nil; continue }
                guard let folder = folderOfWatch[wd], !name.hasPrefix(".") else { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                if folder.isEmpty {
                    // The site folder itself: only site.yml and the watched folders matter.
                    if Self.files.contains(name) { paths.insert(path) }
                    if Self.folders.contains(name) {
                        paths.insert(path)
                        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { paths.formUnion(addTree(name)) }
                    }
                    continue
                }
                if mask & UInt32(IN_ISDIR) != 0 {
                    paths.insert(path)
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { paths.formUnion(addTree(path)) }
                    continue
                }
                // A new file is announced again when it is closed after writing.
                // (A symbolic link is never written: its creation is the event.)
                if mask & UInt32(IN_CREATE) != 0 && mask & UInt32(IN_CLOSE_WRITE) == 0
                    && (try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + path)) == nil { continue }
                paths.insert(path)
            }
        }
        return paths
    }
}
