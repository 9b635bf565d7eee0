import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `versus serve` as an editor uses it: the binary on a scratch copy of a
/// fixture, over real sockets.
@Suite(.serialized) struct ServeTests {
    @Test func servesRebuildsOnSaveAndKeepsTheLastGoodSiteWhenBroken() throws {
        let site = try ScratchSite(copying: "links")
        let server = try ServeProcess(root: site.root)
        let page = try #require(try RawHTTP.request(server.port, "/comparisons/one/"))
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("<h1>One</h1>"))
        #expect(page.body.contains("<script src=\"/__versus/live.js\" data-generation=\"1\"></script></body>"))
        #expect(!site.exists("Output"), "serve writes nothing to disk")

        let events = try RawHTTP(port: server.port)
        events.send("GET /__versus/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let hello = events.read(until: "event: hello")
        #expect(hello.contains("text/event-stream"))
        #expect(hello.contains("\"problems\":[]"))

        // A save: the page changes and open pages are told to reload.
        let good = try #require(site.read("Content/comparisons/one.md"))
        events.clear()
        try site.write("Content/comparisons/one.md", good + "\nA fresh sentence.\n")
        #expect(events.read(until: "event: reload").contains("event: reload"))
        #expect(try RawHTTP.request(server.port, "/comparisons/one/")?.body.contains("A fresh sentence.") == true)
        #expect(server.waitForLog("Content/comparisons/one.md: 1 page rendered"))

        // A broken save: the errors go to the page and the terminal; the last good page stays.
        events.clear()
        try site.write("Content/comparisons/one.md", "---\ntitle: [One\ntype: comparison\n---\nBroken.\n")
        let problems = events.read(until: "event: problems")
        #expect(problems.contains("event: problems"))
        #expect(problems.contains("Content/comparisons/one.md:2:8: error[V020]: this '[' is never closed"))
        #expect(try RawHTTP.request(server.port, "/comparisons/one/")?.body.contains("A fresh sentence.") == true)
        #expect(server.waitForLog("still serving the last good site"))
        #expect(server.stderr.contains("Content/comparisons/one.md:2:8: error[V020]: this '[' is never closed"))
        // A page opened now learns about the errors from its first message.
        let late = try RawHTTP(port: server.port)
        late.send("GET /__versus/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(late.read(until: "never closed").contains("Content/comparisons/one.md:2:8: error[V020]: this '[' is never closed"))

        // The fix: pages reload and the overlay goes.
        events.clear()
        try site.write("Content/comparisons/one.md", good)
        #expect(events.read(until: "event: reload").contains("event: reload"))
        #expect(try RawHTTP.request(server.port, "/comparisons/one/")?.body.contains("A fresh sentence.") == false)

        // An editor that saves by writing a temporary file and renaming it over the page.
        events.clear()
        try site.write("Content/comparisons/.one.md.swp", good + "\nSaved by rename.\n")
        #expect(rename(site.root + "/Content/comparisons/.one.md.swp", site.root + "/Content/comparisons/one.md") == 0)
        #expect(events.read(until: "event: reload").contains("event: reload"))
        #expect(try RawHTTP.request(server.port, "/comparisons/one/")?.body.contains("Saved by rename.") == true)

        // A stylesheet: swapped in place, no reload.
        events.clear()
        try site.write("Public/site.css", "body { color: teal }\n")
        #expect(events.read(until: "event: styles").contains("event: styles"))
        events.clear()
        try site.write("Public/site.css", "body { color: navy }\n")
        let styles = events.read(until: "event: styles")
        #expect(styles.contains("\"paths\":[\"site.css\"]"))
        #expect(!styles.contains("event: reload"))
        let css = try RawHTTP.request(server.port, "/site.css")
        #expect(css?.body == "body { color: navy }\n", "\(String(describing: css))")
    }

    @Test func httpDetails() throws {
        let site = try ScratchSite(copying: "links")
        let server = try ServeProcess(root: site.root)
        let first = try #require(try RawHTTP.request(server.port, "/models/beta/"))
        let tag = try #require(first.headers["etag"])
        #expect(first.headers["cache-control"] == "no-cache")
        #expect(try RawHTTP.request(server.port, "/models/beta/", headers: ["If-None-Match: \(tag)"])?.status == 304)
        let head = try #require(try RawHTTP.request(server.port, "/models/beta/", method: "HEAD"))
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == first.headers["content-length"])
        #expect(try RawHTTP.request(server.port, "/models/beta")?.headers["location"] == "/models/beta/")
        let missing = try #require(try RawHTTP.request(server.port, "/no/such/page/"))
        #expect(missing.status == 404)
        #expect(missing.body.contains("No page at <code>/no/such/page</code>."))
        #expect(try RawHTTP.request(server.port, "/", method: "DELETE")?.status == 405)
        // Keep-alive: two requests on one connection.
        let connection = try RawHTTP(port: server.port)
        connection.send("GET /models/beta/ HTTP/1.1\r\nHost: x\r\n\r\nGET /models/alpha/ HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(connection.response()?.body.contains("<h1>Beta</h1>") == true)
        #expect(connection.response()?.body.contains("<h1>Alpha 2</h1>") == true)
    }

    @Test func noRequestReadsAFileOutsideTheSite() throws {
        let site = try ScratchSite(copying: "links")
        let secret = "secret-\(UUID().uuidString)"
        try site.write("site.yml", (site.read("site.yml") ?? "") + "# \(secret)\n")
        let outside = NSTemporaryDirectory() + "versus-outside-\(UUID().uuidString).txt"
        try Data(secret.utf8).write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let server = try ServeProcess(root: site.root)
        let name = (outside as NSString).lastPathComponent
        let attempts = [
            "/../site.yml", "/../../../../etc/passwd", "/%2e%2e/site.yml", "/%2E%2E/%2E%2E/etc/passwd",
            "/..%2fsite.yml", "/%2e%2e%2fsite.yml", "/%252e%252e/site.yml", "/..%5csite.yml", "/..\\site.yml",
            "/site.yml", "/Content/comparisons/one.md", "/Templates/page.mustache", "/site.yml%00.html",
            "http://127.0.0.1/../site.yml", "/./../site.yml", "//../site.yml", "/../tmp/\(name)", "/%c0%ae%c0%ae/site.yml",
            "/models/../../site.yml", "/" + String(repeating: "../", count: 40) + "etc/passwd",
        ]
        for target in attempts {
            let answer = try RawHTTP.request(server.port, target)
            if let answer {
                #expect([400, 404].contains(answer.status), "\(target) → \(answer.status)")
                #expect(!answer.body.contains(secret), "\(target) leaked the file")
                #expect(!answer.body.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
            }
        }
        // The server is still up.
        #expect(try RawHTTP.request(server.port, "/models/beta/")?.status == 200)
    }

    @Test func aPortInUseIsAClearError() throws {
        let site = try ScratchSite(copying: "links")
        let server = try ServeProcess(root: site.root)
        let second = try VersusBinary.run(["serve", "--root", site.root, "--port", String(server.port)])
        #expect(second.status == 1)
        #expect(second.stderr.contains("versus: port \(server.port) is in use on 127.0.0.1: stop the other server or pass --port 0 to pick a free one"))
    }
}
