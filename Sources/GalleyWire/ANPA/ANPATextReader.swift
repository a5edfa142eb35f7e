import GalleyCore

/// Reads the text of an ANPA-1312 message (between STX and ETX) into a story.
///
/// AP's conventions, line by line:
/// - `^`-led lines before the body: the keyword line (`^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416<`),
///   the headline, photo references (`^AP Photo …`), notes (`^Eds: …`, `^EDITOR'S NOTE _ …`),
///   an abstract, the byline (`^By NAME=`) and the byline's title line (`^AP Sports Writer=`);
///   after the body has begun they are subheads. `<` and `=` at the end are ANPA's quad codes
///   (end of paragraph, centred line) and are dropped.
/// - TAB-led lines: body copy, one paragraph each (in agate, lines up to a `<` form one block
///   of lines kept as broken).
/// - BS-led lines (the tab-line indicator) and TAB-led lines with fields separated by `;`:
///   rows of a table; DLE (the TTS space band) is a hard space.
struct ANPATextReader {
    let decoder: WireTextDecoder
    let heading: ANPAHeading
    var story: Story

    private var isInHeader = true
    private var sawKeywordLine = false
    private var bylineJustRead = false
    private var paragraph: String?
    private var lineGroup: [String] = []
    private var table = TableBuilder()

    init(decoder: WireTextDecoder, heading: ANPAHeading, story: Story) {
        self.decoder = decoder
        self.heading = heading
        self.story = story
    }

    var isAgate: Bool { heading.format?.isAgate ?? false }

    mutating func read(_ text: ArraySlice<UInt8>) {
        for line in ByteText.lines(text) { readLine(line) }
        flushAll()
    }

    // MARK: - Lines

    private mutating func readLine(_ line: ArraySlice<UInt8>) {
        guard let lead = line.first else {
            flushAll()
            return
        }
        switch lead {
        case ControlCode.caret:
            // Some services put several `^` segments on one line: `^*9006< ^AP-Top-…,0176<`.
            var rest = line.dropFirst()
            while let split = ANPATextReader.secondSegment(rest) {
                readCaretLine(rest[rest.startIndex..<split.lowerBound])
                rest = rest[split.upperBound...]
            }
            readCaretLine(rest)
        case ControlCode.backspace: readTableRow(line.dropFirst(), separatedByTabs: true)
        case ControlCode.tab: readBodyLine(line.dropFirst())
        default:
            if isAgate, table.isOpen || ANPATextReader.columnSeparators(line) >= 2,
                !ByteText.trimmed(line).isEmpty
            {
                readTableRow(line, separatedByTabs: true)
                return
            }
            let content = ANPATextReader.clean(decoder.string(line))
            if content.text.isEmpty {
                flushAll()
            } else if paragraph != nil {
                paragraph?.append(" ")
                paragraph?.append(content.text)
            } else if !lineGroup.isEmpty {
                lineGroup[lineGroup.count - 1] += " " + content.text
            } else {
                isInHeader = false
                flushTable()
                paragraph = content.text
            }
        }
    }

    private mutating func readBodyLine(_ bytes: ArraySlice<UInt8>) {
        let trimmed = ByteText.trimmed(bytes)
        if isTableRow(trimmed) {
            readTableRow(trimmed, separatedByTabs: false)
            return
        }
        let content = ANPATextReader.clean(decoder.string(bytes))
        guard !content.text.isEmpty else {
            flushAll()
            return
        }
        isInHeader = false
        flushTable()
        if content.text.utf8.count >= 3, content.text.utf8.allSatisfy({ $0 == ControlCode.underscore }) {
            flushAll()
            story.blocks.append(.horizontalRule)
            return
        }
        if isAgate {
            flushParagraph()
            lineGroup.append(content.text)
            if content.endsParagraph { flushGroup() }
            return
        }
        flushAll()
        if ANPATextReader.isSubhead(content.text) {
            story.blocks.append(.heading(Heading(level: 2, content: [.text(content.text)])))
        } else {
            paragraph = content.text
        }
    }

