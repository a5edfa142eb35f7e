import GalleyCore

// Blocks: paragraphs, headings, quotes, code, rules and the separation between them.

extension MarkdownRenderer {
    /// Writes blocks one after another, a blank line between them unless a tight list item may
    /// do without (a paragraph or heading followed by a list that can interrupt it).
    ///
    /// Each block is normalised just before it is written, while its content is still in the
    /// processor's caches.
    mutating func writeBlocks(_ blocks: [Block], isTight: Bool) {
        var run = BlockRun(isTight: isTight)
        writeEffectiveBlocks(blocks, in: &run)
    }

    /// Sibling blocks being written: what the next one needs to know of the one before.
    struct BlockRun {
        let isTight: Bool
        /// Only the kind of the block before is kept: keeping the block would copy its payload.
        var previous: JoinKind?
        /// The marker style of the block before when it is a list.
        var previousList: ListStyle?

        init(isTight: Bool) {
            self.isTight = isTight
        }
    }

    /// Writes the blocks as Markdown shows them (see ``effectiveBlocks(_:)``; the same mapping,
    /// with each block written in place instead of collected): divs and figures add their
    /// blocks to the run.
    ///
    /// The blocks are matched in place and only their payloads are copied out (a block copied
    /// for each step costs a retain and a release, and a paragraph rebuilt a box).
    private mutating func writeEffectiveBlocks(_ blocks: [Block], in run: inout BlockRun) {
        for index in blocks.indices {
            // Paragraphs, divs and lists, the most common blocks, are taken out first: only
            // their content is copied (retained), not the block around it, which the switch
            // below holds while it writes.
            if let content = Self.paragraphContent(of: blocks[index]) {
                writeEffectiveParagraph(content, in: &run)
                continue
            }
            if let content = Self.divContent(of: blocks[index]) {
                recordAttributeLoss(.div, if: Self.isDivWithAttributes(blocks[index]))
                writeEffectiveBlocks(content, in: &run)
                continue
            }
            if let list = Self.listContent(of: blocks[index]) {
                writeEffectiveList(list, in: &run)
                continue
            }
            switch blocks[index] {
            case .paragraph, .div, .list:
                continue  // written above
            case .heading(var heading):
                heading.content = normalizedBlockInlines(heading.content)
                separate(.anything, in: &run)
                writeHeading(heading)
            case .blockQuote(let body):
                separate(.nothing, in: &run)
                within(first: "> ".utf8, rest: "> ".utf8) { $0.writeBlocks(body, isTight: false) }
            case .codeBlock(let code):
                separate(.anything, in: &run)
                writeCodeBlock(code)
            case .horizontalRule:
                separate(.anything, in: &run)
                startLine()
                out.append(contentsOf: "___\n".utf8)
            case .table(let table):
                separate(.nothing, in: &run)
                writeTable(table)
            case .rawBlock(let format, let text):
                guard passesRawBlock(format: format, text: text) else { continue }
                separate(.nothing, in: &run)
                writeRawBlock(text)
            case .figure(let figure):
                warnFigure(figure)
                writeEffectiveBlocks(figure.content, in: &run)
                writeEffectiveBlocks(figure.caption, in: &run)
            case .lineBlock(let lines):
                let inlines = paragraphInlines(ofLines: lines)
                if inlines.isEmpty { continue }
                separate(.paragraph, in: &run)
                writeParagraph(inlines)
            }
        }
    }

    /// The content of a paragraph block, else `nil`.
    @inline(__always)
    private static func paragraphContent(of block: Block) -> [Inline]? {
        if case .paragraph(let content) = block { return content }
        return nil
    }

    /// The blocks of a div, else `nil`.
    @inline(__always)
    private static func divContent(of block: Block) -> [Block]? {
        if case .div(_, let content) = block { return content }
        return nil
    }

    /// Whether a block is a div with attributes.
    private static func isDivWithAttributes(_ block: Block) -> Bool {
        if case .div(let attributes, _) = block { return !attributes.isEmpty }
        return false
    }

