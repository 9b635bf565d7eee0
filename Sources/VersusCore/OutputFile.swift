/// A file the build writes: a page, a listing, the search index, the feed.
public struct OutputFile: Sendable {
    /// Relative to the output folder: `comparisons/x/index.html`.
    public var path: String
    public var contents: [UInt8]
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// A file published as it is (under Public/, or beside a page): its source,
/// relative to the site root, and its output path.
public struct FileCopy: Sendable, Equatable {
    public var source: String
    public var destination: String
    public init(source: String, destination: String) {
        self.source = source
        self.destination = destination
    }
}
