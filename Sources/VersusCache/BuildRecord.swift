import VersusCore

/// What one successful build leaves for the next: what it read, what it
/// wrote and what it said. The next build compares its own inputs with
/// `inputs` to know what changed, trusts `outputs` only while the output
/// folder is still the one this build wrote (`generation`), and replays
/// `diagnostics` when nothing changed.
public struct BuildRecord: Sendable, Equatable {
    /// Which versus made it (its version and the identity of its binary):
    /// another versus may render the same input differently.
    public var tool: String
    /// The options that change the output (base URL, drafts, the year).
    public var options: String
    /// Site path → hash and size of every file the build read.
    public var inputs: [String: FileStamp]
    /// What the file system said of each input, the hash of each page's front
    /// matter (see `LastBuild.head`), and when the inputs were looked at
    /// (nanoseconds since 1970): a file unchanged since is not read again.
    public var inputStats: [String: FileStat] = [:]
    public var heads: [String: ContentHash] = [:]
    public var checkedAt: Int64 = 0
    /// Output path → hash and size of every file written.
    public var outputs: [String: FileStamp]
    /// What the file system said of each file written, once written (its
    /// size, inode and modification time): a file changed since by hand
    /// makes the output unknown, and the next build a full one.
    public var outputStats: [String: FileStat] = [:]
    /// Each folder of the output and its identity (`LastBuild.generation`):
    /// a file added by hand inside one changes it.
    public var outputFolders: [String: String] = [:]
    /// The identity of the output folder written (device and inode): a folder
    /// replaced by anything else since is not trusted.
    public var generation: String
    /// Every problem the build reported, before `--strict`.
    public var diagnostics: [Diagnostic]
    /// Pages written and files copied, for the summary line.
    public var pageCount: Int
    public var copyCount: Int
    /// Site path of a page → what the build knew of it, encoded by the
    /// build (opaque here), so that the next build need not parse, link
    /// and render it again while it and what it reads stay as they were.
    public var pages: [String: [UInt8]]
    /// Output paths of the search index, which a build writes anew whenever a
    /// page's text changes.
    public var searchFiles: [String]
    /// What the spare folder (the generation before the output, see
    /// `Emitter.Spare`) holds, and its identity when the record was made.
    public var spare: [String: FileStamp]
    public var spareGeneration: String

    public init(tool: String, options: String, inputs: [String: FileStamp], outputs: [String: FileStamp],
                generation: String, diagnostics: [Diagnostic], pageCount: Int, copyCount: Int,
                pages: [String: [UInt8]] = [:], searchFiles: [String] = [], spare: [String: FileStamp] = [:],
                spareGeneration: String = "") {
        self.tool = tool
        self.options = options
        self.inputs = inputs
        self.outputs = outputs
        self.generation = generation
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.copyCount = copyCount
        self.pages = pages
        self.searchFiles = searchFiles
        self.spare = spare
        self.spareGeneration = spareGeneration
    }
}
