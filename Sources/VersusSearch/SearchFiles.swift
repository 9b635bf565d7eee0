import VersusCore

/// The index as static files under `search/`, every name but the manifest's
/// carrying a hash of its contents so hosts may cache them for ever:
///
/// - `manifest.json`: the term prefixes that have a shard, the number of
///   pages and the other files' names. The only file a first query needs
///   besides one shard and the fragments of the results it shows. Its name
///   never changes, so pages name it without depending on the index: an edit
///   that changes the index rewrites the index, not every page (a host
///   should revalidate it, as Pagefind's `pagefind-entry.json`).
/// - `shards-<hash>/<prefix>.json`: `{"term": [page, section, score,
///   position, …]}`, pages delta-encoded. A prefix is two characters, or more
///   where two would make a shard larger than `shardLimit` bytes (16 KB:
///   each file costs a request and, on some file systems, a millisecond to
///   create) (`ab=` holds
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
    public static let shardLimit = 16_000
    public static let snippetLength = 120

    public init(_ index: SearchIndex, jobs: Int = 1) {
        var files: [(String, [UInt8])] = []
        func add(_ name: String, _ text: String) -> String {
            let bytes = Array(text.utf8)
            let dot = name.lastIndex(of: ".")!
            let path = "\(Self.folder)/\(name[..<dot]).\(Self.hash(bytes))\(name[dot...])"
            files.append((path, bytes))
            return path
        }
        /// A folder of files named by the hash of all their contents (of
        /// each name and text, all joined by zero bytes).
        func addFolder(_ name: String, _ entries: [(String, [UInt8])]) -> String {
            var hash = Hash()
            for (n, (file, bytes)) in entries.enumerated() {
                if n > 0 { hash.add(0) }
                hash.add(Array(file.utf8))
                hash.add(0)
                hash.add(bytes)
            }
            let folder = "\(name)-\(hash.hex)"
            for (file, bytes) in entries { files.append(("\(Self.folder)/\(folder)/\(file)", bytes)) }
            return folder
        }

        // Fragments, one file per page.
        let fragments = parallelMap(Array(index.documents.enumerated()), jobs: jobs) { page, document -> (String, [UInt8]) in
            var json: [UInt8] = []
            json.reserveCapacity(256 + document.sections.count * 200)
            json += Array("{\"u\":".utf8)
            JSON.append(string: document.url, to: &json)
            json += Array(",\"t\":".utf8)
            JSON.append(string: document.title, to: &json)
            json += Array(",\"y\":".utf8)
            JSON.append(string: document.type, to: &json)
            json += Array(",\"s\":[".utf8)
            for (n, section) in document.sections.enumerated() {
                json += Array((n > 0 ? ",[" : "[").utf8)
                JSON.append(string: section.id, to: &json)
                json.append(UInt8(ascii: ","))
                JSON.append(string: section.heading, to: &json)
                json.append(UInt8(ascii: ","))
                JSON.append(string: Self.snippet(section.text), to: &json)
                json.append(UInt8(ascii: "]"))
            }
            json += Array("]}".utf8)
            return ("\(page).json", json)
        }
        let fragmentFolder = addFolder("fragments", fragments)

        // Shards by prefix, split further while too large.
        // First decide the shards (by estimated size), then encode them in parallel.
        var groups: [(prefix: String, file: String, terms: [String])] = []
        @Sendable func encode(_ terms: [String]) -> [UInt8] {
            var out: [UInt8] = [UInt8(ascii: "{")]
            out.reserveCapacity(Self.shardLimit + Self.shardLimit / 4)
            let comma = UInt8(ascii: ",")
            for (n, term) in terms.enumerated() {
                if n > 0 { out.append(comma) }
                JSON.append(string: term, to: &out)
                out.append(UInt8(ascii: ":"))
                out.append(UInt8(ascii: "["))
                var previous = 0
                for (k, p) in index.terms[term]!.enumerated() {
                    if k > 0 { out.append(comma) }
                    JSON.append(integer: p.page - previous, to: &out)
                    out.append(comma)
                    JSON.append(integer: p.section, to: &out)
                    out.append(comma)
                    JSON.append(integer: p.score, to: &out)
                    out.append(comma)
                    JSON.append(integer: p.position, to: &out)
                    previous = p.page
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "}"))
            return out
        }
        /// About how many bytes a term takes in a shard, to decide splits
        /// without encoding twice.
        func size(_ term: String) -> Int { term.utf8.count + 5 + index.terms[term]!.count * 10 }
        func shard(_ terms: [String], prefixLength: Int) {
            var byPrefix: [String: [String]] = [:]
            for term in terms { byPrefix[String(term.prefix(prefixLength)), default: []].append(term) }
            for (prefix, group) in byPrefix.sorted(by: { $0.key < $1.key }) {
                let longer = group.filter { $0.count > prefixLength }
                let estimate = group.reduce(2) { $0 + size($1) }
                if estimate > Self.shardLimit && prefixLength < 6 && longer.count > 1 {
                    // Terms as long as the prefix stay here; longer ones go a level down.
                    let exact = group.filter { $0.count <= prefixLength }
                    if !exact.isEmpty {
                        groups.append((prefix + "=", Self.fileSafe(prefix) + "_.json", exact.sorted()))
                    }
                    shard(longer, prefixLength: prefixLength + 1)
                } else {
                    groups.append((prefix, Self.fileSafe(prefix) + ".json", group.sorted()))
                }
            }
        }
        shard(Array(index.terms.keys), prefixLength: 2)
        groups.sort { $0.prefix < $1.prefix }
        let shards = parallelMap(groups, jobs: jobs) { group in (prefix: group.prefix, file: group.file, json: encode(group.terms)) }
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
        self.manifest = "\(Self.folder)/manifest.json"
        files.append((self.manifest, Array(manifest.utf8)))
        self.files = files
    }

    /// The first words of a section, cut at a word boundary. The cut ends on a
    /// word: trailing punctuation and separators go before the "…", so a
    /// snippet never ends "API.…" or "· …".
    static func snippet(_ text: String) -> String {
        guard text.count > snippetLength else { return text }
        var cut = text.prefix(snippetLength + 1)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] } else { cut = text.prefix(snippetLength) }
        while let last = cut.last, !(last.isLetter || last.isNumber || last == "%" || last == ")" || last == "$") {
            cut = cut.dropLast()
        }
        return cut.isEmpty ? String(text.prefix(snippetLength)) + "…" : cut + "…"
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
        var hash = Hash()
        hash.add(bytes)
        return hash.hex
    }

    /// FNV-1a over bytes given in parts.
    struct Hash {
        var value: UInt32 = 0x811C9DC5

        mutating func add(_ bytes: [UInt8]) {
            var h = value
            for b in bytes {
                h ^= UInt32(b)
                h = h &* 0x0100_0193
            }
            value = h
        }

        mutating func add(_ byte: UInt8) {
            value = (value ^ UInt32(byte)) &* 0x0100_0193
        }

        var hex: String {
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }
    }
}
