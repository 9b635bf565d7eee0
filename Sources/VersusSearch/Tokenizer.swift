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
        result.reserveCapacity(text.utf8.count / 5)
        forEachTerm(in: text, ascii: { result.append(String(decoding: $0, as: UTF8.self)) }, other: { result.append($0) })
        return result
    }

    /// The terms of `terms(text)`, in the same order, without making a
    /// string of each: a term of ASCII letters and digits comes as its
    /// (lower-cased) bytes, any other as a string. The index's hot loop.
    static func forEachTerm(in text: String, ascii: (UnsafeBufferPointer<UInt8>) -> Void, other: (String) -> Void) {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 32 }
        @inline(__always) func isWord(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 }
        @inline(__always) func isJoiner(_ b: UInt8) -> Bool { b == 0x2D || b == 0x2E || b == 0x5F || b == 0x2F }
        @inline(__always) func splits(_ b: UInt8) -> Bool { b == 0x2D || b == 0x5F || b == 0x2F }
        // The terms of each word with non-ASCII bytes met in this text: most
        // are the same few (a dash, a curly quote), and folding costs a
        // Unicode decomposition.
        var folds: [String: [String]] = [:]
        func nonASCII(_ raw: String) {
            if let known = folds[raw] {
                for term in known { other(term) }
                return
            }
            var found: [String] = []
            forEachWord(in: fold(raw)) { word in
                found.append(word)
                if word.utf8.contains(where: splits) {
                    for part in word.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "/" }) { found.append(String(part)) }
                }
            }
            folds[raw] = found
            for term in found { other(term) }
        }
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                guard isWord(buffer[i]) else { i += 1; continue }
                var j = i + 1
                while j < n {
                    if isWord(buffer[j]) { j += 1; continue }
                    if isJoiner(buffer[j]), j + 1 < n, isWord(buffer[j + 1]) { j += 2; continue }
                    break
                }
                let word = UnsafeBufferPointer(rebasing: buffer[i..<j])
                if word.contains(where: { $0 >= 0x80 }) {
                    // Only a word with non-ASCII letters pays for Unicode folding.
                    nonASCII(String(decoding: word, as: UTF8.self))
                } else {
                    ascii(word)
                    if word.contains(where: splits) {
                        var start = 0
                        for k in 0...word.count where k == word.count || splits(word[k]) {
                            if k > start { ascii(UnsafeBufferPointer(rebasing: word[start..<k])) }
                            start = k + 1
                        }
                    }
                }
                i = j
            }
        }
    }

    /// A light English stem, so "quantization" meets "quantize" and
    /// "quantizing", and "hosting" meets "hosted": common suffixes are cut
    /// from words of plain a-z letters while at least three letters remain. Index and client both add the stem
    /// of a word as a term of its own.
    public static func stem(_ word: String) -> String {
        let bytes = word.utf8
        let n = bytes.count
        guard n > 4, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        for suffix in stemSuffixes where n - suffix.count >= 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            return String(decoding: Array(bytes).prefix(n - suffix.count), as: UTF8.self)
        }
        return word
    }

    static let stemSuffixes: [[UInt8]] = ["izations", "ization", "izing", "ized", "izes", "ize", "ations", "ation",
                                          "ings", "ing", "ed", "es", "s"].map { Array($0.utf8) }


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
