import GalleyCore

extension XHTMLBodyRenderer {
    /// Largest spans HTML allows (`colspan` ≤ 1000, `rowspan` ≤ 65534).
    static let maximumColumnSpan = 1000
    static let maximumRowSpan = 65_534

    mutating func renderTable(_ table: Table, depth: Int, restrictions: Restrictions) {
        output += "<table"
        AttributeFilter.append(table.attributes, id: table.attributes.id, to: &output)
        output += ">\n"
        if !table.caption.isEmpty {
            output += "<caption>"
            render(table.caption, depth: depth, restrictions: restrictions.union(.noTables))
            output += "</caption>\n"
        }
        for (tag, rows) in [("thead", table.head), ("tbody", table.body), ("tfoot", table.foot)] where !rows.isEmpty {
            output += "<\(tag)>\n"
            for row in rows { renderRow(row, alignments: table.alignments, depth: depth, restrictions: restrictions) }
            output += "</\(tag)>\n"
        }
        output += "</table>\n"
    }

    private mutating func renderRow(_ row: Table.Row, alignments: [Table.Alignment], depth: Int, restrictions: Restrictions) {
        output += "<tr>"
        var column = 0
        for cell in row.cells {
            let tag = cell.isHeader ? "th" : "td"
            output += "<" + tag
            let columnSpan = min(cell.columnSpan, Self.maximumColumnSpan)
            let rowSpan = min(cell.rowSpan, Self.maximumRowSpan)
            if columnSpan > 1 { output += " colspan=\"\(columnSpan)\"" }
            if rowSpan > 1 { output += " rowspan=\"\(rowSpan)\"" }
            let alignment = cell.alignment != .default ? cell.alignment
                : (column < alignments.count ? alignments[column] : .default)
            if alignment != .default { output += " class=\"align-\(alignment.rawValue)\"" }
            output += ">"
            let cellRestrictions = cell.isHeader ? restrictions.union(.noHeadings) : restrictions
            if cell.blocks.count == 1, case .paragraph(let content) = cell.blocks[0] {
                render(content, depth: depth, restrictions: cellRestrictions)
            } else {
                render(cell.blocks, depth: depth, restrictions: cellRestrictions)
            }
            output += "</" + tag + ">"
            column += columnSpan
        }
        output += "</tr>\n"
    }
}