    private mutating func readCaretLine(_ bytes: ArraySlice<UInt8>) {
        if isAgate, isColumnHeading(bytes) {
            readTableRow(bytes, separatedByTabs: true, isHeading: true)
            return
        }
        let content = ANPATextReader.clean(decoder.string(bytes))
        let text = content.text
        guard !text.isEmpty, !ANPATextReader.isIndexNumber(text) else { return }
        flushAll()
        if isInHeader, !sawKeywordLine, story.metadata.title == nil, isKeywordLine(ByteText.trimmed(bytes)) {
            sawKeywordLine = true
            readKeywordLine(text)
            return
        }
        if readNote(text) { return }
        if ANPATextReader.isBylineStart(text), story.metadata.byline == nil {
            story.metadata.byline = text
            let names = BylineParser.authors(in: text)
            if !names.isEmpty { story.metadata.authors = names }
            bylineJustRead = true
            return
        }
        if bylineJustRead {
            bylineJustRead = false
            isInHeader = false
            if BylineParser.isTitleLine(text) {
                story.metadata.byline = (story.metadata.byline ?? "") + ", " + text
                return
            }
        }
        if SignOff.endWords.contains(text.lowercased()) || text == "MORE" {
            story.setExtra("signOff", text)
            return
        }
        if isInHeader, readHeaderLine(text, hasEndMark: content.endsParagraph) { return }
        isInHeader = false
        // In the body, centred lines (`=`) are subheads; other `^` lines are paragraphs.
        if content.endsWithEquals {
            let level = text == text.uppercased() ? 2 : 3
            story.blocks.append(.heading(Heading(level: level, content: [.text(text)])))
        } else {
            story.appendParagraph(text)
        }
    }

    /// The headline, an abstract and a second headline, before the byline and the body.
    private mutating func readHeaderLine(_ text: String, hasEndMark: Bool) -> Bool {
        if story.metadata.title == nil {
            story.metadata.title = text
            return true
        }
        // A line without a quad code after the headline is copy (a list of headlines).
        guard hasEndMark else { return false }
        if story.metadata.description == nil, text.utf8.count >= 100 || text.hasSuffix(".") {
            story.metadata.description = text
            return true
        }
        if story.metadata.subtitle == nil, story.metadata.byline == nil {
            story.metadata.subtitle = text
            return true
        }
        return false
    }

