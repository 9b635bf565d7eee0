import Foundation
import Testing

/// Bad input: every error of a run, at `path:line:col`, exit status 1, and the
/// previous Output/ left exactly as it was.
@Suite struct BuildErrorsTests {
    @Test func reportsEveryErrorOfTheBrokenSiteInOneRun() throws {
        let site = try ScratchSite(copying: "broken")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == [
            #"Content/bad-date.md:4:15: error[V016]: 'last_updated' must be a date as YYYY-MM-DD, not "2026-13-01""#,
            "Content/bad-utf8.md:6:5: error[V002]: invalid UTF-8 (byte 0xFF); save the file as UTF-8",
            "Content/duplicate-key.md:2:1: error[V018]: duplicate key 'title'",
            "Content/empty.md:1:1: error[V003]: empty file: a page starts with front matter between '---' lines",
            "Content/missing-title.md:1:1: error[V010]: missing required key 'title'",
            #"Content/models/bad-model.md:4:10: error[V030]: 'weights' must be open or proprietary, not "closed""#,
            #"Content/models/bad-model.md:5:18: error[V016]: 'pricing.input' must be a number, not "cheap""#,
            "Content/models/bad-model.md:6:16: error[V032]: 'scores.math' must be between 0 and 100, not 140",
            "Content/models/two.md:4:1: error[V015]: two pages have the URL /models/same/: this one and Content/models/one.md; give one of them another id",
            "Content/no-front-matter.md:1:1: error[V004]: missing front matter: a page starts with a '---' line, then YAML with at least title and type, then '---'",
            "Content/review.md:3:1: error[V092]: no template for type 'review': add Templates/review.mustache or Templates/page.mustache",
            "Content/unterminated.md:1:1: error[V005]: front matter is not closed: add a '---' line after the last key",
            #"Content/wrong-type.md:4:8: error[V016]: 'draft' must be true or false, not "maybe""#,
            #"Content/wrong-type.md:5:7: error[V016]: 'tags' must be a list of text, such as [a, b], not "solo""#,
            "Content/yaml-syntax.md:2:8: error[V020]: this '[' is never closed: end the list with ']' on the same line, and separate items with ','",
            "Templates/comparison.mustache:3:1: error[V090]: template syntax: a closing tag does not match the open section (open: {{#page}})",
        ])
        #expect(run.stderr.contains("versus: build failed, \(site.root)/Output left as it was; 16 errors, 0 warnings"))
        #expect(!site.exists("Output"))
    }

    @Test func showsTheOffendingLineWithACaret() throws {
        let site = try ScratchSite(copying: "broken")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.stderr.contains("""
            Content/wrong-type.md:4:8: error[V016]: 'draft' must be true or false, not "maybe"
                draft: maybe
                       ^
            """))
    }

    @Test func aFailedBuildLeavesThePreviousOutputByteForByte() throws {
        let site = try ScratchSite(copying: "good")
        #expect(try VersusBinary.run(["build", "--root", site.root]).status == 0)
        let before = site.files(under: "Output").map { ($0, site.read("Output/" + $0)) }
        try site.write("Content/comparisons/alpha.md", "---\ntitle: Broken\n---\n")
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == ["Content/comparisons/alpha.md:1:1: error[V010]: missing required key 'type' (comparison, model, page, or a type with a template)"])
        let after = site.files(under: "Output").map { ($0, site.read("Output/" + $0)) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let site = try ScratchSite(copying: "good")
        try site.write("mine/notes.txt", "precious")
        let run = try VersusBinary.run(["build", "--root", site.root, "--output", site.root + "/mine"])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == ["\(site.root)/mine: error[V100]: exists and was not written by versus (no .versus-output in it); refusing to replace it: remove it or choose another --output"])
        #expect(site.read("mine/notes.txt") == "precious")
    }

    @Test func aMissingOutputParentIsAClearError() throws {
        let site = try ScratchSite(copying: "good")
        let run = try VersusBinary.run(["build", "--root", site.root, "--output", site.root + "/no/such/out"])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == ["\(site.root)/no/such: error[V103]: the output's parent folder does not exist"])
    }

    @Test func aFolderWithoutSiteYmlIsNotASite() throws {
        let site = try ScratchSite(files: ["Templates/page.mustache": "", "Content/x.md": "---\ntitle: X\ntype: page\n---\n"])
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines.first == "site.yml: error[V006]: no site.yml: this folder is not a Versus site (a site holds site.yml and Content/; versus init DIR starts one)")
    }

    @Test func crlfLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let site = try ScratchSite(files: [
            "site.yml": "title: T\r\n",
            "Templates/page.mustache": "<h1>{{page.title}}</h1>{{{page.content}}}",
        ])
        try site.write("Content/x.md", Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: CRLF\r\ntype: page\r\n---\r\nLine one\r\n".utf8))
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(site.read("Output/x/index.html") == "<h1>CRLF</h1><p>Line one</p>\n")
    }

    @Test func anUnreadablePageIsAnErrorAtItsPath() throws {
        guard getuid() != 0 else { return }  // root reads every file; VersusSiteTests covers the message
        let site = try ScratchSite(copying: "good")
        chmod(site.root + "/Content/about.md", 0)
        let run = try VersusBinary.run(["build", "--root", site.root])
        #expect(run.status == 1)
        #expect(run.diagnosticLines == ["Content/about.md: error[V001]: cannot read: permission denied"])
    }
}
