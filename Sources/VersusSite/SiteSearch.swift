import VersusCore
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
    }

    /// `known`: terms an earlier build tallied, by place in `documents`.
    static func files(documents: [SearchDocument], jobs: Int, known: [Int: PageTerms] = [:]) -> Files {
        let index = SiteIndex.files(documents: documents, jobs: jobs, known: known)
        return Files(files: index.files.map { OutputFile(path: $0.path, contents: $0.contents) },
                     manifest: index.manifest, script: index.script, pages: index.pages)
    }
}
