/// A 64-bit hash of bytes that is the same in every process and on every
/// run, unlike Swift's `Hasher`, which is seeded anew per process. The build
/// cache compares inputs and outputs of two builds by it.
///
/// Not cryptographic: it guards against edits, not against an attacker who
/// writes the site folder (who could write the output folder as well). Two
/// different files share a hash with a chance of about 2⁻⁶⁴ per pair.
public struct ContentHash: Hashable, Sendable, Codable, CustomStringConvertible {
    public var value: UInt64

    public init(value: UInt64) {
        self.value = value
    }

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { ContentHash(raw: $0) }
    }

    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(raw: UnsafeRawBufferPointer($0)) }
    }

    /// Eight bytes at a time, each word folded in with a multiply and the
    /// finaliser of MurmurHash3, so every input bit reaches every output bit.
    public init(raw: UnsafeRawBufferPointer) {
        let count = raw.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(count) &* 0xC2B2_AE3D_27D4_EB4F)
        var offset = 0
        while offset + 8 <= count {
            h = Self.mix(h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x87C3_7B91_1142_53D5
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (UInt64(shift) * 8) }
            h = Self.mix(h ^ tail) &* 0x87C3_7B91_1142_53D5
        }
        value = Self.mix(h)
    }

    /// The hash of several hashes in order: a key made of parts.
    public init(combining parts: [ContentHash]) {
        var h: UInt64 = 0x2545_F491_4F6C_DD1D ^ UInt64(parts.count)
        for part in parts { h = Self.mix(h ^ part.value) &* 0x87C3_7B91_1142_53D5 }
        value = Self.mix(h)
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// Sixteen hex digits.
    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
