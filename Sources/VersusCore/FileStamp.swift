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

/// What the file system says of a file without reading it: its size, inode,
/// and the times its bytes and its inode last changed (nanoseconds since
/// 1970). The build cache reuses a file's stamp while these are as recorded
/// and the file had not changed just before the record was made.
public struct FileStat: Sendable, Hashable {
    public var size: Int
    public var inode: UInt64
    public var modified: Int64
    public var changed: Int64

    public init(size: Int, inode: UInt64, modified: Int64, changed: Int64) {
        self.size = size
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }
}
