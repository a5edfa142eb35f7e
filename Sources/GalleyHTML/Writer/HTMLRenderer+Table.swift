// Tables: caption, head, body and foot sections, header and data cells with spans; alignment
// as an inline `text-align` style the writer generates (content styles are never copied).

import GalleyCore

extension HTMLRenderer {
    mutating func renderTable(_ table: Table) {
        open("table", table.attributes)
        out.raw("\n")
        if !table.caption.isEmpty {
            out.raw("<caption>")
            renderCaption(table.caption)
            out.raw("</caption>\n")
        }
        renderSection("thead", table.head, alignments: table.alignments, headerByDefault: true)
        renderSection("tbody", table.body, alignments: table.alignments, headerByDefault: false)
        renderSection("tfoot", table.foot, alignments: table.alignments, headerByDefault: false)
        out.raw("</table>\n")
    }

    mutating func renderSection(
        _ name: String, _ rows: [Table.Row], alignments: [Table.Alignment], headerByDefault: Bool
    ) {
        guard !rows.isEmpty else { return }
        out.raw("<")
        out.raw(name)
        out.raw(">\n")
        for row in rows {
            out.raw("<tr>")
            var column = 0
            for cell in row.cells {
                renderCell(cell, column: column, alignments: alignments, headerByDefault: headerByDefault)
                column += cell.columnSpan
            }
            out.raw("</tr>\n")
        }
        close(name)
        out.raw("\n")
    }

    mutating func renderCell(
        _ cell: Table.Cell, column: Int, alignments: [Table.Alignment], headerByDefault: Bool
    ) {
        let name = cell.isHeader || headerByDefault ? "th" : "td"
        out.raw("<")
        out.raw(name)
        if cell.columnSpan > 1 { out.attribute("colspan", String(cell.columnSpan)) }
        if cell.rowSpan > 1 { out.attribute("rowspan", String(cell.rowSpan)) }
        var alignment = cell.alignment
        if alignment == .default, column < alignments.count { alignment = alignments[column] }
        if alignment != .default {
            out.attribute("style", "text-align: \(alignment.rawValue);")
        }
        out.raw(">")
        renderTightBlocks(cell.blocks)
        close(name)
    }
}
