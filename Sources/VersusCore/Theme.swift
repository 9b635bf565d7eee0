import Foundation

/// The files a site gets when it has none of its own at a path: templates
/// under `Templates/`, static files under `Public/`. The default theme
/// (`Theme.standard`, target VersusTheme) is compiled into the binary; tests
/// and a site that brings every file give `Theme.none`.
public struct Theme: Sendable {
    public let files: [String: ThemeFile]
    /// Every path, sorted.
    public let paths: [String]

    public init(_ files: [ThemeFile]) {
        var byPath: [String: ThemeFile] = [:]
        for file in files { byPath[file.path] = file }
        self.files = byPath
        paths = byPath.keys.sorted()
    }

    public static let none = Theme([])

    public var isEmpty: Bool { files.isEmpty }

    public func bytes(_ path: String) -> [UInt8]? { files[path]?.bytes }

    /// The paths of the file or folder `prefix` (`Templates/partials`,
    /// `Public/css/site.css`); every path for nil.
    public func paths(under prefix: String?) -> [String] {
        guard let prefix else { return paths }
        let folder = prefix.hasSuffix("/") ? prefix : prefix + "/"
        return paths.filter { $0 == prefix || $0.hasPrefix(folder) }
    }

    /// The site as the stages read it: `site`, with this theme's files where
    /// the site has no file of the same path.
    public func layered(over site: any FileTree) -> any FileTree {
        isEmpty ? site : ThemedTree(site: site, theme: self)
    }
}

/// One file of a theme. Text is kept as the string literal the compiler
/// placed in the binary (no copy until read); anything else as base64.
public struct ThemeFile: Sendable {
    public let path: String
    private let body: Body

    private enum Body: Sendable {
        case text(StaticString)
        case base64(StaticString)
    }

    public init(path: String, text: StaticString) {
        self.path = path
        body = .text(text)
    }

    public init(path: String, base64: StaticString) {
        self.path = path
        body = .base64(base64)
    }

    public var bytes: [UInt8] {
        switch body {
        case .text(let text):
            return text.withUTF8Buffer { Array($0) }
        case .base64(let text):
            let encoded = text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
            return Data(base64Encoded: encoded).map { Array($0) } ?? []
        }
    }
}
