/// The index as static files under `search/`, every name carrying a hash of
/// its contents so hosts may cache them for ever:
///
/// - `manifest.<hash>.json`: the term prefixes that have a shard, the number
///   of pages and the other files' names. The only file a first query needs
///   besides one shard and the fragments of the results it shows.
/// - `shards-<hash>/<prefix>.json`: `{"term": [page, section, score,
///   position, …]}`, pages delta-encoded. A prefix is two characters, or more
///   where two would make a shard larger than `shardLimit` bytes (`ab=` holds
///   the terms that are exactly `ab` when longer ones moved down a level).
/// - `fragments-<hash>/<page>.json`: what a result shows: URL, title, type,
///   and each section's id, heading and first words.
///
/// A folder's hash covers all the files in it, so the manifest names two
/// folders instead of a thousand files.
/// - `filters.<hash>.json`: type, tags, vendor and weights of every page, read
///   only when the search page filters.
public struct SearchFiles: Sendable {
    public var files: [(path: String, contents: [UInt8])]
    /// Site path of the manifest, for the pages that load the client.
    public var manifest: String

    public static let folder = "search"
    public static let shardLimit = 6_000
    public static let snippetLength = 160

    public init(_ index: SearchIndex) {
        var files: [(String, [UInt8])] = []
        func add(_ name: String, _ text: String) -> String {
            let bytes = Array(text.utf8)
            let dot = name.lastIndex(of: ".")!
            let path = "\(Self.folder)/\(name[..<dot]).\(Self.hash(bytes))\(name[dot...])"
            files.append((path, bytes))
            return path
        }
        /// A folder of files named by the hash of all their contents.
        func addFolder(_ name: String, _ entries: [(String, String)]) -> String {
            let all = entries.map { $0.0 + "\u{0}" + $0.1 }.joined(separator: "\u{0}")
            let folder = "\(name)-\(Self.hash(Array(all.utf8)))"
            for (file, text) in entries { files.append(("\(Self.folder)/\(folder)/\(file)", Array(text.utf8))) }
            return folder
        }

        // Fragments, one file per page.
        let fragments = index.documents.enumerated().map { page, document -> (String, String) in
            var json = "{\"u\":\(JSON.string(document.url)),\"t\":\(JSON.string(document.title)),\"y\":\(JSON.string(document.type)),\"s\":["
            json += document.sections.map { section in
                "[\(JSON.string(section.id)),\(JSON.string(section.heading)),\(JSON.string(Self.snippet(section.text)))]"
            }.joined(separator: ",")
            json += "]}"
            return ("\(page).json", json)
        }
        let fragmentFolder = addFolder("fragments", fragments)

        // Shards by prefix, split further while too large.
        var shards: [(prefix: String, file: String, json: String)] = []
        func encode(_ terms: [String]) -> String {
            "{" + terms.map { term in
                var previous = 0
                var numbers: [String] = []
                for p in index.terms[term]! {
                    numbers.append(String(p.page - previous))
                    numbers.append(String(p.section))
                    numbers.append(String(p.score))
                    numbers.append(String(p.position))
                    previous = p.page
                }
                return JSON.string(term) + ":[" + numbers.joined(separator: ",") + "]"
            }.joined(separator: ",") + "}"
        }
        func shard(_ terms: [String], prefixLength: Int) {
            var groups: [String: [String]] = [:]
            for term in terms { groups[String(term.prefix(prefixLength)), default: []].append(term) }
            for (prefix, group) in groups.sorted(by: { $0.key < $1.key }) {
                let json = encode(group.sorted())
                let longer = group.filter { $0.count > prefixLength }
                if json.utf8.count > Self.shardLimit && prefixLength < 6 && longer.count > 1 {
                    // Terms as long as the prefix stay here; longer ones go a level down.
                    let exact = group.filter { $0.count <= prefixLength }
                    if !exact.isEmpty {
                        shards.append((prefix + "=", Self.fileSafe(prefix) + "_.json", encode(exact.sorted())))
                    }
                    shard(longer, prefixLength: prefixLength + 1)
                } else {
                    shards.append((prefix, Self.fileSafe(prefix) + ".json", json))
                }
            }
        }
        shard(Array(index.terms.keys), prefixLength: 2)
        shards.sort { $0.prefix < $1.prefix }
        let shardFolder = addFolder("shards", shards.map { ($0.file, $0.json) })

        // Filters.
        var facetValues: [String: [String: [Int]]] = ["type": [:], "tag": [:]]
        for (page, document) in index.documents.enumerated() {
            facetValues["type"]![document.type, default: []].append(page)
            for tag in document.tags { facetValues["tag"]![tag, default: []].append(page) }
            for (key, value) in document.facets { facetValues[key, default: [:]][value, default: []].append(page) }
        }
        let filters = "{" + facetValues.keys.sorted().map { key in
            JSON.string(key) + ":{" + facetValues[key]!.keys.sorted().map { value in
                JSON.string(value) + ":[" + facetValues[key]![value]!.map(String.init).joined(separator: ",") + "]"
            }.joined(separator: ",") + "}"
        }.joined(separator: ",") + "}"
        let filtersName = String(add("filters.json", filters).dropFirst(Self.folder.count + 1))

        var manifest = "{\"v\":1,\"n\":\(index.documents.count),\"filters\":\(JSON.string(filtersName)),"
        manifest += "\"fragments\":\(JSON.string(fragmentFolder)),\"shards\":\(JSON.string(shardFolder)),\"prefixes\":["
        manifest += shards.map { JSON.string($0.prefix) }.joined(separator: ",") + "]}"
        self.manifest = add("manifest.json", manifest)
        self.files = files
    }

    /// The first words of a section, cut at a word boundary.
    static func snippet(_ text: String) -> String {
        guard text.count > snippetLength else { return text }
        var cut = text.prefix(snippetLength)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return cut + "…"
    }

    /// Shard names must be safe in a URL and on any file system.
    static func fileSafe(_ prefix: String) -> String {
        var out = ""
        for scalar in prefix.unicodeScalars {
            if (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0x61 && scalar.value <= 0x7A) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "~" + String(scalar.value, radix: 16)
            }
        }
        return out
    }

    /// FNV-1a, 32 bits, as 8 hex digits: enough to tell versions apart.
    public static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt32 = 0x811C9DC5
        for b in bytes {
            h ^= UInt32(b)
            h = h &* 0x0100_0193
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

enum JSON {
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
