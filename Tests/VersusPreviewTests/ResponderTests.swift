import Testing
@testable import VersusPreview

@Suite struct ResponderTests {
    let site = SiteSnapshot(files: [
        "index.html": Array("<html><body><h1>Home</h1></body></html>".utf8),
        "comparisons/x/index.html": Array("<html><body>X</body></html>".utf8),
        "css/site.css": Array("body{}".utf8),
        "a b/index.html": Array("<p>space</p>".utf8),
    ], search: ["search/manifest.json": Array("{}".utf8)])

    func get(_ target: String, method: String = "GET", etag: String? = nil, in snapshot: SiteSnapshot? = nil) -> PreviewResponse {
        Responder.respond(method: method, target: target, ifNoneMatch: etag, snapshot: snapshot ?? site)
    }

    func text(_ response: PreviewResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test func servesPagesWithTheLiveClientAndTheirTypes() {
        let home = get("/")
        #expect(home.status == 200)
        #expect(text(home) == "<html><body><h1>Home</h1><script src=\"/__versus/live.js\" data-generation=\"0\"></script></body></html>")
        #expect(home.header("Content-Type") == "text/html; charset=utf-8")
        #expect(home.header("Cache-Control") == "no-cache")
        #expect(home.header("Content-Length") == String(home.body.count))
        #expect(get("/comparisons/x/").status == 200)
        #expect(get("/comparisons/x/index.html").status == 200)
        #expect(get("/a%20b/").status == 200)
        let css = get("/css/site.css?versus=12")
        #expect(text(css) == "body{}")
        #expect(css.header("Content-Type") == "text/css; charset=utf-8")
        #expect(get("/search/manifest.json").header("Content-Type") == "application/json")
        let client = get("/__versus/live.js")
        #expect(client.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(text(client).contains("new EventSource(\"/__versus/events\")"))
    }

    @Test func aFolderWithoutItsSlashRedirects() {
        let moved = get("/comparisons/x?q=1")
        #expect(moved.status == 301)
        #expect(moved.header("Location") == "/comparisons/x/?q=1")
        #expect(get("/a%20b").header("Location") == "/a%20b/")
    }

    @Test func headSendsTheHeadersWithoutTheBody() {
        let head = get("/", method: "HEAD")
        let full = get("/")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("Content-Length") == String(full.body.count))
        #expect(head.header("ETag") == full.header("ETag"))
    }

    @Test func anUnchangedFileIsNotModified() throws {
        let tag = try #require(get("/css/site.css").header("ETag"))
        #expect(tag.count == 18)
        let again = get("/css/site.css", etag: tag)
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(get("/css/site.css", etag: "W/" + tag).status == 304)
        #expect(get("/css/site.css", etag: "\"other\", " + tag).status == 304)
        #expect(get("/css/site.css", etag: "\"other\"").status == 200)
        var changed = site
        changed.files["css/site.css"] = Array("body{color:red}".utf8)
        #expect(get("/css/site.css", etag: tag, in: changed).status == 200)
    }

    @Test func missingPagesGetTheSites404PageOrOurs() {
        let ours = get("/nowhere/")
        #expect(ours.status == 404)
        #expect(text(ours).contains("No page at <code>/nowhere</code>."))
        #expect(text(ours).contains("/__versus/live.js"))
    }

    @Test func theSiteIsAlsoServedUnderItsBasePath() {
        var based = site
        based.basePath = "/versus/"
        based.generation = 7
        #expect(get("/versus/css/site.css", in: based).status == 200)
        #expect(get("/css/site.css", in: based).status == 200)
        #expect(text(get("/versus/", in: based)).contains("data-generation=\"7\""))
        var withPage = site
        withPage.files["404.html"] = Array("<html><body>Lost?</body></html>".utf8)
        let theirs = get("/nowhere/", in: withPage)
        #expect(theirs.status == 404)
        #expect(text(theirs) == "<html><body>Lost?<script src=\"/__versus/live.js\" data-generation=\"0\"></script></body></html>")
    }

    @Test func refusedPathsAndMethods() {
        for target in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/a%00", "/%5c..%5c", "http://x/etc/passwd"] {
            let answer = get(target)
            #expect(answer.status == 400, "\(target)")
            #expect(text(answer).hasPrefix("Bad request: "), "\(target)")
        }
        let post = get("/", method: "POST")
        #expect(post.status == 405)
        #expect(post.header("Allow") == "GET, HEAD")
    }

    @Test func eventsAreFramedLineByLine() {
        #expect(String(decoding: EventHub.encode("problems", data: "a\nb"), as: UTF8.self) == "event: problems\ndata: a\ndata: b\n\n")
    }
}

/// The log names the files an editor saved, never the temporary files
/// editors and tools write beside them.
@Suite struct SavedFileNamesTests {
    @Test func temporaryFilesAreLeftOutOfTheLog() {
        #expect(Preview.describe(paths: ["Content/a.md", "Content/.a.md.swp", "Content/a.md~", "Content/4913", "Content/sedAb12Cd"])
            == "Content/a.md")
        #expect(Preview.describe(paths: ["Content/.a.md.swp"]) == "a temporary file")
        #expect(!Preview.isTemporary("Content/sedation.md"))
        #expect(!Preview.isTemporary("Content/models/glm-5.md"))
    }
}
