import Foundation
import Testing

/// The habits Hugo and Zola users bring: short options, the command or
/// option meant when one is mistyped, help without doubled defaults, and
/// shell completion scripts.
@Suite struct CommandLineTests {
    @Test func shortOptionsAsHugoHasThem() throws {
        let site = try ScratchSite(copying: "good")
        let output = site.root + "/public"
        let run = try VersusBinary.run(["build", "-s", site.root, "-d", output, "-D", "-b", "https://other.example/docs/", "-j", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        // -d: the output folder; -D: drafts; -b: the base URL.
        #expect(site.exists("public/index.html"))
        #expect(!site.exists("Output/index.html"))
        #expect(site.exists("public/draft/index.html"))
        #expect(site.read("public/sitemap.xml")?.contains("<loc>https://other.example/docs/</loc>") == true)
        // Hugo's long names work too.
        let hugo = try VersusBinary.run(["build", "--source", site.root, "--destination", site.root + "/hugo-named", "--buildDrafts"])
        #expect(hugo.status == 0, "\(hugo.stderr)")
        #expect(site.exists("hugo-named/draft/index.html"))
        let serve = try VersusBinary.run(["serve", "--help"])
        #expect(serve.stdout.contains("-p, --port <port>"))
        #expect(serve.stdout.contains("-s, --root, --source <root>"))
    }

    @Test func aMistypedCommandOrOptionGetsTheOneMeant() throws {
        let command = try VersusBinary.run(["buidl"])
        #expect(command.status == 64)
        #expect(command.stderr == "versus: unknown command 'buidl' (did you mean build?); commands: build, serve, check, new, init, theme, explain, clean, help\n")
        let nested = try VersusBinary.run(["theme", "ejct"])
        #expect(nested.status == 64)
        #expect(nested.stderr == "versus: unknown command 'theme ejct' (did you mean theme eject?); commands: theme list, theme eject\n")
        let help = try VersusBinary.run(["help", "build"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: versus build"))
        let option = try VersusBinary.run(["build", "--ouput", "x"])
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("versus: unknown option '--ouput' (did you mean --output?)\nUsage: versus build [--root <root>]"))
        let drafts = try VersusBinary.run(["serve", "--draft"])
        #expect(drafts.stderr.hasPrefix("versus: unknown option '--draft' (did you mean --drafts?)\n"))
    }

    @Test func helpSaysEachDefaultOnceAndCompletionScriptsAreThere() throws {
        let help = try VersusBinary.run(["build", "--help"])
        #expect(help.stdout.contains("-j, --jobs <jobs>       Worker threads (default: all cores).\n"))
        #expect(!help.stdout.contains("(default: all cores). (default:"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try VersusBinary.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("versus"))
            #expect(script.stdout.contains("build"))
        }
    }
}
