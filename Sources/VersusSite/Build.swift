import Foundation
import VersusCache
import VersusContent
import VersusCore
import VersusPublish
import VersusSearch

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
    /// Pages parsed, linked and rendered again, when the build cache spared
    /// the others; nil for a build that did everything.
    public var pagesRebuilt: Int?
    /// Lines about the build cache (one set aside, one not written).
    public var notes: [String] = []

    public var succeeded: Bool { wroteOutput }
}

/// The stages' timings, in the order they ran.
struct StageClock {
    var timings: [(stage: String, seconds: Double)] = []

    mutating func time<T>(_ stage: String, _ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}

/// What the stages made, ready for emit and for the build cache.
struct BuildOutcome {
    var files: [OutputFile]
    var copies: [FileCopy]
    /// Output paths whose bytes are the last build's (see `Emitter.emit`).
    var kept: [String] = []
    var pageCount: Int
    /// Every problem, before `--strict`.
    var diagnostics: [Diagnostic]
    /// Per page path, its `PageFacts` encoded, when the cache is kept.
    var pages: [String: [UInt8]] = [:]
    var searchFiles: [String] = []
    /// Pages the cache did not spare; nil for a full build.
    var rebuilt: Int?
    /// The files already written to the staging folder as they were rendered
    /// (not in `files`), with their stamps when the cache wants them.
    var streamed: [String: FileStamp] = [:]
    /// Seconds spent writing them, which the `render` stage does not count.
    var streamSeconds = 0.0
    /// The first day on which this input would give other diagnostics (a
    /// figure turning stale): the record is not trusted from that day on.
    var dateHorizon: Day?
}

public enum Build {
    /// Runs load → parse → link → render and, when no stage found an error,
    /// emit. Every diagnostic of every stage is in the report; warnings count
    /// as errors under `--strict`.
    ///
    /// With `options.cache`, the last build's record (`.versus-cache/`) says
    /// what changed: nothing (the output stands), the bodies of some pages
    /// (those pages alone are built again, see `CachedBuild`), or more (a
    /// full build). Either way the output is byte for byte a full build's.
    public static func run(_ options: BuildOptions, tree: (any FileTree)? = nil, write: Bool = true) -> BuildReport {
        var clock = StageClock()
        let base = options.siteTree(tree)
        // With the cache, what the stages read is logged (see `ReadLog`).
        let log = options.cache && write ? ReadLog(base) : nil
        let tree: any FileTree = log ?? base
        var notes: [String] = []
        var cache: (store: BuildCache, inputs: SiteInputs)?
        // The last build's record, and whether the output is still what it
        // wrote; `last` when it also was made with these options.
        var previous: BuildRecord?
        var outputKnown = false
        var last: BuildRecord?
        // With the cache, the output's lock is held from before the record is
        // read until the new one is written: no other build may replace the
        // output or the spare in between.
        var held: OutputHold?
        if options.cache && write {
            do throws(EmitError) {
                held = try Emitter.hold(output: options.output)
            } catch where error.problem == .outputLocked {
                return BuildReport(diagnostics: [error.diagnostic], pagesWritten: 0, filesCopied: 0, timings: [], wroteOutput: false)
            } catch {
                // Emit says what is wrong with the output; no cache meanwhile.
            }
        }
        defer { held?.release() }
        if options.cache && write && held != nil {
            clock.time("check") {
                let opened = BuildCache.open(forOutput: options.output, tool: LastBuild.tool)
                notes += [opened.note].compactMap { $0 }
                guard let store = opened.cache, let inputs = LastBuild.inputs(of: base, jobs: options.jobs, last: opened.record) else { return }
                cache = (store, inputs)
                previous = opened.record
                if let record = opened.record, LastBuild.intact(record, output: options.output) {
                    outputKnown = true
                    if LastBuild.reusable(record.options, for: options) { last = record }
                }
            }
            if let last, let cache, last.inputs == cache.inputs.stamps {
                var diagnostics = last.diagnostics
                if options.strict { diagnostics = diagnostics.strict() }
                var report = BuildReport(diagnostics: diagnostics.sortedByLocation(), pagesWritten: last.pageCount,
                                         filesCopied: last.copyCount, timings: clock.timings, wroteOutput: !diagnostics.hasErrors)
                report.upToDate = true
                report.notes = notes
                return report
            }
        }
        let outcome: BuildOutcome
        var loadedSite: LoadedSite?
        var streaming: Emitter.Staging?
        defer { streaming?.discard() }
        if let last, let cache,
           let reused = CachedBuild.run(options, tree: tree, last: last, inputs: cache.inputs, clock: &clock, loadedSite: &loadedSite) {
            outcome = reused
        } else {
            // A generation made from nothing (no spare to bring up to date) is
            // written as it is rendered; a spare is updated from all the bytes.
            let staging = write && knownSpare(previous: previous, outputKnown: outputKnown, output: options.output) == nil
                ? try? Emitter.Staging(output: options.output, siteRoot: options.root, from: tree, jobs: options.jobs, held: held)
                : nil
            streaming = staging
            outcome = full(options, tree: tree, heads: cache?.inputs.heads, clock: &clock, loaded: loadedSite, staging: staging)
        }
        var diagnostics = outcome.diagnostics
        if options.strict { diagnostics = diagnostics.strict() }
        diagnostics = diagnostics.sortedByLocation()
        func failed() -> BuildReport {
            var report = BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0, timings: clock.timings, wroteOutput: false)
            report.notes = notes
            return report
        }
        guard !diagnostics.hasErrors else { return failed() }
        guard write else {
            return BuildReport(diagnostics: diagnostics, pagesWritten: outcome.pageCount, filesCopied: outcome.copies.count,
                               timings: clock.timings, wroteOutput: false)
        }
        // With the cache: the stamp of every file of the next generation, so
        // that the spare generation is brought up to it by what differs.
        var spare: Emitter.Spare?
        if let cache {
            spare = clock.time("stamp") { () -> Emitter.Spare? in
                guard let next = stamps(of: outcome, last: last, inputs: cache.inputs, jobs: options.jobs) else { return nil }
                let path = BuildCache.sparePath(forOutput: options.output)
                // The spare shares files (hard links) with the output: it is
                // trusted only while the output is as the record says.
                let holds = streaming == nil ? knownSpare(previous: previous, outputKnown: outputKnown, output: options.output) : nil
                // A file at a new path with the bytes of one the output holds
                // (the search index's folders are named by their contents).
                var sameAs: [String: String] = [:]
                if outputKnown, let current = previous?.outputs {
                    var byStamp: [FileStamp: String] = [:]
                    for (path, stamp) in current { byStamp[stamp] = path }
                    for file in outcome.files where current[file.path] == nil {
                        if let stamp = next[file.path], let other = byStamp[stamp] { sameAs[file.path] = other }
                    }
                }
                return Emitter.Spare(path: path, holds: holds, next: next, keepReplaced: outputKnown, sameAs: sameAs)
            }
        }
        var spareKept = false
        let emitted: EmitError? = clock.time("emit") { () -> EmitError? in
            do throws(EmitError) {
                if let staging = streaming {
                    // The pages are written; the other files, the copies, then
                    // the generation takes the output's place.
                    try staging.write(files: outcome.files, copies: outcome.copies)
                    spareKept = try staging.finish(keepReplacedAt: spare?.keepReplaced == true ? spare?.path : nil)
                    streaming = nil
                } else {
                    spareKept = try Emitter.emit(files: outcome.files, copies: outcome.copies, kept: outcome.kept, from: tree,
                                                 siteRoot: options.root, output: options.output, jobs: options.jobs, spare: spare, held: held)
                }
                return nil
            } catch {
                return error
            }
        }
        if outcome.streamSeconds > 0, let at = clock.timings.lastIndex(where: { $0.stage == "emit" }) {
            clock.timings[at].seconds += outcome.streamSeconds
        }
        if let emitted {
            diagnostics.append(emitted.diagnostic)
            return failed()
        }
        if let cache, let spare, let generation = LastBuild.generation(of: options.output) {
            clock.time("record") {
                let kept = spareKept ? LastBuild.generation(of: spare.path) : nil
                var record = BuildRecord(
                    tool: LastBuild.tool, options: LastBuild.options(options, until: outcome.dateHorizon), inputs: cache.inputs.stamps,
                    outputs: spare.next,
                    generation: generation, diagnostics: outcome.diagnostics, pageCount: outcome.pageCount,
                    copyCount: outcome.copies.count, pages: outcome.pages, searchFiles: outcome.searchFiles,
                    spare: kept == nil ? [:] : previous?.outputs ?? [:], spareGeneration: kept ?? "")
                record.outputStats = LastBuild.written(Array(spare.next.keys), in: options.output, jobs: options.jobs)
                record.outputFolders = LastBuild.folders(of: Array(spare.next.keys), in: options.output, jobs: options.jobs)
                // A file the build read with other bytes than the check saw
                // (saved meanwhile) is left out: the next build is a full one.
                var stats = cache.inputs.stats
                let read = log?.read ?? [:]
                for (path, stamp) in read where cache.inputs.stamps[path] != stamp {
                    record.inputs[path] = nil
                    stats[path] = nil
                }
                record.inputStats = stats
                // A copy holds the bytes emit read, whatever the check saw.
                for copy in outcome.copies { if let actual = read[copy.source] { record.outputs[copy.destination] = actual } }
                record.heads = cache.inputs.heads
                record.checkedAt = cache.inputs.checkedAt
                notes += [cache.store.save(record, over: previous)].compactMap { $0 }
            }
        }
        var report = BuildReport(diagnostics: diagnostics, pagesWritten: outcome.pageCount, filesCopied: outcome.copies.count,
                                 timings: clock.timings, wroteOutput: true)
        report.pagesRebuilt = outcome.rebuilt
        report.notes = notes
        return report
    }

