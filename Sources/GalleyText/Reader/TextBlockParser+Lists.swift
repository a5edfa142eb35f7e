import GalleyCore

extension TextBlockParser {
    /// Whether a non-marker line belongs to the open list: right after an item line when it is
    /// indented past the marker or the item's last line was wrapped; after a blank line when it
    /// is indented past the outermost marker (a further paragraph of an item).
    func isContinuation(_ line: TextLine, _ state: State) -> Bool {
        guard let top = state.lists.last, let outer = state.lists.first else { return false }
        if state.isAfterBlank { return line.indent >= outer.marker.indent + 2 }
        if line.indent > top.marker.indent { return true }
        guard let previous = top.itemLines.last else { return false }
        return layout.isWrapped(previous, before: line, in: bytes)
    }

    func continueItem(_ line: TextLine, _ state: inout State) {
        if state.isAfterBlank {
            while state.lists.count > 1, let top = state.lists.last, top.marker.indent >= line.indent {
                closeTopList(&state)
            }
            let last = state.lists.count - 1
            flushItemLines(&state.lists[last])
            state.lists[last].isLoose = true
        }
        state.lists[state.lists.count - 1].itemLines.append(line)
    }

    /// Starts an item: a sibling, a nested list, or a new list at an outer level.
    func addItem(_ marker: ListMarker, _ line: TextLine, _ state: inout State) {
        while let top = state.lists.last, top.marker.indent > marker.indent + 1, state.lists.count > 1 {
            closeTopList(&state)
        }
        let last = state.lists.count - 1
        let top = state.lists[last]
        if abs(top.marker.indent - marker.indent) <= 1 || state.lists.count >= Self.maximumListDepth {
            if top.marker.kind == marker.kind || state.lists.count >= Self.maximumListDepth {
                finishItem(&state.lists[last])
                if state.isAfterBlank { state.lists[last].isLoose = true }
                state.lists[last].itemLines = [marker.contentLine]
                return
            }
            closeTopList(&state)
            if state.lists.isEmpty {
                state.lists.append(OpenList(marker: marker, itemLines: [marker.contentLine]))
                return
            }
        }
        if marker.indent > state.lists[state.lists.count - 1].marker.indent {
            flushItemLines(&state.lists[state.lists.count - 1])
        } else {
            closeTopList(&state)
        }
        state.lists.append(OpenList(marker: marker, itemLines: [marker.contentLine]))
    }

    func flushItemLines(_ list: inout OpenList) {
        guard !list.itemLines.isEmpty else { return }
        list.itemBlocks.append(contentsOf: paragraphs(list.itemLines))
        list.itemLines = []
    }

    func finishItem(_ list: inout OpenList) {
        flushItemLines(&list)
        list.items.append(list.itemBlocks)
        list.itemBlocks = []
    }

    /// Closes the innermost list into its parent's item, or into the blocks.
    func closeTopList(_ state: inout State) {
        guard var list = state.lists.popLast() else { return }
        finishItem(&list)
        let block = Block.list(
            List(
                isOrdered: list.marker.isOrdered, start: list.marker.number, isTight: !list.isLoose, items: list.items))
        if state.lists.isEmpty {
            state.blocks.append(block)
        } else {
            let parent = state.lists.count - 1
            flushItemLines(&state.lists[parent])
            state.lists[parent].itemBlocks.append(block)
        }
    }

    func closeLists(_ state: inout State) {
        while !state.lists.isEmpty { closeTopList(&state) }
    }

    // MARK: - Paragraphs

    func flushParagraph(_ state: inout State) {
        guard !state.paragraph.isEmpty else { return }
        state.blocks.append(contentsOf: paragraphs(state.paragraph))
        state.paragraph = []
    }

    /// Lines of one block as paragraphs: wrapped lines join into one paragraph; where a line
    /// ends short of the wrap width, a new paragraph begins. In hard-wrapped text, a block of
    /// lines that are all short (an address, verse) stays one line block.
    func paragraphs(_ lines: [TextLine]) -> [Block] {
        var runs: [[TextLine]] = []
        for line in lines {
            if let previous = runs.last?.last, layout.isWrapped(previous, before: line, in: bytes) {
                runs[runs.count - 1].append(line)
            } else {
                runs.append([line])
            }
        }
        if runs.count > 1 && layout.isHardWrapped && runs.allSatisfy({ $0.count == 1 }) {
            return [.lineBlock(runs.map { [.text(text($0[0]))] })]
        }
        return runs.map { .paragraph([.text(joined($0))]) }
    }

    /// A line's text without surrounding white space.
    func text(_ line: TextLine) -> String {
        String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
    }

    /// Lines joined by single spaces (no space between two wide characters, as in CJK text).
    func joined(_ lines: [TextLine]) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(lines.reduce(0) { $0 + $1.contentEnd - $1.contentStart + 1 })
        var previous: TextLine?
        for line in lines {
            if let previous {
                let last = TextLine.lastScalar(bytes, start: previous.contentStart, end: previous.contentEnd)
                let first = TextLine.scalar(bytes, at: line.contentStart, end: line.contentEnd).0
                let isCJKJoin = last.map { DisplayWidth.isWide($0.value) } == true && DisplayWidth.isWide(first.value)
                if !isCJKJoin { buffer.append(0x20) }
            }
            buffer.append(contentsOf: bytes[line.contentStart..<line.contentEnd])
            previous = line
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}
