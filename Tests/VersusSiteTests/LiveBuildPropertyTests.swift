import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// Random sequences of edits on a generated site (`EditedSite`), each step
/// compared file by file and diagnostic by diagnostic with a build from
/// scratch: the preview's recorded reads must never leave a stale page,
/// whatever the edit.
@Suite struct LiveBuildPropertyTests {
    @Test func randomEditSequencesMatchABuildFromScratch() throws {
        var steps = 0
        for seed in UInt64(1)...12 {
            let site = try EditedSite(seed: seed)
            let live = LiveBuild(options: LiveBuildTests().options(site.folder))
            #expect(live.rebuild().diagnostics.filter { $0.severity == .error } == [], "seed \(seed)")
            for _ in 0..<8 {
                guard let changed = try site.edit(kinds: 9) else { continue }
                steps += 1
                LiveBuildTests().step(live, site.folder, changed)
            }
        }
        #expect(steps >= 80)
    }
}
