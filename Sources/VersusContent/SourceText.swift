import VersusCore

/// Turns a file's bytes into text the way every later stage expects it: valid
/// UTF-8, no byte-order mark, `\n` line endings. Invalid UTF-8 is an error at the
/// first bad byte rather than a silent replacement character in the output.
public enum SourceText {
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, DiagnosticError> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let bad = firstInvalidUTF8(bytes) {
            let before = bytes[bytes.startIndex..<bad]
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
            return .failure(DiagnosticError(Diagnostic(.invalidUTF8(byte: bytes[bad]),
                                                       at: SourceLocation(path: path, line: line, column: column))))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.utf8.contains(0x0D) {
            text = text.replacingCRLF()
        }
        return .success(text)
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= end else { return i }
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            minimum = 0
            i += length
        }
        return nil
    }
}

/// A single diagnostic as a thrown error, for the few places (one file's
/// decoding) where the first problem ends the work on that file.
public struct DiagnosticError: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}

private extension String {
    func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for b in utf8 {
            if previousCR && b != 0x0A { out.append(0x0A) }
            previousCR = b == 0x0D
            if !previousCR { out.append(b) }
        }
        if previousCR { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }
}
