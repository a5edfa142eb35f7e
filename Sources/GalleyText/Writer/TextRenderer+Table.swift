import GalleyCore

extension TextRenderer {
    /// One cell flattened to a line.
    struct FlatCell {
        var text: String
        var width: Int
        var column: Int
        var span: Int
        var alignment: Table.Alignment
    }

    /// Aligned columns two spaces apart, a rule of `-` under the head and over the foot; when the
    /// columns do not fit the width, each body row becomes lines of `Header: value`.
    ///
    /// Cells are flattened to one line; a cell spanning columns takes their width and the gaps
    /// between them; row spans are not drawn (the cell appears in its first row only).
    mutating func renderTable(_ table: Table, _ prefix: inout Prefix) {
        let columnCount = table.columnCount
        let head = table.head.map { flatten($0, table: table) }
        let body = table.body.map { flatten($0, table: table) }
        let foot = table.foot.map { flatten($0, table: table) }
        let widths = columnWidths(head + body + foot, count: columnCount)
        let total = widths.reduce(0, +) + 2 * max(columnCount - 1, 0)
        if columnCount > 0 && total <= available(prefix) {
            for row in head { emit(line(row, widths: widths), &prefix) }
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
            if !head.isEmpty { emit(rule, &prefix) }
            for row in body { emit(line(row, widths: widths), &prefix) }
            if !foot.isEmpty { emit(rule, &prefix) }
            for row in foot { emit(line(row, widths: widths), &prefix) }
        } else {
            renderTableAsRecords(head: head, rows: body + foot, &prefix)
        }
        if !table.caption.isEmpty {
            pendingBlank = prefix.rest
            render(table.caption, &prefix, isTight: false)
        }
    }

    func columnWidths(_ rows: [[FlatCell]], count: Int) -> [Int] {
        var widths = [Int](repeating: 1, count: count)
        for row in rows {
            for cell in row where cell.span == 1 && cell.column < count { widths[cell.column] = max(widths[cell.column], cell.width) }
        }
        for row in rows {
            for cell in row where cell.span > 1 {
                let last = min(cell.column + cell.span, count) - 1
                guard last >= cell.column else { continue }
                let room = widths[cell.column...last].reduce(0, +) + 2 * (last - cell.column)
                if cell.width > room { widths[last] += cell.width - room }
            }
        }
        return widths
    }

    mutating func flatten(_ row: Table.Row, table: Table) -> [FlatCell] {
        var column = 0
        var cells: [FlatCell] = []
        for cell in row.cells {
            let text = flattened(cell.blocks)
            var alignment = cell.alignment
            if alignment == .default, column < table.alignments.count { alignment = table.alignments[column] }
            cells.append(
                FlatCell(text: text, width: DisplayWidth.of(text), column: column, span: cell.columnSpan, alignment: alignment))
            column += cell.columnSpan
        }
        return cells
    }

    /// Blocks on one line: paragraphs and headings by their text, others by their plain text.
    mutating func flattened(_ blocks: [Block]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let content):
                parts.append(flattened(content))
            case .heading(let heading):
                parts.append(flattened(heading.content))
            case .lineBlock(let lines):
                parts.append(contentsOf: lines.map { flattened($0) })
            default:
                parts.append(block.plainText.split(whereSeparator: { $0 == "\n" }).joined(separator: " "))
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    func line(_ row: [FlatCell], widths: [Int]) -> String {
        var text = ""
        var column = 0
        for cell in row where cell.column < widths.count {
            while column < cell.column {
                text += String(repeating: " ", count: widths[column] + 2)
                column += 1
            }
            let last = min(cell.column + cell.span, widths.count) - 1
            let room = widths[cell.column...last].reduce(0, +) + 2 * (last - cell.column)
            let extra = max(room - cell.width, 0)
            let left: Int
            switch cell.alignment {
            case .right: left = extra
            case .center: left = extra / 2
            case .left, .default: left = 0
            }
            text += String(repeating: " ", count: left) + cell.text + String(repeating: " ", count: extra - left)
            if last < widths.count - 1 { text += "  " }
            column = last + 1
        }
        return text
    }

    /// The fallback for wide tables: per row, one `Header: value` line per cell. When the head
    /// does not name every column on its own (a spanning or partly empty head), it is printed
    /// once as a line instead, so no label is repeated against the wrong cells.
    mutating func renderTableAsRecords(head: [[FlatCell]], rows: [[FlatCell]], _ prefix: inout Prefix) {
        var labels: [Int: String] = [:]
        let headCells = head.first ?? []
        let columns = Set(rows.flatMap { $0.map(\.column) })
        let namesEveryColumn = !headCells.isEmpty && headCells.allSatisfy { !$0.text.isEmpty }
            && columns.isSubset(of: Set(headCells.map(\.column)))
        if namesEveryColumn {
            for cell in headCells { labels[cell.column] = cell.text }
        } else {
            for row in head {
                let line = row.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
                guard !line.isEmpty else { continue }
                var inner = prefix.child(first: "", rest: "  ")
                for piece in wrap(line, width: available(inner)) { emit(piece, &inner) }
                prefix.absorb(inner)
                pendingBlank = prefix.rest
            }
        }
        for (index, row) in rows.enumerated() {
            if index > 0 { pendingBlank = prefix.rest }
            for cell in row where !cell.text.isEmpty {
                let text = labels[cell.column].map { "\($0): \(cell.text)" } ?? cell.text
                var inner = prefix.child(first: "", rest: "  ")
                for piece in wrap(text, width: available(inner)) { emit(piece, &inner) }
                prefix.absorb(inner)
            }
        }
    }
}
