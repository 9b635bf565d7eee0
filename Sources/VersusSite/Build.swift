import Foundation
import VersusCache
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
    /// True when the build cache showed that nothing changed since the last
    /// build, whose output stands (and whose problems are said again).
    public var upToDate = false
    /// Lines about the build cache (one set aside, one not written).
    public var notes: [String] = []

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
        var notes: [String] = []
        var cache: BuildCache?
        var inputs: [String: FileStamp]?
        if options.cache && write {
            let last = timed("check") { () -> BuildRecord? in
                let opened = BuildCache.open(forOutput: options.output, tool: LastBuild.tool)
                notes += [opened.note].compactMap { $0 }
                cache = opened.cache
                inputs = LastBuild.inputs(of: tree, jobs: options.jobs)
                guard let record = opened.record, record.options == LastBuild.options(options), record.inputs == inputs,
                      LastBuild.intact(record, output: options.output) else { return nil }
                return record
            }
            if let last {
                var diagnostics = last.diagnostics
                if options.strict { diagnostics = diagnostics.strict() }
                var report = BuildReport(diagnostics: diagnostics.sortedByLocation(), pagesWritten: last.pages, filesCopied: last.copies,
                                         timings: timings, wroteOutput: !diagnostics.hasErrors)
                report.upToDate = true
                report.notes = notes
                return report
            }
        }
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
            var report = BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0, timings: timings, wroteOutput: false)
            report.notes = notes
            return report
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
            var report = BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0, timings: timings, wroteOutput: false)
            report.notes = notes
            return report
        }
        if let cache, let inputs {
            timed("record") {
                notes += [remember(rendered, inputs: inputs, options: options, in: cache)].compactMap { $0 }
            }
        }
        var report = BuildReport(diagnostics: diagnostics, pagesWritten: rendered.pageCount, filesCopied: rendered.copies.count,
                                 timings: timings, wroteOutput: true)
        report.notes = notes
        return report
    }

    /// Leaves what this build read, wrote and said for the next one. A copy's
    /// bytes are its source's, whose stamp is among the inputs.
    private static func remember(_ rendered: RenderedSite, inputs: [String: FileStamp], options: BuildOptions,
                                 in cache: BuildCache) -> String? {
        guard let generation = LastBuild.generation(of: options.output) else { return nil }
        var outputs: [String: FileStamp] = [:]
        let stamps = parallelMap(rendered.files, jobs: options.jobs) { FileStamp($0.contents) }
        for (file, stamp) in zip(rendered.files, stamps) { outputs[file.path] = stamp }
        for copy in rendered.copies {
            guard let stamp = inputs[copy.source] else { return nil }
            outputs[copy.destination] = stamp
        }
        let record = BuildRecord(tool: LastBuild.tool, options: LastBuild.options(options), inputs: inputs, outputs: outputs,
                                 generation: generation, diagnostics: rendered.diagnostics, pages: rendered.pageCount,
                                 copies: rendered.copies.count)
        return cache.save(record)
    }
}

extension Optional {
    /// The value, leaving nil behind so that its memory can go.
    mutating func take() -> Wrapped {
        defer { self = nil }
        return self!
    }
}
