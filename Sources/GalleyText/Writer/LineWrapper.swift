import GalleyCore

/// Fills lines greedily up to a width in display columns.
///
/// Lines break at spaces and, without a space, next to ideographs and other wide characters
/// (see ``DisplayWidth``), never inside a word: a word wider than the line (a long URL) gets a
/// line of its own rather than being cut. Runs of spaces collapse to one; spaces at a break are
/// dropped. The wrapper streams over UTF-8 bytes, so a paragraph of any size wraps in linear time.
struct LineWrapper {
    /// The widest a line may be, in columns (at least 1).
    let width: Int
    /// The finished lines.
    private(set) var lines: [String] = []

    private var line: [UInt8] = []
    private var lineWidth = 0
    /// Where the last word placed on the line starts, and the line's width before it.
    private var lastWordStart = 0
    private var widthBeforeLastWord = 0
    private var word: [UInt8] = []
    private var wordWidth = 0
    private var wordHasSpaceBefore = false
    private var isSpacePending = false
    private var previousScalar: Unicode.Scalar?

    init(width: Int) {
        self.width = max(1, width)
    }

    /// Appends running text.
    mutating func append(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                appendScalar(scalar, bytes: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
                guard Self.isPrintableASCII(lead) else { continue }
                // The rest of a run of printable ASCII joins the word whole: one column a byte,
                // and no break between two of them (what appendScalar would find byte by byte).
                var runEnd = index
                while runEnd < bytes.count, Self.isPrintableASCII(bytes[runEnd]) { runEnd += 1 }
                guard runEnd > index else { continue }
                word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                wordWidth += runEnd - index
                previousScalar = Unicode.Scalar(bytes[runEnd - 1])
                index = runEnd
            }
        }
    }

    /// Whether `byte` is ASCII that takes one column and is not a space.
    @inline(__always) private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// Appends text that stays on the line of the word before it (a reference marker such as
    /// `[1]`), after a space when `isSpaced`.
    mutating func appendGlued(_ text: String, isSpaced: Bool) {
        finishWord()
        isSpacePending = false
        wordHasSpaceBefore = isSpaced
        word.append(contentsOf: text.utf8)
        wordWidth = DisplayWidth.of(text)
        place(isGlued: true)
        previousScalar = nil
    }

    /// Ends the current line here (a forced line break).
    mutating func hardBreak() {
        finishWord()
        flushLine()
        isSpacePending = false
        previousScalar = nil
    }

    /// Finishes and returns the lines (an empty paragraph gives none).
    mutating func finish() -> [String] {
        finishWord()
        if lineWidth > 0 || !line.isEmpty { flushLine() }
        return lines
    }

    // MARK: - Scalars

    private mutating func appendScalar(_ scalar: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>) {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D:
            finishWord()
            isSpacePending = true
            previousScalar = nil
            return
        default:
            break
        }
        if !word.isEmpty, let previous = previousScalar, DisplayWidth.allowsBreak(between: previous, and: scalar) {
            finishWord()
        }
        if word.isEmpty {
            wordHasSpaceBefore = isSpacePending
            isSpacePending = false
        }
        word.append(contentsOf: bytes)
        wordWidth += DisplayWidth.of(scalar)
        previousScalar = scalar
    }

    private mutating func finishWord() {
        guard !word.isEmpty else { return }
        place(isGlued: false)
    }

    /// Puts the pending word on the line, starting a new line first when it does not fit.
    private mutating func place(isGlued: Bool) {
        let separator = lineWidth > 0 && wordHasSpaceBefore ? 1 : 0
        if lineWidth > 0 && lineWidth + separator + wordWidth > width {
            if isGlued && lastWordStart > 0 {
                // Move the word before along, so that the marker does not start a line alone.
                let carried = Array(line[lastWordStart...])
                let carriedWidth = lineWidth - widthBeforeLastWord
                line.removeSubrange(lastWordStart...)
                while line.last == 0x20 { line.removeLast() }
                lineWidth = widthBeforeLastWord
                flushLine()
                line = carried
                lineWidth = carriedWidth
            } else {
                flushLine()
            }
        }
        let start = line.count
        let before = lineWidth
        if lineWidth > 0 && wordHasSpaceBefore {
            line.append(0x20)
            lineWidth += 1
        }
        if !isGlued {
            lastWordStart = start
            widthBeforeLastWord = before
        }
        line.append(contentsOf: word)
        lineWidth += wordWidth
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
    }

    private mutating func flushLine() {
        lines.append(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
        lineWidth = 0
        lastWordStart = 0
        widthBeforeLastWord = 0
    }
}
