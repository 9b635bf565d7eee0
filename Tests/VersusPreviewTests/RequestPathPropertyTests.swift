import PropertyBased
import Testing
@testable import VersusPreview

/// Whatever a client sends, a request path either is refused or names site
/// segments with no way up: no `..`, no slash, no control byte, no backslash.
/// And every path the site itself links to comes back as it was written.
@Suite struct RequestPathPropertyTests {
    static let hostile = Gen.element(of: ["/", ".", "..", "%2e", "%2E", "%2f", "%5c", "%00", "%25", "\\", "a", "é", "%c3%a9", "?", "#", "%"]).map { $0! }
        .array(of: 0...12).map { $0.joined() }

    @Test func nothingClimbsOutOfTheSite() async {
        await propertyCheck(count: 2000, input: Self.hostile) { tail in
            switch RequestPath.parse("/" + tail) {
            case .refused: break
            case .site(let segments, _):
                for segment in segments {
                    #expect(segment != ".." && segment != "." && !segment.isEmpty, "/\(tail) → \(segments)")
                    #expect(!segment.contains("/") && !segment.contains("\\"), "/\(tail) → \(segments)")
                    #expect(!segment.unicodeScalars.contains { $0.value < 0x20 }, "/\(tail) → \(segments)")
                }
            }
        }
    }

    @Test func escapedSegmentsComeBackAsWritten() async {
        // A segment of a site path: any character but the slash, the
        // backslash and DEL, which no page's path holds and which are refused
        // on purpose (see `nothingClimbsOutOfTheSite`).
        let segment = Gen.unicodeScalar(in: "!"..."\u{07FF}").map { Character($0) }.string(of: 1...10)
            .map { text in
                let scalars = text.unicodeScalars.map { "/\\\u{7F}".unicodeScalars.contains($0) ? "x" : $0 }
                let clean = String(String.UnicodeScalarView(scalars))
                return clean == "." || clean == ".." ? "dot" : clean
            }
        await propertyCheck(count: 1000, input: segment.array(of: 1...5)) { segments in
            let target = "/" + segments.map(URLPath.escape).joined(separator: "/") + "/"
            #expect(RequestPath.parse(target) == .site(segments: segments, directory: true), "\(target)")
        }
    }
}
