// Laying out a written paragraph: wrapping at the break candidates (`--wrap=auto`) and putting
// the containers' prefixes after every line end.

extension MarkdownRenderer {
    /// Lays out the paragraph written from `start` to the end of `out`.
    ///
    /// First the lines are chosen in place (a break turns its space into a line end), then, in
    /// a container, the prefix is put after every line end.
    ///
    /// - Parameter hasNewline: Whether the paragraph holds a line end (its writers know).
    mutating func layOutParagraph(from start: Int, hasNewline: Bool) {
        // Only `--wrap=auto` breaks lines; otherwise a paragraph on one line needs nothing.
        guard options.wrap == .auto || hasNewline else { return }
        let column = out.withUnsafeBufferPointer { Self.width(of: $0, lineBefore: start) }
        var isWide = false
        if options.wrap == .auto {
            // Whether the paragraph passes the width: a character is at least one byte, so only
            // a paragraph longer in bytes is measured, and only until it passes.
            let limit = options.columns - column
            isWide = limit < 0
                || (out.count - start > limit
                    && out.withUnsafeBufferPointer {
                        ByteScan.width(of: UnsafeBufferPointer(rebasing: $0[start...]), exceeds: limit)
                    })
        }
        guard hasNewline || isWide else { return }
        let hasBreaks: Bool
        if hasNewline {
            breakCandidateCount = 0
            findBreakCandidates()
            // Without candidates (nothing wraps) there is nothing to break.
            hasBreaks = breakCandidateCount > 0 && breakLines(from: start, column: column, prefixWidth: linePrefixWidth())
            breakCandidateCount = 0
        } else {
            hasBreaks = breakSingleLine(from: start, column: column, prefixWidth: linePrefixWidth())
        }
        if hasNewline || hasBreaks, !containers.isEmpty { insertPrefixes(from: start, lineEndsAreKnown: !hasNewline) }
    }

    /// Finds the spaces where a paragraph with line ends may break: a soft break's, and in text
    /// every space that is not next to another space, a tab or a line end.
    private mutating func findBreakCandidates() {
        // At most one candidate per byte of the regions: the slots, kept from paragraph to
        // paragraph, grow to that and are filled in place (appending one by one would check
        // the storage each time).
        let regions = wrapRegions[..<wrapRegionCount]
        var bound = 0
        for region in regions { bound += region.end - region.start }
        var candidates = breakCandidates
        breakCandidates = []
        if candidates.count < bound { candidates.append(contentsOf: repeatElement(0, count: bound - candidates.count)) }
        var found = 0
        out.withUnsafeBufferPointer { bytes in
            candidates.withUnsafeMutableBufferPointer { slots in
                for region in regions {
                    if region.isSoftBreak {
                        slots[found] = region.start
                        found += 1
                        continue
                    }
                    ByteScan.forEachSpace(in: bytes, from: region.start, to: region.end) { index in
                        let before = index > 0 ? bytes[index - 1] : 0x20
                        let after = index + 1 < region.end ? bytes[index + 1] : region.nextByte
                        if !Self.isBreakingSpace(before), !Self.isBreakingSpace(after) {
                            slots[found] = index
                            found += 1
                        }
                    }
                }
            }
        }
        breakCandidateCount = found
        breakCandidates = candidates
    }

