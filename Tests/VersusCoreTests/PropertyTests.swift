import Foundation
import PropertyBased
import Testing
@testable import VersusCore

/// Properties of the slugger and the number reader over generated inputs,
/// beside the example-based tests: what must hold for every title and every
/// figure an editor can write.
@Suite struct CorePropertyTests {
    static let anyText = Gen.unicodeScalar(in: "\u{0}"..."\u{2FFF}").map { Character($0) }.string(of: 0...40)

    @Test func slugsAreCleanAndStable() async {
        await propertyCheck(count: 500, input: Self.anyText) { text in
            let slug = Slug.make(text)
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-"), "\(text.debugDescription) → \(slug)")
            #expect(!slug.contains("--"))
            #expect(!slug.contains { $0.isWhitespace || "/?#%&\"'<>\\".contains($0) })
            #expect(slug == slug.lowercased())
            #expect(Slug.make(slug) == slug, "slugging a slug changes nothing")
        }
    }

    @Test func slugsOfASCIITitlesAreLettersDigitsAndHyphens() async {
        await propertyCheck(count: 500, input: Gen.unicodeScalar(in: "\u{0}"..."\u{7F}").map { Character($0) }.string(of: 0...40)) { text in
            let slug = Slug.make(text)
            #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(text.debugDescription) → \(slug)")
        }
    }

    @Test func numbersReadBackAsWritten() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...999_999_999), Gen.int(in: 0...99)) { whole, cents in
            let grouped = whole.formatted(groupedBy: 3)
            let money = "$\(grouped).\(cents < 10 ? "0" : "")\(cents)"
            let reading = NumberReader.read(money)
            #expect(reading?.unit == .currency, "\(money)")
            #expect(abs((reading?.value ?? -1) - (Double(whole) + Double(cents) / 100)) < 1e-6, "\(money)")
            #expect(NumberReader.value(String(whole)) == Double(whole))
            #expect(NumberReader.value("-\(grouped)") == -Double(whole))
            #expect(NumberReader.read("\(whole)%")?.unit == .percent)
        }
    }

    @Test func misplacedThousandsSeparatorsAreNotNumbers() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...999), Gen.int(in: 1...99)) { head, tail in
            // "12,34" is not a number with thousands separators: refused, not misread.
            #expect(NumberReader.read("\(head),\(tail)") == nil)
        }
    }
}

private extension Int {
    func formatted(groupedBy size: Int) -> String {
        let digits = Array(String(self))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % size == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}

@Suite struct SitePathPropertyTests {
    static let segment = Gen.letterOrNumber.string(of: 1...8)
    static let path = segment.array(of: 0...5).map { $0.isEmpty ? "" : $0.joined(separator: "/") + "/" }

    /// Every page links to every other with `root + target`; a browser must
    /// land exactly on the target from any depth, under any base path.
    @Test func relativeLinksResolveToTheirTargetFromAnyPage() async {
        await propertyCheck(count: 500, input: Self.path, Self.path, Self.path) { page, target, base in
            let href = SitePath.root(from: page) + target
            let from = URL(string: "https://example.org/" + base + page)!
            let landed = URL(string: href.isEmpty ? "./" : href, relativeTo: from)!.absoluteURL
            #expect(landed.absoluteString == "https://example.org/" + base + target, "\(page) → \(href)")
        }
    }
}

/// Found by `slugsAreCleanAndStable`: letters whose lower case folds further.
@Suite struct SlugRegressionTests {
    @Test func lowerCasingThenFoldingKeepsSlugsStable() {
        #expect(Slug.make("ẞ") == "ss")
        #expect(Slug.make("GROẞE Modelle") == "grosse-modelle")
        #expect(Slug.make("İstanbul") == "istanbul")
        #expect(Slug.make("Cafe\u{301} au lait") == "cafe-au-lait")
    }
}
