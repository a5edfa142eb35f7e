import GalleyCore

extension DocumentDecoder {
    /// The keys of `meta` that have a ``Metadata`` field.
    static let metadataKeys = [
        "title", "subtitle", "authors", "byline", "date", "dateline", "source", "url", "language",
        "description", "keywords", "image", "slug", "priority", "category", "version", "editorNote",
        "wordCount", "extra",
    ]

    /// Reads `meta`. Keys without a field go into ``Metadata/extra`` (after those of `extra`).
    mutating func metadata(_ value: JSONValue) throws -> Metadata {
        let object = try expectObject(value, "metadata")
        var meta = Metadata()
        meta.title = try optionalString(object, "title")
        meta.subtitle = try optionalString(object, "subtitle")
        meta.authors = try strings(object, "authors")
        meta.byline = try optionalString(object, "byline")
        meta.date = try optionalString(object, "date")
        if let dateline = object["dateline"] {
            path.append(.key("dateline"))
            let fields = try expectObject(dateline, "a dateline")
            try checkFields(fields, allowed: ["place", "date", "source", "text"])
            meta.dateline = Dateline(
                place: try optionalString(fields, "place"), date: try optionalString(fields, "date"),
                source: try optionalString(fields, "source"), text: try string(fields, "text"))
            path.removeLast()
        }
        meta.source = try optionalString(object, "source")
        meta.url = try optionalString(object, "url")
        meta.language = try optionalString(object, "language")
        meta.description = try optionalString(object, "description")
        meta.keywords = try strings(object, "keywords")
        meta.image = try optionalString(object, "image")
        meta.slug = try optionalString(object, "slug")
        meta.priority = object["priority"] == nil ? nil : try integer(object, "priority")
        meta.category = try optionalString(object, "category")
        meta.version = try optionalString(object, "version")
        meta.editorNote = try optionalString(object, "editorNote")
        meta.wordCount = object["wordCount"] == nil ? nil : try integer(object, "wordCount")
        if let extra = object["extra"] {
            path.append(.key("extra"))
            guard case .object(let fields) = extra else { throw wrongType(nil, expected: "an object", found: extra) }
            for member in fields.members { meta.extra[member.key] = try metaValue(member.value, key: member.key) }
            path.removeLast()
        }
        for member in object.members where !Self.metadataKeys.contains(member.key) {
            meta.extra[member.key] = try metaValue(member.value, key: member.key)
        }
        return meta
    }

    mutating func optionalString(_ object: JSONObject, _ key: String) throws -> String? {
        object[key] == nil ? nil : try string(object, key)
    }

    /// Converts any JSON value to a ``MetaValue``, failing beyond ``Document/maximumDepth``.
    mutating func metaValue(_ value: JSONValue, key: String) throws -> MetaValue {
        path.append(.key(key))
        defer { path.removeLast() }
        return try metaValue(value)
    }

    mutating func metaValue(_ value: JSONValue) throws -> MetaValue {
        switch value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .integer(let integer): return .integer(integer)
        case .number(let double): return .number(double)
        case .string(let string): return .string(string)
        case .array(let elements):
            try enterContainer()
            defer { depth -= 1 }
            var list: [MetaValue] = []
            for (index, element) in elements.enumerated() {
                path.append(.index(index))
                list.append(try metaValue(element))
                path.removeLast()
            }
            return .list(list)
        case .object(let object):
            try enterContainer()
            defer { depth -= 1 }
            var map: [String: MetaValue] = [:]
            for member in object.members { map[member.key] = try metaValue(member.value, key: member.key) }
            return .map(map)
        }
    }
}
