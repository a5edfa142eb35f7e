import GalleyCore

/// Writes a document in the JSON form, in a fixed key order (see the README's "The JSON form").
///
/// Leaf nodes (text, code, breaks, images, raw nodes) and attributes are written on one line each
/// in pretty output, so that a paragraph reads as a short list of lines. Fields that hold their
/// default (empty attributes, titles, captions; cell spans of 1) are left out.
struct DocumentEncoder {
    var emitter: JSONEmitter

    init(isCompact: Bool, capacity: Int) {
        emitter = JSONEmitter(isCompact: isCompact, capacity: capacity)
    }

    mutating func encode(_ document: Document) -> [UInt8] {
        emitter.beginObject()
        emitter.key("galley")
        emitter.string(JSONForm.version)
        emitter.key("meta")
        encode(document.metadata)
        emitter.key("blocks")
        encode(document.blocks)
        emitter.endObject()
        emitter.finish()
        return emitter.output
    }

    // MARK: - Blocks

    mutating func encode(_ blocks: [Block]) {
        emitter.beginArray()
        for block in blocks { encode(block) }
        emitter.endArray()
    }

    mutating func encode(_ block: Block) {
        emitter.beginObject(isInline: block.isLeaf)
        emitter.key("type")
        emitter.string(block.typeName)
        switch block {
        case .paragraph(let content):
            field("content", content)
        case .heading(let heading):
            field("attributes", heading.attributes)
            emitter.key("level")
            emitter.integer(heading.level)
            field("content", heading.content)
        case .blockQuote(let blocks):
            field("blocks", blocks)
        case .list(let list):
            emitter.key("ordered")
            emitter.bool(list.isOrdered)
            emitter.key("start")
            emitter.integer(list.start)
            emitter.key("tight")
            emitter.bool(list.isTight)
            emitter.key("items")
            emitter.beginArray()
            for item in list.items { encode(item) }
            emitter.endArray()
        case .codeBlock(let code):
            field("attributes", code.attributes)
            field("language", code.language, omittingEmpty: true)
            field("text", code.text)
        case .horizontalRule:
            break
        case .table(let table):
            encode(table)
        case .figure(let figure):
            field("attributes", figure.attributes)
            field("content", figure.content)
            if !figure.caption.isEmpty { field("caption", figure.caption) }
        case .div(let attributes, let blocks):
            field("attributes", attributes)
            field("blocks", blocks)
        case .lineBlock(let lines):
            emitter.key("lines")
            emitter.beginArray()
            for line in lines { encode(line) }
            emitter.endArray()
        case .rawBlock(let format, let text):
            field("format", format)
            field("text", text)
        }
        emitter.endObject()
    }

    mutating func encode(_ table: Table) {
        field("attributes", table.attributes)
        if !table.caption.isEmpty { field("caption", table.caption) }
        if !table.alignments.isEmpty {
            emitter.key("alignments")
            emitter.beginArray(isInline: true)
            for alignment in table.alignments { emitter.string(alignment.rawValue) }
            emitter.endArray()
        }
        for (name, rows) in [("head", table.head), ("body", table.body), ("foot", table.foot)] where !rows.isEmpty {
            emitter.key(name)
            emitter.beginArray()
            for row in rows {
                emitter.beginObject()
                emitter.key("cells")
                emitter.beginArray()
                for cell in row.cells { encode(cell) }
                emitter.endArray()
                emitter.endObject()
            }
            emitter.endArray()
        }
    }

    mutating func encode(_ cell: Table.Cell) {
        emitter.beginObject()
        if cell.isHeader {
            emitter.key("header")
            emitter.bool(true)
        }
        if cell.columnSpan != 1 {
            emitter.key("columnSpan")
            emitter.integer(cell.columnSpan)
        }
        if cell.rowSpan != 1 {
            emitter.key("rowSpan")
            emitter.integer(cell.rowSpan)
        }
        if cell.alignment != .default { field("alignment", cell.alignment.rawValue) }
        field("blocks", cell.blocks)
        emitter.endObject()
    }

    // MARK: - Inlines

    mutating func encode(_ inlines: [Inline]) {
        emitter.beginArray()
        for inline in inlines { encode(inline) }
        emitter.endArray()
    }

    mutating func encode(_ inline: Inline) {
        emitter.beginObject(isInline: inline.isLeaf)
        emitter.key("type")
        emitter.string(inline.typeName)
        switch inline {
        case .text(let text), .code(let text):
            field("text", text)
        case .softBreak, .lineBreak:
            break
        case .emphasis(let content), .strong(let content), .strikeout(let content),
            .superscript(let content), .subscript(let content):
            field("content", content)
        case .link(let link):
            field("attributes", link.attributes)
            field("url", link.url)
            field("title", link.title, omittingEmpty: true)
            field("content", link.content)
        case .image(let image):
            field("attributes", image.attributes)
            field("source", image.source)
            field("alt", image.alt, omittingEmpty: true)
            field("title", image.title, omittingEmpty: true)
        case .span(let attributes, let content):
            field("attributes", attributes)
            field("content", content)
        case .note(let blocks):
            field("blocks", blocks)
        case .rawInline(let format, let text):
            field("format", format)
            field("text", text)
        }
        emitter.endObject()
    }

    // MARK: - Fields

    mutating func field(_ key: String, _ value: String, omittingEmpty: Bool = false) {
        if omittingEmpty && value.isEmpty { return }
        emitter.key(key)
        emitter.string(value)
    }

    mutating func field(_ key: String, _ blocks: [Block]) {
        emitter.key(key)
        encode(blocks)
    }

    mutating func field(_ key: String, _ inlines: [Inline]) {
        emitter.key(key)
        encode(inlines)
    }

    /// Writes `"attributes": {"id": …, "classes": […], "pairs": [[k, v], …]}`, leaving out empty
    /// parts, or nothing when the attributes are empty.
    mutating func field(_ key: String, _ attributes: Attributes) {
        guard !attributes.isEmpty else { return }
        emitter.key(key)
        emitter.beginObject(isInline: true)
        field("id", attributes.id, omittingEmpty: true)
        if !attributes.classes.isEmpty {
            emitter.key("classes")
            emitter.beginArray()
            for name in attributes.classes { emitter.string(name) }
            emitter.endArray()
        }
        if !attributes.pairs.isEmpty {
            emitter.key("pairs")
            emitter.beginArray()
            for pair in attributes.pairs {
                emitter.beginArray()
                emitter.string(pair.key)
                emitter.string(pair.value)
                emitter.endArray()
            }
            emitter.endArray()
        }
        emitter.endObject()
    }
}