    /// Where a second `^` segment starts on the line (`< ^`), as the range of that separator.
    static func secondSegment(_ bytes: ArraySlice<UInt8>) -> Range<Int>? {
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == ControlCode.lessThan, bytes[index + 1] == ControlCode.space,
                bytes[index + 2] == ControlCode.caret
            {
                return (index + 1)..<(index + 3)
            }
            index += 1
        }
        return nil
    }

    /// `*9006`: a service's index number before the keyword.
    static func isIndexNumber(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "*"), bytes.count > 1 else { return false }
        return bytes.dropFirst().allSatisfy(ByteText.isDigit)
    }

    /// `^ W   L   Pct   WCGB`: column headings over agate, fields apart by controls or wide spaces.
    private func isColumnHeading(_ bytes: ArraySlice<UInt8>) -> Bool {
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

    /// Photo references and editors' notes, wherever they appear.
    private mutating func readNote(_ text: String) -> Bool {
        // `(Eds: Minor edits. …)`: a note in parentheses.
        if text.hasPrefix("("), text.hasSuffix(")"), text.hasPrefix("(Eds") || text.hasPrefix("(EDS")
            || text.hasPrefix("(Editor")
        {
            return readNote(String(text.dropFirst().dropLast()).trimmingSpaces())
        }
        if text.hasPrefix("AP Photo") || text.hasPrefix("AP Photos") {
            let list = text.split(separator: " ").dropFirst(2).map { $0.trimmingCharactersIn(",;") }
                .filter { !$0.isEmpty }
            var photos = story.metadata.extra["photos"].flatMap { value -> [MetaValue]? in
                if case .list(let items) = value { return items }
                return nil
            } ?? []
            photos.append(contentsOf: list.map { .string($0) })
            story.metadata.extra["photos"] = .list(photos)
            return true
        }
        for prefix in ["Eds:", "Eds.", "EDS:", "Editors:"] where text.hasPrefix(prefix) {
            story.editorNotes.append(String(text.dropFirst(prefix.count)).trimmingSpaces())
            return true
        }
        for prefix in ["EDITOR'S NOTE", "Editor's Note", "EDITORS NOTE", "EDITOR’S NOTE"] where text.hasPrefix(prefix) {
            var note = Substring(text.dropFirst(prefix.count))
            while let first = note.unicodeScalars.first, first == " " || first == "_" || first == ":"
                || first == "—" || first == "-"
            {
                note = note.dropFirst()
            }
            story.editorNotes.append(String(note).trimmingSpaces())
            return true
        }
        return false
    }

    /// The first `^` line names the story: `BC-US--Ethanol-Losing Grassland, 1st Ld-Writethru,1140`.
    private func isKeywordLine(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(12)
        if head.count >= 3, ByteText.isLetter(head[head.startIndex]),
            ByteText.isLetter(head[head.startIndex + 1]), head[head.startIndex + 2] == ControlCode.hyphen
        {
            return true
        }
        if let keyword = heading.keyword, ByteText.hasPrefixBytes(bytes, Array(keyword.utf8.prefix(6))) {
            return true
        }
        return false
    }

    private mutating func readKeywordLine(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        story.setExtra("keywordLine", text)
        guard let keyword = parts.first else { return }
        story.metadata.slug = SlugKey.merge(headerKeyword: heading.keyword, lineKeyword: keyword)
        if parts.count >= 2, story.metadata.version == nil, !parts[1].isEmpty,
            ByteText.integer(Array(parts[1].utf8)[...]) == nil
        {
            story.metadata.version = parts[1]
        }
    }

    // MARK: - Tables

    private func isTableRow(_ bytes: ArraySlice<UInt8>) -> Bool {
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
    private mutating func readTableRow(_ bytes: ArraySlice<UInt8>, separatedByTabs: Bool, isHeading: Bool = false) {
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

    // MARK: - Flushing

    private mutating func flushParagraph() {
        if let text = paragraph { story.appendParagraph(text) }
        paragraph = nil
    }

    private mutating func flushGroup() {
        if lineGroup.count == 1 {
            story.appendParagraph(lineGroup[0])
        } else if lineGroup.count > 1 {
            story.blocks.append(.lineBlock(lineGroup.map { [.text($0)] }))
        }
        lineGroup.removeAll()
    }

    private mutating func flushTable() {
        if let block = table.build() { story.blocks.append(block) }
    }

    private mutating func flushAll() {
        flushParagraph()
        flushGroup()
        flushTable()
    }

    // MARK: - Text clean-up

    /// A line's text without ANPA's end-of-line quad codes (`<`, `=`) and with AP's `` `` `` and
    /// `''` quotation marks as typographic quotes.
    static func clean(_ text: String) -> Cleaned {
        var value = text.trimmingSpaces()
        var endsParagraph = false
        var endsWithEquals = false
        while let last = value.utf8.last, last == ControlCode.lessThan || last == ControlCode.equals {
            if last == ControlCode.equals { endsWithEquals = true }
            value = String(decoding: Array(value.utf8.dropLast()), as: UTF8.self)
            value = value.trimmingSpaces()
            endsParagraph = true
        }
        var hasBackquotes = false
        var hasApostrophes = false
        var previous: UInt8 = 0
        for byte in value.utf8 {
            if byte == previous {
                if byte == UInt8(ascii: "`") { hasBackquotes = true }
                if byte == UInt8(ascii: "'") { hasApostrophes = true }
            }
            previous = byte
        }
        if hasBackquotes { value = value.replacingOccurrences("``", with: "\u{201C}") }
        if hasApostrophes { value = value.replacingOccurrences("''", with: "\u{201D}") }
        return Cleaned(text: value, endsParagraph: endsParagraph, endsWithEquals: endsWithEquals)
    }

    /// A line's text and the quad code that ended it.
    struct Cleaned {
        var text: String
        /// Ended with `<` or `=`.
        var endsParagraph: Bool
        /// Ended with `=` (a centred line).
        var endsWithEquals: Bool
    }

    /// `TIP-INS`, `UP NEXT`, `2. HONG KONG BILL WITHDRAWN`: a short line in capitals that heads a
    /// section of the body.
    static func isSubhead(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 3, bytes.count <= 80, bytes.contains(where: ByteText.isUpper),
            !bytes.contains(where: ByteText.isLower), let last = bytes.last,
            last != UInt8(ascii: "."), last != UInt8(ascii: ","), last != UInt8(ascii: ":")
        else { return false }
        let words = text.split(separator: " ").count
        return words <= 12 && !SignOff.endWords.contains(text.lowercased()) && text != "MORE"
    }

    static func isBylineStart(_ text: String) -> Bool {
        text.hasPrefix("By ") || text.hasPrefix("BY ")
    }
}

extension ByteText {
    /// Whether `bytes` starts with `prefix` exactly.
    static func hasPrefixBytes(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard !prefix.isEmpty, bytes.count >= prefix.count else { return false }
        return zip(bytes, prefix).allSatisfy { $0 == $1 }
    }
}

extension StringProtocol {
    /// The text without the given ASCII characters at either end.
    func trimmingCharactersIn(_ set: String) -> String {
        let bytes = Array(utf8)
        let stops = Set(set.utf8)
        var start = 0
        var end = bytes.count
        while start < end, stops.contains(bytes[start]) { start += 1 }
        while end > start, stops.contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
