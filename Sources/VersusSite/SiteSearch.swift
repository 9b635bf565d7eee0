import VersusCore
import VersusContent
import VersusLinks
import VersusSearch

/// The search index of a linked site: one `SearchDocument` per placed page,
/// built from the parsed trees (never from HTML), and the client script.
enum SiteSearch {
    struct Files: Sendable {
        var files: [OutputFile]
        /// Site paths of the manifest and the client script.
        var manifest: String
        var script: String
    }

    static func files(for site: LinkedSite, jobs: Int) -> Files {
        let placed = site.placedPages
        let sources = site.pages.map(\.source)
        let documents = parallelMap(placed, jobs: jobs) { index -> SearchDocument in
            let page = site.pages[index]
            let source = page.source
            var keywords = source.tags + site.mentions[index].map { sources[$0].title }
            var facets: [String: String] = [:]
            if let model = source.model {
                keywords += model.aliases + [model.vendor, model.license, model.parameters].compactMap { $0 }
                if let vendor = model.vendor { facets["vendor"] = vendor }
                if let weights = model.weights {
                    facets["weights"] = weights.rawValue
                    keywords.append(weights == .open ? "open weights" : "proprietary")
                }
            }
            // A model's figures read as text too: "multilingual 97" finds the
            // model that scores 97 in multilingual.
            var intro = source.description ?? ""
            if let model = source.model {
                // Set like a table row in a snippet: "Coding: 92 · Input: $0.55".
                let facts = model.scores.map { "\(ModelView.label($0.category)): \(NumberFormat.plain($0.value))" }
                    + [model.pricing?.input.map { "Input: $\(NumberFormat.money($0))" }, model.pricing?.output.map { "Output: $\(NumberFormat.money($0))" }].compactMap { $0 }
                if !facts.isEmpty { intro += (intro.isEmpty ? "" : " ") + facts.joined(separator: " · ") + "." }
            }
            return SearchDocument(url: source.urlPath, title: source.title, type: source.type,
                                  description: intro, tags: source.tags, facets: facets,
                                  keywords: keywords, document: page.document)
        }
        let index = SearchIndex.build(documents, jobs: jobs)
        let files = SearchFiles(index, jobs: jobs)
        let scriptBytes = Array(SearchClient.script.utf8)
        let script = "\(SearchFiles.folder)/search.\(SearchFiles.hash(scriptBytes)).js"
        return Files(files: files.files.map { OutputFile(path: $0.path, contents: $0.contents) } + [OutputFile(path: script, contents: scriptBytes)],
                     manifest: files.manifest, script: script)
    }
}
