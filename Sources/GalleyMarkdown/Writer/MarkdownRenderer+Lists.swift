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
        let bullet = UInt8(ascii: isAlternate ? "*" : "-")
        let items = list.items
        for index in items.indices {
            if index > 0, !list.isTight { blankLine() }
            if list.isOrdered {
                let number = start + index <= Self.largestListNumber ? start + index : start
                // A small string (at most 11 bytes): built without allocating.
                var marker = String(number)
                marker += isAlternate ? ") " : ". "
                firstPrefixes.append(contentsOf: marker.utf8)
                restPrefixes.append(repeating: UInt8(ascii: " "), count: marker.utf8.count)
                openContainer()
            } else {
                openBulletItem(bullet)
            }
            writeBlocks(items[index], isTight: list.isTight)
            closeContainer()
        }
        return ListStyle(isOrdered: list.isOrdered, isAlternate: isAlternate)
    }
}
