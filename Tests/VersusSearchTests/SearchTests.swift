import Foundation
import Testing
import VersusMarkdown
@testable import VersusSearch

@Suite struct TokenizerTests {
    @Test func foldsCaseAndAccents() {
        #expect(Tokenizer.fold("QWEN Qwen qwen") == "qwen qwen qwen")
        #expect(Tokenizer.fold("Café Ｆｕｌｌ") == "cafe full")
    }

    @Test func keepsModelNamesAndVersionsWholeAndSplit() {
        #expect(Tokenizer.terms("GPT-5.4 Thinking") == ["gpt-5.4", "gpt", "5.4", "thinking"])
        #expect(Tokenizer.terms("deepseek-v3.2, at $0.55.") == ["deepseek-v3.2", "deepseek", "v3.2", "at", "0.55"])
        #expect(Tokenizer.terms("Llama 4 Maverick / Mistral 3") == ["llama", "4", "maverick", "mistral", "3"])
        #expect(Tokenizer.terms("self-hosting  Zürich") == ["self-hosting", "self", "hosting", "zurich"])
    }
}

@Suite struct SearchIndexTests {
    func document(_ title: String, _ markdown: String, keywords: [String] = [], type: String = "comparison") -> SearchDocument {
        SearchDocument(url: Tokenizer.fold(title).replacingOccurrences(of: " ", with: "-") + "/", title: title, type: type,
                       description: nil, tags: [], facets: [:], keywords: keywords, document: MarkdownParser.parse(markdown))
    }

    @Test func sectionsFollowHeadingsAndSkipCode() {
        let doc = document("T", "Intro text.\n\n## Costs\n\nPrices here.\n\n```\ncode\n```\n\n### Detail\n\n| A | B |\n|---|---|\n| x | y |\n")
        #expect(doc.sections == [
            SearchDocument.Section(id: "", heading: "", text: "Intro text."),
            SearchDocument.Section(id: "costs", heading: "Costs", text: "Prices here."),
            SearchDocument.Section(id: "detail", heading: "Detail", text: "A: x · B: y."),
        ])
    }

    /// The build cache keeps each page's terms: what it reads back is what
    /// was written, an index built from kept terms is the index built from
    /// the text, and bytes that are not terms are refused.
    @Test func pageTermsComeBackFromTheirBytesAndBuildTheSameIndex() {
        let docs = [
            document("Quantization guide", "## Quantization\n\nQuantization of GPT-5.4, the café's model.\n\n## Costs\n\nCheap."),
            document("Other", "Mentions quantization once, and Zürich.", keywords: ["quantization", "Llama 4"]),
        ]
        let fresh = SearchIndex.build(docs, jobs: 2)
        #expect(fresh.pages.count == 2)
        for page in fresh.pages { #expect(PageTerms(decoding: page.encoded) == page) }
        let kept = SearchIndex.build(docs, jobs: 2, known: [0: PageTerms(decoding: fresh.pages[0].encoded)!, 1: fresh.pages[1]])
        #expect(kept.terms.mapValues { $0.map { [$0.page, $0.section, $0.score, $0.position] } }
                == fresh.terms.mapValues { $0.map { [$0.page, $0.section, $0.score, $0.position] } })
        let bytes = fresh.pages[0].encoded
        #expect(PageTerms(decoding: bytes.dropLast()) == nil)
        #expect(PageTerms(decoding: bytes + [0]) == nil)
        #expect(PageTerms(decoding: [0xFF, 0xFF, 0xFF]) == nil)
        #expect(PageTerms(decoding: [UInt8]())  == nil)
    }

    @Test func fieldsWeighTitleKeywordsHeadingsThenBody() {
        let index = SearchIndex.build([
            document("Quantization guide", "## Quantization\n\nQuantization quantization quantization quantization quantization quantization."),
            document("Other", "Mentions quantization once.", keywords: ["quantization"]),
        ], jobs: 2)
        let postings = index.terms["quantization"]!
        // Title: 30 / √2 ≈ 21 on section 0; heading 8 plus body capped at 5 on section 1.
        #expect(postings.map { [$0.page, $0.section, $0.score] } == [[0, 0, 21], [0, 1, 13], [1, 0, 7]])
        #expect(postings[2].position == 2)
    }

    @Test func theCapCountsPagesAndKeepsAllTheirSections() {
        let docs = (0..<(SearchIndex.postingsPerTerm + 50)).map { i in
            document("Page \(i)", "alpha\n\n## Two\n\nalpha" + (i < 10 ? " alpha alpha" : ""))
        }
        let postings = SearchIndex.build(docs, jobs: 2).terms["alpha"]!
        #expect(Set(postings.map(\.page)).count == SearchIndex.postingsPerTerm)
        #expect(postings.count == 2 * SearchIndex.postingsPerTerm)
        #expect(Set(postings.map(\.page)).isSuperset(of: 0..<10))
    }

    @Test func stopWordsAreLeftOutOfBodies() {
        let index = SearchIndex.build([document("Models", "The model is on the list.")], jobs: 1)
        #expect(index.terms["the"] == nil)
        #expect(index.terms["model"]?.count == 1)
    }
}

