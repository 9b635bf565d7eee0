import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The bad inputs of docs/Content/errors.md that the fixture sites do not already
/// hold: links that loop or leave the site, huge and oddly named files,
/// site.yml and template mistakes, and output folders Versus must not touch.
/// Each asserts the exact lines printed, and that the rest of the site is
/// still checked in the same run.
@Suite struct ErrorCatalogueTests {
    static let base = [
        "site.yml": "title: T\n",
        "Templates/page.mustache": "<!DOCTYPE html><title>{{page.title}}</title>{{{page.content}}}",
        "Content/index.md": "---\ntitle: Home\ntype: page\n---\nHello.\n",
    ]

    func site(_ extra: [String: String] = [:]) throws -> ScratchSite {
        try ScratchSite(files: Self.base.merging(extra) { $1 })
    }

    @Test func symbolicLinksThatLoopOrLeaveTheSiteAreErrorsOfTheirOwn() throws {
        let site = try site(["Content/missing-title.md": "---\ntype: page\n---\n"])
        #expect(symlink("loop.md", site.root + "/Content/loop.md") == 0)
        try FileManager.default.createDirectory(atPath: site.root + "/Content/sub", withIntermediateDirectories: true)
        #expect(symlink("..", site.root + "/Content/sub/back") == 0)
        #expect(symlink("/etc/hostname", site.root + "/Content/secret.md") == 0)
        #expect(symlink("/etc", site.root + "/Public") == 0)
        #expect(symlink("nowhere.md", site.root + "/Content/dangling.md") == 0)
        let run = try VersusBinary.run(["check", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/dangling.md: error[V001]: cannot read: broken symbolic link",
            "Content/loop.md: error[V001]: cannot read: symbolic link loop",
            "Content/missing-title.md:1:1: error[V010]: missing required key 'title'",
            "Content/secret.md: error[V001]: cannot read: links outside the site folder",
            "Content/sub/back: error[V001]: cannot read: symbolic link loop",
            "Public: error[V001]: cannot read: links outside the site folder",
        ])
    }

    @Test func aTenMegabytePageAndNonASCIINamesBuild() throws {
        let paragraph = String(repeating: "Open models keep closing the gap on closed ones. ", count: 20) + "\n\n"
        let body = String(repeating: paragraph, count: 10 * 1024 * 1024 / paragraph.utf8.count + 1)
        let site = try site([
            "Content/huge.md": "---\ntitle: Huge\ntype: page\n---\n" + body,
            "Content/comparisons/Über Größe – 比較.md": "---\ntitle: Über\ntype: page\n---\nGrüße.\n",
        ])
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.diagnosticLines == [])
        #expect((site.read("Output/huge/index.html")?.utf8.count ?? 0) > 10_000_000)
        #expect(site.files(under: "Output/comparisons").contains { $0.hasSuffix("/index.html") && $0.contains("ber") })
    }

    @Test func siteSettingsAndTemplateMistakes() throws {
        let site = try site([
            "site.yml": "title: T\nbase_url: example.org\nnav: Home\ncolour: blue\n",
            "Templates/page.mustache": "<!DOCTYPE html>{{> partials/missing}}{{page.title}}",
        ])
        let run = try VersusBinary.run(["check", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            #"Templates/page.mustache:1:16: error[V091]: no template 'partials/missing': add Templates/partials/missing.mustache"#,
            #"site.yml:2:11: error[V040]: 'base_url' must be an absolute URL such as https://example.org/ or a path such as /docs/, not "example.org""#,
            #"site.yml:3:6: error[V042]: 'nav' must be a list of {title, url} items"#,
            "site.yml:4:1: warning[V045]: unknown key 'colour' in site.yml (known: base_url, compare, data_columns, description, keys, language, mentions, nav, not_models, search, sources, stale_after_days, theme, title, types, workload)",
        ])
    }

    @Test func aBrokenSiteYmlIsReportedWithThePagesErrors() throws {
        let site = try site(["site.yml": "title: [T\n", "Content/bad.md": "---\ntitle: B\n---\n"])
        let run = try VersusBinary.run(["check", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            "Content/bad.md:1:1: error[V010]: missing required key 'type' (comparison, model, page, or a type with a template)",
            "site.yml:1:8: error[V020]: this '[' is never closed: end the list with ']' on the same line, and separate items with ','",
        ])
    }

    @Test func outputFoldersVersusDidNotWriteAreNeverReplaced() throws {
        let site = try site()
        try site.write("elsewhere/notes.txt", "mine\n")
        try site.write("a-file", "mine\n")
        let folder = try VersusBinary.run(["build", "--root", site.root, "--output", site.root + "/elsewhere"])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("\(site.root)/elsewhere: error[V100]: exists and was not written by versus (no .versus-output in it); refusing to replace it: remove it or choose another --output"))
        #expect(site.read("elsewhere/notes.txt") == "mine\n")
        let file = try VersusBinary.run(["build", "--root", site.root, "--output", site.root + "/a-file"])
        #expect(file.status == 1)
        #expect(file.stderr.contains("\(site.root)/a-file: error[V101]: exists and is not a folder; refusing to replace it"))
        #expect(site.read("a-file") == "mine\n")
    }

    @Test func twoBuildsOfOneOutputAtOnce() throws {
        let site = try site()
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        let before = site.read("Output/index.html")
        // Another build holds the lock.
        let lock = open(site.root + "/.Output.versus-lock", O_CREAT | O_RDWR, 0o644)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        try site.write("Content/index.md", "---\ntitle: Changed\ntype: page\n---\nHello.\n")
        let second = try VersusBinary.run(["build", "--root", site.root])
        #expect(second.status == 1)
        #expect(second.stderr.contains("\(site.root)/Output: error[V105]: another versus build is writing this folder right now; wait for it to finish or choose another --output"))
        #expect(site.read("Output/index.html") == before)
        // With the cache or without, and `clean` waits its turn too: the
        // build holds the lock from before it reads the cache until it has
        // written the output and the cache.
        let uncached = try VersusBinary.run(["build", "--root", site.root, "--no-cache"])
        #expect(uncached.status == 1)
        #expect(uncached.stderr.contains("error[V105]"))
        let clean = try VersusBinary.run(["clean", "--root", site.root])
        #expect(clean.status == 1)
        #expect(clean.stderr.contains("\(site.root)/Output: error[V105]: another versus build is writing this folder right now"))
        #expect(site.exists(".versus-cache/Output.sqlite"))
        close(lock)
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        #expect(site.read("Output/index.html")?.contains("Changed") == true)
    }

    @Test func whatAKilledBuildLeftIsCleanedUpByTheNext() throws {
        let site = try site()
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        try site.write(".Output.versus-new-99999/index.html", "half")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0)
        #expect(!site.exists(".Output.versus-new-99999"))
        // Killed between the two renames of an exchange: the previous site is
        // put back first, then replaced as usual.
        try FileManager.default.moveItem(atPath: site.root + "/Output", toPath: site.root + "/Output.versus-old")
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        #expect(site.exists("Output/.versus-output"))
        #expect(!site.exists("Output.versus-old"))
    }
}
