import CFuzzDriver
import Foundation
import VersusCharts
import VersusContent
import VersusCore
import VersusLinks
import VersusMarkdown
import VersusPreview
import VersusSearch
import VersusTemplates

/// One libFuzzer entry point for every target; `VERSUS_FUZZ` picks which code
/// the bytes go to. Each target is code that reads what an editor or a browser
/// writes: a page (front matter and Markdown), site.yml, `models` and `chart`
/// blocks, numbers in table cells, search text, templates and request paths.
/// A crash, a hang or a sanitizer report is a bug; anything else (including
/// an error diagnostic) is a pass.
let target = ProcessInfo.processInfo.environment["VERSUS_FUZZ"] ?? "page"

/// Three model pages for the block targets to select, sort and chart.
let catalog: ModelCatalog = {
    let models = [
        "---\ntitle: Alpha\ntype: model\nvendor: Acme\nweights: open\npricing: {input: 1.5, output: 6}\nscores: {coding: 90, math: 80}\n---\n",
        "---\ntitle: Beta\ntype: model\nvendor: Beta Labs\nweights: proprietary\npricing: {input: 10}\nscores: {coding: 95}\n---\n",
        "---\ntitle: Gamma 2\ntype: model\nvendor: Acme\naliases: [G2]\nparameters: 70B\nscores: {math: 99}\n---\n",
    ]
    let pages = models.enumerated().compactMap { PageReader.read(path: "Content/models/m\($0.offset).md", bytes: Array($0.element.utf8)).0 }
    return ModelCatalog(models: pages.enumerated().map { (index: $0.offset, page: $0.element) })
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    switch target {
    case "page":
        let (page, _) = PageReader.read(path: "Content/comparisons/fuzz.md", bytes: bytes)
        if let page {
            let document = MarkdownParser.parse(page.body, firstLine: page.bodyFirstLine)
            _ = HTMLRenderer.render(document)
            _ = Tokenizer.terms(page.title)
        }
    case "site":
        _ = SiteConfig.read(bytes: bytes)
    case "blocks":
        // The input as the body of a models block and of a chart block after a table.
        let markdown = "| Model | Score |\n|---|---:|\n| Alpha | 90 |\n| Beta | 8.5% |\n\n```models\n\(text)\n```\n\n```chart\n\(text)\n```\n"
        let document = MarkdownParser.parse(markdown, firstLine: 1)
        var mentioned: Set<Int> = []
        var problems: [Diagnostic] = []
        let expanded = ModelsBlock.expand(document, path: "f.md", catalog: catalog, href: { "m/\($0)/" },
                                          mentioned: &mentioned, diagnostics: &problems)
        _ = HTMLRenderer.render(ChartBlock.expand(expanded, path: "f.md", catalog: catalog, diagnostics: &problems))
    case "number":
        _ = NumberReader.read(text)
    case "tokens":
        _ = Tokenizer.terms(text)
        _ = Tokenizer.fold(text)
        _ = Slug.make(text)
    case "template":
        let (set, _) = TemplateSet.compile([("Templates/fuzz.mustache", text), ("Templates/partials/row.mustache", "{{title}}")])
        let context: TemplateValue = ["page": ["title": "T & <b>", "tags": .list(["a", "b"]), "n": .int(3), "yes": true],
                                      "items": .list([["title": "x"], ["title": "y"]])]
        _ = set.render("fuzz", context)
    case "request":
        _ = RequestPath.parse(text)
        _ = Responder.respond(method: "GET", target: text, ifNoneMatch: text, snapshot: SiteSnapshot(files: ["index.html": [60]]))
    default:
        fatalError("VERSUS_FUZZ must be page, site, blocks, number, tokens, template or request")
    }
    return 0
}

/// SwiftPM links an executable's entry point as `<module>_main`; this one
/// hands control to libFuzzer's driver.
@_cdecl("VersusFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data!, size) }
}