    /// Turns the break candidates where a line is full into line ends, in a paragraph that has
    /// line ends already, and returns whether it made any. A line is broken at the space before
    /// a segment (the text up to the next candidate or line end) that would pass the width, if
    /// the segment can start a line without starting a block and the line so far cannot read as
    /// a rule or underline.
    private mutating func breakLines(from start: Int, column startColumn: Int, prefixWidth: Int) -> Bool {
        let columns = options.columns
        let candidates = breakCandidates[..<breakCandidateCount]
        var hasBreaks = false
        out.withUnsafeMutableBufferPointer { bytes in
            let end = bytes.count
            var column = startColumn
            // Whether the line holds only rule and underline characters up to `ruleCheckEnd`
            // (checked when a break is considered, each byte once).
            var isLineRuleLike = true
            var ruleCheckEnd = start
            var candidateIndex = 0
            var segmentStart = start
            var followsCandidate = false
            while true {
                let limit = candidateIndex < candidates.count ? candidates[candidateIndex] : end
                var index = segmentStart
                var width = 0
                while index < limit, bytes[index] != UInt8(ascii: "\n") {
                    if bytes[index] & 0xC0 != 0x80 { width += 1 }
                    index += 1
                }
                if followsCandidate {
                    let space = segmentStart - 1
                    if column + 1 + width > columns, column > prefixWidth,
                        Self.isSafeLineStart(UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                    {
                        if isLineRuleLike {
                            while ruleCheckEnd < space, Self.isRuleCharacter(bytes[ruleCheckEnd]) { ruleCheckEnd += 1 }
                            if ruleCheckEnd < space { isLineRuleLike = false }
                        }
                        if !isLineRuleLike {
                            bytes[space] = UInt8(ascii: "\n")
                            hasBreaks = true
                            column = prefixWidth
                            isLineRuleLike = true
                            ruleCheckEnd = segmentStart
                        } else {
                            column += 1
                        }
                    } else {
                        column += 1
                    }
                }
                column += width
                if index < limit {
                    // A line end in the text.
                    column = prefixWidth
                    segmentStart = index + 1
                    isLineRuleLike = true
                    ruleCheckEnd = segmentStart
                    followsCandidate = false
                } else if candidateIndex < candidates.count {
                    candidateIndex += 1
                    segmentStart = index + 1
                    followsCandidate = true
                } else {
                    break
                }
            }
        }
        return hasBreaks
    }

    /// ``breakLines(from:column:prefixWidth:)`` for a paragraph without line ends, which
    /// records its breaks in `lineEnds`. A character is at least one byte, so the candidates
    /// before the last that could end a line full in bytes are neither looked for nor measured
    /// (see ``BreakCandidateSearch``); from there the line is measured once, as far as needed.
    private mutating func breakSingleLine(from start: Int, column startColumn: Int, prefixWidth: Int) -> Bool {
        let columns = options.columns
        let regionSlots = wrapRegions
        let regionCount = wrapRegionCount
        var breaks = lineEnds
        lineEnds = []
        breaks.clear()
        out.withUnsafeMutableBufferPointer { bytes in
            regionSlots.withUnsafeBufferPointer { slots in
                let end = bytes.count
                let text = UnsafeBufferPointer(bytes)
                func width(_ from: Int, _ to: Int) -> Int { ByteScan.width(of: text, from: from, to: to) }
                // The current line starts at `lineStart`, in column `lineColumn`; its bytes up to
                // `measuredEnd` are `measuredWidth` characters wide.
                var lineStart = start
                var lineColumn = startColumn
                var measuredEnd = start
                var measuredWidth = 0
                // Whether the line holds only rule and underline characters up to `ruleCheckEnd`.
                var isLineRuleLike = true
                var ruleCheckEnd = start
                // Safe: the search reads `bytes` and the regions only inside these closures.
                let regions = UnsafeBufferPointer(rebasing: slots[..<regionCount])
                var search = BreakCandidateSearch(bytes: text, regions: regions)
                var candidate = search.first(after: start - 1)
                while let space = candidate {
                    let next = search.first(after: space)
                    let segmentEnd = next ?? end
                    // The segment after the space could pass the width? If not, neither can that
                    // of any candidate before the last one at or before the line's last column (in
                    // bytes): that one is next.
                    guard lineColumn + (segmentEnd - lineStart) > columns else {
                        guard let next else { break }
                        candidate = search.last(atOrBefore: lineStart + columns - lineColumn, notBefore: next)
                        continue
                    }
                    candidate = next
                    measuredWidth += width(measuredEnd, space)
                    let column = lineColumn + measuredWidth
                    // The space is one byte and one character.
                    let segmentWidth = width(space + 1, segmentEnd)
                    measuredWidth += 1 + segmentWidth
                    measuredEnd = segmentEnd
                    guard column + 1 + segmentWidth > columns, column > prefixWidth,
                        Self.isSafeLineStart(UnsafeBufferPointer(rebasing: bytes[(space + 1)..<segmentEnd]))
                    else { continue }
                    if isLineRuleLike {
                        while ruleCheckEnd < space, Self.isRuleCharacter(bytes[ruleCheckEnd]) { ruleCheckEnd += 1 }
                        if ruleCheckEnd < space { isLineRuleLike = false }
                    }
                    guard !isLineRuleLike else { continue }
                    bytes[space] = UInt8(ascii: "\n")
                    breaks.append(space)
                    lineStart = space + 1
                    lineColumn = prefixWidth
                    measuredWidth = segmentWidth
                    isLineRuleLike = true
                    ruleCheckEnd = lineStart
                }
            }
        }
        let hasBreaks = !breaks.isEmpty
        lineEnds = breaks
        return hasBreaks
    }

    /// Puts the containers' continuation prefix after every line end from `start` on: their
    /// other-lines prefixes, as the paragraph's first line has started them all.
    ///
    /// The line ends are found first; then the buffer grows once and the lines move to their
    /// places from the last to the first, each prefix written in the gap before its line.
    ///
    /// - Parameter lineEndsAreKnown: Whether `lineEnds` holds them already (the breaks made in a
    ///   paragraph that had none).
    private mutating func insertPrefixes(from start: Int, lineEndsAreKnown: Bool) {
        var lineEnds = self.lineEnds
        self.lineEnds = []
        if !lineEndsAreKnown {
            lineEnds.clear()
            out.withUnsafeBufferPointer { bytes in
                ByteScan.forEach(0x0A, in: bytes, from: start, to: bytes.count) { lineEnds.append($0) }
            }
        }
        let prefixCount = restPrefixes.count
        if !lineEnds.isEmpty, prefixCount > 0 {
            assert(startedContainerCount == containers.count, "a paragraph's first line starts every container")
            var source = out.count
            out.append(repeating: 0, count: lineEnds.count * prefixCount)
            restPrefixes.withUnsafeBufferPointer { prefix in
                out.withUnsafeMutableBufferPointer { bytes in
                    // Safe: `base` addresses `bytes`; every line moved lies within the old count,
                    // every target below the new one (the gaps add up to the growth).
                    guard let base = bytes.baseAddress, let prefixBase = prefix.baseAddress else { return }
                    var target = bytes.count
                    for lineEnd in lineEnds.reversed() {
                        // The line after this line end, then the prefix before it.
                        let lineStart = lineEnd + 1
                        let length = source - lineStart
                        target -= length
                        (base + target).update(from: base + lineStart, count: length)
                        target -= prefixCount
                        ByteBuffer.copy(from: prefixBase, to: base + target, count: prefixCount)
                        source = lineStart
                    }
                }
            }
        }
        lineEnds.clear()
        self.lineEnds = lineEnds
    }

    /// Whether a byte may make up a thematic break or setext underline.
    static func isRuleCharacter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
            || byte == 0x20 || byte == 0x09
    }

    /// Whether a line may start with these bytes and still continue the paragraph as text.
    static func isSafeLineStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "~"),
            UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ":"):
            return false
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            for byte in bytes {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") { return false }
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return true }
            }
            return true
        default:
            return true
        }
    }

    /// The width of the line in `bytes` up to `end` (from the last line end before it).
    static func width(of bytes: UnsafeBufferPointer<UInt8>, lineBefore end: Int) -> Int {
        var index = end
        while index > 0, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return ByteScan.width(of: bytes, from: index, to: end)
    }
}
