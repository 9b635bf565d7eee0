import Foundation
import Testing
import VersusCore
@testable import VersusSite

@Suite struct PublishingTests {
    let files = [
        "site.yml": "title: Pub & Co\nbase_url: https://pub.example/sub/\ndescription: About <things>.\n",
        "Templates/page.mustache": "<h1>{{page.title}}</h1>",
        "Templates/404.mustache": "<a href=\"{{root}}css/site.css\">{{page.title}}</a>",
        "Content/comparisons/new.md": "---\ntitle: New & shiny\ntype: comparison\nlast_updated: 2026-03-01\ntags: [speed]\n---\nAlpha One is fast.\n",
        "Content/comparisons/old.md": "---\ntitle: Old\ntype: comparison\nlast_updated: 2025-01-05\ndescription: The old one.\n---\nText.\n",
        "Content/models/alpha.md": "---\ntitle: Alpha One\ntype: model\nvendor: Acme\nweights: open\npricing: {input: 1.5}\nscores: {speed: 90}\n---\nBody.\n",
    ]

    func render(_ files: [String: String]) -> [String: String] {
        let options = BuildOptions(root: "/nonexistent", jobs: 1, now: Date(timeIntervalSince1970: 1_780_000_000))
        let loaded = LoadedSite.load(from: MemoryTree(files), options: options)
        let linked = LinkedSite(linking: ParsedSite(parsing: loaded, jobs: 1), jobs: 1)
        let rendered = RenderedSite(rendering: linked, search: nil, options: options)
        #expect(rendered.diagnostics == [])
        return Dictionary(uniqueKeysWithValues: rendered.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test func sitemapRobotsAndFeed() throws {
        // With a template for listings, the sitemap lists them.
        let out = render(files.merging(["Templates/list.mustache": "{{page.title}}"]) { $1 })
        #expect(out["sitemap.xml"] == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://pub.example/sub/changes/</loc></url>
            <url><loc>https://pub.example/sub/comparisons/</loc><lastmod>2026-03-01</lastmod></url>
            <url><loc>https://pub.example/sub/comparisons/new/</loc><lastmod>2026-03-01</lastmod></url>
            <url><loc>https://pub.example/sub/comparisons/old/</loc><lastmod>2025-01-05</lastmod></url>
            <url><loc>https://pub.example/sub/models/</loc></url>
            <url><loc>https://pub.example/sub/models/alpha/</loc></url>
            <url><loc>https://pub.example/sub/tags/</loc></url>
            <url><loc>https://pub.example/sub/tags/speed/</loc><lastmod>2026-03-01</lastmod></url>
            <url><loc>https://pub.example/sub/vendors/acme/</loc></url>
            </urlset>

            """)
        // Without one, no listing is written, and none is in the sitemap.
        #expect(render(files)["sitemap.xml"] == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://pub.example/sub/comparisons/new/</loc><lastmod>2026-03-01</lastmod></url>
            <url><loc>https://pub.example/sub/comparisons/old/</loc><lastmod>2025-01-05</lastmod></url>
            <url><loc>https://pub.example/sub/models/alpha/</loc></url>
            </urlset>

            """)
        #expect(out["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://pub.example/sub/sitemap.xml\n")
        let feed = try #require(out["feed.xml"])
        #expect(feed.contains("<title>Pub &amp; Co</title>\n<subtitle>About &lt;things&gt;.</subtitle>"))
        #expect(feed.contains("<id>https://pub.example/sub/</id>\n<updated>2026-03-01T00:00:00Z</updated>"))
        let entries = feed.components(separatedBy: "<entry>").dropFirst()
        #expect(entries.count == 2)
        #expect(entries.first?.contains("<title>New &amp; shiny</title>") == true)
        #expect(entries.first?.contains("<summary>Alpha One is fast.</summary>\n<category term=\"speed\"/>") == true)
        #expect(entries.last?.contains("<updated>2025-01-05T00:00:00Z</updated>\n<summary>The old one.</summary>") == true)
        // The 404 page links from the base path: it is served at any depth.
        #expect(out["404.html"] == "<a href=\"/sub/css/site.css\">Page not found</a>")
    }

    @Test func theAPIHoldsTheModelDataAndArticleMetadata() {
        let out = render(files)
        #expect(out["api/models.json"] == """
            {"version":1,"models":[
            {"id":"alpha","title":"Alpha One","url":"/sub/models/alpha/","permalink":"https://pub.example/sub/models/alpha/","vendor":"Acme","weights":"open","aliases":[],"pricing":{"input":1.5},"scores":{"speed":90},"figures":{"pricing.input":{"value":1.5},"scores.speed":{"value":90}},"articles":["/sub/comparisons/new/"]}
            ]}

            """)
        #expect(out["api/articles.json"] == """
            {"version":1,"articles":[
            {"id":"new","title":"New & shiny","url":"/sub/comparisons/new/","permalink":"https://pub.example/sub/comparisons/new/","last_updated":"2026-03-01","tags":["speed"],"models":["alpha"],"reading_minutes":1},
            {"id":"old","title":"Old","url":"/sub/comparisons/old/","permalink":"https://pub.example/sub/comparisons/old/","description":"The old one.","last_updated":"2025-01-05","tags":[],"models":[],"reading_minutes":1}
            ]}

            """)
        #expect(out["api/schema.json"]?.contains(#""$id": "https://pub.example/sub/api/schema.json""#) == true)
    }

    @Test func withoutAnAbsoluteBaseURLThereIsNoSitemapOrFeedAndPublicFilesWin() {
        var site = files
        site["site.yml"] = "title: Pub\n"
        site["Public/robots.txt"] = "User-agent: *\nDisallow: /\n"
        let out = render(site)
        #expect(out["sitemap.xml"] == nil)
        #expect(out["feed.xml"] == nil)
        #expect(out["robots.txt"] == nil, "the site's own robots.txt is copied instead")
        #expect(out["api/models.json"]?.contains(#""url":"/models/alpha/""#) == true)
        #expect(out["api/models.json"]?.contains("permalink") == false)
    }
}
