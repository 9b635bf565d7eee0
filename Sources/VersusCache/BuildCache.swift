import Foundation
import GRDB
import VersusCore

/// The cache file of one output folder: `.versus-cache/<output name>.sqlite`
/// beside the output, holding the last successful build's `BuildRecord`.
///
/// SQLite, because a build killed at any moment (SIGKILL included) leaves
/// either the old record or the new one, never half of each: the record is
/// written in one transaction, and a journal left by a killed writer is
/// rolled back when the file is next opened. A file that cannot be used
/// (not SQLite, truncated, failing its integrity check, of another format or
/// made by another versus) is set aside, never deleted, with one line saying
/// so, and the build runs in full.
public final class BuildCache {
    public static let folder = ".versus-cache"
    /// Bumped whenever the tables change; a file of another format is set aside.
    public static let format = "6"

    public let path: String
    private let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// The spare folder of the output folder at `output` (see `Emitter.Spare`).
    public static func sparePath(forOutput output: String) -> String {
        String(path(forOutput: output).dropLast(".sqlite".count)) + ".spare"
    }

    /// The cache file of the output folder at `output`.
    public static func path(forOutput output: String) -> String {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let name = target.lastPathComponent
        return target.deletingLastPathComponent().path + "/" + folder + "/" + name + ".sqlite"
    }

    /// What opening found.
    public struct Opened {
        /// Nil when the cache cannot be written either (a read-only folder):
        /// the build runs in full and leaves no record.
        public var cache: BuildCache?
        /// The last build's record, if there is a usable one made by `tool`.
        public var record: BuildRecord?
        /// One line for the editor when a cache file was set aside.
        public var note: String?
    }

    /// Opens (or creates) the cache of `output` for a build by `tool`.
    public static func open(forOutput output: String, tool: String) -> Opened {
        let path = path(forOutput: output)
        let fm = FileManager.default
        let existed = fm.fileExists(atPath: path)
        var note: String?
        if existed {
            do {
                let cache = try connect(path)
                let record = try cache.load()
                if let record, record.tool != tool {
                    note = setAside(path, because: "it was made by another versus")
                } else {
                    return Opened(cache: cache, record: record, note: nil)
                }
            } catch let error as CacheProblem {
                note = setAside(path, because: error.reason)
            } catch {
                note = setAside(path, because: "it cannot be read (\(Self.reason(error)))")
            }
        }
        do {
            // Never the output's parent: a build that cannot write there says so itself.
            let folder = (path as NSString).deletingLastPathComponent
            if !fm.fileExists(atPath: folder) { try fm.createDirectory(atPath: folder, withIntermediateDirectories: false) }
            return Opened(cache: try connect(path), record: nil, note: note)
        } catch {
            let line = "versus: note: no build cache at \(path) (\(Self.reason(error))); every build runs in full"
            return Opened(cache: nil, record: nil, note: [note, line].compactMap { $0 }.joined(separator: "\n"))
        }
    }

