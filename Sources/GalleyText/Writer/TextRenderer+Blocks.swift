import GalleyCore

extension TextRenderer {
    /// Writes blocks one after another, a blank line between them unless `isTight`.
    mutating func render(_ blocks: [Block], _ prefix: inout Prefix, isTight: Bool) {
        var isFirst = true
        for block in blocks {
            let before = output.count
            if !isFirst && !isTight { pendingBlank = prefix.rest }
            render(block, &prefix)
            if output.count != before { isFirst = false }
        }
    }

    mutating func render(_ block: Block, _ prefix: inout Prefix) {
        switch block {
        case .paragraph(let content):
            let wrapper = wrapped(content, width: available(prefix))
            emitLines(of: wrapper, &prefix)
            spareWrapper = wrapper
        case .heading(let heading):
            renderHeading(heading, &prefix)
        case .blockQuote(let blocks):
            var inner = prefix.child(first: "> ", rest: "> ")
            render(blocks, &inner, isTight: false)
            prefix.absorb(inner)
        case .list(let list):
            renderList(list, &prefix)
        case .codeBlock(let code):
            for line in code.text.split(separator: "\n", omittingEmptySubsequences: false) {
                emit("    " + line, &prefix)
            }
        case .horizontalRule:
            emit(String(repeating: "-", count: available(prefix)), &prefix)
        case .table(let table):
            renderTable(table, &prefix)
        case .figure(let figure):
            render(figure.content, &prefix, isTight: false)
            if !figure.caption.isEmpty {
                render(figure.caption, &prefix, isTight: false)
            }
        case .div(_, let blocks):
            render(blocks, &prefix, isTight: false)
        case .lineBlock(let lines):
            for line in lines {
                let pieces = wrapped(line, width: available(prefix))
                if pieces.lineEnds.isEmpty { emit("", &prefix) }
                emitLines(of: pieces, &prefix)
                spareWrapper = pieces
            }
        case .rawBlock(let format, let text):
            guard Self.isPlainFormat(format) else { return }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { emit(String(line), &prefix) }
        }
    }

    /// Raw content in these formats is written as is; other formats are left out.
    static func isPlainFormat(_ format: String) -> Bool {
        format == "text" || format == "plain"
    }

    /// The heading's text, underlined: `=` for level 1, `-` for 2, `~` for 3 to 6.
    mutating func renderHeading(_ heading: Heading, _ prefix: inout Prefix) {
        var wrapper = wrapped(heading.content, width: available(prefix))
        let lines = wrapper.finish()
        guard !lines.isEmpty else { return }
        for line in lines { emit(line, &prefix) }
        let mark: String = heading.level == 1 ? "=" : heading.level == 2 ? "-" : "~"
        let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
        emit(String(repeating: mark, count: max(3, width)), &prefix)
    }

    /// Items with hanging indents; bullets cycle `-`, `*`, `+` with depth; numbers align.
    mutating func renderList(_ list: List, _ prefix: inout Prefix) {
        let bullet = ["-", "*", "+"][listDepth % 3]
        let lastNumber = list.start + max(list.items.count - 1, 0)
        let markerWidth = list.isOrdered ? max(String(list.start).count, String(lastNumber).count) + 2 : 2
        listDepth += 1
        defer { listDepth -= 1 }
        for (index, item) in list.items.enumerated() {
            var marker = list.isOrdered ? "\(list.start + index)." : bullet
            marker += String(repeating: " ", count: max(1, markerWidth - marker.count))
            var inner = prefix.child(first: marker, rest: String(repeating: " ", count: markerWidth))
            if index > 0 && !list.isTight { pendingBlank = prefix.rest }
            let before = output.count
            render(item, &inner, isTight: list.isTight)
            if output.count == before { emit("", &inner) }  // an empty item still shows its marker
            prefix.absorb(inner)
        }
    }
}
