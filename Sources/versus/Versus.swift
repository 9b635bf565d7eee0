import ArgumentParser
import Foundation
import VersusContent
import VersusCore
import VersusPreview
import VersusSite
import VersusTheme

/// The command line: parses arguments, calls `VersusSite`, prints. No build
/// logic lives here.
@main
struct VersusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versus",
        abstract: "A static-site generator for publications that compare things.",
        version: Versus.version,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self, ThemeCommand.self,
                      ExplainCommand.self, CleanCommand.self]
    )

    /// ArgumentParser's own entry, with the command or option meant named
    /// when one is mistyped (see `Mistyped`).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `help` is ArgumentParser's own: versus help build.
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let line = Mistyped.command(arguments, commands: commands) {
            Printer.line(line)
            Self.exit(withError: ExitCode(64))
        }
        // A command of commands (versus theme eject): its second word too.
        if let parent = configuration.subcommands.first(where: { $0._commandName == arguments.first }),
           !parent.configuration.subcommands.isEmpty,
           let line = Mistyped.command(Array(arguments.dropFirst()), commands: parent.configuration.subcommands.map { $0._commandName },
                                       parent: parent._commandName) {
            Printer.line(line)
            Self.exit(withError: ExitCode(64))
        }
        do {
            var command = try parseAsRoot(arguments)
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            let sub = configuration.subcommands.first { $0._commandName == arguments.first }
            if let sub, let line = Mistyped.option(in: fullMessage(for: error), help: helpMessage(for: sub)) {
                Printer.line(line)
                Printer.line("Usage: versus " + sub.usageString())
                Self.exit(withError: ExitCode(64))
            }
            Self.exit(withError: error)
        }
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site folder into a static site (Output/ by default)."
    )

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder (holds site.yml, Content/, Templates/, Public/).")
    var root: String = "."

    @Option(name: [.customShort("d"), .long, .customLong("destination")], help: "Where to write the site (default: <root>/Output). Replaced only if versus wrote it.")
    var output: String?

    @Option(name: [.customShort("b"), .customLong("base-url"), .customLong("baseURL")], help: "Override base_url of site.yml, e.g. https://example.org/versus/.")
    var baseURL: String?

    @Flag(name: [.customShort("D"), .long, .customLong("buildDrafts")], help: "Include pages with draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print only errors and warnings, no summary.")
    var quiet = false

    /// Optional, so that the help says "all cores" once, not also the
    /// number this machine happens to have.
    @Option(name: [.customShort("j"), .long], help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .customLong("no-cache"), help: "Build everything from the sources; neither read nor update .versus-cache/.")
    var noCache = false

    func run() throws {
        let options = BuildOptions(root: root, output: output, baseURL: baseURL, includeDrafts: drafts,
                                   strict: strict, jobs: jobs ?? defaultJobs, cache: !noCache, theme: .standard)
        let start = DispatchTime.now().uptimeNanoseconds
        let report = Build.run(options)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        for note in report.notes { Printer.line(note) }
        Printer.diagnostics(report.diagnostics, root: root)
        if !quiet || !report.succeeded {
            Printer.line(Summary.line(report, seconds: seconds, output: options.output))
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site in memory, serve it, and rebuild and reload open pages on every save."
    )

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder.")
    var root: String = "."

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 shares the preview on the network.")
    var host: String = "127.0.0.1"

    @Option(name: [.customShort("p"), .long], help: "The port; 0 picks a free one.")
    var port: UInt16 = 8000

    @Flag(name: [.customShort("D"), .long, .customLong("buildDrafts")], help: "Include pages with draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    func run() async throws {
        // A folder that is not a site would be served empty, "still serving
        // the last good site" for ever.
        try Printer.requireSite(root, command: "serve")
        let options = BuildOptions(root: root, includeDrafts: drafts, strict: strict, theme: .standard)
        let preview = Preview(Preview.Settings(options: options, host: host, port: port)) { Printer.line($0) }
        let url: String
        do {
            url = try await preview.start()
        } catch let failure as Preview.Failure {
            Printer.line("versus: \(failure.description)")
            throw ExitCode(1)
        }
        // The address on standard output, for scripts and tests; the rest on standard error.
        FileHandle.standardOutput.write(Data((url + "\n").utf8))
        Printer.line("versus: serving \(root) at \(url); watching for changes (Ctrl-C stops)")
        if open { Browser.open(url) }
        while true { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
    }
}

/// Opens a URL with the desktop's handler when there is one; a headless
/// machine just keeps serving.
enum Browser {
    static func open(_ url: String) {
        // On Linux /usr/bin/open can be openvt; only xdg-open opens a browser there.
        #if os(macOS)
        let tool = "/usr/bin/open"
        #else
        let tool = "/usr/bin/xdg-open"
        #endif
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            Printer.line("versus: no browser to open (no \(tool)); visit \(url)")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // xdg-open on a machine without a browser fails after a moment: say so.
        process.terminationHandler = { done in
            if done.terminationStatus != 0 { Printer.line("versus: \(tool) could not open a browser; visit \(url)") }
        }
        do { try process.run() } catch { Printer.line("versus: \(tool) did not start (\(error)); visit \(url)") }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site folder as build does, and write nothing."
    )

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder.")
    var root: String = "."

    @Flag(name: [.customShort("D"), .long, .customLong("buildDrafts")], help: "Include pages with draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let options = BuildOptions(root: root, includeDrafts: drafts, strict: strict, theme: .standard)
        let start = DispatchTime.now().uptimeNanoseconds
        let report = Build.run(options, write: false)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        Printer.diagnostics(report.diagnostics, root: root)
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        Printer.line("versus: checked \(report.pagesWritten) pages in \(Summary.milliseconds(seconds)); \(counts); nothing written")
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a page: comparison, model or page, with its front matter filled in. Never overwrites."
    )

    @Argument(help: "comparison, model or page")
    var kind: String

    @Argument(help: "The title, e.g. \"Claude vs Gemini for coding\".")
    var title: String

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder.")
    var root: String = "."

    func validate() throws {
        guard Scaffold.Kind(rawValue: kind) != nil else {
            // Hugo's `hugo new site DIR` is `versus init DIR` here.
            let meant = Suggestion.closest(to: kind, among: Scaffold.Kind.allCases.map(\.rawValue))
            let hint = kind == "site" ? "; to start a new site, versus init \(title)" : meant.map { " (did you mean \($0)?)" } ?? ""
            throw ValidationError("unknown kind '\(kind)': use comparison, model or page" + hint)
        }
    }

    func run() throws {
        do throws(Scaffold.Failure) {
            let path = try Scaffold.create(Scaffold.Kind(rawValue: kind)!, title: title, root: root, now: BuildOptions.clock())
            print(path)
            Printer.line("versus: wrote \(path); \(Scaffold.publishHint)")
        } catch {
            Printer.line(error.description)
            throw ExitCode(1)
        }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site in DIR (created if missing, refused if not empty) that builds and serves at once."
    )

    @Argument(help: "The new site's folder.")
    var folder: String

    @Option(name: .long, help: "The site's title (default: from the folder's name).")
    var title: String?

    func validate() throws {
        guard !folder.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("give the new site's folder, such as versus init my-site")
        }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty || title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError("the title must be words on one line, such as --title \"Grind Notes\"")
        }
    }

    func run() throws {
        let folder = self.folder.count > 1 && self.folder.hasSuffix("/") ? String(self.folder.dropLast()) : self.folder
        do throws(Scaffold.Failure) {
            let outcome = try Starter.create(at: folder, title: title, now: BuildOptions.clock())
            for path in outcome.written { print(folder + "/" + path) }
            let at = folder.contains(" ") ? "\"\(folder)\"" : folder
            // As it was run (./versus-0.1.0-linux-x86_64/versus), so the next line can be pasted.
            let invoked = CommandLine.arguments.first.map { $0.contains("/") ? $0 : "versus" } ?? "versus"
            Printer.line("versus: started a site in \(folder). Next: \(invoked) serve -s \(at) --drafts "
                         + "(the example comparison and models are drafts), then \(invoked) new comparison \"Title\" -s \(at)")
        } catch {
            Printer.line(error.description)
            throw ExitCode(1)
        }
    }
}

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "The default theme built into versus: list its files, or copy them into the site to edit.",
        subcommands: [ThemeListCommand.self, ThemeEjectCommand.self],
        defaultSubcommand: ThemeListCommand.self
    )
}

