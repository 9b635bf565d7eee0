import Foundation
import VersusCore
import VersusLinks
import VersusMarkdown
import VersusPublish
import VersusSearch

/// What a build knew of one page that other outputs read, kept in the build
/// cache: while the page's file is unchanged, and for an edited page while
/// its front matter and these facts come out the same, the next build need
/// not parse, link or render any other page again.
///
/// Other pages, listings and the publishing files see of a page its front
/// matter (compared by `head`), its headings' ids (link anchors), its reading
/// time, its summary (the feed and API) and the models it mentions
/// (backlinks, related pages). Its own output depends on nothing else that
/// an edit of another page's body can change.
struct PageFacts: Codable, Equatable {
    /// The hash of the front matter and of where the body starts
    /// (`LastBuild.head`); nil when unknown, which no later build trusts.
    var head: ContentHash?
    var headings: [Heading]
    var words: Int
    var summary: String
    /// Site paths of the model pages it mentions, in order.
    var mentions: [String]
    var linkProblems: [Diagnostic]
    var renderProblems: [Diagnostic]
    /// What search indexed of it, each section's text cut to what a
    /// snippet shows (its words are in the page's `PageTerms`, kept beside);
    /// nil when it is not indexed.
    var search: SearchDocument?
    /// Its HTML file; nil when none was written.
    var output: String?

    /// What another page or a listing can see of it, for comparing an
    /// edited page with what it was: not where its headings are.
    func seenFromOutside(minutes: (Int) -> Int) -> [String] {
        headings.map { "\($0.level) \($0.id) \($0.title)" } + ["\(minutes(words))", summary] + mentions
    }

    /// The facts of the pages at `only` (default: every page, in order) but
    /// what search and render add.
    static func gather(from site: LinkedSite, heads: [String: ContentHash], only: [Int]? = nil) -> [PageFacts] {
        let placed = Set(site.placedPages)
        return (only ?? Array(site.pages.indices)).map { index in
            let page = site.pages[index]
            return PageFacts(head: heads[page.source.path], headings: page.headings, words: page.words,
                             summary: Publishing.summary(page),
                             mentions: site.mentions[index].map { site.pages[$0].source.path },
                             linkProblems: index < site.pageProblems.count ? site.pageProblems[index] : [],
                             renderProblems: [], search: nil,
                             output: placed.contains(index) ? page.source.urlPath + "index.html" : nil)
        }
    }

    /// A search document as the cache keeps it: each section's text cut to
    /// one character past a snippet's length, which gives the same snippet.
    static func kept(_ document: SearchDocument) -> SearchDocument {
        var document = document
        for i in document.sections.indices where document.sections[i].text.count > SearchFiles.snippetLength + 1 {
            document.sections[i].text = String(document.sections[i].text.prefix(SearchFiles.snippetLength + 1))
        }
        return document
    }

    /// The facts as JSON, behind their length, and the page's search terms
    /// after them in their own binary form.
    static func encode(_ facts: PageFacts, terms: PageTerms? = nil) -> [UInt8] {
        guard let json = try? [UInt8](JSONEncoder().encode(facts)) else { return [] }
        let length = UInt32(json.count)
        return [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24)]
            + json + (terms?.encoded ?? [])
    }

    static func decode(_ bytes: [UInt8]) -> PageFacts? {
        guard let length = jsonLength(bytes) else { return nil }
        return try? JSONDecoder().decode(PageFacts.self, from: Data(bytes[4..<(4 + length)]))
    }

    /// The page's search terms; nil when none were kept.
    static func terms(_ bytes: [UInt8]) -> PageTerms? {
        guard let length = jsonLength(bytes), bytes.count > 4 + length else { return nil }
        return PageTerms(decoding: bytes[(4 + length)...])
    }

    private static func jsonLength(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        let length = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        return bytes.count >= 4 + length ? length : nil
    }
}
