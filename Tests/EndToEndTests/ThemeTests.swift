import Foundation
import Testing

/// The embedded theme and `versus init`: a site of `site.yml` and `Content/`
/// only builds with the theme in the binary; the site's own files replace the
/// theme's file by file; `theme eject` copies the theme and never overwrites.
@Suite struct ThemeTests {
    /// The theme's sources in this repository, which the binary embeds.
    static let themeFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/VersusTheme/Theme").path

    static func themeFile(_ path: String) -> String? {
        FileManager.default.contents(atPath: themeFolder + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    static var themePaths: [String] {
        let walk = FileManager.default.enumerator(atPath: themeFolder)
        var paths: [String] = []
        while let path = walk?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: themeFolder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    @Test func initStartsASiteThatBuildsStrictWithoutTemplates() throws {
        let parent = try ScratchSite(files: [:])
        let folder = parent.root + "/bench-notes"
        let run = try VersusBinary.run(["init", folder])
        #expect(run.status == 0, "\(run.stderr)")
        let written = [".gitignore", "site.yml", "Content/index.md", "Content/about.md", "Content/comparisons/example-comparison.md",
                       "Content/models/example-open-7b.md", "Content/models/example-cloud-pro.md"]
        #expect(run.stdout == written.map { folder + "/" + $0 + "\n" }.joined())
        // The next command as this one was run, to paste.
        #expect(run.stderr.hasPrefix("versus: started a site in \(folder). Next: \(VersusBinary.url.path) serve -s \(folder) --drafts"))
        #expect(parent.files(under: "bench-notes") == written.sorted())
        #expect(parent.read("bench-notes/site.yml")?.contains("title: \"Bench notes\"\n") == true)
        #expect(parent.read("bench-notes/.gitignore")?.contains("/Output/\n") == true)
        #expect(!parent.exists("bench-notes/Templates") && !parent.exists("bench-notes/Public"))

        // Published: the home and about pages, with the theme's stylesheet and scripts.
        let build = try VersusBinary.run(["build", "--strict", "-s", folder])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("0 errors, 0 warnings"))
        #expect(parent.read("bench-notes/Output/index.html")?.contains("<title>Bench notes</title>") == true)
        #expect(parent.read("bench-notes/Output/about/index.html")?.contains("Say here who writes this site") == true)
        #expect(parent.read("bench-notes/Output/css/site.css") == Self.themeFile("Public/css/site.css"))
        #expect(parent.exists("bench-notes/Output/js/tables.js"))
        #expect(!parent.exists("bench-notes/Output/comparisons/example-comparison/index.html"), "a draft was published")

        // With the drafts: the example comparison links its models, checks its
        // table, and draws its table and chart from their pages.
        let drafts = try VersusBinary.run(["build", "--strict", "-D", "-s", folder, "-d", folder + "/Drafts"])
        #expect(drafts.status == 0, "\(drafts.stderr)")
        let article = try #require(parent.read("bench-notes/Drafts/comparisons/example-comparison/index.html"))
        #expect(article.contains("<a href=\"../../models/example-open-7b/\""))
        #expect(article.contains("<svg"))
        #expect(article.contains("id=\"models-1\""))
        #expect(parent.exists("bench-notes/Drafts/compare/example-cloud-pro-vs-example-open-7b/index.html"))
        // The mistake the example invites is caught.
        try parent.replace("bench-notes/Content/comparisons/example-comparison.md", "| Example Open 7B | 0.20 |", with: "| Example Open 7B | 0.25 |")
        let wrong = try VersusBinary.run(["check", "-D", "-s", folder])
        #expect(wrong.diagnosticLines.first?.hasPrefix(
            "Content/comparisons/example-comparison.md:22:20: warning[V060]: Input $/M of Example Open 7B is 0.25 here, but its model data says $0.20") == true,
            "\(wrong.stderr)")
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let site = try ScratchSite(files: ["notes.txt": "mine\n", "drafts/a.md": "a\n", "b.txt": "b\n", "c.txt": "c\n"])
        let run = try VersusBinary.run(["init", site.root])
        #expect(run.status == 1)
        #expect(run.stderr == "\(site.root): error[V146]: not empty (b.txt, c.txt, drafts and 1 more); versus init starts a site in a new or empty folder and never overwrites a file: choose another folder\n")
        #expect(run.stdout.isEmpty)
        #expect(site.files(under: "") == ["b.txt", "c.txt", "drafts/a.md", "notes.txt"])
        // A folder holding only .git (git init first) is empty enough.
        let repo = try ScratchSite(files: [".git/HEAD": "ref: refs/heads/main\n"])
        let inRepo = try VersusBinary.run(["init", repo.root, "--title", "Rigs & Racks"])
        #expect(inRepo.status == 0, "\(inRepo.stderr)")
        #expect(repo.read("site.yml")?.contains("title: \"Rigs & Racks\"\n") == true)
        #expect(repo.read(".git/HEAD") == "ref: refs/heads/main\n")
    }

