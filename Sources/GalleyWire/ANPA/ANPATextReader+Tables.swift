/// Tabular matter in ANPA copy: rows after the tab-line indicator, `;`-separated fields,
/// column-break controls and space-aligned agate.
extension ANPATextReader {
    /// Whether a TAB-led line is a row: column-break controls, or two `;` (one inside a table).
    func isTableRow(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.contains(where: { ANPATextReader.isColumnControl($0) && $0 != ControlCode.tab }) { return true }
        var separators = 0
        var cellLength = 0
        for byte in bytes {
            if byte == ControlCode.semicolon {
                separators += 1
                cellLength = 0
            } else {
                cellLength += 1
                if cellLength > 40 { return false }
            }
        }
        return separators >= 2 || (separators >= 1 && table.isOpen)
    }

    /// One row of tabular matter. Cells are separated by `;`, by column-break controls (and TAB
    /// after the tab-line indicator) or, when the row has none of these, by runs of two or more
    /// spaces (space-aligned agate: `Tampa Bay 73  52  .584   _`).
    mutating func readTableRow(_ bytes: ArraySlice<UInt8>, separatedByTabs: Bool, isHeading: Bool = false) {
        flushParagraph()
        flushGroup()
        isInHeader = false
        var cells = ANPATextReader.splitCells(bytes, separatedByTabs: separatedByTabs).map { decoder.string($0) }
        var isHeaderRow = isHeading
        if let first = cells.first, first.trimmingSpaces().hasPrefix("^") {
            cells[0] = String(first.trimmingSpaces().dropFirst())
            isHeaderRow = true
        }
        if isHeaderRow, let first = cells.first, first.trimmingSpaces().isEmpty == false,
            let lead = bytes.first(where: { $0 != ControlCode.caret }), lead == ControlCode.space
        {
            cells.insert("", at: 0)  // `^ W   L`: the name column has no heading
        }
        let cleaned = cells.map { cell -> String in
            let text = ANPATextReader.clean(cell).text
            // AP agate writes the half of "6½ games behind" as `{`.
            return text.utf8.contains(UInt8(ascii: "{")) ? text.replacingOccurrences("{", with: "½") : text
        }
        if cleaned.allSatisfy({ $0.isEmpty }) { return }
        table.add(cleaned, isHeader: isHeaderRow)
    }

    static func splitCells(_ bytes: ArraySlice<UInt8>, separatedByTabs: Bool) -> [ArraySlice<UInt8>] {
        let hasExplicit = bytes.contains { $0 == ControlCode.semicolon || isColumnControl($0) && ($0 != ControlCode.tab || separatedByTabs) }
        var cells: [ArraySlice<UInt8>] = []
        if hasExplicit {
            var start = bytes.startIndex
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == ControlCode.semicolon || (isColumnControl(byte) && (byte != ControlCode.tab || separatedByTabs)) {
                    cells.append(bytes[start..<index])
                    start = index + 1
                }
            }
            cells.append(bytes[start..<bytes.endIndex])
            return cells
        }
        let trimmed = ByteText.trimmed(bytes)
        var start = trimmed.startIndex
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            if trimmed[index] == ControlCode.space, index + 1 < trimmed.endIndex, trimmed[index + 1] == ControlCode.space {
                cells.append(trimmed[start..<index])
                while index < trimmed.endIndex, trimmed[index] == ControlCode.space { index += 1 }
                start = index
                continue
            }
            index += 1
        }
        cells.append(trimmed[start..<trimmed.endIndex])
        // `Tampa Bay 73`: a name and the first figure with a single space between them.
        if cells.count >= 2, let first = cells.first, let space = first.lastIndex(of: ControlCode.space),
            first[first.startIndex..<space].contains(where: ByteText.isLetter),
            first[(space + 1)...].allSatisfy({ ByteText.isDigit($0) || $0 == UInt8(ascii: ".") }),
            space + 1 < first.endIndex
        {
            cells[0] = first[first.startIndex..<space]
            cells.insert(first[(space + 1)...], at: 1)
        }
        return cells
    }


    /// `^ W   L   Pct   WCGB`: column headings over agate, fields apart by controls or wide spaces.
    func isColumnHeading(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = ByteText.trimmed(bytes).last, last != ControlCode.lessThan, last != ControlCode.equals else {
            return false
        }
        return ANPATextReader.columnSeparators(bytes) >= 2
    }

    /// How many column breaks a row has: `;`, TAB, C0 controls, or runs of two or more spaces.
    static func columnSeparators(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = bytes.startIndex
        let trimmed = ByteText.trimmed(bytes)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == ControlCode.semicolon || isColumnControl(byte) {
                count += 1
            } else if byte == ControlCode.space, index + 1 < trimmed.endIndex, index >= trimmed.startIndex,
                bytes[index + 1] == ControlCode.space
            {
                count += 1
                while index + 1 < bytes.endIndex, bytes[index + 1] == ControlCode.space { index += 1 }
            }
            index += 1
        }
        return count
    }

    /// Controls that break columns in tabular matter (everything but the space band and line ends).
    @inline(__always) static func isColumnControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != ControlCode.dle && byte != ControlCode.lineFeed && byte != ControlCode.carriageReturn
            && byte != ControlCode.backspace && byte != ControlCode.nul)
    }
}
