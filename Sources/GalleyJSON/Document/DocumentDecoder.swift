import GalleyCore

/// Turns a parsed ``JSONValue`` in the JSON form into a ``Document``.
///
/// It tracks the JSON path of the node it is reading (`$.blocks[3].content[0]`) so that every
/// error names where it happened. Container nesting beyond ``Document/maximumDepth`` is an error,
/// which also bounds this decoder's recursion.
struct DocumentDecoder {
    enum PathComponent {
        case key(String)
        case index(Int)
    }

    /// Where the decoder is, from the root.
    var path: [PathComponent] = []
    /// How many containers enclose the node being read.
    var depth = 0
    /// Whether unknown fields and a missing version are errors rather than warnings.
    let isStrict: Bool
    /// Warnings collected on the way, for the reader to report.
    var warnings: [Diagnostic] = []

    init(isStrict: Bool) {
        self.isStrict = isStrict
    }

    // MARK: - Document

    mutating func decodeDocument(_ value: JSONValue) throws -> Document {
        let root = try expectObject(value, "the document")
        try checkVersion(root)
        try checkFields(root, allowed: ["galley", "meta", "blocks"])
        var document = Document()
        if let meta = root["meta"] {
            path.append(.key("meta"))
            document.metadata = try metadata(meta)
            path.removeLast()
        }
        document.blocks = try blocks(root, "blocks")
        return document
    }

    mutating func checkVersion(_ root: JSONObject) throws {
        guard let version = root["galley"] else {
            let message = "the document has no \"galley\" version key; reading it as version \(JSONForm.version)"
            if isStrict {
                throw failure("json.missing-version", message, hint: "add \"galley\": \"\(JSONForm.version)\" at the top")
            }
            warn("json.missing-version", message)
            return
        }
        guard case .string(let text) = version else {
            throw wrongType("galley", expected: "a string such as \"\(JSONForm.version)\"", found: version)
        }
        let major = text.split(separator: ".", omittingEmptySubsequences: false).first.flatMap { Int($0) }
        guard major == JSONForm.majorVersion else {
            path.append(.key("galley"))
            throw failure(
                "json.unsupported-version",
                "the document is in JSON form version \(text), but this reader reads version \(JSONForm.version)",
                hint: "write the document as version \(JSONForm.majorVersion).x or use a Galley that reads \(text)")
        }
    }

    // MARK: - Lists of nodes

    /// The blocks in the array `object[key]`; a missing key is an error unless `isRequired` is false.
    mutating func blocks(_ object: JSONObject, _ key: String, isRequired: Bool = true) throws -> [Block] {
        guard let value = object[key] else {
            if isRequired { throw missing(key) }
            return []
        }
        path.append(.key(key))
        let result = try blockArray(value)
        path.removeLast()
        return result
    }

    mutating func blockArray(_ value: JSONValue) throws -> [Block] {
        guard case .array(let elements) = value else { throw wrongType(nil, expected: "an array of blocks", found: value) }
        var result: [Block] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            path.append(.index(index))
            result.append(try block(element))
            path.removeLast()
        }
        return result
    }

    /// The inlines in the array `object[key]`; a missing key is an error.
    mutating func inlines(_ object: JSONObject, _ key: String) throws -> [Inline] {
        guard let value = object[key] else { throw missing(key) }
        path.append(.key(key))
        let result = try inlineArray(value)
        path.removeLast()
        return result
    }

    mutating func inlineArray(_ value: JSONValue) throws -> [Inline] {
        guard case .array(let elements) = value else { throw wrongType(nil, expected: "an array of inlines", found: value) }
        var result: [Inline] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            path.append(.index(index))
            result.append(try inline(element))
            path.removeLast()
        }
        return result
    }

    /// Counts one more enclosing container, failing beyond ``Document/maximumDepth``.
    mutating func enterContainer() throws {
        depth += 1
        if depth > Document.maximumDepth {
            throw failure(
                "json.too-deep", "the document nests deeper than \(Document.maximumDepth) containers",
                hint: "flatten the nesting; readers never produce documents this deep")
        }
    }

    // MARK: - Node type

    /// The node's `type`, which must be one of `allowed`.
    mutating func nodeType(_ object: JSONObject, allowed: [String], kind: String, others: [String]) throws -> String {
        guard let value = object["type"] else { throw missing("type") }
        guard case .string(let type) = value else { throw wrongType("type", expected: "a string", found: value) }
        guard allowed.contains(type) else {
            let detail = others.contains(type) ? "'\(type)' is not a \(kind) type here" : "unknown \(kind) type '\(type)'"
            throw failure(
                "json.unknown-type", "\(detail); a \(kind) is expected",
                hint: "use one of \(allowed.joined(separator: ", "))")
        }
        return type
    }
}
