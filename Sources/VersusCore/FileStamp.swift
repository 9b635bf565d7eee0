/// A file's bytes as the build cache remembers them: their hash and length.
/// Two files with the same stamp hold the same bytes (see `ContentHash`).
public struct FileStamp: Sendable, Hashable {
    public var hash: ContentHash
    public var size: Int

    public init(hash: ContentHash, size: Int) {
        self.hash = hash
        self.size = size
    }

    public init(_ bytes: [UInt8]) {
        self.init(hash: ContentHash(bytes), size: bytes.count)
    }
}
