import Foundation
import Testing

/// Runs the built `versus` executable, as a user would, and captures what it
/// prints. The binary sits beside the test bundle in SwiftPM's build folder.
struct VersusBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The `path:line:col: severity[code]: message` lines only, without the
        /// source excerpts and the summary.
        var diagnosticLines: [String] {
            stderr.split(separator: "\n").map(String.init).filter { line in
                !line.hasPrefix(" ") && (line.contains(": error[V") || line.contains(": warning[V"))
            }
        }
    }

    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["VERSUS_BIN"] { return URL(fileURLWithPath: path) }
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("versus")
    }

    /// `environment`: variables set for this run beside the test's own
    /// (`SOURCE_DATE_EPOCH`, the build's date).
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A scratch copy of a fixture site, removed when the test ends.
final class ScratchSite {
    let root: String

    init(files: [String: String]) throws {
        root = NSTemporaryDirectory() + "versus-e2e-" + UUID().uuidString
        for (path, text) in files { try write(path, text) }
    }

    /// A copy of a fixture; one holding only `site.yml` and `Content/` is
    /// built with the theme the binary embeds.
    init(copying fixture: String) throws {
        root = NSTemporaryDirectory() + "versus-e2e-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Fixtures.path(fixture), toPath: root)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Replaces `old` by `new` in a file of the site; the text must be there.
    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try #require(read(path))
        #expect(text.contains(old), "\(path) does not contain \(old)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

    /// Every file under `folder`, relative to it, sorted.
    func files(under folder: String) -> [String] {
        let base = root + "/" + folder
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let path = e.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out.append(path)
            }
        }
        return out.sorted()
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}

enum Fixtures {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }
}
