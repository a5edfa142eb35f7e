import GalleyCore

// Lists: markers, content indentation, tight and loose items, adjacent lists kept apart.

extension MarkdownRenderer {
    /// The marker family of a written list; the next list alternates it so that the two do not
    /// merge into one list (`-` then `*`, `.` then `)`).
    struct ListStyle {
        var isOrdered: Bool
        var isAlternate: Bool
    }

    /// The largest start number CommonMark accepts (nine digits).
    static let largestListNumber = 999_999_999

    /// Writes a list and returns its marker style.
    ///
    /// - Parameter previous: The style of a list written just before at the same level, if any.
    mutating func writeList(_ list: List, after previous: ListStyle?) -> ListStyle {
        let isAlternate = previous.map { $0.isOrdered == list.isOrdered && !$0.isAlternate } ?? false
        let start = min(max(list.start, 0), Self.largestListNumber)
        if list.isOrdered, start != list.start { warn("ordered list start numbers are kept within 0...999999999") }
        // Bullets are the same for every item.
        let bullet: [UInt8] = [UInt8(ascii: isAlternate ? "*" : "-"), 0x20]
        let bulletIndent: [UInt8] = [0x20, 0x20]
        for (index, item) in list.items.enumerated() {
            if index > 0, !list.isTight { blankLine() }
            guard list.isOrdered else {
                within(first: bullet, rest: bulletIndent) { $0.writeBlocks(item, isTight: list.isTight) }
                continue
            }
            let number = start + index <= Self.largestListNumber ? start + index : start
            var marker: [UInt8] = []
            marker.reserveCapacity(12)
            marker += String(number).utf8
            marker.append(UInt8(ascii: isAlternate ? ")" : "."))
            marker.append(UInt8(ascii: " "))
            let indent = [UInt8](repeating: UInt8(ascii: " "), count: marker.count)
            within(first: marker, rest: indent) { $0.writeBlocks(item, isTight: list.isTight) }
        }
        return ListStyle(isOrdered: list.isOrdered, isAlternate: isAlternate)
    }
}
