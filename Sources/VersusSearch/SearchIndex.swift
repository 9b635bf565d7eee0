import VersusCore

/// The search index: for every term, the pages and sections it occurs in,
/// with a score that weighs where it occurs (title 30 divided by the square
/// root of the title's length in terms, so "GPT-5.4" outranks "GPT-5.4
/// Thinking" for "gpt-5.4"; keywords 6; headings 8; body 1 per occurrence up
/// to 5) and the first position in the section, for proximity. Built in parallel, one page at a time, then merged.
public struct SearchIndex: Sendable {
    public struct Posting: Sendable, Equatable {
        public var page: Int
        public var section: Int
        public var score: Int
        /// Word position of the first occurrence in the section (for proximity).
        public var position: Int
    }

    public static let titleWeight = 30.0
    public static let keywordWeight = 6
    public static let headingWeight = 8
    public static let bodyCap = 5
    /// A term keeps the postings of at most this many pages, the best-scored:
    /// a word on every page of a large site says nothing about any of them.
    public static let postingsPerTerm = 600

    public var documents: [SearchDocument]
    /// Term → postings, sorted by page then section.
    public var terms: [String: [Posting]]

    public static func build(_ documents: [SearchDocument], jobs: Int) -> SearchIndex {
        let perPage = parallelMap(Array(documents.indices), jobs: jobs) { page in
            termsOf(documents[page], page: page)
        }
        var terms: [String: [Posting]] = [:]
        for postings in perPage {
            for (term, list) in postings { terms[term, default: []].append(contentsOf: list) }
        }
        // The cap counts pages: a kept page keeps all its sections.
        for (term, list) in terms where list.count > postingsPerTerm {
            var best: [Int: Int] = [:]
            for p in list { best[p.page] = max(best[p.page] ?? 0, p.score) }
            guard best.count > postingsPerTerm else { continue }
            let kept = Set(best.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(postingsPerTerm).map(\.key))
            terms[term] = list.filter { kept.contains($0.page) }
        }
        return SearchIndex(documents: documents, terms: terms)
    }

    static func termsOf(_ document: SearchDocument, page: Int) -> [String: [Posting]] {
        // Per term, its postings in section order: the title, keyword and
        // heading weight, the body occurrences (counted up to `bodyCap`), and
        // the first body position. Sections come in order, so a term's entry
        // for the current section is always its last one.
        struct Entry { var section: Int; var fixed = 0; var body = 0; var position = 0 }
        var slot: [String: Int] = [:]
        var entries: [[Entry]] = []
        func entry(_ term: String, _ section: Int, _ update: (inout Entry) -> Void) {
            if let i = slot[term] {
                if entries[i][entries[i].count - 1].section != section { entries[i].append(Entry(section: section)) }
                update(&entries[i][entries[i].count - 1])
            } else {
                slot[term] = entries.count
                var e = Entry(section: section)
                update(&e)
                entries.append([e])
            }
        }
        func addWithStem(_ term: String, _ section: Int, _ update: (inout Entry) -> Void) {
            entry(term, section, update)
            let stem = Tokenizer.stem(term)
            if stem != term { entry(stem, section, update) }
        }
        let titleTerms = Tokenizer.terms(document.title)
        let titleScore = Int((titleWeight / Double(max(1, titleTerms.count)).squareRoot()).rounded())
        var seen: Set<String> = []
        for term in titleTerms where seen.insert(term).inserted { addWithStem(term, 0) { $0.fixed += titleScore } }
        // A term counts once as a keyword, however many keywords hold it: an
        // article naming five Claude models is not five times about Claude.
        seen = []
        for term in document.keywords.flatMap(Tokenizer.terms) where seen.insert(term).inserted {
            addWithStem(term, 0) { $0.fixed += keywordWeight }
        }
        for (index, section) in document.sections.enumerated() {
            seen = []
            for term in Tokenizer.terms(section.heading) where seen.insert(term).inserted {
                addWithStem(term, index) { $0.fixed += headingWeight }
            }
            var position = 0
            for term in Tokenizer.terms(section.text) {
                position += 1
                guard !Tokenizer.stopWords.contains(term) else { continue }
                let at = position
                addWithStem(term, index) { e in
                    e.body += 1
                    if e.position == 0 { e.position = at }
                }
            }
        }
        var out: [String: [Posting]] = [:]
        out.reserveCapacity(slot.count)
        for (term, i) in slot {
            out[term] = entries[i].map { e in
                Posting(page: page, section: e.section, score: e.fixed + min(e.body, bodyCap), position: e.position)
            }
        }
        return out
    }
}
