import GalleyCore

/// Fills lines greedily up to a width in display columns.
///
/// Lines break at spaces and, without a space, next to ideographs and other wide characters
/// (see ``DisplayWidth``), never inside a word: a word wider than the line (a long URL) gets a
/// line of its own rather than being cut. Runs of spaces collapse to one; spaces at a break are
/// dropped. The wrapper streams over UTF-8 bytes, so a paragraph of any size wraps in linear time.
struct LineWrapper {
    /// The widest a line may be, in columns (at least 1).
    private(set) var width: Int
    /// The finished lines' bytes, one after the other…
    private(set) var text: [UInt8] = []
    /// …and where each ends in ``text``.
    private(set) var lineEnds: [Int] = []

    /// The line being filled: its placed words, then the pending word (after the space that
    /// would separate it, when there is one), so that a word that fits is never copied again.
    private var line: [UInt8] = []
    private var lineWidth = 0
    /// Where the placed words end in ``line``, and where the pending word starts.
    private var placedEnd = 0
    private var wordStart = 0
    /// Where the last word placed on the line starts (its separating space included), and the
    /// line's width before it.
    private var lastWordStart = 0
    private var widthBeforeLastWord = 0
    private var wordWidth = 0
    private var wordHasSpaceBefore = false
    private var isSpacePending = false
    private var previousScalar: Unicode.Scalar?

    init(width: Int) {
        self.width = max(1, width)
    }

    private var hasWord: Bool { line.count > wordStart }

    /// Empties the wrapper for new text filled to `width`, keeping its buffers' capacity.
    mutating func reset(width: Int) {
        self.width = max(1, width)
        text.removeAll(keepingCapacity: true)
        lineEnds.removeAll(keepingCapacity: true)
        startEmptyLine()
        wordWidth = 0
        wordHasSpaceBefore = false
        isSpacePending = false
        previousScalar = nil
    }

    /// Appends running text.
    mutating func append(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                // Plain ASCII, the usual case, needs no decoding: a space ends the word; a run of
                // printable bytes joins it whole (one column a byte), with no break before it
                // unless the scalar before is a wide one.
                if lead == 0x20 {
                    finishWord()
                    isSpacePending = true
                    previousScalar = nil
                    index += 1
                    continue
                }
                if (previousScalar?.value ?? 0) < DisplayWidth.firstWide {
                    // So do the common narrow scalars outside ASCII (Latin, Greek and Cyrillic
                    // letters, quotation marks and dashes), one column each.
                    var runEnd = index
                    var columns = 0
                    var last = previousScalar
                    while runEnd < bytes.count {
                        let byte = bytes[runEnd]
                        if Self.isPrintableASCII(byte) {
                            runEnd += 1
                            columns += 1
                            last = Unicode.Scalar(byte)
                            continue
                        }
                        guard byte >= 0x80 else { break }
                        let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: runEnd)
                        guard Self.isNarrowText(scalar.value) else { break }
                        runEnd += length
                        columns += 1
                        last = scalar
                    }
                    if runEnd > index {
                        if !hasWord {
                            startWord(hasSpaceBefore: isSpacePending)
                            isSpacePending = false
                        }
                        line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                        wordWidth += columns
                        previousScalar = last
                        index = runEnd
                        continue
                    }
                }
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                // The rest of a run of printable ASCII joins the word whole: one column a byte,
                // and no break between two of them (what appendScalar would find byte by byte).
                var runEnd = index + length
                if Self.isPrintableASCII(lead) {
                    while runEnd < bytes.count, Self.isPrintableASCII(bytes[runEnd]) { runEnd += 1 }
                }
                appendScalar(scalar, bytes: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]), width: runEnd - index - length)
                if runEnd > index + length { previousScalar = Unicode.Scalar(bytes[runEnd - 1]) }
                index = runEnd
            }
        }
    }

    /// Whether a scalar outside ASCII is one that takes one column, never breaks a line and is
    /// no mark or format character: Latin-1 and Latin Extended letters and signs (but the soft
    /// hyphen), Greek, Cyrillic (but its combining marks), and the general punctuation from the
    /// hyphens to the quotation marks and from the per-mille sign on (but the separators and
    /// format characters among them).
    @inline(__always) private static func isNarrowText(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0xAC, 0xAE...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
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
        startWord(hasSpaceBefore: isSpaced)
        line.append(contentsOf: text.utf8)
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
        finishLines()
        var lines: [String] = []
        var start = 0
        for end in lineEnds {
            lines.append(String(decoding: text[start..<end], as: UTF8.self))
            start = end
        }
        return lines
    }

    /// Finishes the lines, which are then in ``text`` and ``lineEnds``.
    mutating func finishLines() {
        finishWord()
        if lineWidth > 0 || !line.isEmpty { flushLine() }
    }

    // MARK: - Scalars

    /// Appends one scalar (`bytes` starts with it), and `extraWidth` printable ASCII bytes that
    /// follow it in `bytes`.
    private mutating func appendScalar(_ scalar: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>, width extraWidth: Int) {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D:
            finishWord()
            isSpacePending = true
            previousScalar = nil
            return
        default:
            break
        }
        if hasWord, let previous = previousScalar, DisplayWidth.allowsBreak(between: previous, and: scalar) {
            finishWord()
        }
        if !hasWord {
            startWord(hasSpaceBefore: isSpacePending)
            isSpacePending = false
        }
        line.append(contentsOf: bytes)
        wordWidth += DisplayWidth.of(scalar) + extraWidth
        previousScalar = scalar
    }

    /// Begins the pending word at the end of the line, after a space if it would have one there.
    private mutating func startWord(hasSpaceBefore: Bool) {
        wordHasSpaceBefore = hasSpaceBefore
        placedEnd = line.count
        if lineWidth > 0 && hasSpaceBefore { line.append(0x20) }
        wordStart = line.count
    }

    private mutating func finishWord() {
        guard hasWord else { return }
        place(isGlued: false)
    }

    /// Places the pending word on the line, starting a new line first when it does not fit.
    private mutating func place(isGlued: Bool) {
        let separator = wordStart - placedEnd
        if lineWidth > 0 && lineWidth + separator + wordWidth > width {
            let word = Array(line[wordStart...])
            if isGlued && lastWordStart > 0 {
                // Move the word before along, so that the marker does not start a line alone.
                let carried = Array(line[lastWordStart..<placedEnd])
                let carriedWidth = lineWidth - widthBeforeLastWord
                line.removeSubrange(lastWordStart...)
                while line.last == 0x20 { line.removeLast() }
                flushLine()
                line = carried
                lineWidth = carriedWidth
            } else {
                line.removeSubrange(placedEnd...)
                flushLine()
            }
            placedEnd = line.count
            if lineWidth > 0 && wordHasSpaceBefore { line.append(0x20) }
            wordStart = line.count
            line.append(contentsOf: word)
        }
        if !isGlued {
            lastWordStart = placedEnd
            widthBeforeLastWord = lineWidth
        }
        lineWidth += wordStart - placedEnd + wordWidth
        placedEnd = line.count
        wordStart = line.count
        wordWidth = 0
    }

    /// Moves the line (placed words only) to ``text``.
    private mutating func flushLine() {
        text.append(contentsOf: line)
        lineEnds.append(text.count)
        startEmptyLine()
    }

    /// Empties the line being filled, keeping its buffer's capacity.
    private mutating func startEmptyLine() {
        line.removeAll(keepingCapacity: true)
        lineWidth = 0
        placedEnd = 0
        wordStart = 0
        lastWordStart = 0
        widthBeforeLastWord = 0
    }
}
