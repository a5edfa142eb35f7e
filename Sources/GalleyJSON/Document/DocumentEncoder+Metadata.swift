import GalleyCore

extension DocumentEncoder {
    /// Writes `meta` with its keys in the order of DESIGN.md, leaving out what is unset.
    mutating func encode(_ meta: Metadata) {
        emitter.beginObject()
        optional("title", meta.title)
        optional("subtitle", meta.subtitle)
        strings("authors", meta.authors)
        optional("byline", meta.byline)
        optional("date", meta.date)
        if let dateline = meta.dateline {
            emitter.key("dateline")
            emitter.beginObject(isInline: true)
            optional("place", dateline.place)
            optional("date", dateline.date)
            optional("source", dateline.source)
            field("text", dateline.text)
            emitter.endObject()
        }
        optional("source", meta.source)
        optional("url", meta.url)
        optional("language", meta.language)
        optional("description", meta.description)
        strings("keywords", meta.keywords)
        optional("image", meta.image)
        optional("slug", meta.slug)
        optional("priority", meta.priority)
        optional("category", meta.category)
        optional("version", meta.version)
        optional("editorNote", meta.editorNote)
        optional("wordCount", meta.wordCount)
        if !meta.extra.isEmpty {
            emitter.key("extra")
            encode(.map(meta.extra))
        }
        emitter.endObject()
    }

    mutating func optional(_ key: String, _ value: String?) {
        guard let value else { return }
        field(key, value)
    }

    mutating func optional(_ key: String, _ value: Int?) {
        guard let value else { return }
        emitter.key(key)
        emitter.integer(value)
    }

    mutating func strings(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        emitter.key(key)
        emitter.beginArray(isInline: true)
        for value in values { emitter.string(value) }
        emitter.endArray()
    }

    /// Writes a metadata value; map keys in code-point order so that output is stable.
    mutating func encode(_ value: MetaValue) {
        switch value {
        case .string(let string): emitter.string(string)
        case .integer(let integer): emitter.integer(integer)
        case .number(let double): emitter.double(double)
        case .bool(let bool): emitter.bool(bool)
        case .null: emitter.null()
        case .list(let values):
            emitter.beginArray(isInline: values.allSatisfy(\.isScalar))
            for element in values { encode(element) }
            emitter.endArray()
        case .map(let map):
            emitter.beginObject(isInline: map.values.allSatisfy(\.isScalar))
            for key in map.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                emitter.key(key)
                if let element = map[key] { encode(element) }
            }
            emitter.endObject()
        }
    }
}

extension MetaValue {
    /// Whether this is neither a list nor a map.
    var isScalar: Bool {
        switch self {
        case .list, .map: return false
        default: return true
        }
    }
}
