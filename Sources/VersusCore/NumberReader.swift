/// Reads the figures editors type in tables: `$5.00`, `77.8%`, `93/100`,
/// `5 pts`, `1,000`, `~$2,000`, `-3`. The consistency check and charts both read
/// cells through it, so a figure means the same thing everywhere. Text that is
/// not one number (`Open wins`, `$15,000-20,000`) is nil, never a guess.
public enum NumberReader {
    public struct Reading: Sendable, Equatable {
        public var value: Double
        public var unit: Unit
        public init(value: Double, unit: Unit) {
            self.value = value
            self.unit = unit
        }
    }

    public enum Unit: String, Sendable, Equatable {
        case none = ""
        case currency = "$"
        case percent = "%"
        case points = "pts"
        case outOf100 = "/100"
    }

    public static func value(_ text: String) -> Double? { read(text)?.value }

    public static func read(_ text: String) -> Reading? {
        var s = Substring(text.trimmingWhitespace())
        if s.first == "~" || s.first == "≈" { s = s.dropFirst().trimmingLeadingSpaces() }
        var negative = false
        if s.first == "-" || s.first == "−" {
            negative = true
            s = s.dropFirst()
        } else if s.first == "+" {
            s = s.dropFirst()
        }
        var unit = Unit.none
        if let c = s.first, c == "$" || c == "€" || c == "£" {
            unit = .currency
            s = s.dropFirst()
        }
        // Digits, with commas only as thousands separators, then an optional fraction.
        var digits = ""
        var index = s.startIndex
        var groupLength = 0
        var sawComma = false
        var sawDigit = false
        while index < s.endIndex {
            let c = s[index]
            if c.isASCII && c.isNumber {
                digits.append(c)
                groupLength += 1
                sawDigit = true
            } else if c == "," && sawDigit {
                if sawComma ? groupLength != 3 : groupLength > 3 { return nil }
                sawComma = true
                groupLength = 0
            } else {
                break
            }
            index = s.index(after: index)
        }
        guard sawDigit, !sawComma || groupLength == 3 else { return nil }
        if index < s.endIndex, s[index] == "." {
            let afterDot = s.index(after: index)
            var fraction = ""
            var j = afterDot
            while j < s.endIndex, s[j].isASCII, s[j].isNumber {
                fraction.append(s[j])
                j = s.index(after: j)
            }
            guard !fraction.isEmpty else { return nil }
            digits += "." + fraction
            index = j
        }
        guard let magnitude = Double(digits) else { return nil }
        let rest = s[index...].trimmingLeadingSpaces().lowercased()
        switch rest {
        case "": break
        case "%": unit = unit == .none ? .percent : unit
        case "/100": unit = .outOf100
        case "pts", "pt", "points", "point": unit = .points
        default:
            if unit == .currency && (rest == "/m" || rest == "/mtok") { break }
            return nil
        }
        return Reading(value: negative ? -magnitude : magnitude, unit: unit)
    }
}


private extension Substring {
    func trimmingLeadingSpaces() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        return s
    }
}
