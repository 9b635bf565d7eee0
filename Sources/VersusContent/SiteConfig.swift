import VersusCore

/// `site.yml`: the settings of the whole site. Unknown keys are warnings, so a
/// misspelt setting is noticed instead of silently ignored.
public struct SiteConfig: Sendable, Equatable {
    public struct DataColumn: Sendable, Equatable {
        public var header: String
        public var path: String
        public var location: SourceLocation
    }

    public struct NavItem: Sendable, Equatable {
        public var title: String
        /// As written: a site path (`/about/`), or an absolute URL.
        public var url: String
        /// The `url:` value in site.yml, where a link to no page is reported.
        public var location: SourceLocation
        /// The site path the link stage found for `url` (no leading slash);
        /// nil for another site's address.
        public var target: String?
        public init(title: String, url: String, location: SourceLocation = .file("site.yml")) {
            self.title = title
            self.url = url
            self.location = location
        }
    }

    public var title: String
    /// Always ends with `/`: `https://example.org/versus/`.
    public var baseURL: String
    public var language: String
    public var description: String?
    public var nav: [NavItem]
    /// Table header → model field (`Input: pricing.input`), for the
    /// consistency check of hand-written tables.
    public var dataColumns: [DataColumn]
    /// `all` or `first-per-section` (the default): which mentions of a model
    /// become links.
    public var mentions: String
    /// `search: false` leaves the search index and its client out.
    public var search: Bool = true
    /// Keys the build does not know, for templates.
    public var params: [YAMLEntry]
    /// Extra front-matter keys that templates read (`keys: {page: [...], model: [...]}`):
    /// declared, they are not reported as unknown.
    public var pageKeys: Set<String> = []
    public var modelKeys: Set<String> = []
    /// Page types declared without a template of their own (`types: [review]`).
    public var types: Set<String> = []
    /// Names that look like a model's but are other things (`not_models: [...]`).
    public var notModels: Set<String> = []
    /// Sources every model page may cite (`sources: {review: {title, url, as_of}}`).
    public var sources: [FigureSource] = []
    /// A figure older than this many days on the build's date is a warning.
    public var staleAfterDays: Int?
    /// Which pairs of models get a page (`compare:`).
    public var compare = CompareSettings()
    /// The reference use that costs are given for (`workload:`).
    public var workload = Workload()
    /// `theme: none`: the site's own Templates/ and Public/ alone, without the
    /// theme built into the binary beneath them (`theme: default`).
    public var usesTheme = true

    public static let path = "site.yml"

    /// Whether the site.yml in `tree` says `theme: none`; read before the
    /// stages, which see the site with the theme beneath or without it. Most
    /// files never mention a theme and are not parsed for it.
    public static func themeTurnedOff(in tree: any FileTree) -> Bool {
        guard let bytes = try? tree.read(path), bytes.firstRange(of: Array("theme".utf8)) != nil else { return false }
        return read(bytes: bytes).config?.usesTheme == false
    }
    public static let knownKeys: Set<String> = [
        "title", "base_url", "language", "description", "nav", "data_columns", "mentions", "search", "keys", "types",
        "not_models", "sources", "stale_after_days", "compare", "workload", "theme",
    ]

