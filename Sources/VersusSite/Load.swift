import VersusContent
import VersusCore
import VersusTemplates

extension LoadedSite {
    public static let publicFolder = "Public"

    /// Reads `site.yml`, every page (in parallel), the templates and the list
    /// of files to copy. Problems are collected, never thrown: a broken page
    /// does not hide the errors of the next one.
    /// `known`: reads of Markdown files that have not changed (the preview's cache).
    public static func load(from tree: any FileTree, options: BuildOptions, known: [String: PageRead] = [:]) -> LoadedSite {
        var diagnostics: [Diagnostic] = []
        var config = SiteConfig(title: "")
        if tree.exists(SiteConfig.path) {
            do {
                let (read, found) = SiteConfig.read(bytes: try tree.read(SiteConfig.path))
                diagnostics += found
                if let read { config = read }
            } catch {
                diagnostics.append(Diagnostic(.cannotRead(reason: error.reason), at: .file(SiteConfig.path)))
            }
        } else {
            diagnostics.append(Diagnostic(.notASite, at: .file(SiteConfig.path)))
        }
        if let override = options.baseURL {
            if let normalized = SiteConfig.normalizedBaseURL(override) {
                config.baseURL = normalized
            } else {
                diagnostics.append(Diagnostic(.badBaseURL(given: override), at: .option("--base-url")))
            }
        }

        let content = ContentLoader.load(from: tree, includeDrafts: options.includeDrafts, jobs: options.jobs, known: known)
        diagnostics += content.diagnostics
        let keys = FrontMatterKeys.known(config)
        for read in content.reads.values {
            if let page = read.page { diagnostics += FrontMatterKeys.unknown(in: page, known: keys) }
        }

        diagnostics += foldersNotRead(tree)
        var templateSources: [TemplateSource] = []
        var copies: [FileCopy] = []
        let (templates, templateProblems) = templates(from: tree)
        templateSources = templates
        diagnostics += templateProblems
        let publicListing = tree.listing(under: publicFolder)
        for problem in publicListing.problems {
            diagnostics.append(Diagnostic(.cannotRead(reason: problem.reason), at: .file(problem.path)))
        }
        for path in publicListing.files {
            copies.append(FileCopy(source: path, destination: String(path.dropFirst(publicFolder.count + 1))))
        }
        for asset in content.assets {
            copies.append(FileCopy(source: asset, destination: String(asset.dropFirst(ContentLoader.folder.count + 1))))
        }
        return LoadedSite(config: config, pages: content.pages, templateSources: templateSources,
                          copies: copies, diagnostics: diagnostics, reads: content.reads)
    }

    /// Folders an editor coming from Hugo, or typing in lower case, puts
    /// files in that the build would pass over without a word.
    static func foldersNotRead(_ tree: any FileTree) -> [Diagnostic] {
        // (A content/ without Content/ is V007, which says the name is case-sensitive.)
        let meant = [("templates", TemplateSet.folder), ("layouts", TemplateSet.folder), ("public", publicFolder), ("static", publicFolder)]
        return meant.compactMap { folder, meant in
            guard tree.exists(folder), let files = try? tree.files(under: folder), !files.isEmpty else { return nil }
            // On a file system that ignores case, templates/ is Templates/ itself.
            if folder == meant.lowercased() {
                let read = Set((try? tree.files(under: meant)) ?? [])
                if files.allSatisfy({ read.contains(meant + $0.dropFirst(folder.count)) }) { return nil }
            }
            return Diagnostic(.folderNotRead(folder: folder, meant: meant), at: .file(folder + "/"))
        }
    }

    /// Every template's text, and the problems of listing and reading them;
    /// the preview calls it again when a template changes.
    static func templates(from tree: any FileTree) -> ([TemplateSource], [Diagnostic]) {
        var sources: [TemplateSource] = []
        var diagnostics: [Diagnostic] = []
        let listing = tree.listing(under: TemplateSet.folder)
        for problem in listing.problems {
            diagnostics.append(Diagnostic(.cannotRead(reason: problem.reason), at: .file(problem.path)))
        }
        for path in listing.files where path.hasSuffix(".mustache") {
            do {
                switch SourceText.decode(try tree.read(path), path: path) {
                case .success(let text): sources.append(TemplateSource(path: path, text: text))
                case .failure(let error): diagnostics.append(error.diagnostic)
                }
            } catch {
                diagnostics.append(Diagnostic(.cannotRead(reason: error.reason), at: .file(path)))
            }
        }
        return (sources, diagnostics)
    }
}
