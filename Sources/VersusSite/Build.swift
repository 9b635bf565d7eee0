import Foundation
import VersusCore
import VersusPublish

/// What one build did, for the command line's summary and for tests.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pagesWritten: Int
    public var filesCopied: Int
    /// Stage name → seconds, in the order the stages ran.
    public var timings: [(stage: String, seconds: Double)]
    /// False when errors stopped the build before anything was written.
    public var wroteOutput: Bool

    public var succeeded: Bool { wroteOutput }
}

public enum Build {
    /// Runs load → parse → link → render and, when no stage found an error,
    /// emit. Every diagnostic of every stage is in the report; warnings count
    /// as errors under `--strict`.
    public static func run(_ options: BuildOptions, tree: (any FileTree)? = nil, write: Bool = true) -> BuildReport {
        var timings: [(String, Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        let tree = tree ?? DiskTree(root: options.root)
        // Each stage's value is dropped once the next exists, so a large site
        // never holds its bodies, parsed trees and linked trees all at once.
        var loaded: LoadedSite? = timed("load") { LoadedSite.load(from: tree, options: options) }
        var parsed: ParsedSite? = timed("parse") { ParsedSite(parsing: loaded.take(), jobs: options.jobs) }
        var linked: LinkedSite? = timed("link") { LinkedSite(linking: parsed.take(), jobs: options.jobs) }
        let search = linked!.config.search ? timed("search") { SiteSearch.files(for: linked!, jobs: options.jobs) } : nil
        let rendered = timed("render") { RenderedSite(rendering: linked.take(), search: search, options: options) }
        _ = (loaded, parsed, linked)
        var diagnostics = rendered.diagnostics
        if options.strict { diagnostics = diagnostics.strict() }
        diagnostics = diagnostics.sortedByLocation()
        guard !diagnostics.hasErrors else {
            return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0, timings: timings, wroteOutput: false)
        }
        guard write else {
            return BuildReport(diagnostics: diagnostics, pagesWritten: rendered.pageCount, filesCopied: rendered.copies.count,
                               timings: timings, wroteOutput: false)
        }
        let emitted: EmitError? = timed("emit") { () -> EmitError? in
            do throws(EmitError) {
                try Emitter.emit(files: rendered.files, copies: rendered.copies, from: tree, siteRoot: options.root, output: options.output, jobs: options.jobs)
                return nil
            } catch {
                return error
            }
        }
        if let emitted {
            diagnostics.append(emitted.diagnostic)
            return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0, timings: timings, wroteOutput: false)
        }
        return BuildReport(diagnostics: diagnostics, pagesWritten: rendered.pageCount, filesCopied: rendered.copies.count,
                           timings: timings, wroteOutput: true)
    }
}

extension Optional {
    /// The value, leaving nil behind so that its memory can go.
    mutating func take() -> Wrapped {
        defer { self = nil }
        return self!
    }
}
