/// Gives every id in the publication a valid, unique form and remembers where each one lives.
///
/// XHTML content documents are XML: epubcheck validates `id` as an XML name, and ids must be
/// unique within a document. Because chapters are split at headings and links must follow the
/// content, ids are made unique across the whole publication. A user id keeps its spelling when
/// it is already a plain ASCII XML name; other characters become `-`, a name that does not start
/// with a letter or `_` gets the prefix `id-`, and a repeated id gets `-2`, `-3`, … The writer's
/// own ids (`sec-N`, `fn-N`, `fnref-N`) live in a separate namespace: user ids that look like
/// them get the prefix `id-`.
struct IdentifierTable {
    private var used: Set<String> = []
    /// The first new id given to each original id (for resolving `#fragment` links).
    private(set) var firstByOriginal: [String: String] = [:]
    /// The top-level block each new id lives in.
    private(set) var blockOfID: [String: Int] = [:]
    private var generatedCount = 0

    /// Prefixes of the ids the writer makes up itself.
    static let reservedPrefixes = ["sec-", "fn-", "fnref-"]

    /// The unique id for `original` found in top-level block `block`, or "" when it is empty.
    mutating func assign(_ original: String, inBlock block: Int) -> String {
        let base = Self.sanitized(original)
        guard !base.isEmpty else { return "" }
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        blockOfID[candidate] = block
        if firstByOriginal[original] == nil { firstByOriginal[original] = candidate }
        return candidate
    }

    /// A new section id (`sec-N`) for a heading that needs one.
    mutating func generateSectionID(inBlock block: Int) -> String {
        generatedCount += 1
        let id = "sec-\(generatedCount)"
        used.insert(id)
        blockOfID[id] = block
        return id
    }

    /// `id` as an ASCII XML name (NCName) outside the writer's namespace, or "".
    static func sanitized(_ id: String) -> String {
        var bytes: [UInt8] = []
        var lastWasDash = false
        for byte in id.utf8 {
            let isNameByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            if isNameByte {
                bytes.append(byte)
                lastWasDash = false
            } else if !lastWasDash && (byte < 0x80 || byte >= 0xC0) {
                bytes.append(UInt8(ascii: "-"))
                lastWasDash = true
            }
            if bytes.count >= 64 { break }
        }
        while bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
        guard let first = bytes.first else { return "" }
        var name = String(decoding: bytes, as: UTF8.self)
        let startsWell = (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
            || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first == UInt8(ascii: "_")
        if !startsWell || reservedPrefixes.contains(where: { name.hasPrefix($0) }) { name = "id-" + name }
        return name
    }
}
