import GalleyCore

/// Collects rows of wire tabular matter and turns them into a ``Table`` block.
///
/// The head is the rows marked as headings (ANPA `^` after the tab-line indicator) or, when none
/// is marked, a first row whose first cell is empty (`;MIN;MAX;…`): column headings over a
/// column of names.
struct TableBuilder {
    private var rows: [[String]] = []
    private var headerFlags: [Bool] = []

    var isOpen: Bool { !rows.isEmpty }

    mutating func add(_ cells: [String], isHeader: Bool) {
        rows.append(cells)
        headerFlags.append(isHeader)
    }

    /// The table, or `nil` when no row was added; resets the builder.
    mutating func build() -> Block? {
        defer {
            rows.removeAll()
            headerFlags.removeAll()
        }
        guard !rows.isEmpty else { return nil }
        var headCount = 0
        while headCount < rows.count, headerFlags[headCount] { headCount += 1 }
        if headCount == 0, rows.count > 1, let first = rows.first, first.first?.isEmpty == true,
            first.dropFirst().contains(where: { !$0.isEmpty })
        {
            headCount = 1
        }
        var head: [Table.Row] = []
        var body: [Table.Row] = []
        for (index, cells) in rows.enumerated() {
            let isHeader = index < headCount || headerFlags[index]
            let row = Table.Row(cells: cells.map { text in
                Table.Cell(blocks: text.isEmpty ? [] : [.paragraph([.text(text)])], isHeader: isHeader)
            })
            if index < headCount { head.append(row) } else { body.append(row) }
        }
        return .table(Table(head: head, body: body))
    }
}