    /// The list of a list block, else `nil`.
    @inline(__always)
    private static func listContent(of block: Block) -> List? {
        if case .list(let list) = block { return list }
        return nil
    }

    /// Writes a list after the run's blocks, marked apart from a list just before.
    private mutating func writeEffectiveList(_ list: List, in run: inout BlockRun) {
        if let previous = run.previous, !(run.isTight && canJoin(previous, list)) { blankLine() }
        run.previousList = writeList(list, after: run.previousList)
        run.previous = .nothing
    }

    /// Writes a paragraph normalised, unless that leaves it empty. (A call of its own: the
    /// content is retained once for it, not for each step.)
    private mutating func writeEffectiveParagraph(_ content: [Inline], in run: inout BlockRun) {
        if mayDeferLineEndCheck {
            // Normalised without looking for line ends in its texts, and written; if a text
            // held one, all that is undone and the paragraph written from its full normal form.
            // (Taking such a text as kept never empties a paragraph that is not empty.)
            let outCount = out.count
            let startedCount = startedContainerCount
            let runBefore = run
            let noteCount = notes.count
            if writeNormalizedParagraph(content, in: &run, defersLineEndCheck: true) { return }
            out.removeAll(from: outCount)
            startedContainerCount = startedCount
            run = runBefore
            notes.removeLast(notes.count - noteCount)
        }
        _ = writeNormalizedParagraph(content, in: &run, defersLineEndCheck: false)
    }

    /// Writes a paragraph normalised (nothing when that leaves it empty) and returns `true`;
    /// `false` when, deferring the line-end check, a text held a line end and the paragraph was
    /// left unfinished.
    private mutating func writeNormalizedParagraph(
        _ content: [Inline], in run: inout BlockRun, defersLineEndCheck defers: Bool
    ) -> Bool {
        defersLineEndCheck = defers
        let changed = blockInlinesIfChanged(content)
        defersLineEndCheck = false
        // The two ways apart: one array chosen from both would be retained for it.
        if let changed {
            if changed.isEmpty { return true }
            separate(.paragraph, in: &run)
            return writeParagraph(changed, stopsAtTextLineEnd: defers)
        }
        if content.isEmpty { return true }
        separate(.paragraph, in: &run)
        return writeParagraph(content, stopsAtTextLineEnd: defers)
    }

    /// Starts a block of the given kind that is not a list: a blank line after the block before
    /// unless a tight list item may do without.
    private mutating func separate(_ kind: JoinKind, in run: inout BlockRun) {
        if let previous = run.previous, !(run.isTight && previous == .anything) { blankLine() }
        run.previous = kind
        run.previousList = nil
    }

    /// What a block allows after it on the next line in a tight list item (see
    /// ``canJoin(_:_:)``).
    enum JoinKind {
        /// A heading, rule or fenced code block: anything may follow.
        case anything
        /// A paragraph: a list that can interrupt it may follow.
        case paragraph
        /// Anything else: nothing may follow without a blank line.
        case nothing
    }

    /// Whether a list may follow a block of kind `previous` on the next line without a blank
    /// line, inside a tight list item, and still parse as two blocks (a heading, rule or fenced
    /// code block followed by anything; a paragraph followed by a list that may interrupt it).
    mutating func canJoin(_ previous: JoinKind, _ list: List) -> Bool {
        switch previous {
        case .anything: return true
        case .nothing: return false
        case .paragraph:
            guard let first = list.items.first, !effectiveBlocks(first).isEmpty else { return false }
            return !list.isOrdered || list.start == 1
        }
    }

    /// The blocks as Markdown will show them: divs and figures unwrapped, line blocks turned
    /// into paragraphs with hard breaks, empty paragraphs and foreign raw blocks dropped.
    mutating func effectiveBlocks(_ blocks: [Block]) -> [Block] {
        // Blocks inside a paragraph's inlines (a note's) are normalised in full: whether they
        // are empty decides what the paragraph writes.
        let defers = defersLineEndCheck
        defersLineEndCheck = false
        defer { defersLineEndCheck = defers }
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        appendEffectiveBlocks(blocks, to: &result)
        return result
    }

