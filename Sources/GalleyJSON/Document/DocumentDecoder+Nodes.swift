import GalleyCore

// Blocks and inlines, one `type` at a time.

extension DocumentDecoder {
    mutating func block(_ value: JSONValue) throws -> Block {
        let object = try expectObject(value, "a block")
        let type = try nodeType(object, allowed: JSONForm.blockTypes, kind: "block", others: JSONForm.inlineTypes)
        switch type {
        case "horizontalRule":
            try checkFields(object, allowed: ["type"])
            return .horizontalRule
        case "codeBlock":
            try checkFields(object, allowed: ["type", "attributes", "language", "text"])
            return .codeBlock(
                CodeBlock(
                    text: try string(object, "text"), language: try string(object, "language", default: ""),
                    attributes: try attributes(object)))
        case "rawBlock":
            try checkFields(object, allowed: ["type", "format", "text"])
            return .rawBlock(format: try string(object, "format"), text: try string(object, "text"))
        default:
            try enterContainer()
            defer { depth -= 1 }
            return try containerBlock(type, object)
        }
    }

    mutating func containerBlock(_ type: String, _ object: JSONObject) throws -> Block {
        switch type {
        case "paragraph":
            try checkFields(object, allowed: ["type", "content"])
            return .paragraph(try inlines(object, "content"))
        case "heading":
            try checkFields(object, allowed: ["type", "attributes", "level", "content"])
            let level = try integer(object, "level")
            guard (1...6).contains(level) else {
                path.append(.key("level"))
                throw failure("json.invalid-value", "a heading's level must be 1 to 6, not \(level)")
            }
            return .heading(Heading(level: level, content: try inlines(object, "content"), attributes: try attributes(object)))
        case "blockQuote":
            try checkFields(object, allowed: ["type", "blocks"])
            return .blockQuote(try blocks(object, "blocks"))
        case "list":
            try checkFields(object, allowed: ["type", "ordered", "start", "tight", "items"])
            return .list(
                List(
                    isOrdered: try bool(object, "ordered", default: false), start: try integer(object, "start", default: 1),
                    isTight: try bool(object, "tight", default: true), items: try items(object)))
        case "table":
            return .table(try table(object))
        case "figure":
            try checkFields(object, allowed: ["type", "attributes", "content", "caption"])
            return .figure(
                Figure(
                    content: try blocks(object, "content"), caption: try blocks(object, "caption", isRequired: false),
                    attributes: try attributes(object)))
        case "div":
            try checkFields(object, allowed: ["type", "attributes", "blocks"])
            return .div(try attributes(object), try blocks(object, "blocks"))
        default:  // lineBlock, the last block type
            try checkFields(object, allowed: ["type", "lines"])
            guard let value = object["lines"] else { throw missing("lines") }
            path.append(.key("lines"))
            guard case .array(let lines) = value else { throw wrongType(nil, expected: "an array of lines", found: value) }
            var result: [[Inline]] = []
            for (index, line) in lines.enumerated() {
                path.append(.index(index))
                result.append(try inlineArray(line))
                path.removeLast()
            }
            path.removeLast()
            return .lineBlock(result)
        }
    }

