import ArgumentParser
import Foundation
import VersusCore
import VersusSite

/// The command line: parses arguments, calls `VersusSite`, prints. No build
/// logic lives here.
@main
struct VersusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "A static-site generator for publications that compare things.",
        version: Versus.version,
        subcommands: [BuildCommand.self]
    )
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site folder into a static site (Output/ by default)."
    )

    @Option(name: .long, help: "The site folder (holds site.yml, Content/, Templates/, Public/).")
    var root: String = "."

    @Option(name: .long, help: "Where to write the site (default: <root>/Output). Replaced only if versus wrote it.")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Override base_url of site.yml, e.g. https://example.org/versus/.")
    var baseURL: String?

    @Flag(name: .long, help: "Include pages with draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print only errors and warnings, no summary.")
    var quiet = false

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = defaultJobs

    func run() throws {
        let options = BuildOptions(root: root, output: output, baseURL: baseURL, includeDrafts: drafts,
                                   strict: strict, jobs: jobs)
        let start = DispatchTime.now().uptimeNanoseconds
        let report = Build.run(options)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let tree = DiskTree(root: root)
        let formatter = DiagnosticFormatter { path in
            guard let bytes = try? tree.read(path) else { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((formatter.format(diagnostic) + "\n").utf8))
        }
        if !quiet || !report.succeeded {
            let summary = Summary.line(report, seconds: seconds, output: options.output)
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}

enum Summary {
    static func line(_ report: BuildReport, seconds: Double, output: String) -> String {
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        let stages = report.timings.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", ")
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if report.succeeded {
            return "versus: wrote \(report.pagesWritten) pages and copied \(report.filesCopied) files to \(output) in \(milliseconds(seconds)) (\(stages)); \(counts)"
        }
        return "versus: build failed, \(output) left as it was; \(counts) (\(stages))"
    }

    static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
