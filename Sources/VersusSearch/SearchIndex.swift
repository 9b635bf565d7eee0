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
    /// Each document's terms, in the order of `documents` (for the build cache).
    public var pages: [PageTerms] = []

    /// Every page's terms (in parallel), then one pass that gives each term
    /// a number and counts its pages per best score, the cut of each term
    /// kept to `postingsPerTerm` pages (see `cut`), and a second pass, in page
    /// order, that gathers the kept postings. On a large site the common
    /// terms have thousands of pages: they are never gathered whole.
    /// `known`: terms of documents tallied by an earlier build (the build
    /// cache), by place in `documents`; their text is not read again.
    public static func build(_ documents: [SearchDocument], jobs: Int, known: [Int: PageTerms] = [:]) -> SearchIndex {
        let perPage = parallelMap(Array(documents.indices), jobs: jobs) { page in
            known[page] ?? termsOf(documents[page])
        }
        var number: [String: Int] = [:]
        var names: [String] = []
        var scores: [[Int]] = []  // per term: pages per best score
        var numbers: [[Int]] = []  // per page: the number of each of its terms
        numbers.reserveCapacity(perPage.count)
        for page in perPage {
            var own: [Int] = []
            own.reserveCapacity(page.terms.count)
            for (k, term) in page.terms.enumerated() {
                let n: Int
                if let known = number[term] {
                    n = known
                } else {
                    n = names.count
                    number[term] = n
                    names.append(term)
                    scores.append([])
                }
                let best = max(0, Int(page.best[k]))
                if scores[n].count <= best { scores[n] += [Int](repeating: 0, count: best + 1 - scores[n].count) }
                scores[n][best] += 1
                own.append(n)
            }
            numbers.append(own)
        }
        var cuts = scores.map(cut)
        var postings = [[Posting]](repeating: [], count: names.count)
        for (number, (page, own)) in zip(perPage, numbers).enumerated() {
            for (k, n) in own.enumerated() {
                let best = max(0, Int(page.best[k]))
                var keep = best > cuts[n].score
                if !keep && best == cuts[n].score && cuts[n].room > 0 {
                    keep = true
                    cuts[n].room -= 1
                }
                if keep {
                    for e in page.entries(k) {
                        postings[n].append(Posting(page: number, section: Int(e.section), score: Int(e.score), position: Int(e.position)))
                    }
                }
            }
        }
        var terms: [String: [Posting]] = [:]
        terms.reserveCapacity(names.count)
        for (n, name) in names.enumerated() { terms[name] = postings[n] }
        return SearchIndex(documents: documents, terms: terms, pages: perPage)
    }

    /// Where a term's pages are cut, from its count of pages per best score:
    /// every page scoring above `score` is kept, and the first `room` pages
    /// (in page order) scoring exactly `score`. A term on at most
    /// `postingsPerTerm` pages keeps them all.
    static func cut(_ pagesPerScore: [Int]) -> (score: Int, room: Int) {
        guard pagesPerScore.reduce(0, +) > postingsPerTerm else { return (-1, 0) }
        var score = pagesPerScore.count - 1
        var above = 0
        while above + pagesPerScore[score] < postingsPerTerm {
            above += pagesPerScore[score]
            score -= 1
        }
        return (score, postingsPerTerm - above)
    }

    static func termsOf(_ document: SearchDocument) -> PageTerms {
        var tally = TermTally()
        let titleTerms = Tokenizer.terms(document.title)
        let titleScore = Int((titleWeight / Double(max(1, titleTerms.count)).squareRoot()).rounded())
        var seen: Set<String> = []
        for term in titleTerms where seen.insert(term).inserted { tally.add(term, section: 0, fixed: titleScore) }
        // A term counts once as a keyword, however many keywords hold it: an
        // article naming five Claude models is not five times about Claude.
        seen = []
        for term in document.keywords.flatMap(Tokenizer.terms) where seen.insert(term).inserted {
            tally.add(term, section: 0, fixed: keywordWeight)
        }
        for (index, section) in document.sections.enumerated() {
            seen = []
            for term in Tokenizer.terms(section.heading) where seen.insert(term).inserted {
                tally.add(term, section: index, fixed: headingWeight)
            }
            var position = 0
            Tokenizer.forEachTerm(in: section.text, ascii: { word in
                position += 1
                tally.add(word: word, section: index, at: position)
            }, other: { term in
                position += 1
                // Stop words are short: most words skip the set.
                guard term.utf8.count > 4 || !Tokenizer.stopWords.contains(term) else { return }
                tally.add(term, section: index, at: position)
            })
        }
        return tally.pageTerms
    }
}