    public init(title: String, baseURL: String = "/", language: String = "en", description: String? = nil,
                nav: [NavItem] = [], dataColumns: [DataColumn] = [],
                mentions: String = "first-per-section", params: [YAMLEntry] = []) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.description = description
        self.nav = nav
        self.dataColumns = dataColumns
        self.mentions = mentions
        self.params = params
    }

    /// The path part of `base_url`, with both slashes: `/versus/`, or `/`.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return baseURL.hasPrefix("/") ? baseURL : "/" + baseURL }
        let afterHost = baseURL[schemeEnd.upperBound...].firstIndex(of: "/").map { baseURL[$0...] } ?? "/"
        return String(afterHost)
    }

    /// Checks and normalises a base URL given in `site.yml` or on the command
    /// line. Nil when it is not `http(s)://host/…` or a path starting with `/`.
    public static func normalizedBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: " \t")
        let withSlash = trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
        if withSlash.hasPrefix("/") { return withSlash.contains("//") ? nil : withSlash }
        for scheme in ["https://", "http://"] where withSlash.hasPrefix(scheme) {
            let rest = withSlash.dropFirst(scheme.count)
            guard let host = rest.split(separator: "/").first, !host.isEmpty, !host.contains(" ") else { return nil }
            return withSlash
        }
        return nil
    }

    public static func read(bytes: [UInt8]) -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        let text: String
        switch SourceText.decode(bytes, path: path) {
        case .success(let t): text = t
        case .failure(let e): return (nil, [e.diagnostic])
        }
        var reader = YAMLReader(yaml: text, path: path, firstLine: 1)
        if !reader.diagnostics.isEmpty { return (nil, reader.diagnostics) }
        var diagnostics: [Diagnostic] = []
        let title = reader.string("title")
        if reader.valueNode("title") == nil {
            diagnostics.append(Diagnostic(.missingKey(key: "title"), at: SourceLocation(path: path)))
        }
        var baseURL = "/"
        if let node = reader.valueNode("base_url"), let given = reader.string(node, name: "base_url") {
            if let normalized = normalizedBaseURL(given) {
                baseURL = normalized
            } else {
                reader.report(.badBaseURL(given: given), at: node)
            }
        }
        let language = reader.string("language") ?? "en"
        let description = reader.string("description")
        var nav: [NavItem] = []
        if let node = reader.valueNode("nav") {
            if let items = node.sequence {
                for item in items {
                    guard let mapping = item.mapping,
                          let titleNode = mapping["title"], let urlNode = mapping["url"] else {
                        reader.report(.badNavItem, at: item)
                        continue
                    }
                    // `weight: 1` or `titel:` would otherwise be dropped without a word.
                    for (keyNode, _) in mapping {
                        guard let key = keyNode.string, key != "title", key != "url" else { continue }
                        reader.report(.unknownFigureKey(key: key, place: "a nav item", meant: Suggestion.closest(to: key, among: ["title", "url"]),
                                                        known: ["title", "url"]), at: keyNode)
                    }
                    if let t = reader.string(titleNode, name: "nav title"), let u = reader.string(urlNode, name: "nav url") {
                        nav.append(NavItem(title: t, url: u, location: reader.location(of: urlNode)))
                    }
                }
            } else {
                reader.report(.navNotAList, at: node)
            }
        }
        var mentions = "first-per-section"
        if let node = reader.valueNode("mentions"), let value = reader.string(node, name: "mentions") {
            if value == "all" || value == "first-per-section" {
                mentions = value
            } else {
                reader.report(.badMentionsMode(value: value), at: node)
            }
        }
        let search = reader.bool("search") ?? true
        var usesTheme = true
        if let node = reader.valueNode("theme"), let value = reader.string(node, name: "theme") {
            switch value {
            case "default": usesTheme = true
            case "none": usesTheme = false
            default: reader.report(.badThemeSetting(value: value, meant: Suggestion.closest(to: value, among: ["default", "none"])), at: node)
            }
        }
        var pageKeys: Set<String> = []
        var modelKeys: Set<String> = []
        if let node = reader.valueNode("keys") {
            if let mapping = node.mapping {
                for (keyNode, valueNode) in mapping {
                    let kind = keyNode.string ?? ""
                    guard kind == "page" || kind == "model" else {
                        reader.report(.badKeysSetting, at: keyNode)
                        continue
                    }
                    guard let names = reader.stringList(valueNode, name: "keys.\(kind)") else { continue }
                    if kind == "page" { pageKeys.formUnion(names) } else { modelKeys.formUnion(names) }
                }
            } else {
                reader.report(.badKeysSetting, at: node)
            }
        }
        var dataColumns: [DataColumn] = []
        if let node = reader.valueNode("data_columns") {
            if let mapping = node.mapping {
                for (keyNode, valueNode) in mapping {
                    guard let header = reader.string(keyNode, name: "data_columns key"),
                          let path = reader.string(valueNode, name: "data_columns.\(keyNode.string ?? "")") else { continue }
                    // A numeric key of the site's own is a figure too, once declared.
                    let validPath = ModelField.fixedPaths.contains(path) || (path.hasPrefix("scores.") && path.count > 7)
                        || modelKeys.contains(path)
                    if validPath {
                        dataColumns.append(DataColumn(header: header, path: path, location: reader.location(of: valueNode)))
                    } else {
                        reader.report(.unknownDataField(path: path, known: ModelField.fixedPaths + ["scores.<category>"] + modelKeys.sorted()),
                                     at: valueNode)
                    }
                }
            } else {
                reader.wrongType("data_columns", "a mapping of table headers to model fields, such as {Input: pricing.input}", node)
            }
        }
        let types = Set(reader.stringList("types") ?? [])
        let notModels = Set(reader.stringList("not_models") ?? [])
        let sources = reader.valueNode("sources").map { FigureSource.read($0, reader: &reader) } ?? []
        var staleAfterDays: Int?
        if let node = reader.valueNode("stale_after_days") {
            if let days = reader.int("stale_after_days"), days > 0 {
                staleAfterDays = days
            } else if reader.diagnostics.last?.location != reader.location(of: node) {
                reader.wrongType("stale_after_days", "a whole number of days above 0, such as 180", node)
            }
        }
        let compare = reader.valueNode("compare").map { CompareSettings.read($0, reader: &reader) } ?? CompareSettings()
        let workload = reader.valueNode("workload").map { Workload.read($0, reader: &reader) } ?? Workload()
        for key in reader.keys where !knownKeys.contains(key) {
            diagnostics.append(Diagnostic(
                .unknownSiteKey(key: key, meant: Suggestion.closest(to: key, among: knownKeys), known: knownKeys.sorted()),
                at: reader.keyLocation(key) ?? SourceLocation(path: path)))
        }
        let params = reader.keys.filter { !knownKeys.contains($0) }.compactMap { key in
            reader.value(of: key).map { YAMLEntry(key: key, value: $0) }
        }
        diagnostics = reader.diagnostics + diagnostics
        // With an error the build fails anyway; the settings read so far are
        // still used, so that the pages are checked against the site's own
        // sources and keys instead of drawing errors that follow from none.
        guard let title else { return (nil, diagnostics) }
        var config = SiteConfig(title: title, baseURL: baseURL, language: language, description: description,
                                nav: nav, dataColumns: dataColumns, mentions: mentions, params: params)
        config.search = search
        config.usesTheme = usesTheme
        config.pageKeys = pageKeys
        config.modelKeys = modelKeys
        config.types = types
        config.notModels = notModels
        config.sources = sources
        config.staleAfterDays = staleAfterDays
        config.compare = compare
        config.workload = workload
        return (config, diagnostics)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
