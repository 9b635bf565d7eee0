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
    }

    static func files(for site: LinkedSite, jobs: Int) -> Files {
        let index = SiteIndex.files(pages: site.pages, placed: site.placedPages, mentions: site.mentions, jobs: jobs)
        return Files(files: index.files.map { OutputFile(path: $0.path, contents: $0.contents) },
                     manifest: index.manifest, script: index.script)
    }
}
