import Testing
@testable import VersusPreview

@Suite struct RequestPathTests {
    @Test func decodesSegmentsOnce() {
        #expect(RequestPath.parse("/") == .site(segments: [], directory: true))
        #expect(RequestPath.parse("/a%20b/c/?q=1") == .site(segments: ["a b", "c"], directory: true))
        #expect(RequestPath.parse("/css/site.css") == .site(segments: ["css", "site.css"], directory: false))
        #expect(RequestPath.parse("//a/./b") == .site(segments: ["a", "b"], directory: false))
        // Double-encoded dots stay a literal name after one decoding.
        #expect(RequestPath.parse("/%252e%252e/etc/passwd") == .site(segments: ["%2e%2e", "etc", "passwd"], directory: false))
    }

    @Test func refusesTraversalAndMalformedPaths() {
        #expect(RequestPath.parse("/../etc/passwd") == .refused("'..' in the path"))
        #expect(RequestPath.parse("/a/%2e%2e/%2e%2e/etc/passwd") == .refused("'..' in the path"))
        #expect(RequestPath.parse("/a/%2E%2E/b") == .refused("'..' in the path"))
        #expect(RequestPath.parse("/a%2f..%2fb") == .refused("an encoded / in the path"))
        #expect(RequestPath.parse("/..%5c..%5cwin.ini") == .refused("a control byte or backslash in the path"))
        #expect(RequestPath.parse("/a%00.html") == .refused("a control byte or backslash in the path"))
        #expect(RequestPath.parse("/a%zz") == .refused("bad percent-encoding"))
        #expect(RequestPath.parse("/a%") == .refused("bad percent-encoding"))
        #expect(RequestPath.parse("/%ff%fe") == .refused("bad percent-encoding"))
        #expect(RequestPath.parse("http://example.org/etc/passwd") == .refused("the path must start with /"))
        #expect(RequestPath.parse("*") == .refused("the path must start with /"))
        #expect(RequestPath.parse("/" + String(repeating: "a", count: 3000)) == .refused("the path is too long"))
    }
}
