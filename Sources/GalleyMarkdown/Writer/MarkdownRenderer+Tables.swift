import GalleyCore

// Tables. GFM: a pipe table (the first head row is the header, other rows follow in order,
// spanned cells padded with empty cells, cell blocks flattened onto one line). CommonMark: an
// HTML table when raw HTML is allowed, else one paragraph line per row.

extension MarkdownRenderer {
    /// The most columns or rows one cell may span here; larger spans are cut (hostile input).
    static let largestSpan = 100

    /// A table as a grid: every row as long as the widest, spanned positions empty.
    struct Grid {
        /// Cells by row and column; `nil` where a span covers the position or a row is short.
        var rows: [[Table.Cell?]]
        /// How many of the rows came from the table's head.
        var headCount: Int
        var columnCount: Int
    }

    /// Places the cells of all rows on a grid, following HTML's table model for spans.
    static func grid(_ table: Table) -> Grid {
        let rows = table.allRows
        var placed: [[Table.Cell?]] = Array(repeating: [], count: rows.count)
        // For each column, the first row below the cells placed over it: rows are filled in
        // order, so a column is covered in the current row exactly when that row is lower.
        var coveredUntil: [Int] = []
        var columnCount = table.alignments.count
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < coveredUntil.count, coveredUntil[column] > rowIndex { column += 1 }
                let columnSpan = min(cell.columnSpan, largestSpan)
                let rowSpan = min(cell.rowSpan, largestSpan, rows.count - rowIndex)
                if coveredUntil.count < column + columnSpan {
                    coveredUntil.append(contentsOf: repeatElement(0, count: column + columnSpan - coveredUntil.count))
                }
                for c in column..<column + columnSpan { coveredUntil[c] = max(coveredUntil[c], rowIndex + rowSpan) }
                // Usually the cell goes right after the row's last: one slot.
                while placed[rowIndex].count <= column { placed[rowIndex].append(nil) }
                placed[rowIndex][column] = cell
                column += columnSpan
                columnCount = max(columnCount, column)
            }
            // The last column covered in this row, by its own cells or spans from above.
            if let widest = coveredUntil.lastIndex(where: { $0 > rowIndex }) { columnCount = max(columnCount, widest + 1) }
        }
        for index in placed.indices where placed[index].count < columnCount {
            placed[index].append(contentsOf: repeatElement(nil, count: columnCount - placed[index].count))
        }
        return Grid(rows: placed, headCount: table.head.count, columnCount: columnCount)
    }

    mutating func writeTable(_ table: Table) {
        if !table.attributes.isEmpty { noteLoss("table identifiers and classes are dropped") }
        let grid = Self.grid(table)
        if grid.columnCount > 0, !grid.rows.isEmpty {
            if table.allRows.contains(where: { $0.cells.contains { $0.columnSpan > 1 || $0.rowSpan > 1 } }) {
                warn("table cells spanning several columns or rows are padded with empty cells")
            }
            if isGFM {
                writePipeTable(table, grid)
            } else if options.allowsRawHTML {
                writeHTMLTable(table, grid)
            } else {
                warn("tables are written as one line per row in CommonMark without raw HTML")
                writeRowParagraph(grid)
            }
        }
        if !table.caption.isEmpty {
            if grid.columnCount > 0, !grid.rows.isEmpty { blankLine() }
            writeBlocks(table.caption, isTight: false)
        }
    }

    private mutating func writePipeTable(_ table: Table, _ grid: Grid) {
        if grid.headCount == 0 { warn("tables without a head row get an empty header row") }
        if grid.headCount > 1 || !table.foot.isEmpty {
            warn("table head rows after the first and foot rows are written as body rows")
        }
        let header: [Table.Cell?] = grid.headCount > 0 ? grid.rows[0] : Array(repeating: nil, count: grid.columnCount)
        writePipeRow(header)
        startLine()
        out.append(UInt8(ascii: "|"))
        for column in 0..<grid.columnCount {
            let alignment = column < table.alignments.count ? table.alignments[column] : .default
            switch alignment {
            case .default: out.append(contentsOf: " --- |".utf8)
            case .left: out.append(contentsOf: " :-- |".utf8)
            case .center: out.append(contentsOf: " :-: |".utf8)
            case .right: out.append(contentsOf: " --: |".utf8)
            }
        }
        out.append(UInt8(ascii: "\n"))
        for row in grid.rows.dropFirst(grid.headCount > 0 ? 1 : 0) { writePipeRow(row) }
    }

    private mutating func writePipeRow(_ cells: [Table.Cell?]) {
        startLine()
        out.append(UInt8(ascii: "|"))
        for cell in cells {
            out.append(0x20)
            if let cell {
                let start = out.count
                writeInlines(cellInlines(cell.blocks), mode: .singleLine, next: Next(byte: 0x20, flank: .whitespace))
                escapePipes(from: start)
                if out.count > start { out.append(0x20) }
            }
            out.append(UInt8(ascii: "|"))
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Puts a backslash before every `|` written since `start` (GFM removes it before reading
    /// the cell, code spans included).
    private mutating func escapePipes(from start: Int) {
        guard out.withUnsafeBufferPointer({ $0[start...].contains(UInt8(ascii: "|")) }) else { return }
        scratch.clear()
        out.withUnsafeBufferPointer { scratch.append(contentsOf: $0[start...]) }
        out.removeAll(from: start)
        for byte in scratch {
            if byte == UInt8(ascii: "|") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
    }

    /// A cell's blocks as one line of inlines: blocks joined by `<br>` (raw HTML allowed) or a
    /// space, list items and quoted blocks likewise, code blocks as code spans.
    mutating func cellInlines(_ blocks: [Block]) -> [Inline] {
        if blocks.count == 1, case .paragraph(let content) = blocks[0] {
            // The usual cell, one paragraph: what the general way below gives (the paragraph
            // normalised as an effective block, then as the cell's line), without its arrays.
            // Content that normalising leaves as it is stays so the second time.
            guard let once = blockInlinesIfChanged(content) else { return content }
            return normalizedBlockInlines(once)
        }
        var parts: [[Inline]] = []
        appendCellParts(blocks, to: &parts)
        if parts.count > 1 { warn("table cells holding several blocks are flattened onto one line") }
        var content: [Inline] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { content.append(options.allowsRawHTML ? .rawInline(format: "html", text: "<br>") : .text(" ")) }
            content += part
        }
        return normalizedBlockInlines(content)
    }

    private mutating func appendCellParts(_ blocks: [Block], to parts: inout [[Inline]]) {
        for block in effectiveBlocks(blocks) {
            switch block {
            case .paragraph(let content): parts.append(content)
            case .heading(let heading): parts.append(heading.content)
            case .codeBlock(let code): parts.append([.code(code.text)])
            case .blockQuote(let body): appendCellParts(body, to: &parts)
            case .list(let list): for item in list.items { appendCellParts(item, to: &parts) }
            case .table(let table):
                for row in table.allRows { for cell in row.cells { appendCellParts(cell.blocks, to: &parts) } }
                appendCellParts(table.caption, to: &parts)
            case .rawBlock(let format, let text): parts.append([.rawInline(format: format, text: text)])
            case .horizontalRule, .figure, .div, .lineBlock: continue
            }
        }
    }

    /// CommonMark without raw HTML: each row a line of one paragraph, cells separated by ` | `,
    /// head cells in strong emphasis.
    private mutating func writeRowParagraph(_ grid: Grid) {
        var content: [Inline] = []
        for (rowIndex, row) in grid.rows.enumerated() {
            if rowIndex > 0 { content.append(.lineBreak) }
            for (column, cell) in row.enumerated() {
                if column > 0 { content.append(.text(" | ")) }
                let inlines = cell.map { cellInlines($0.blocks) } ?? []
                if !inlines.isEmpty {
                    let isHeader = rowIndex < grid.headCount || (cell?.isHeader ?? false)
                    content += isHeader ? [.strong(inlines)] : inlines
                }
            }
        }
        let inlines = normalizedBlockInlines(content)
        if !inlines.isEmpty { writeParagraph(inlines) }
    }
}
