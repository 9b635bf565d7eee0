import VersusCore

/// Reads one page file: decode, split the front matter, check the known keys.
/// A pure function of the path and the bytes, so pages are read in parallel.
public enum PageReader {
    /// The keys every page may carry; `type: model` adds `Model.keys`.
    public static let commonKeys: Set<String> = ["title", "type", "id", "description", "last_updated", "tags", "draft", "compare"]

    public static func read(path: String, bytes: [UInt8]) -> (page: PageSource?, diagnostics: [Diagnostic]) {
        let text: String
        switch SourceText.decode(bytes, path: path) {
        case .success(let t): text = t
        case .failure(let e): return (nil, [e.diagnostic])
        }
        let front: FrontMatter
        switch FrontMatter.split(text, path: path) {
        case .success(let f): front = f
        case .failure(let e): return (nil, [e.diagnostic])
        }
        var reader = YAMLReader(yaml: front.yaml, path: path, firstLine: front.yamlFirstLine)
        if !reader.diagnostics.isEmpty { return (nil, reader.diagnostics) }

        let fenceLocation = SourceLocation(path: path)
        var missing: [Diagnostic] = []
        var title: String?
        if let node = reader.valueNode("title"), YAMLReader.describe(node) == "an empty value" {
            // `title:` with nothing after it is an empty title, not a wrong type.
            reader.report(.emptyTitle, at: node)
        } else {
            title = reader.string("title")
        }
        let type = reader.string("type")
        if let node = reader.valueNode("title") {
            if let title, title.trimmingWhitespace().isEmpty { reader.report(.emptyTitle, at: node) }
        } else {
            missing.append(Diagnostic(.missingKey(key: "title"), at: fenceLocation))
        }
        if reader.valueNode("type") == nil {
            missing.append(Diagnostic(.missingKey(key: "type"), at: fenceLocation))
        }
        let fileName = String(path.split(separator: "/").last ?? "")
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        var id = Slug.make(stem)
        if let node = reader.valueNode("id"), let given = reader.string(node, name: "id") {
            if Slug.make(given) == given, !given.isEmpty {
                id = given
            } else {
                reader.report(.badID(suggestion: Slug.make(given).isEmpty ? "my-page" : Slug.make(given)), at: node)
            }
        }
        let description = reader.string("description")
        let lastUpdated = reader.day("last_updated")
        let tags = reader.stringList("tags") ?? []
        let draft = reader.bool("draft") ?? false
        var model: Model?
        if type == "model" { model = Model.read(from: &reader, pageKeys: commonKeys) }
        var setup: Setup?
        if type == "setup" { setup = Setup.read(from: &reader) }
        let known = type == "model" ? commonKeys.union(Model.keys) : type == "setup" ? commonKeys.union(Setup.keys) : commonKeys
        var compare: [String]?
        if type != "model", type != "setup", let node = reader.valueNode("compare"), let ids = reader.stringList(node, name: "compare") {
            if ids.count != 2 {
                reader.report(.pairNeedsTwo(found: ids.count), at: node)
            } else if ids[0] == ids[1] {
                reader.report(.pairOfOne(id: ids[0]), at: node)
            } else {
                compare = ids
            }
        }
        let params = reader.keys.filter { !known.contains($0) }.compactMap { key -> YAMLEntry? in
            // A figure in the long form reaches templates as its number.
            if let extra = model?.extras.first(where: { $0.key == key }), reader.valueNode(key)?.mapping != nil {
                return YAMLEntry(key: key, value: .double(extra.value))
            }
            return reader.value(of: key).map { YAMLEntry(key: key, value: $0) }
        }
        var keyLocations: [String: SourceLocation] = [:]
        for key in reader.keys { keyLocations[key] = reader.keyLocation(key) }

        let diagnostics = missing + reader.diagnostics
        guard let title, let type, !diagnostics.hasErrors else { return (nil, diagnostics) }

        let parts = path.split(separator: "/").map(String.init)  // Content/…/file.md
        let folders = Array(parts.dropFirst().dropLast())
        let section = folders.first ?? ""
        let folderPath = folders.map { Slug.make($0) }.joined(separator: "/")
        let urlPath: String
        if let compare {
            let ids = compare.sorted()
            urlPath = "compare/\(ids[0])-vs-\(ids[1])/"
        } else if stem == "index" && reader.valueNode("id") == nil {
            urlPath = folderPath.isEmpty ? "" : folderPath + "/"
        } else {
            urlPath = (folderPath.isEmpty ? "" : folderPath + "/") + id + "/"
        }
        let page = PageSource(
            path: path, section: section, id: id, title: title, type: type, description: description,
            lastUpdated: lastUpdated, tags: tags, draft: draft, params: params, model: model, setup: setup, compare: compare,
            body: String(front.body), bodyFirstLine: front.bodyFirstLine, keyLocations: keyLocations,
            urlPath: urlPath)
        return (page, diagnostics)
    }
}
