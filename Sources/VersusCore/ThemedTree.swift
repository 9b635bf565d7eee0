/// A site folder with a theme beneath it: a file of the site replaces the
/// theme's file of the same path, file by file, as a Hugo theme's layouts
/// do; the theme fills in every path the site leaves empty. Every stage,
/// the build cache and the preview read the site through it, so a theme
/// file is listed, read, hashed and copied like the site's own.
public struct ThemedTree: FileTree {
    public let site: any FileTree
    public let theme: Theme

    public init(site: any FileTree, theme: Theme) {
        self.site = site
        self.theme = theme
    }

    /// Whether the file at `path` is the theme's (the site has none there).
    private func fromTheme(_ path: String) -> Bool {
        theme.files[path] != nil && !site.exists(path)
    }

    public func files(under directory: String) throws(FileTreeError) -> [String] {
        merged(try site.files(under: directory), under: directory)
    }

    public func listing(under directory: String) -> FileListing {
        var listing = site.listing(under: directory)
        listing.files = merged(listing.files, under: directory)
        return listing
    }

    public func read(_ path: String) throws(FileTreeError) -> [UInt8] {
        if fromTheme(path), let file = theme.files[path] { return file.bytes }
        return try site.read(path)
    }

    public func exists(_ path: String) -> Bool {
        if site.exists(path) || theme.files[path] != nil { return true }
        let prefix = path + "/"
        return theme.paths.contains { $0.hasPrefix(prefix) }
    }

    /// A theme file has no stat: the build cache hashes its bytes, which
    /// change only with the binary.
    public func stat(_ path: String) -> FileStat? {
        fromTheme(path) ? nil : site.stat(path)
    }

    private func merged(_ own: [String], under directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        let added = theme.paths.filter { $0.hasPrefix(prefix) }
        guard !added.isEmpty else { return own }
        return Array(Set(own).union(added)).sorted()
    }
}
