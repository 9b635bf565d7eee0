import Foundation
import Testing
import VersusCore
@testable import VersusSite

/// The preview with a theme beneath the site: a template or stylesheet the
/// site adds replaces the theme's at once, and removing it brings the
/// theme's back, each step the bytes of a fresh build.
@Suite struct LiveThemeTests {
    static let theme = Theme([
        ThemeFile(path: "Templates/page.mustache", text: "<!DOCTYPE html><title>{{page.title}}</title><p>theme page</p>{{{page.content}}}\n"),
        ThemeFile(path: "Templates/home.mustache", text: "<!DOCTYPE html><title>{{page.title}}</title><p>theme home</p>\n"),
        ThemeFile(path: "Public/css/site.css", text: "body { color: black; }\n"),
    ])

    func options(_ folder: LiveBuildTests.Folder) -> BuildOptions {
        BuildOptions(root: folder.root, jobs: 2, now: LiveBuildTests.now, theme: Self.theme)
    }

    /// `LiveBuildTests.step`, with the theme in the fresh build too.
    @discardableResult
    func step(_ live: LiveBuild, _ folder: LiveBuildTests.Folder, _ paths: Set<String>) -> LiveBuild.Outcome {
        LiveBuildTests().step(live, paths, fresh: options(folder))
    }

    @Test func aSiteFileAddedAndRemovedInThePreview() throws {
        let folder = try LiveBuildTests.Folder(files: [
            "site.yml": "title: Rigs\n",
            "Content/index.md": "---\ntitle: Rigs\ntype: home\n---\nHello.\n",
            "Content/about.md": "---\ntitle: About\ntype: page\n---\nAbout us.\n",
        ])
        let live = LiveBuild(options: options(folder))
        #expect(live.rebuild().succeeded)
        func page(_ path: String) -> String { String(decoding: live.files[path] ?? [], as: UTF8.self) }
        #expect(page("about/index.html").contains("<p>theme page</p>"))
        #expect(page("css/site.css") == "body { color: black; }\n")

        try folder.write("Templates/page.mustache", "<!DOCTYPE html><title>{{page.title}}</title><p>own page</p>\n")
        step(live, folder, ["Templates/page.mustache"])
        #expect(page("about/index.html").contains("<p>own page</p>"))
        #expect(page("index.html").contains("<p>theme home</p>"), "the theme's other templates stay")

        try folder.write("Public/css/site.css", "body { color: navy; }\n")
        step(live, folder, ["Public/css/site.css"])
        #expect(page("css/site.css") == "body { color: navy; }\n")

        try folder.remove("Templates/page.mustache")
        try folder.remove("Public/css/site.css")
        step(live, folder, ["Templates/page.mustache", "Public/css/site.css"])
        #expect(page("about/index.html").contains("<p>theme page</p>"))
        #expect(page("css/site.css") == "body { color: black; }\n")
    }

    /// `theme: none`: the preview serves what build writes, none of the theme.
    @Test func themeNoneInThePreview() throws {
        let folder = try LiveBuildTests.Folder(files: [
            "site.yml": "title: Rigs\ntheme: none\n",
            "Content/index.md": "---\ntitle: Rigs\ntype: page\n---\nHello.\n",
            "Templates/page.mustache": "<!DOCTYPE html><title>{{page.title}}</title>{{{page.content}}}\n",
            "Public/css/site.css": "body { color: navy; }\n",
        ])
        let live = LiveBuild(options: options(folder))
        #expect(live.rebuild().succeeded)
        #expect(live.files["css/site.css"] == Array("body { color: navy; }\n".utf8))
        try folder.remove("Public/css/site.css")
        step(live, folder, ["Public/css/site.css"])
        #expect(live.files["css/site.css"] == nil)
    }
}