/// One page's terms as they are met: per term (and its stem, a term of its
/// own), per section, the title, keyword and heading weight, the body
/// occurrences (counted up to `bodyCap`) and the first body position.
/// Sections come in order, so a term's entry for the current section is
/// always its latest. Flat arrays and one hash per word: a page's words are
/// the index's hot loop.
struct TermTally {
    struct Entry {
        var slot: Int
        var section: Int
        var fixed = 0
        var body = 0
        var position = 0
    }

    var slot: [String: Int] = [:]
    var terms: [String] = []
    /// Per slot: its stem's slot (itself when the term is its own stem), and its latest entry.
    var stem: [Int] = []
    var latest: [Int] = []
    var entries: [Entry] = []

    /// The slot of `term`, and of its stem.
    mutating func slots(_ term: String) -> (own: Int, stem: Int) {
        if let own = slot[term] { return (own, stem[own]) }
        let own = newSlot(term)
        let root = Tokenizer.stem(term)
        if root != term { stem[own] = slot[root] ?? newSlot(root) }
        return (own, stem[own])
    }

    private mutating func newSlot(_ term: String) -> Int {
        let own = terms.count
        slot[term] = own
        terms.append(term)
        stem.append(own)
        latest.append(-1)
        return own
    }

    /// The entry of `slot` for `section`, made if new.
    private mutating func entry(_ slot: Int, _ section: Int) -> Int {
        let last = latest[slot]
        if last >= 0 && entries[last].section == section { return last }
        entries.append(Entry(slot: slot, section: section))
        latest[slot] = entries.count - 1
        return entries.count - 1
    }

    mutating func add(_ term: String, section: Int, fixed: Int) {
        let (own, root) = slots(term)
        entries[entry(own, section)].fixed += fixed
        if root != own { entries[entry(root, section)].fixed += fixed }
    }

    mutating func add(_ term: String, section: Int, at position: Int) {
        let (own, root) = slots(term)
        body(own, section, position)
        if root != own { body(root, section, position) }
    }

    private mutating func body(_ slot: Int, _ section: Int, _ position: Int) {
        let e = entry(slot, section)
        entries[e].body += 1
        if entries[e].position == 0 { entries[e].position = position }
    }

    /// Body words met before, by their bytes (an open-addressing table of
    /// indices into `words`), so that a repeated word is neither made into a
    /// string nor hashed by `Hasher` again: its slots, or that it is a stop
    /// word, are found beside it.
    private var table = [Int32](repeating: -1, count: 512)
    private var words: [(hash: UInt64, start: Int, count: Int, own: Int, stem: Int)] = []
    private var wordBytes: [UInt8] = []

    /// A body word of ASCII letters and digits (as `Tokenizer.forEachTerm` gives it).
    mutating func add(word: UnsafeBufferPointer<UInt8>, section: Int, at position: Int) {
        let hash = ContentHash(raw: UnsafeRawBufferPointer(word)).value
        var i = Int(truncatingIfNeeded: hash) & (table.count - 1)
        while table[i] >= 0 {
            let known = words[Int(table[i])]
            if known.hash == hash, known.count == word.count,
               wordBytes[known.start..<(known.start + known.count)].elementsEqual(word) {
                guard known.own >= 0 else { return }  // a stop word
                body(known.own, section, position)
                if known.stem != known.own { body(known.stem, section, position) }
                return
            }
            i = (i + 1) & (table.count - 1)
        }
        let term = String(decoding: word, as: UTF8.self)
        let stop = word.count <= 4 && Tokenizer.stopWords.contains(term)
        let (own, root) = stop ? (-1, -1) : slots(term)
        table[i] = Int32(words.count)
        words.append((hash, wordBytes.count, word.count, own, root))
        wordBytes.append(contentsOf: word)
        if words.count * 2 > table.count { grow() }
        guard !stop else { return }
        body(own, section, position)
        if root != own { body(root, section, position) }
    }

    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        for (n, word) in words.enumerated() {
            var i = Int(truncatingIfNeeded: word.hash) & (table.count - 1)
            while table[i] >= 0 { i = (i + 1) & (table.count - 1) }
            table[i] = Int32(n)
        }
    }

    /// The page's terms and their entries, in the order first met.
    var pageTerms: PageTerms {
        var lists = [[PageTerms.Entry]](repeating: [], count: terms.count)
        for e in entries {
            lists[e.slot].append(PageTerms.Entry(section: e.section, score: e.fixed + min(e.body, SearchIndex.bodyCap), position: e.position))
        }
        var out = PageTerms()
        out.reserve(terms: terms.count, entries: entries.count)
        for (i, term) in terms.enumerated() where !lists[i].isEmpty {
            out.append(term, best: Int(lists[i].reduce(0) { max($0, $1.score) }), entries: lists[i])
        }
        return out
    }
}
