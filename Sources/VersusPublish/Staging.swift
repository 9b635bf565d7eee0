import Foundation
import VersusCore

extension Emitter {
    /// A new generation written as it is rendered, a batch at a time, so that
    /// a large site never holds every page's bytes at once (`emit` takes them
    /// all in one go). The generation is made from nothing, in a folder beside
    /// the output; `finish` puts it in the output's place in one rename, and
    /// `discard` (a build that found errors) removes it, leaving the output as
    /// it was.
    public final class Staging: @unchecked Sendable {
        private let place: Place
        private let output: String
        private let ownsLock: Bool
        private let tree: any FileTree
        private let jobs: Int
        private var open = true

        /// Checks and locks `output` as `emit` does; `held`: the lock, when
        /// the caller took it before.
        public init(output: String, siteRoot: String, from tree: any FileTree, jobs: Int, held: OutputHold? = nil) throws(EmitError) {
            place = try Emitter.prepare(output: output, siteRoot: siteRoot, held: held)
            self.output = output
            self.ownsLock = held == nil
            self.tree = tree
            self.jobs = jobs
        }

        /// Writes one batch of files and copies. A file whose bytes are the
        /// output's at the same path is linked from there, not written.
        public func write(files: [OutputFile], copies: [FileCopy] = []) throws(EmitError) {
            precondition(open, "a finished generation")
            do throws(EmitError) {
                try Emitter.write(files: files, copies: copies, kept: [], into: place.staging,
                                  previous: place.targetExists ? place.target : nil, update: nil, from: tree, jobs: jobs, batch: true)
            } catch {
                discard()
                throw error
            }
        }

        /// Marks the generation as Versus's and puts it in the output's place.
        /// `keepReplacedAt`: where the generation replaced goes (the build
        /// cache's spare); true when it went there, else it is removed.
        @discardableResult
        public func finish(keepReplacedAt spare: String? = nil) throws(EmitError) -> Bool {
            precondition(open, "a finished generation")
            defer { close() }
            // A generation with no file at all still has its folder.
            if mkdir(place.staging, 0o755) == 0 { FolderSpread.mark(place.staging) }
            if let failure = Emitter.writeFile(place.staging + "/" + Emitter.marker, Array(Emitter.markerText.utf8)) {
                try? FileManager.default.removeItem(atPath: place.staging)
                throw failure
            }
            // A spare of unknown contents goes; the generation replaced takes its place.
            if let spare, FileManager.default.fileExists(atPath: spare) { try? FileManager.default.removeItem(atPath: spare) }
            return try Emitter.replace(place.target, with: place.staging, exists: place.targetExists, output: output, keepReplacedAt: spare)
        }

        /// Removes what was written; the output stays as it was.
        public func discard() {
            guard open else { return }
            try? FileManager.default.removeItem(atPath: place.staging)
            close()
        }

        private func close() {
            open = false
            if ownsLock { place.lock.release() }
        }

        deinit { discard() }
    }
}
