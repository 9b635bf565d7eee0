import Foundation

/// Splits text into search terms. Text is folded first (compatibility
/// decomposition, accents dropped, lower-cased), so "Qwen", "QWEN" and "qwen"
/// are one term and "é" matches "e". A run of letters and digits joined by
/// `-`, `.`, `_` or `/` ("GPT-5.4", "deepseek-v3.2") is a term as a whole and
/// its `-`/`_`/`/` parts are terms too, so "gpt-5.4", "gpt" and "5.4" all find
/// GPT-5.4. The client folds and splits queries the same way.
public enum Tokenizer {
    /// Words too common to help; they are still matched inside titles.
    public static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "is", "it", "its",
        "of", "on", "or", "that", "the", "this", "to", "was", "were", "with",
    ]

    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: out.append(scalar)
            }
        }
        return String(out).lowercased()
    }

    /// Terms in order, with the whole compound first and then its parts.
    public static func terms(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: fold(text)) { word in
            result.append(word)
            let parts = word.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "/" })
            if parts.count > 1 { for part in parts { result.append(String(part)) } }
        }
        return result
    }

    /// Calls `body` with each compound word of already folded text.
    static func forEachWord(in folded: String, _ body: (String) -> Void) {
        let scalars = Array(folded.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard isWord(scalars[i]) else { i += 1; continue }
            var j = i + 1
            while j < scalars.count {
                if isWord(scalars[j]) { j += 1; continue }
                if isJoiner(scalars[j]), j + 1 < scalars.count, isWord(scalars[j + 1]) { j += 2; continue }
                break
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[i..<j])
            body(String(word))
            i = j
        }
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "." || s == "_" || s == "/"
    }
}
