import Foundation
import Testing

/// docs/errors.md must tell the truth: every message it lists is asserted,
/// word for word, by a test under Tests/, and every test it names exists.
@Suite struct ErrorDocsTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sources() throws -> String {
        var all = ""
        let tests = repo.appendingPathComponent("Tests")
        let walker = FileManager.default.enumerator(atPath: tests.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") || path.hasSuffix(".py"), !path.hasSuffix("ErrorDocsTests.swift") else { continue }
            all += (try? String(contentsOfFile: tests.appendingPathComponent(path).path, encoding: .utf8)) ?? ""
        }
        return all
    }

    @Test func everyListedMessageAndTestExists() throws {
        let doc = try String(contentsOfFile: Self.repo.appendingPathComponent("docs/errors.md").path, encoding: .utf8)
        let sources = try Self.sources()
        let rows = doc.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("` |") }
        #expect(rows.count >= 30)
        for row in rows {
            let cells = row.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{1}", with: "|")
            }
            guard let message = cells.first(where: { $0.hasPrefix("`") && $0.hasSuffix("`") })?.dropFirst().dropLast() else { continue }
            // `<output>: error: …` stands for an absolute path the test builds.
            var text = String(message)
            if text.hasPrefix("<"), let colon = text.range(of: ": ") { text = String(text[colon.upperBound...]) }
            let escaped = text.replacingOccurrences(of: "\"", with: "\\\"")
            #expect(sources.contains(text) || sources.contains(escaped), "not asserted by any test: \(text)")
            for test in cells.last!.split(separator: ",") {
                let name = test.split(separator: ".").last.map { String($0.split(separator: ":").last!) }!
                    .trimmingCharacters(in: .whitespaces)
                #expect(sources.contains("func \(name)(") || sources.contains("def \(name)("), "no test named \(name)")
            }
        }
    }
}