    @Test func aSiteFileReplacesTheThemesFileOfTheSamePath() throws {
        let site = try ScratchSite(copying: "pairs")
        try site.write("Templates/partials/footer.mustache", "<footer class=\"site-footer\"><p>Ledgerline's own footer</p></footer>\n")
        try site.write("Public/css/site.css", "body { color: #222; }\n")
        let build = try VersusBinary.run(["build", "-s", site.root])
        #expect(build.status == 0, "\(build.stderr)")
        for page in ["Output/index.html", "Output/reviews/index.html", "Output/compare/index.html"] {
            let html = try #require(site.read(page), "\(page)")
            #expect(html.contains("Ledgerline's own footer"), "\(page)")
            #expect(!html.contains(Self.themeFile("Templates/partials/footer.mustache")!.prefix(60)), "\(page)")
        }
        #expect(site.read("Output/css/site.css") == "body { color: #222; }\n")
        // The rest is the theme's: its other templates, its scripts.
        #expect(site.read("Output/js/tables.js") == Self.themeFile("Public/js/tables.js"))
        #expect(site.read("Output/index.html")?.contains("<header class=\"site-header\">") == true)
        // The override removed, the next build (from the cache) has the theme's again.
        try FileManager.default.removeItem(atPath: site.root + "/Templates")
        try FileManager.default.removeItem(atPath: site.root + "/Public")
        let again = try VersusBinary.run(["build", "-s", site.root])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(site.read("Output/index.html")?.contains("Ledgerline's own footer") == false)
        #expect(site.read("Output/css/site.css") == Self.themeFile("Public/css/site.css"))
        #expect(try VersusBinary.run(["build", "--no-cache", "-s", site.root, "-d", site.root + "/Fresh"]).status == 0)
        #expect(site.files(under: "Output") == site.files(under: "Fresh"))
        #expect(site.read("Output/index.html") == site.read("Fresh/index.html"))
    }