    /// Appends the blocks as ``effectiveBlocks(_:)`` gives them.
    private mutating func appendEffectiveBlocks(_ blocks: [Block], to result: inout [Block]) {
        for block in blocks {
            switch block {
            case .div(let attributes, let content):
                recordAttributeLoss(.div, if: !attributes.isEmpty)
                appendEffectiveBlocks(content, to: &result)
            case .figure(let figure):
                warnFigure(figure)
                appendEffectiveBlocks(figure.content, to: &result)
                appendEffectiveBlocks(figure.caption, to: &result)
            case .paragraph(let content):
                if let inlines = blockInlinesIfChanged(content) {
                    if !inlines.isEmpty { result.append(.paragraph(inlines)) }
                } else if !content.isEmpty {
                    result.append(block)
                }
            case .lineBlock(let lines):
                let inlines = paragraphInlines(ofLines: lines)
                if !inlines.isEmpty { result.append(.paragraph(inlines)) }
            case .heading(var heading):
                heading.content = normalizedBlockInlines(heading.content)
                result.append(.heading(heading))
            case .rawBlock(let format, let text):
                if passesRawBlock(format: format, text: text) { result.append(block) }
            default:
                result.append(block)
            }
        }
    }

    /// Records the warning a figure with a caption or attributes gets.
    private mutating func warnFigure(_ figure: Figure) {
        if !figure.caption.isEmpty || !figure.attributes.isEmpty {
            warn("figures are written as their content followed by the caption's paragraphs")
        }
    }