@Suite struct SearchFilesTests {
    @Test func shardsByPrefixAndSplitsLargeOnes() throws {
        // Many terms under "qu" force the shard to split a level down.
        let words = (0..<3000).map { "qu\(String(UnicodeScalar(97 + $0 % 26)!))\($0)" }.joined(separator: " ")
        let doc = SearchDocument(url: "a/", title: "Quick", type: "page", description: nil, tags: ["x"], facets: ["vendor": "V"],
                                 keywords: [], document: MarkdownParser.parse(words + "\n\nZebra."))
        let files = SearchFiles(SearchIndex.build([doc], jobs: 1))
        let manifestFile = try #require(files.files.first { $0.path == files.manifest })
        let manifest = try JSONSerialization.jsonObject(with: Data(manifestFile.contents)) as! [String: Any]
        let prefixes = manifest["prefixes"] as! [String]
        #expect(prefixes.contains("ze"))
        #expect(!prefixes.contains("qu"))
        #expect(prefixes.contains("qua"))
        for file in files.files where file.path.contains("/shards-") {
            #expect(file.contents.count <= SearchFiles.shardLimit || !file.path.hasSuffix("_.json"))
        }
        #expect(files.manifest == "search/manifest.json")
        let fragment = try #require(files.files.first { $0.path.hasSuffix("/0.json") && $0.path.contains("fragments-") })
        let json = try JSONSerialization.jsonObject(with: Data(fragment.contents)) as! [String: Any]
        #expect(json["u"] as? String == "a/")
        #expect(json["t"] as? String == "Quick")
        let filters = try #require(files.files.first { $0.path.hasPrefix("search/filters.") })
        #expect(String(decoding: filters.contents, as: UTF8.self) == #"{"tag":{"x":[0]},"type":{"page":[0]},"vendor":{"V":[0]}}"#)
    }

    @Test func postingsAreDeltaEncodedQuadruples() throws {
        let docs = (0..<3).map { i in
            SearchDocument(url: "p\(i)/", title: "P\(i)", type: "page", description: nil, tags: [], facets: [:], keywords: [],
                           document: MarkdownParser.parse("alpha"))
        }
        let files = SearchFiles(SearchIndex.build(docs, jobs: 1))
        let shard = try #require(files.files.first { $0.path.hasSuffix("/al.json") })
        #expect(String(decoding: shard.contents, as: UTF8.self) == #"{"alpha":[0,0,1,1,1,0,1,1,1,0,1,1]}"#)
    }

    @Test func tableRowsReadAsHeaderValuePairsNeverARunOfHeaders() {
        let doc = SearchIndexTests().document("T", "| Model | Coding | License | Note |\n|---|---|---|---|\n| GLM-5 | 93 | MIT | |\n| Kimi | 90 | | x |\n")
        #expect(doc.sections[0].text == "Model: GLM-5 · Coding: 93 · License: MIT. Model: Kimi · Coding: 90 · Note: x.")
    }

    @Test func snippetsEndOnAWordNotOnPunctuation() {
        let text = String(repeating: "x", count: 110) + " API. Afterwards follow"
        #expect(SearchFiles.snippet(text) == String(repeating: "x", count: 110) + " API…")
        let row = String(repeating: "y", count: 112) + " · Coding: 93"
        #expect(SearchFiles.snippet(row) == String(repeating: "y", count: 112) + "…")
    }

    @Test func snippetsCutAtAWord() {
        #expect(SearchFiles.snippet(String(repeating: "word ", count: 60)).hasSuffix("word…"))
        #expect(SearchFiles.snippet("short") == "short")
        #expect(SearchFiles.fileSafe("é-1") == "~e9~2d1")
    }
}
