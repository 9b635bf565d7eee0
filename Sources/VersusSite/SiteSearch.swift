import VersusCore
import VersusMarkdown
import VersusSearch

/// The search index of a linked site (`SiteIndex`, in VersusSearch), as
/// output files the render stage names and emit writes.
enum SiteSearch {
    struct Files: Sendable {
        var files: [OutputFile]
        /// Site paths of the manifest and the client script.
        var manifest: String
        var script: String
        /// Each document's terms, in the order of the documents (for the build cache).
        var pages: [PageTerms] = []
    }

    static func files(for site: LinkedSite, jobs: Int) -> Files {
        files(documents: documents(for: site, jobs: jobs), jobs: jobs)
    }

    /// What is indexed of each placed page, in the order of `placedPages`;
    /// `known` (by page index) from the build cache.
    static func documents(for site: LinkedSite, jobs: Int, known: [Int: SearchDocument] = [:]) -> [SearchDocument] {
        SiteIndex.documents(pages: site.pages, placed: site.placedPages, mentions: site.mentions, jobs: jobs, known: known)
            + pairDocuments(site)
    }

    /// A pair page nobody wrote is found by either model's names: "deepseek
    /// gpt" finds DeepSeek R1 vs GPT-5.4. (A written one is indexed as its page.)
    static func pairDocuments(_ site: LinkedSite) -> [SearchDocument] {
        let sources = site.linker.sources
        return site.listPages.compactMap { list -> SearchDocument? in
            guard list.kind == .pair, let pair = list.pair else { return nil }
            let (a, b) = (sources[pair.first], sources[pair.second])
            let names = [a, b].flatMap { [$0.title] + ($0.model?.aliases ?? []) + [$0.model?.vendor].compactMap { $0 } }
            return SearchDocument(url: list.urlPath, title: list.title, type: "compare",
                                  description: "\(a.title) and \(b.title) side by side: prices, scores and what a month of use costs.",
                                  tags: [], facets: [:], keywords: names, document: Document(blocks: []))
        }
    }

    /// `known`: terms an earlier build tallied, by place in `documents`.
    static func files(documents: [SearchDocument], jobs: Int, known: [Int: PageTerms] = [:]) -> Files {
        let index = SiteIndex.files(documents: documents, jobs: jobs, known: known)
        return Files(files: index.files.map { OutputFile(path: $0.path, contents: $0.contents) },
                     manifest: index.manifest, script: index.script, pages: index.pages)
    }
}