    /// Removes the cache of `output` and anything set aside beside it.
    /// Returns the paths removed.
    @discardableResult
    public static func remove(forOutput output: String) -> [String] {
        let path = path(forOutput: output)
        var removed: [String] = []
        for candidate in [path, path + "-journal", path + "-wal", path + "-shm", path + setAsideSuffix, sparePath(forOutput: output)]
        where FileManager.default.fileExists(atPath: candidate) {
            if (try? FileManager.default.removeItem(atPath: candidate)) != nil { removed.append(candidate) }
        }
        let folder = (path as NSString).deletingLastPathComponent
        // The folder goes when nothing else is left in it.
        if (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: folder)
        }
        return removed
    }

    public static let setAsideSuffix = ".set-aside"

    /// Writes `record` in place of the last one, in one transaction. Returns
    /// a note when it could not (the build itself has succeeded all the same).
    /// `previous`: the record the file now holds (as `open` read it): only the
    /// rows that differ from it are written, so a build that changed one page
    /// writes a few rows, not the whole site's.
    public func save(_ record: BuildRecord, over previous: BuildRecord? = nil) -> String? {
        do {
            let diagnostics = try JSONEncoder().encode(record.diagnostics)
            try queue.write { db in
                if previous == nil {
                    try db.execute(sql: "DELETE FROM meta; DELETE FROM input; DELETE FROM output; DELETE FROM page; DELETE FROM spare; DELETE FROM look; DELETE FROM written;")
                }
                let meta = try db.makeStatement(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")
                for (key, value) in [("format", Self.format), ("tool", record.tool), ("options", record.options),
                                     ("generation", record.generation), ("pages", String(record.pageCount)),
                                     ("copies", String(record.copyCount)),
                                     ("search", record.searchFiles.joined(separator: "\n")),
                                     ("spare-generation", record.spareGeneration),
                                     ("checked-at", String(record.checkedAt)),
                                     ("folders", record.outputFolders.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }
                                        .joined(separator: "\n"))] {
                    try meta.execute(arguments: [key, value])
                }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('diagnostics', ?)", arguments: [diagnostics])
                let look = try db.makeStatement(sql: "INSERT OR REPLACE INTO look(path, size, inode, modified, changed, head) VALUES (?, ?, ?, ?, ?, ?)")
                let dropLook = try db.makeStatement(sql: "DELETE FROM look WHERE path = ?")
                for (path, stat) in record.inputStats
                where previous?.inputStats[path] != stat || previous?.heads[path] != record.heads[path] {
                    try look.execute(arguments: [path, stat.size, Int64(bitPattern: stat.inode), stat.modified, stat.changed,
                                                 record.heads[path].map { Int64(bitPattern: $0.value) }])
                }
                for path in previous?.inputStats.keys ?? [:].keys where record.inputStats[path] == nil {
                    try dropLook.execute(arguments: [path])
                }
                let written = try db.makeStatement(sql: "INSERT OR REPLACE INTO written(path, size, inode, modified) VALUES (?, ?, ?, ?)")
                let dropWritten = try db.makeStatement(sql: "DELETE FROM written WHERE path = ?")
                for (path, stat) in record.outputStats where previous?.outputStats[path] != stat {
                    try written.execute(arguments: [path, stat.size, Int64(bitPattern: stat.inode), stat.modified])
                }
                for path in previous?.outputStats.keys ?? [:].keys where record.outputStats[path] == nil {
                    try dropWritten.execute(arguments: [path])
                }
                let page = try db.makeStatement(sql: "INSERT OR REPLACE INTO page(path, facts) VALUES (?, ?)")
                let dropPage = try db.makeStatement(sql: "DELETE FROM page WHERE path = ?")
                for (path, facts) in record.pages where previous?.pages[path] != facts {
                    try page.execute(arguments: [path, Data(facts)])
                }
                for path in previous?.pages.keys ?? [:].keys where record.pages[path] == nil {
                    try dropPage.execute(arguments: [path])
                }
                for (table, stamps, before) in [("input", record.inputs, previous?.inputs), ("output", record.outputs, previous?.outputs),
                                                ("spare", record.spare, previous?.spare)] {
                    let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO \(table)(path, hash, size) VALUES (?, ?, ?)")
                    let drop = try db.makeStatement(sql: "DELETE FROM \(table) WHERE path = ?")
                    for (path, stamp) in stamps where before?[path] != stamp {
                        try insert.execute(arguments: [path, Int64(bitPattern: stamp.hash.value), stamp.size])
                    }
                    for path in before?.keys ?? [:].keys where stamps[path] == nil {
                        try drop.execute(arguments: [path])
                    }
                }
            }
            return nil
        } catch {
            return "versus: note: the build cache \(path) was not updated (\(Self.reason(error))); the next build runs in full"
        }
    }

    // MARK: - Reading

    private struct CacheProblem: Error {
        var reason: String
    }

    private static func connect(_ path: String) throws -> BuildCache {
        var configuration = Configuration()
        configuration.label = "versus-cache"
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS input(path TEXT PRIMARY KEY NOT NULL, hash INTEGER NOT NULL, size INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS look(path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, inode INTEGER NOT NULL,
                                                modified INTEGER NOT NULL, changed INTEGER NOT NULL, head INTEGER);
                CREATE TABLE IF NOT EXISTS written(path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, inode INTEGER NOT NULL,
                                                   modified INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS output(path TEXT PRIMARY KEY NOT NULL, hash INTEGER NOT NULL, size INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS page(path TEXT PRIMARY KEY NOT NULL, facts BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS spare(path TEXT PRIMARY KEY NOT NULL, hash INTEGER NOT NULL, size INTEGER NOT NULL);
                """)
        }
        return BuildCache(path: path, queue: queue)
    }

    /// The record in the file; nil when the file holds none yet.
    private func load() throws -> BuildRecord? {
        try queue.read { db -> BuildRecord? in
            let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? ""
            guard check == "ok" else { throw CacheProblem(reason: "its integrity check failed: \(check)") }
            var meta: [String: DatabaseValue] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row[0]] = row[1] as DatabaseValue }
            if meta.isEmpty { return nil }
            func text(_ key: String) throws -> String {
                guard let value = meta[key], let text = String.fromDatabaseValue(value) else {
                    throw CacheProblem(reason: "it has no \(key)")
                }
                return text
            }
            let format = try text("format")
            guard format == Self.format else { throw CacheProblem(reason: "it is of another format (\(format))") }
            guard let blob = meta["diagnostics"].flatMap(Data.fromDatabaseValue) else { throw CacheProblem(reason: "it has no diagnostics") }
            let diagnostics = try JSONDecoder().decode([Diagnostic].self, from: blob)
            func stamps(_ table: String) throws -> [String: FileStamp] {
                var stamps: [String: FileStamp] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, hash, size FROM \(table)")
                while let row = try rows.next() {
                    stamps[row[0]] = FileStamp(hash: ContentHash(value: UInt64(bitPattern: row[1] as Int64)), size: row[2])
                }
                return stamps
            }
            let inputs = try stamps("input")
            let outputs = try stamps("output")
            let spare = try stamps("spare")
            var inputStats: [String: FileStat] = [:]
            var heads: [String: ContentHash] = [:]
            let looks = try Row.fetchCursor(db, sql: "SELECT path, size, inode, modified, changed, head FROM look")
            while let row = try looks.next() {
                let path: String = row[0]
                inputStats[path] = FileStat(size: row[1], inode: UInt64(bitPattern: row[2] as Int64), modified: row[3], changed: row[4])
                if let head = row[5] as Int64? { heads[path] = ContentHash(value: UInt64(bitPattern: head)) }
            }
            var pages: [String: [UInt8]] = [:]
            let pageRows = try Row.fetchCursor(db, sql: "SELECT path, facts FROM page")
            while let row = try pageRows.next() {
                guard let facts = Data.fromDatabaseValue(row[1] as DatabaseValue) else { throw CacheProblem(reason: "a page has no facts") }
                pages[row[0]] = [UInt8](facts)
            }
            let search = try text("search")
            guard let pageCount = Int(try text("pages")), let copyCount = Int(try text("copies")) else {
                throw CacheProblem(reason: "its counts are not numbers")
            }
            var outputStats: [String: FileStat] = [:]
            let writtenRows = try Row.fetchCursor(db, sql: "SELECT path, size, inode, modified FROM written")
            while let row = try writtenRows.next() {
                outputStats[row[0]] = FileStat(size: row[1], inode: UInt64(bitPattern: row[2] as Int64), modified: row[3], changed: 0)
            }
            guard let checkedAt = Int64(try text("checked-at")) else { throw CacheProblem(reason: "its time is not a number") }
            var record = BuildRecord(tool: try text("tool"), options: try text("options"), inputs: inputs, outputs: outputs,
                               generation: try text("generation"), diagnostics: diagnostics, pageCount: pageCount, copyCount: copyCount,
                               pages: pages, searchFiles: search.isEmpty ? [] : search.split(separator: "\n").map(String.init),
                               spare: spare, spareGeneration: try text("spare-generation"))
            record.inputStats = inputStats
            record.heads = heads
            record.checkedAt = checkedAt
            record.outputStats = outputStats
            for line in try text("folders").split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                guard parts.count == 2 else { throw CacheProblem(reason: "a folder's line is not path and identity") }
                record.outputFolders[String(parts[0])] = String(parts[1])
            }
            return record
        }
    }

    /// Moves an unusable cache file out of the way and says so in one line.
    private static func setAside(_ path: String, because reason: String) -> String {
        let aside = path + setAsideSuffix
        let fm = FileManager.default
        try? fm.removeItem(atPath: aside)
        try? fm.removeItem(atPath: path + "-journal")
        if (try? fm.moveItem(atPath: path, toPath: aside)) == nil { try? fm.removeItem(atPath: path) }
        return "versus: note: set aside the build cache \(path) (\(reason)) as \(aside); this build runs in full"
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