struct ThemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Each file of the theme, and whether the site has its own in its place."
    )

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder.")
    var root: String = "."

    func run() throws {
        let site = DiskTree(root: root)
        for path in Theme.standard.paths {
            var isFolder: ObjCBool = false
            let own = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
            print(own ? "\(path)  (the site's own)" : path)
        }
        if SiteConfig.themeTurnedOff(in: site) {
            Printer.line("versus: site.yml says theme: none, so the site uses none of these; its own Templates/ and Public/ alone")
        }
    }
}

struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy the theme's files into the site to edit them; a file the site already has is never overwritten."
    )

    @Argument(help: "Only this file or folder of the theme, e.g. Templates/base.mustache or Public/css (default: all).")
    var path: String?

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder.")
    var root: String = "."

    func run() throws {
        try Printer.requireSite(root, command: "theme eject")
        let theme = Theme.standard
        func inTheme(_ path: String) -> Bool { !theme.paths(under: path).isEmpty }
        // A template named as templates name it: Templates/comparison.
        var path = self.path
        if let given = path, !inTheme(given), inTheme(given + ".mustache") { path = given + ".mustache" }
        if let path, !inTheme(path) {
            let meant = Suggestion.closest(to: path, among: theme.paths)
            Printer.line("versus: the theme has no file or folder '\(path)'" + (meant.map { " (did you mean \($0)?)" } ?? "")
                         + "; versus theme list shows its files")
            throw ExitCode(1)
        }
        let (outcome, failures) = ThemeEject.run(theme, root: root, only: path)
        let folder = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        for written in outcome.written { print(folder == "." ? written : folder + "/" + written) }
        for skipped in outcome.skipped { Printer.line("versus: skipped \(skipped): the site has its own, left as it is") }
        Printer.diagnostics(failures.map(\.diagnostic), root: root)
        if !failures.isEmpty {
            Printer.line("versus: copied \(outcome.written.count) files of the theme; \(failures.count) could not be copied")
            throw ExitCode(1)
        }
        Printer.line("versus: copied \(outcome.written.count) file\(outcome.written.count == 1 ? "" : "s") of the theme"
                     + (outcome.skipped.isEmpty ? "" : ", skipped \(outcome.skipped.count)")
                     + "; the site's files now replace the theme's of the same path")
    }
}

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the build cache (.versus-cache/) of an output folder; the output stays, the next build runs in full."
    )

    @Option(name: [.customShort("s"), .long, .customLong("source")], help: "The site folder.")
    var root: String = "."

    @Option(name: .long, help: "The output folder whose cache goes (default: <root>/Output).")
    var output: String?

    func run() throws {
        let options = BuildOptions(root: root, output: output)
        let outcome = Clean.run(output: options.output)
        if let problem = outcome.problem {
            Printer.diagnostics([problem], root: root)
            throw ExitCode(1)
        }
        for path in outcome.removed { Printer.line("versus: removed \(path)") }
        if outcome.removed.isEmpty { Printer.line("versus: no build cache for \(options.output)") }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say what a diagnostic code means, with an example and the fix (versus explain V061)."
    )

    @Argument(help: "A code such as V061; --all lists every code.")
    var code: String?

    @Flag(name: .long, help: "Every code, one line each.")
    var all = false

    @Flag(name: .long, help: "The whole catalogue as Markdown (the source of docs/Content/errors.md).")
    var markdown = false

    func run() throws {
        if markdown {
            print(Catalogue.markdown(), terminator: "")
            return
        }
        if all || code == nil {
            for code in Code.allCases { print("\(code.rawValue)  \(code.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(code.entry.title)") }
            return
        }
        guard let given = code, let found = Code(lenient: given) else {
            let known = Code.allCases.map(\.rawValue)
            let meant = code.flatMap { Suggestion.closest(to: $0.uppercased(), among: known) }
            Printer.line("versus: no diagnostic code '\(code ?? "")'" + (meant.map { " (did you mean \($0)?)" } ?? "")
                + "; versus explain --all lists them")
            throw ExitCode(1)
        }
        print(Catalogue.explain(found), terminator: "")
    }
}

