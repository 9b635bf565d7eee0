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
    /// A term keeps at most this many postings, the best-scored: a word on
    /// every page of a large site says nothing about any of them.
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
        for (term, list) in terms where list.count > postingsPerTerm {
            let kept = list.sorted { ($0.score, -$0.page) > ($1.score, -$1.page) }.prefix(postingsPerTerm)
            terms[term] = kept.sorted { ($0.page, $0.section) < ($1.page, $1.section) }
        }
        return SearchIndex(documents: documents, terms: terms)
    }

    static func termsOf(_ document: SearchDocument, page: Int) -> [String: [Posting]] {
        // Per term and section: the title, keyword and heading weight, the body
        // occurrences (counted up to `bodyCap`), and the first body position.
        struct Entry { var fixed = 0; var body = 0; var position = 0 }
        var entries: [String: [Int: Entry]] = [:]
        func add(_ term: String, section: Int, weight: Int) {
            entries[term, default: [:]][section, default: Entry()].fixed += weight
        }
        let titleTerms = Tokenizer.terms(document.title)
        let titleScore = Int((titleWeight / Double(max(1, titleTerms.count)).squareRoot()).rounded())
        for term in Set(titleTerms) { add(term, section: 0, weight: titleScore) }
        // A term counts once as a keyword, however many keywords hold it: an
        // article naming five Claude models is not five times about Claude.
        for term in Set(document.keywords.flatMap(Tokenizer.terms)) { add(term, section: 0, weight: keywordWeight) }
        for (index, section) in document.sections.enumerated() {
            for term in Set(Tokenizer.terms(section.heading)) { add(term, section: index, weight: headingWeight) }
            var position = 0
            for term in Tokenizer.terms(section.text) {
                position += 1
                guard !Tokenizer.stopWords.contains(term) else { continue }
                var entry = entries[term, default: [:]][index, default: Entry()]
                entry.body += 1
                if entry.position == 0 { entry.position = position }
                entries[term, default: [:]][index] = entry
            }
        }
        var out: [String: [Posting]] = [:]
        for (term, sections) in entries {
            out[term] = sections.keys.sorted().map { s in
                let e = sections[s]!
                return Posting(page: page, section: s, score: e.fixed + min(e.body, bodyCap), position: e.position)
            }
        }
        return out
    }
}
