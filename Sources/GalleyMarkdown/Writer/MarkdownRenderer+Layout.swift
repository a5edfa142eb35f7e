// Laying out a written paragraph: wrapping at the break candidates (`--wrap=auto`) and putting
// the containers' prefixes after every line end.

extension MarkdownRenderer {
    /// Lays out the paragraph written from `start` to the end of `out`.
    mutating func layOutParagraph(from start: Int) {
        let hasNewline = out[start...].contains(UInt8(ascii: "\n"))
        let wraps = options.wrap == .auto && !breakCandidates.isEmpty
            && Self.width(of: out, from: start, to: out.count) + Self.width(of: out, lineBefore: start) > options.columns
        guard hasNewline || wraps else { return }
        let prefix = continuationPrefix()
        let prefixWidth = Self.width(of: prefix, from: 0, to: prefix.count)
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: out[start...])
        var column = Self.width(of: out, lineBefore: start)
        out.removeSubrange(start...)
        var lineStart = start
        let text = scratch
        var candidateIndex = 0
        var segmentStart = 0
        var followsCandidate = false
        // Walk segments separated by break candidates and hard line ends.
        while true {
            let limit = candidateIndex < breakCandidates.count ? breakCandidates[candidateIndex] - start : text.count
            let newline = text[segmentStart..<limit].firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? limit
            let segment = text[segmentStart..<end]
            let width = Self.width(of: text, from: segmentStart, to: end)
            if followsCandidate {
                // Break at the space before the segment if the line is full, the segment can
                // start a line without starting a block, and the line cannot read as a rule.
                if column + 1 + width > options.columns, column > prefixWidth, Self.isSafeLineStart(segment),
                    !Self.couldBeRuleOrUnderline(out[lineStart...])
                {
                    out.append(UInt8(ascii: "\n"))
                    out.append(contentsOf: prefix)
                    lineStart = out.count
                    column = prefixWidth
                } else {
                    out.append(0x20)
                    column += 1
                }
            }
            out.append(contentsOf: segment)
            column += width
            if let newline {
                out.append(UInt8(ascii: "\n"))
                out.append(contentsOf: prefix)
                lineStart = out.count
                column = prefixWidth
                segmentStart = newline + 1
                followsCandidate = false
            } else if candidateIndex < breakCandidates.count {
                candidateIndex += 1
                segmentStart = end + 1
                followsCandidate = true
            } else {
                break
            }
        }
        breakCandidates.removeAll(keepingCapacity: true)
    }

    /// Whether a line holding only these bytes could read as a thematic break or a setext
    /// underline (then the line is not ended there).
    static func couldBeRuleOrUnderline(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy {
            $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_")
                || $0 == 0x20 || $0 == 0x09
        }
    }

    /// Whether a line may start with these bytes and still continue the paragraph as text.
    static func isSafeLineStart(_ bytes: ArraySlice<UInt8>) -> Bool {
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

    /// The width in characters (UTF-8 lead bytes) of `bytes[from..<to]`.
    static func width(of bytes: [UInt8], from: Int, to: Int) -> Int {
        var width = 0
        for index in from..<to where bytes[index] & 0xC0 != 0x80 { width += 1 }
        return width
    }

    /// The width of the line in `bytes` up to `end` (from the last line end before it).
    static func width(of bytes: [UInt8], lineBefore end: Int) -> Int {
        var index = end
        while index > 0, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return width(of: bytes, from: index, to: end)
    }
}
