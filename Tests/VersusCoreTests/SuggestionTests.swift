import Testing
import VersusCore

/// "Did you mean": close typos and shortened names are suggested; words that
/// merely share letters are not.
@Suite struct SuggestionTests {
    @Test func suggestsTyposSwapsAndShortenedNames() {
        let keys = ["title", "type", "tags", "draft", "description", "last_updated", "pricing", "weights", "scores"]
        #expect(Suggestion.closest(to: "titel", among: keys) == "title")
        #expect(Suggestion.closest(to: "descripton", among: keys) == "description")
        #expect(Suggestion.closest(to: "last_upated", among: keys) == "last_updated")
        #expect(Suggestion.closest(to: "tag", among: keys) == "tags")
        #expect(Suggestion.closest(to: "drafts", among: keys) == "draft")
        #expect(Suggestion.closest(to: "price", among: keys) == "pricing")
        #expect(Suggestion.closest(to: "weight", among: keys) == "weights")
        #expect(Suggestion.closest(to: "Antropic", among: ["Anthropic", "OpenAI"]) == "Anthropic")
    }

    @Test func leavesUnrelatedWordsAlone() {
        #expect(Suggestion.closest(to: "pie", among: ["bar", "hbar", "scatter", "line"]) == nil)
        #expect(Suggestion.closest(to: "colour", among: ["type", "title", "x", "y", "labels"]) == nil)
        #expect(Suggestion.closest(to: "title", among: ["title"]) == nil)
        #expect(Suggestion.closest(to: "costs", among: ["cost-analysis", "benchmarks"]) == nil)
    }
}
