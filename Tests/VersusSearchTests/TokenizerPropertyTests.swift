import PropertyBased
import Testing
@testable import VersusSearch

/// What must hold for any text the search tokenizer is given: the index and
/// the browser client tokenize the same way, so a term is never empty, never
/// holds a separator, and does not depend on letter case.
@Suite struct TokenizerPropertyTests {
    static let words = Gen.letterOrNumber.string(of: 1...10).array(of: 0...8)
    /// A slash is not among them: "24/7" and "input/output" are kept whole as
    /// well as split, by design.
    static let separators = Gen.element(of: [" ", "  ", "\n", ", ", ". ", " - ", "(", ")", "\t", "—"]).map { $0! }

    @Test func termsAreNonEmptyFoldedAndFreeOfSeparators() async {
        await propertyCheck(count: 500, input: Self.words, Self.separators) { words, separator in
            let text = words.joined(separator: separator)
            for term in Tokenizer.terms(text) {
                #expect(!term.isEmpty)
                #expect(!term.contains { $0.isWhitespace || ",.()\t—".contains($0) }, "\(text.debugDescription) → \(term)")
                #expect(term == term.lowercased())
            }
            #expect(Tokenizer.terms(text) == Tokenizer.terms(text.uppercased()), "\(text.debugDescription)")
            #expect(Tokenizer.terms(text) == Tokenizer.terms(words.joined(separator: " ")), "the separator does not matter")
        }
    }

    @Test func foldingIsIdempotent() async {
        await propertyCheck(count: 500, input: Gen.unicodeScalar(in: " "..."\u{024F}").map { Character($0) }.string(of: 0...30)) { text in
            let folded = Tokenizer.fold(text)
            #expect(Tokenizer.fold(folded) == folded, "\(text.debugDescription)")
        }
    }
}