/// Everything the commands print about the site goes to standard error; the
/// paths `new` creates go to standard output, for scripts.
enum Printer {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Stops a command that needs a site folder where there is none (V110).
    static func requireSite(_ root: String, command: String) throws {
        guard !FileManager.default.fileExists(atPath: root + "/" + SiteConfig.path) else { return }
        let at = root == "." ? SiteConfig.path : root + "/" + SiteConfig.path
        line(Diagnostic(.notInASite(command: command), at: .file(at)).description)
        throw ExitCode(1)
    }

    /// Each file is read once, however many of its lines are shown.
    static func diagnostics(_ diagnostics: [Diagnostic], root: String) {
        let tree = Theme.standard.layered(over: DiskTree(root: root))
        var texts: [String: String] = [:]
        for path in Set(diagnostics.filter { $0.location.kind == .text }.map(\.location.path)) {
            if let bytes = try? tree.read(path), let text = String(validating: bytes, as: UTF8.self) { texts[path] = text }
        }
        let sources = texts
        let formatter = DiagnosticFormatter { sources[$0] }
        for diagnostic in diagnostics { line(formatter.format(diagnostic)) }
    }
}

enum Summary {
    static func line(_ report: BuildReport, seconds: Double, output: String) -> String {
        let errors = report.diagnostics.errorCount
        let warnings = report.diagnostics.warningCount
        let stages = report.timings.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", ")
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if report.succeeded && report.upToDate {
            return "versus: \(output) is up to date: nothing changed since the build that wrote its \(report.pagesWritten) pages (checked in \(milliseconds(seconds))); \(counts)"
        }
        if report.upToDate {
            return "versus: build failed, \(output) left as it was; \(counts) (nothing changed since the last build)"
        }
        if report.succeeded, let rebuilt = report.pagesRebuilt {
            return "versus: wrote \(report.pagesWritten) pages and copied \(report.filesCopied) files to \(output) in \(milliseconds(seconds)), \(rebuilt) page\(rebuilt == 1 ? "" : "s") built again and the others kept from the last build (\(stages)); \(counts)"
        }
        if report.succeeded {
            return "versus: wrote \(report.pagesWritten) pages and copied \(report.filesCopied) files to \(output) in \(milliseconds(seconds)) (\(stages)); \(counts)"
        }
        return "versus: build failed, \(output) left as it was; \(counts) (\(stages))"
    }

    static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
