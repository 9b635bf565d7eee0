import Foundation
import Testing
import VersusContent
@testable import VersusSite

/// The build's date: the clock, or SOURCE_DATE_EPOCH as reproducible builds set it.
@Suite struct BuildClockTests {
    @Test func sourceDateEpochSetsTheBuildsDate() {
        let fixed = BuildOptions.clock(environment: ["SOURCE_DATE_EPOCH": "1790856000"])
        #expect(fixed == Date(timeIntervalSince1970: 1_790_856_000))
        #expect(BuildOptions(root: "/tmp/x", now: fixed).today == Day("2026-10-01"))
        // Not a number: the clock, as without it.
        let clock = BuildOptions.clock(environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(abs(clock.timeIntervalSinceNow) < 60)
        #expect(abs(BuildOptions.clock(environment: [:]).timeIntervalSinceNow) < 60)
    }
}
