import Foundation

/// The GNU build id of the running program (the linker's hash of its
/// contents, `readelf -n`), from the note segments its ELF program headers
/// point at: a few kilobytes of /proc/self/exe. Nil where it has none.
enum BuildID {
    static let ofThisProgram: String? = {
        guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else {
                return nil
            }
            return [UInt8](data)
        }
        // A 64-bit little-endian ELF file.
        guard let header = read(0, 64), header[0..<4] == [0x7F, 0x45, 0x4C, 0x46], header[4] == 2, header[5] == 1 else { return nil }
        func number<T: FixedWidthInteger>(_ bytes: [UInt8], _ at: Int, _: T.Type) -> T {
            bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: T.self) }
        }
        let tableOffset = number(header, 0x20, UInt64.self)
        let entrySize = Int(number(header, 0x36, UInt16.self))
        let count = Int(number(header, 0x38, UInt16.self))
        guard entrySize >= 56, count < 256, let table = read(tableOffset, entrySize * count) else { return nil }
        for i in 0..<count {
            let entry = Array(table[(i * entrySize)..<((i + 1) * entrySize)])
            guard number(entry, 0, UInt32.self) == 4 else { continue }  // PT_NOTE
            let offset = number(entry, 0x08, UInt64.self)
            let size = Int(number(entry, 0x20, UInt64.self))
            guard size < 1 << 16, let notes = read(offset, size) else { continue }
            if let id = notes.withUnsafeBytes({ gnuID(in: $0) }) { return id }
        }
        return nil
    }()

    /// The `NT_GNU_BUILD_ID` note among `notes`, as hex.
    static func gnuID(in notes: UnsafeRawBufferPointer) -> String? {
        var offset = 0
        func aligned(_ n: Int) -> Int { (n + 3) & ~3 }
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let descSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let name = offset + 12
            let desc = name + aligned(nameSize)
            guard desc + descSize <= notes.count else { return nil }
            if type == 3, nameSize == 4, Array(notes[name..<(name + 3)]) == Array("GNU".utf8), descSize > 0 {
                return notes[desc..<(desc + descSize)].map { String(format: "%02x", $0) }.joined()
            }
            offset = desc + aligned(descSize)
        }
        return nil
    }
}
