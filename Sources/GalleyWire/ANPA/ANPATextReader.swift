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

    var isInHeader = true
    private var sawKeywordLine = false
    private var bylineJustRead = false
    private var paragraph: String?
    private var lineGroup: [String] = []
    var table = TableBuilder()

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

    // MARK: - Flushing

    mutating func flushParagraph() {
        if let text = paragraph { story.appendParagraph(text) }
        paragraph = nil
    }

    mutating func flushGroup() {
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
