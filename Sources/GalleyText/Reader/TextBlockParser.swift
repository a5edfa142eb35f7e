import GalleyCore

/// Groups lines into blocks: paragraphs, lists, code blocks, block quotes, headings and rules.
///
/// One pass over the lines with an explicit stack of open lists; only block quotes recurse, at
/// most ``maximumQuoteDepth`` deep.
struct TextBlockParser {
    let bytes: [UInt8]
    /// The estimated width the text was wrapped at (see ``TextLayout``).
    let layout: TextLayout
    /// How many block quotes enclose the lines being parsed.
    let quoteDepth: Int

    /// Quotes nest at most this deep; deeper `>` markers stay in the text. A quarter of the
    /// document depth each for quotes and lists keeps every document within it.
    static let maximumQuoteDepth = Document.maximumDepth / 4
    /// Lists nest at most this deep (deeper items become siblings of the deepest list).
    static let maximumListDepth = Document.maximumDepth / 4

    /// A list that is still open, with the item being read.
    struct OpenList {
        var marker: ListMarker
        var items: [[Block]] = []
        var itemBlocks: [Block] = []
        var itemLines: [TextLine] = []
        var isLoose = false
    }

    /// What is being built at one level.
    struct State {
        var blocks: [Block] = []
        var paragraph: [TextLine] = []
        var lists: [OpenList] = []
        var isAfterBlank = true
    }

    func parse(_ lines: [TextLine]) -> [Block] {
        var state = State()
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                flushParagraph(&state)
                state.isAfterBlank = true
                index += 1
                continue
            }
            if !state.lists.isEmpty {
                if let marker = ListMarker(line, bytes), !isRule(line) {
                    addItem(marker, line, &state)
                    state.isAfterBlank = false
                    index += 1
                    continue
                }
                if isContinuation(line, state) {
                    continueItem(line, &state)
                    state.isAfterBlank = false
                    index += 1
                    continue
                }
                closeLists(&state)
            }
            index = parseOutsideList(lines, index, &state)
            state.isAfterBlank = false
        }
        flushParagraph(&state)
        closeLists(&state)
        return state.blocks
    }

    /// Reads the line at `index` outside any list; returns the index of the next line to read.
    func parseOutsideList(_ lines: [TextLine], _ index: Int, _ state: inout State) -> Int {
        let line = lines[index]
        if state.paragraph.isEmpty && state.isAfterBlank && line.indent >= 4,
            let end = codeBlockEnd(lines, from: index)
        {
            state.blocks.append(codeBlock(lines[index..<end]))
            return end
        }
        if line.indent < 4 && bytes[line.contentStart] == UInt8(ascii: ">") && quoteDepth < Self.maximumQuoteDepth {
            flushParagraph(&state)
            var end = index
            var inner: [TextLine] = []
            while end < lines.count, !lines[end].isBlank, lines[end].indent < 4,
                bytes[lines[end].contentStart] == UInt8(ascii: ">")
            {
                var start = lines[end].contentStart + 1
                if start < lines[end].end && bytes[start] == 0x20 { start += 1 }
                inner.append(TextLine(bytes, start: start, end: lines[end].end, number: lines[end].number))
                end += 1
            }
            let parser = TextBlockParser(bytes: bytes, layout: layout, quoteDepth: quoteDepth + 1)
            state.blocks.append(.blockQuote(parser.parse(inner)))
            return end
        }
        if let underline = underlineLevel(line) {
            if state.paragraph.count == 1 && underline.isHeadingMark {
                let title = state.paragraph[0]
                state.paragraph = []
                state.blocks.append(.heading(Heading(level: underline.level, content: [.text(text(title))])))
                return index + 1
            }
            if underline.isRule {
                flushParagraph(&state)
                state.blocks.append(.horizontalRule)
                return index + 1
            }
        }
        if let marker = ListMarker(line, bytes), !isRule(line),
            state.isAfterBlank || state.paragraph.isEmpty || marker.isSymbolBullet || endsWithColon(state.paragraph.last)
        {
            flushParagraph(&state)
            state.lists.append(OpenList(marker: marker, itemLines: [marker.contentLine]))
            return index + 1
        }
        state.paragraph.append(line)
        return index + 1
    }

    // MARK: - Code blocks

    /// The end of an indented code block starting at `start`: lines indented 4 or more, blank
    /// lines between them; it must end at a blank line or the end of the input (a first-line
    /// indent of a paragraph is not code). `nil` when it is not a code block.
    func codeBlockEnd(_ lines: [TextLine], from start: Int) -> Int? {
        var end = start
        var lastCode = start
        while end < lines.count {
            if lines[end].isBlank {
                end += 1
                continue
            }
            guard lines[end].indent >= 4 else { break }
            lastCode = end
            end += 1
        }
        let next = lastCode + 1
        if next < lines.count && !lines[next].isBlank { return nil }
        return next
    }

    func codeBlock(_ lines: ArraySlice<TextLine>) -> Block {
        var text: [UInt8] = []
        for (offset, line) in lines.enumerated() {
            if offset > 0 { text.append(0x0A) }
            guard !line.isBlank else { continue }
            var index = line.start
            var removed = 0
            while removed < 4 && index < line.end {
                if bytes[index] == 0x09 {
                    removed = 4
                } else if bytes[index] == 0x20 {
                    removed += 1
                } else {
                    break
                }
                index += 1
            }
            text.append(contentsOf: bytes[index..<line.contentEnd])
        }
        return .codeBlock(CodeBlock(text: String(decoding: text, as: UTF8.self)))
    }

    // MARK: - Rules and underlines

    struct Underline {
        var level: Int
        var isHeadingMark: Bool
        var isRule: Bool
    }

    /// A line made of one of `=`, `-`, `~`, `*`, `_` (at least three, spaces allowed between).
    func underlineLevel(_ line: TextLine) -> Underline? {
        guard line.indent < 4 else { return nil }
        let mark = bytes[line.contentStart]
        var count = 0
        for index in line.contentStart..<line.contentEnd {
            let byte = bytes[index]
            if byte == mark {
                count += 1
            } else if byte != 0x20 && byte != 0x09 {
                return nil
            }
        }
        guard count >= 3 else { return nil }
        switch mark {
        case UInt8(ascii: "="): return Underline(level: 1, isHeadingMark: true, isRule: true)
        case UInt8(ascii: "-"): return Underline(level: 2, isHeadingMark: true, isRule: true)
        case UInt8(ascii: "~"): return Underline(level: 3, isHeadingMark: true, isRule: false)
        case UInt8(ascii: "*"), UInt8(ascii: "_"): return Underline(level: 0, isHeadingMark: false, isRule: true)
        default: return nil
        }
    }

    func isRule(_ line: TextLine) -> Bool { underlineLevel(line)?.isRule == true }

    func endsWithColon(_ line: TextLine?) -> Bool {
        guard let line, !line.isBlank else { return false }
        return bytes[line.contentEnd - 1] == UInt8(ascii: ":")
    }
}