    /// A line block's lines as one paragraph's normalised inlines, joined by hard breaks.
    private mutating func paragraphInlines(ofLines lines: [[Inline]]) -> [Inline] {
        var content: [Inline] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { content.append(.lineBreak) }
            content += line
        }
        return normalizedBlockInlines(content)
    }

    /// Whether a raw block is written; a dropped one that is not empty is warned about.
    private mutating func passesRawBlock(format: String, text: String) -> Bool {
        if passesRaw(format) { return true }
        if !text.isEmpty { warn("raw \(format) blocks are dropped") }
        return false
    }

    /// Whether raw content of this format is written as is.
    func passesRaw(_ format: String) -> Bool {
        switch format {
        case "html", "html5", "xhtml": return options.allowsRawHTML
        case "markdown", "commonmark", "gfm": return true
        default:
            // Names are nearly always lowercase already: only others are lowercased (a copy).
            let lowered = format.lowercased()
            return lowered != format && passesRaw(lowered)
        }
    }

    // MARK: - Paragraphs and headings

    mutating func writeParagraph(_ content: [Inline]) {
        _ = writeParagraph(content, stopsAtTextLineEnd: false)
    }

    /// Writes a paragraph and returns `true`; or, if `stopsAtTextLineEnd` and one of its texts
    /// held a line end, returns `false` with the paragraph written but not laid out.
    private mutating func writeParagraph(_ content: [Inline], stopsAtTextLineEnd: Bool) -> Bool {
        startLine()
        let start = out.count
        wrapRegionCount = 0
        paragraphHasLineFeed = false
        hasWrittenTextLineEnd = false
        isAtLineStart = true
        writeInlines(content, mode: .paragraph, next: .end)
        isAtLineStart = false
        if stopsAtTextLineEnd, hasWrittenTextLineEnd { return false }
        layOutParagraph(from: start, hasNewline: paragraphHasLineFeed)
        out.append(UInt8(ascii: "\n"))
        return true
    }

    mutating func writeHeading(_ heading: Heading) {
        if !heading.attributes.isEmpty { noteLoss("heading identifiers and classes are dropped") }
        if options.headingStyle == .setext, heading.level <= 2, !heading.content.isEmpty {
            writeParagraph(heading.content)
            startLine()
            let width = max(3, min(options.columns, out.withUnsafeBufferPointer(Self.displayWidth(lastLineOf:))))
            let mark = UInt8(ascii: heading.level == 1 ? "=" : "-")
            out.append(repeating: mark, count: width)
            out.append(UInt8(ascii: "\n"))
            return
        }
        startLine()
        out.append(repeating: UInt8(ascii: "#"), count: heading.level)
        if !heading.content.isEmpty {
            out.append(UInt8(ascii: " "))
            let start = out.count
            writeInlines(heading.content, mode: .singleLine, next: .end)
            // A final run of `#` would read as a closing sequence.
            if out.count > start, out[out.count - 1] == UInt8(ascii: "#"),
                out.count - 2 < start || out[out.count - 2] != UInt8(ascii: "\\")
            {
                out.insert(UInt8(ascii: "\\"), at: out.count - 1)
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// The width in characters of the text after the last newline before the end of `bytes`,
    /// not counting the line's container prefix (the previous line written).
    static func displayWidth(lastLineOf bytes: UnsafeBufferPointer<UInt8>) -> Int {
        width(of: bytes, lineBefore: bytes.last == UInt8(ascii: "\n") ? bytes.count - 1 : bytes.count)
    }

    // MARK: - Code and raw blocks

    mutating func writeCodeBlock(_ code: CodeBlock) {
        if !code.attributes.isEmpty { noteLoss("code block identifiers and classes are dropped") }
        let text = Array(code.text.utf8)
        let language = Array(code.language.utf8)
        // Backticks unless the info string holds one or the text has longer backtick runs than
        // tilde runs (cmark keeps a fence's length in a byte: fences stay short).
        let backtickRun = Self.longestRun(of: UInt8(ascii: "`"), in: text)
        let tildeRun = Self.longestRun(of: UInt8(ascii: "~"), in: text)
        let usesTildes = language.contains(UInt8(ascii: "`")) || tildeRun < backtickRun
        let fenceByte = usesTildes ? UInt8(ascii: "~") : UInt8(ascii: "`")
        let fence = [UInt8](repeating: fenceByte, count: max(3, (usesTildes ? tildeRun : backtickRun) + 1))
        startLine()
        out.append(contentsOf: fence)
        writeInfoString(language)
        out.append(UInt8(ascii: "\n"))
        if !text.isEmpty {
            var lineStart = 0
            for index in 0...text.count where index == text.count || text[index] == UInt8(ascii: "\n") {
                if index == lineStart {
                    blankLine()
                } else {
                    startLine()
                    out.append(contentsOf: text[lineStart..<index])
                    out.append(UInt8(ascii: "\n"))
                }
                lineStart = index + 1
            }
        }
        startLine()
        out.append(contentsOf: fence)
        out.append(UInt8(ascii: "\n"))
    }

    /// The info string: backslashes and entity-like ampersands escaped, line ends as spaces.
    private mutating func writeInfoString(_ language: [UInt8]) {
        for (index, byte) in language.enumerated() {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(UInt8(ascii: " "))
            case UInt8(ascii: "\\"):
                if index + 1 < language.count, Self.isASCIIPunctuation(language[index + 1]) {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(byte)
            case UInt8(ascii: "&"):
                if Self.startsEntity(language, at: index) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            default: out.append(byte)
            }
        }
    }

    /// The longest run of `byte` in `bytes`.
    static func longestRun(of byte: UInt8, in bytes: [UInt8]) -> Int {
        var longest = 0
        var current = 0
        for b in bytes {
            if b == byte {
                current += 1
                if current > longest { longest = current }
            } else {
                current = 0
            }
        }
        return longest
    }

    mutating func writeRawBlock(_ text: String) {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") { bytes.removeLast() }
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            startLine()
            out.append(contentsOf: bytes[lineStart..<index])
            out.append(UInt8(ascii: "\n"))
            lineStart = index + 1
        }
    }
}
