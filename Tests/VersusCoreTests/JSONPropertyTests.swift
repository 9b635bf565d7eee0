import Foundation
import PropertyBased
import Testing
@testable import VersusCore

/// The JSON writer works on bytes for speed (the search index writes
/// thousands of files with it); its text must be what the escaping rules
/// say, for any text and any integer.
@Suite struct JSONPropertyTests {
    /// The rules, one scalar at a time: quote, backslash and the control
    /// characters escaped, everything else as it is.
    static func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let anyText = Gen.unicodeScalar(in: "\u{0}"..."\u{2FFF}").map { Character($0) }.string(of: 0...40)

    @Test func stringsAreEscapedByTheRules() async {
        await propertyCheck(count: 1000, input: Self.anyText) { text in
            #expect(JSON.string(text) == Self.reference(text), "\(text.debugDescription)")
            var bytes: [UInt8] = [1]
            JSON.append(string: text, to: &bytes)
            #expect(bytes == [1] + Array(Self.reference(text).utf8))
            // And it reads back as the text it was made from.
            let decoded = try? JSONSerialization.jsonObject(with: Data(JSON.string(text).utf8), options: .fragmentsAllowed) as? String
            #expect(decoded == text)
        }
    }

    @Test func integersAreWrittenInDecimal() async {
        await propertyCheck(count: 1000, input: Gen.int(in: Int.min...Int.max)) { n in
            var bytes: [UInt8] = []
            JSON.append(integer: n, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(n))
        }
        for n in [0, 9, 10, 99, 100, -1, -10, Int.max, Int.min] {
            var bytes: [UInt8] = []
            JSON.append(integer: n, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(n))
        }
    }
}