    @Test func ejectCopiesTheThemeAndNeverOverwrites() throws {
        let site = try ScratchSite(copying: "pairs")
        let own = "{{<base}}{{$main}}<p>mine</p>{{/main}}{{/base}}\n"
        try site.write("Templates/page.mustache", own)
        let list = try VersusBinary.run(["theme", "list", "-s", site.root])
        #expect(list.stdout.split(separator: "\n").map(String.init)
                == Self.themePaths.map { $0 == "Templates/page.mustache" ? $0 + "  (the site's own)" : $0 })
        let eject = try VersusBinary.run(["theme", "eject", "-s", site.root])
        #expect(eject.status == 0, "\(eject.stderr)")
        let copied = Self.themePaths.filter { $0 != "Templates/page.mustache" }
        #expect(eject.stdout == copied.map { site.root + "/" + $0 + "\n" }.joined())
        #expect(eject.stderr == "versus: skipped Templates/page.mustache: the site has its own, left as it is\n"
                + "versus: copied \(copied.count) files of the theme, skipped 1; the site's files now replace the theme's of the same path\n")
        #expect(site.read("Templates/page.mustache") == own)
        for path in copied { #expect(site.read(path) == Self.themeFile(path), "\(path)") }
        // Again: everything is the site's now; nothing is written.
        try site.write("Public/css/site.css", "edited\n")
        let twice = try VersusBinary.run(["theme", "eject", "-s", site.root])
        #expect(twice.status == 0)
        #expect(twice.stdout.isEmpty)
        #expect(twice.stderr.hasSuffix("versus: copied 0 files of the theme, skipped \(Self.themePaths.count); the site's files now replace the theme's of the same path\n"))
        #expect(site.read("Public/css/site.css") == "edited\n")
    }

    @Test func ejectOneFileAndAMistypedPath() throws {
        let site = try ScratchSite(copying: "pairs")
        let one = try VersusBinary.run(["theme", "eject", "Templates/partials/footer.mustache", "-s", site.root])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(site.files(under: "Templates") == ["partials/footer.mustache"])
        let folder = try VersusBinary.run(["theme", "eject", "Public/js", "-s", site.root])
        #expect(folder.status == 0)
        #expect(site.files(under: "Public") == ["js/calculator.js", "js/tables.js"])
        let wrong = try VersusBinary.run(["theme", "eject", "Templates/bse.mustache", "-s", site.root])
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "versus: the theme has no file or folder 'Templates/bse.mustache' (did you mean Templates/base.mustache?); versus theme list shows its files\n")
        let outside = try ScratchSite(files: [:])
        let notASite = try VersusBinary.run(["theme", "eject", "-s", outside.root])
        #expect(notASite.status == 1)
        #expect(notASite.stderr.contains("error[V110]"))
        #expect(outside.files(under: "").isEmpty)
    }

    @Test func themeNoneAndAMenuLinkToNoPage() throws {
        let site = try ScratchSite(copying: "pairs")
        let yml = try #require(site.read("site.yml"))
        try site.replace("site.yml", "  - {title: Models, url: /models/}\n", with: "  - {title: Rigs, url: /rig/}\n")
        try site.replace("site.yml", "  - {title: Compare, url: /compare/}\n", with: "  - {title: Compare, url: compare/, weight: 2}\n")
        try site.write("site.yml", try #require(site.read("site.yml")) + "theme: dark\n")
        let run = try VersusBinary.run(["check", "-s", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "site.yml:8:24: error[V050]: broken link: no page or file at /rig/ (did you mean /rigs/?)",
            "site.yml:9:27: error[V148]: the menu link 'compare/' is relative, so it leads elsewhere from every page below the home page: write /compare/",
            "site.yml:9:37: error[V123]: unknown key 'weight' in a nav item; known: title, url",
            "site.yml:14:8: error[V147]: 'theme' must be default (the theme built into versus, beneath the site's own files) or none (the site's Templates/ and Public/ alone), not \"dark\"",
        ])
        try site.replace("site.yml", "theme: dark\n", with: "theme: defualt\n")
        #expect(try VersusBinary.run(["check", "-s", site.root]).stderr.contains("not \"defualt\" (did you mean default?)"))
        // theme: none: the site's own templates alone (a type without one
        // falls back to its page template), no stylesheet, no pair pages.
        try site.write("site.yml", yml.replacingOccurrences(of: "  - {title: Compare, url: /compare/}\n", with: "") + "theme: none\n")
        try site.write("Templates/page.mustache", "<!DOCTYPE html><title>{{page.title}}</title>{{{page.content}}}\n")
        try site.write("Templates/list.mustache", "<!DOCTYPE html><title>{{page.title}}</title>\n")
        let own = try VersusBinary.run(["build", "-s", site.root])
        #expect(own.status == 0, "\(own.stderr)")
        let list = try VersusBinary.run(["theme", "list", "-s", site.root])
        #expect(list.stdout.contains("Templates/page.mustache  (the site's own)\n"))
        #expect(list.stderr == "versus: site.yml says theme: none, so the site uses none of these; its own Templates/ and Public/ alone\n")
        #expect(site.files(under: "Output").filter { $0.hasPrefix("css/") || $0.hasPrefix("js/") }.isEmpty)
        #expect(site.exists("Output/compare/aster-vs-birch/index.html"), "the pair page written in Content/compare/")
        #expect(!site.exists("Output/compare/dune-vs-ember/index.html"), "a generated pair page without a compare template")
        #expect(site.read("Output/index.html")?.hasPrefix("<!DOCTYPE html><title>") == true)
    }

    /// The theme's home page lists comparisons and models by their type, in
    /// whatever section a site keeps them.
    @Test func theHomePageListsComparisonsAndModelsOfAnySection() throws {
        let site = try ScratchSite(files: [
            // A section named like base_url's path: /grinders/ is the section, as written.
            "site.yml": "title: Grind Notes\nbase_url: https://example.org/grinders/\nnav:\n  - {title: Grinders, url: /grinders/}\n",
            "Content/index.md": "---\ntitle: Grind Notes\ntype: home\n---\nBurr grinders, side by side.\n",
            "Content/grinders/comandante.md": "---\ntitle: Comandante C40\ntype: model\nvendor: Comandante\n---\nHand grinder.\n",
            "Content/head-to-head/hand-or-electric.md": "---\ntitle: Hand or electric?\ntype: comparison\nlast_updated: 2026-05-01\n---\nThe Comandante C40 is quiet.\n",
        ])
        let run = try VersusBinary.run(["build", "--strict", "-s", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        let home = try #require(site.read("Output/index.html"))
        #expect(home.contains("<h3><a href=\"./head-to-head/hand-or-electric/\">Hand or electric?</a></h3>"))
        #expect(home.contains("<td><a href=\"./grinders/comandante/\">Comandante C40</a></td>"))
        #expect(home.contains("<li><a href=\"./grinders/\">Grinders</a></li>"))
    }

    @Test func ejectNeverWritesThroughALinkOutOfTheSite() throws {
        let site = try ScratchSite(copying: "pairs")
        let outside = try ScratchSite(files: ["keep.txt": "mine\n"])
        try FileManager.default.createSymbolicLink(atPath: site.root + "/Templates", withDestinationPath: outside.root)
        let run = try VersusBinary.run(["theme", "eject", "-s", site.root])
        #expect(run.status == 1)
        #expect(outside.files(under: "") == ["keep.txt"], "wrote outside the site")
        #expect(run.diagnosticLines.first == "Templates/404.mustache: error[V104]: cannot copy the theme's file there: Templates is a link that leads outside the site folder")
        // The rest of the theme is still copied, and the count says what failed.
        #expect(site.read("Public/css/site.css") == Self.themeFile("Public/css/site.css"))
        #expect(run.stderr.hasSuffix("versus: copied 4 files of the theme; \(Self.themePaths.filter { $0.hasPrefix("Templates/") }.count) could not be copied\n"))
    }

    @Test func hugoFoldersAndMenusUnderASubPath() throws {
        let site = try ScratchSite(copying: "pairs")
        try site.write("layouts/partials/footer.mustache", "<footer>mine</footer>\n")
        try site.write("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        try site.replace("site.yml", "base_url: https://ledgerline.example.com/\n", with: "base_url: https://ledgerline.example.com/docs/\n")
        try site.replace("site.yml", "  - {title: Models, url: /models/}\n",
                         with: "  - {title: Models, url: /docs/models/}\n  - {title: Feed, url: /feed.xml}\n  - {title: Top, url: /reviews/#main}\n")
        let run = try VersusBinary.run(["build", "-s", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.diagnosticLines == [
            "layouts/: warning[V149]: layouts/ is not read: the site's own files are in Templates/, where a file replaces the theme's of the same path",
            "static/: warning[V149]: static/ is not read: the site's own files are in Public/, where a file replaces the theme's of the same path",
        ])
        // A menu url written with base_url's path is read as a link is: from the site's root.
        let review = try #require(site.read("Output/reviews/spring/index.html"))
        #expect(review.contains("<li><a href=\"../../models/\">Models</a></li>"))
        #expect(review.contains("<li><a href=\"../../feed.xml\">Feed</a></li>"))
        #expect(review.contains("<li><a href=\"../../reviews/#main\" aria-current=\"page\">Top</a></li>"))
    }

    @Test func initRefusesAnEmptyFolderNameOrTitle() throws {
        let none = try VersusBinary.run(["init", ""])
        #expect(none.status == 64)
        #expect(none.stderr.contains("give the new site's folder, such as versus init my-site"))
        let parent = try ScratchSite(files: [:])
        for title in ["", "  ", "bell\u{7}"] {
            let run = try VersusBinary.run(["init", parent.root + "/x", "--title", title])
            #expect(run.status == 64)
            #expect(run.stderr.contains("the title must be words on one line"))
        }
        #expect(!parent.exists("x"))
    }
}