    /// A list's `items`: an array of block arrays.
    mutating func items(_ object: JSONObject) throws -> [[Block]] {
        guard let value = object["items"] else { throw missing("items") }
        path.append(.key("items"))
        defer { path.removeLast() }
        guard case .array(let items) = value else { throw wrongType(nil, expected: "an array of block arrays", found: value) }
        var result: [[Block]] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            path.append(.index(index))
            result.append(try blockArray(item))
            path.removeLast()
        }
        return result
    }

    // MARK: - Inlines

    mutating func inline(_ value: JSONValue) throws -> Inline {
        let object = try expectObject(value, "an inline")
        let type = try nodeType(object, allowed: JSONForm.inlineTypes, kind: "inline", others: JSONForm.blockTypes)
        switch type {
        case "text", "code":
            try checkFields(object, allowed: ["type", "text"])
            let text = try string(object, "text")
            return type == "text" ? .text(text) : .code(text)
        case "softBreak", "lineBreak":
            try checkFields(object, allowed: ["type"])
            return type == "softBreak" ? .softBreak : .lineBreak
        case "image":
            try checkFields(object, allowed: ["type", "attributes", "source", "alt", "title"])
            return .image(
                Image(
                    source: try string(object, "source"), alt: try string(object, "alt", default: ""),
                    title: try string(object, "title", default: ""), attributes: try attributes(object)))
        case "rawInline":
            try checkFields(object, allowed: ["type", "format", "text"])
            return .rawInline(format: try string(object, "format"), text: try string(object, "text"))
        default:
            try enterContainer()
            defer { depth -= 1 }
            return try containerInline(type, object)
        }
    }

    mutating func containerInline(_ type: String, _ object: JSONObject) throws -> Inline {
        switch type {
        case "link":
            try checkFields(object, allowed: ["type", "attributes", "url", "title", "content"])
            return .link(
                Link(
                    url: try string(object, "url"), title: try string(object, "title", default: ""),
                    content: try inlines(object, "content"), attributes: try attributes(object)))
        case "span":
            try checkFields(object, allowed: ["type", "attributes", "content"])
            return .span(try attributes(object), try inlines(object, "content"))
        case "note":
            try checkFields(object, allowed: ["type", "blocks"])
            return .note(try blocks(object, "blocks"))
        default:
            try checkFields(object, allowed: ["type", "content"])
            let content = try inlines(object, "content")
            switch type {
            case "emphasis": return .emphasis(content)
            case "strong": return .strong(content)
            case "strikeout": return .strikeout(content)
            case "superscript": return .superscript(content)
            default: return .subscript(content)
            }
        }
    }

    // MARK: - Tables

    mutating func table(_ object: JSONObject) throws -> Table {
        try checkFields(object, allowed: ["type", "attributes", "caption", "alignments", "head", "body", "foot"])
        var table = Table(caption: try blocks(object, "caption", isRequired: false), attributes: try attributes(object))
        if let value = object["alignments"] {
            guard case .array(let names) = value else { throw wrongType("alignments", expected: "an array of alignments", found: value) }
            path.append(.key("alignments"))
            for (index, name) in names.enumerated() {
                path.append(.index(index))
                table.alignments.append(try alignment(name, key: nil))
                path.removeLast()
            }
            path.removeLast()
        }
        table.head = try rows(object, "head")
        table.body = try rows(object, "body")
        table.foot = try rows(object, "foot")
        return table
    }

    /// Rows: `[{"cells": [cell, …]}, …]`, or `[]` when absent.
    mutating func rows(_ object: JSONObject, _ key: String) throws -> [Table.Row] {
        guard let value = object[key] else { return [] }
        path.append(.key(key))
        defer { path.removeLast() }
        guard case .array(let elements) = value else { throw wrongType(nil, expected: "an array of rows", found: value) }
        var rows: [Table.Row] = []
        for (index, element) in elements.enumerated() {
            path.append(.index(index))
            let row = try expectObject(element, "a row")
            try checkFields(row, allowed: ["cells"])
            guard let cellsValue = row["cells"] else { throw missing("cells") }
            guard case .array(let cells) = cellsValue else { throw wrongType("cells", expected: "an array of cells", found: cellsValue) }
            path.append(.key("cells"))
            var result: [Table.Cell] = []
            for (cellIndex, cell) in cells.enumerated() {
                path.append(.index(cellIndex))
                result.append(try self.cell(cell))
                path.removeLast()
            }
            path.removeLast()
            rows.append(Table.Row(cells: result))
            path.removeLast()
        }
        return rows
    }

    mutating func cell(_ value: JSONValue) throws -> Table.Cell {
        let object = try expectObject(value, "a cell")
        try checkFields(object, allowed: ["header", "columnSpan", "rowSpan", "alignment", "blocks"])
        return Table.Cell(
            blocks: try blocks(object, "blocks"), isHeader: try bool(object, "header", default: false),
            columnSpan: try integer(object, "columnSpan", default: 1, atLeast: 1),
            rowSpan: try integer(object, "rowSpan", default: 1, atLeast: 1),
            alignment: try alignment(object["alignment"], key: "alignment"))
    }
}
