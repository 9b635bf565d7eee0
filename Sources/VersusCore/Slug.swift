/// Slugs are what ids, heading anchors and URLs are made of. They must be
/// stable (the same title always gives the same slug, on every machine) and
/// readable, so Latin accents are folded to ASCII rather than percent-encoded.
public enum Slug {
    /// Lower-case letters and digits joined by single hyphens.
    /// `"GPT-5.4 Thinking"` → `"gpt-5-4-thinking"`, `"Qwen 3.5 (397B)"` →
    /// `"qwen-3-5-397b"`, `"Café"` → `"cafe"`. Letters of other scripts are kept
    /// (lower-cased) so that a Japanese title still has a slug. Empty when
    /// nothing is left.
    public static func make(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        func append(_ piece: String) {
            if pendingHyphen && !out.isEmpty { out.append("-") }
            pendingHyphen = false
            out += piece
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7a:
                append(String(scalar))
            case 0x41...0x5a:
                append(String(Unicode.Scalar(v + 32)!))
            case 0x27, 0x2019:
                continue  // "don't" → "dont", not "don-t"
            case 0..<0x80:
                pendingHyphen = true
            default:
                if let folded = latinFold[v] {
                    append(folded)
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    continue  // a decomposed accent: "e\u{301}" → "e", as "é" → "e"
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    // Lower-casing can give letters that fold ("ẞ" → "ß" → "ss")
                    // or a letter and a mark ("İ" → "i̇"): fold those too, so that
                    // a slug's slug is itself.
                    var piece = ""
                    for lower in String(scalar).lowercased().unicodeScalars
                    where lower.properties.generalCategory != .nonspacingMark {
                        piece += latinFold[lower.value] ?? String(lower)
                    }
                    append(piece)
                } else {
                    pendingHyphen = true
                }
            }
        }
        return out
    }
}

/// Hands out slugs that are unique within one scope (a page's headings): the
/// second "Results" heading becomes `results-1`, as GitHub does, so anchors
/// never collide.
public struct Slugger: Sendable {
    private var used: Set<String> = []

    public init() {}

    public mutating func slug(for text: String, fallback: String = "section") -> String {
        let made = Slug.make(text)
        let base = made.isEmpty ? fallback : made
        var candidate = base
        var n = 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}

/// ASCII spellings of the accented Latin letters in U+00C0–U+024F.
private let latinFold: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let groups: [(String, String)] = [
        ("ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦàáâãäåāăąǎǟǡǻȁȃȧ", "a"), ("ÇĆĈĊČçćĉċč", "c"), ("ĎĐďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚȄȆȨèéêëēĕėęěȅȇȩ", "e"), ("ĜĞĠĢǦǴĝğġģǧǵ", "g"), ("ĤĦȞĥħȟ", "h"),
        ("ÌÍÎÏĨĪĬĮİǏȈȊìíîïĩīĭįıǐȉȋ", "i"), ("Ĵĵǰ", "j"), ("ĶǨķǩ", "k"), ("ĹĻĽĿŁĺļľŀł", "l"),
        ("ÑŃŅŇǸñńņňŉǹ", "n"), ("ÒÓÔÕÖØŌŎŐƠǑǪǬȌȎȪȬȮȰòóôõöøōŏőơǒǫǭȍȏȫȭȯȱ", "o"),
        ("ŔŖŘȐȒŕŗřȑȓ", "r"), ("ŚŜŞŠȘśŝşšș", "s"), ("ŢŤŦȚţťŧț", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖùúûüũūŭůűųưǔǖǘǚǜȕȗ", "u"), ("Ŵŵ", "w"), ("ÝŶŸȲýÿŷȳ", "y"),
        ("ŹŻŽźżž", "z"), ("ß", "ss"), ("Ææ", "ae"), ("Œœ", "oe"), ("Þþ", "th"),
    ]
    for (letters, ascii) in groups {
        for s in letters.unicodeScalars { table[s.value] = ascii }
    }
    return table
}()
