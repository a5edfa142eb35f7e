import GalleyCore

// Typed access to an object's fields, with errors that name the JSON path.

extension DocumentDecoder {
    /// `$.blocks[3].content[0]`, with keys that are not identifiers written as `["key"]`.
    var pathString: String {
        var text = "$"
        for component in path {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                if Self.isIdentifier(key) { text += "." + key } else { text += "[\(key.debugDescription)]" }
            }
        }
        return text
    }

    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }

    // MARK: - Errors

    func failure(_ code: String, _ message: String, hint: String? = nil) -> GalleyError {
        GalleyError(.input, code: code, message: message, path: pathString, hint: hint)
    }

    func missing(_ key: String) -> GalleyError {
        failure("json.missing-field", "the required field '\(key)' is missing", hint: "add \"\(key)\" to this object")
    }

    /// A field (or, with `key` nil, the current value) has the wrong JSON type.
    mutating func wrongType(_ key: String?, expected: String, found: JSONValue) -> GalleyError {
        if let key { path.append(.key(key)) }
        defer { if key != nil { path.removeLast() } }
        let name = key.map { "'\($0)'" } ?? "this value"
        return failure("json.wrong-type", "\(name) must be \(expected), not \(found.typeName)")
    }

    mutating func warn(_ code: String, _ message: String) {
        warnings.append(Diagnostic(.warning, code: code, message: "\(message) (at \(pathString))"))
    }

    /// Warns about (or, when strict, rejects) fields not in `allowed`.
    mutating func checkFields(_ object: JSONObject, allowed: [String]) throws {
        for member in object.members where !allowed.contains(member.key) {
            let message = "unknown field '\(member.key)' ignored"
            if isStrict {
                throw failure("json.unknown-field", message, hint: "the fields here are \(allowed.joined(separator: ", "))")
            }
            warn("json.unknown-field", message)
        }
    }

    // MARK: - Typed fields

    mutating func expectObject(_ value: JSONValue, _ what: String) throws -> JSONObject {
        guard case .object(let object) = value else { throw wrongType(nil, expected: "an object (\(what))", found: value) }
        return object
    }

    /// The string `object[key]`, or `defaultValue` when absent (absent without default is an error).
    mutating func string(_ object: JSONObject, _ key: String, default defaultValue: String? = nil) throws -> String {
        guard let value = object[key] else {
            if let defaultValue { return defaultValue }
            throw missing(key)
        }
        guard case .string(let string) = value else { throw wrongType(key, expected: "a string", found: value) }
        return string
    }

    /// The integer `object[key]` (written without fraction or exponent).
    mutating func integer(_ object: JSONObject, _ key: String, default defaultValue: Int? = nil) throws -> Int {
        guard let value = object[key] else {
            if let defaultValue { return defaultValue }
            throw missing(key)
        }
        switch value {
        case .integer(let integer): return integer
        default: throw wrongType(key, expected: "an integer", found: value)
        }
    }

    mutating func integer(_ object: JSONObject, _ key: String, default defaultValue: Int, atLeast minimum: Int) throws -> Int {
        let value = try integer(object, key, default: defaultValue)
        guard value >= minimum else {
            path.append(.key(key))
            defer { path.removeLast() }
            throw failure("json.invalid-value", "'\(key)' must be at least \(minimum), not \(value)")
        }
        return value
    }

    mutating func bool(_ object: JSONObject, _ key: String, default defaultValue: Bool) throws -> Bool {
        guard let value = object[key] else { return defaultValue }
        guard case .bool(let bool) = value else { throw wrongType(key, expected: "true or false", found: value) }
        return bool
    }

    /// An array of strings, or `[]` when absent.
    mutating func strings(_ object: JSONObject, _ key: String) throws -> [String] {
        guard let value = object[key] else { return [] }
        guard case .array(let elements) = value else { throw wrongType(key, expected: "an array of strings", found: value) }
        var result: [String] = []
        for element in elements {
            guard case .string(let string) = element else {
                throw wrongType(key, expected: "an array of strings", found: .array([element]))
            }
            result.append(string)
        }
        return result
    }

    /// The `Table.Alignment` named by `value` (found under `key`, when given), or `.default`.
    mutating func alignment(_ value: JSONValue?, key: String?) throws -> Table.Alignment {
        guard let value else { return .default }
        guard case .string(let name) = value, let alignment = Table.Alignment(rawValue: name) else {
            if let key { path.append(.key(key)) }
            let allowed = Table.Alignment.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("json.invalid-value", "an alignment must be one of \(allowed)")
        }
        return alignment
    }

    /// `attributes`: `{"id": "…", "classes": […], "pairs": [["key", "value"], …]}`, all optional.
    mutating func attributes(_ object: JSONObject) throws -> Attributes {
        guard let value = object["attributes"] else { return .empty }
        path.append(.key("attributes"))
        defer { path.removeLast() }
        let fields = try expectObject(value, "attributes")
        try checkFields(fields, allowed: ["id", "classes", "pairs"])
        var attributes = Attributes(id: try string(fields, "id", default: ""), classes: try strings(fields, "classes"))
        if let pairs = fields["pairs"] {
            guard case .array(let elements) = pairs else { throw wrongType("pairs", expected: "an array of [key, value] pairs", found: pairs) }
            for element in elements {
                guard case .array(let pair) = element, pair.count == 2, case .string(let key) = pair[0],
                    case .string(let text) = pair[1]
                else { throw wrongType("pairs", expected: "an array of [key, value] string pairs", found: element) }
                attributes.pairs.append(Attributes.Pair(key, text))
            }
        }
        return attributes
    }
}