    /// What the spare generation holds, when it is known: the last build's
    /// record says, and both the output and the spare are as it left them.
    private static func knownSpare(previous: BuildRecord?, outputKnown: Bool, output: String) -> [String: FileStamp]? {
        guard outputKnown, let record = previous, !record.spareGeneration.isEmpty,
              LastBuild.generation(of: BuildCache.sparePath(forOutput: output)) == record.spareGeneration else { return nil }
        return record.spare
    }

    /// Every stage over every page. `heads`: the pages' front matter hashes,
    /// when the build cache is kept; then what it needs of each page is
    /// gathered on the way.
    /// `loaded`: the site as a cached build that gave up had read it already.
    /// `staging`: where the pages are written as they are rendered (a build
    /// that makes its output from nothing); nil to keep every file's bytes.
    static func full(_ options: BuildOptions, tree: any FileTree, heads: [String: ContentHash]?, clock: inout StageClock,
                     loaded preloaded: LoadedSite? = nil, staging: Emitter.Staging? = nil) -> BuildOutcome {
        // Each stage's value is dropped once the next exists, so a large site
        // never holds its bodies, parsed trees and linked trees all at once.
        var loaded: LoadedSite? = preloaded ?? clock.time("load") { LoadedSite.load(from: tree, options: options) }
        var parsed: ParsedSite? = clock.time("parse") { ParsedSite(parsing: loaded.take(), jobs: options.jobs) }
        var linked: LinkedSite? = clock.time("link") { LinkedSite(linking: parsed.take(), jobs: options.jobs, today: options.today) }
        _ = (loaded, parsed)
        var facts = heads.map { PageFacts.gather(from: linked!, heads: $0) }
        var terms: [Int: PageTerms] = [:]
        let search = linked!.config.search ? clock.time("search") { () -> SiteSearch.Files in
            let documents = SiteSearch.documents(for: linked!, jobs: options.jobs)
            let files = SiteSearch.files(documents: documents, jobs: options.jobs)
            if facts != nil {
                for (k, (index, document)) in zip(linked!.placedPages, documents).enumerated() {
                    facts![index].search = PageFacts.kept(document)
                    if k < files.pages.count { terms[index] = files.pages[k] }
                }
            }
            return files
        } : nil
        let paths = linked!.pages.map(\.source.path)
        // Written as rendered: each batch's stamps (for the cache) and bytes;
        // after the first error nothing more is written, as it will not stand.
        var streamed: [String: FileStamp] = [:]
        var writeSeconds = 0.0
        var writeError: EmitError?
        let deliver: (([OutputFile], Bool) -> Void)? = staging.map { staging in
            { files, failed in
                guard !failed, writeError == nil else { return }
                let start = DispatchTime.now().uptimeNanoseconds
                if heads != nil {
                    for (file, stamp) in zip(files, parallelMap(files, jobs: options.jobs) { FileStamp($0.contents) }) {
                        streamed[file.path] = stamp
                    }
                }
                do throws(EmitError) { try staging.write(files: files) } catch { writeError = error }
                writeSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
        }
        let horizon = linked!.linker.provenance.horizon(of: linked!.catalog.models.compactMap { linked!.pages[$0.index].source.model },
                                                         config: linked!.config)
        let rendered = clock.time("render") { RenderedSite(rendering: linked.take(), search: search, options: options, deliver: deliver) }
        if staging != nil { clock.timings[clock.timings.count - 1].seconds -= writeSeconds }
        var outcome = BuildOutcome(files: rendered.files, copies: rendered.copies, pageCount: rendered.pageCount,
                                   diagnostics: rendered.diagnostics + [writeError?.diagnostic].compactMap { $0 },
                                   searchFiles: search?.files.map(\.path) ?? [])
        outcome.streamed = streamed
        outcome.streamSeconds = writeSeconds
        outcome.dateHorizon = horizon
        if var facts {
            for (index, problems) in rendered.pageProblems { facts[index].renderProblems = problems }
            let all = facts
            let pageTerms = terms
            let encoded = parallelMap(Array(all.indices), jobs: options.jobs) { PageFacts.encode(all[$0], terms: pageTerms[$0]) }
            outcome.pages = Dictionary(zip(paths, encoded), uniquingKeysWith: { a, _ in a })
        }
        return outcome
    }

    /// The stamp of every file of the next generation: a written file's of
    /// its bytes, a copy's of its source (among the inputs), a kept file's
    /// the last build's. Nil when one is unknown.
    private static func stamps(of outcome: BuildOutcome, last: BuildRecord?, inputs: SiteInputs, jobs: Int) -> [String: FileStamp]? {
        var next = outcome.streamed
        let stamps = parallelMap(outcome.files, jobs: jobs) { FileStamp($0.contents) }
        for (file, stamp) in zip(outcome.files, stamps) { next[file.path] = stamp }
        for path in outcome.kept {
            guard let stamp = last?.outputs[path] else { return nil }
            next[path] = stamp
        }
        for copy in outcome.copies {
            guard let stamp = inputs.stamps[copy.source] else { return nil }
            next[copy.destination] = stamp
        }
        return next
    }
}

extension Optional {
    /// The value, leaving nil behind so that its memory can go.
    mutating func take() -> Wrapped {
        defer { self = nil }
        return self!
    }
}
