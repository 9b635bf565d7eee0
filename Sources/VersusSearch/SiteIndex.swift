import VersusContent
import VersusCore
import VersusLinks

/// What goes into the search index of a linked site: one `SearchDocument`
/// per placed page, built from the linked trees (never from HTML), with its
/// keywords (tags, mentioned models, a model's vendor, license and aliases),
/// facets (vendor, weights) and a model's figures as text; then the sharded
/// files and the client script.
public enum SiteIndex {
    public struct Files: Sendable {
        public var files: [(path: String, contents: [UInt8])]
        /// Site paths of the manifest and the client script.
        public var manifest: String
        public var script: String
        /// Each document's terms, in the order given (for the build cache).
        public var pages: [PageTerms] = []
    }

    /// `placed`: the pages that own their URL; `mentions`: per page, the model pages it mentions.
    public static func files(pages: [ParsedPage], placed: [Int], mentions: [[Int]], jobs: Int) -> Files {
        files(documents: documents(pages: pages, placed: placed, mentions: mentions, jobs: jobs), jobs: jobs)
    }

    /// One document per placed page, in the order of `placed`; `known`
    /// documents (by page index, from the build cache) are taken as they are.
    public static func documents(pages: [ParsedPage], placed: [Int], mentions: [[Int]], jobs: Int,
                                 known: [Int: SearchDocument] = [:]) -> [SearchDocument] {
        let sources = pages.map(\.source)
        return parallelMap(placed, jobs: jobs) { index -> SearchDocument in
            if let document = known[index] { return document }
            let page = pages[index]
            let source = page.source
            var keywords = source.tags + mentions[index].map { sources[$0].title }
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
                let facts = model.scores.map { "\(ModelField.defaultHeader("scores." + $0.category)): \(NumberFormat.plain($0.value))" }
                    + [model.pricing?.input.map { "Input: $\(NumberFormat.money($0))" }, model.pricing?.output.map { "Output: $\(NumberFormat.money($0))" }].compactMap { $0 }
                if !facts.isEmpty { intro += (intro.isEmpty ? "" : " ") + facts.joined(separator: " · ") + "." }
            }
            return SearchDocument(url: source.urlPath, title: source.title, type: source.type,
                                  description: intro, tags: source.tags, facets: facets,
                                  keywords: keywords, document: page.document)
        }
    }

    /// The index files of `documents`, and the client script. `known`: the
    /// terms of documents an earlier build tallied, by place in `documents`.
    public static func files(documents: [SearchDocument], jobs: Int, known: [Int: PageTerms] = [:]) -> Files {
        let index = SearchIndex.build(documents, jobs: jobs, known: known)
        let files = SearchFiles(index, jobs: jobs)
        let scriptBytes = Array(SearchClient.script.utf8)
        let script = "\(SearchFiles.folder)/search.\(SearchFiles.hash(scriptBytes)).js"
        return Files(files: files.files.map { ($0.path, $0.contents) } + [(script, scriptBytes)],
                     manifest: files.manifest, script: script, pages: index.pages)
    }
}
