/// How the text was laid out: the width it was hard-wrapped at, estimated from its lines.
///
/// A line break inside a block is taken as a wrap (the lines join into one paragraph) when the
/// next line's first word would not have fitted on the line before: `width + 1 + firstWord >
/// wrapWidth`, which is exactly what a greedy wrapper leaves behind. A line that ends well short
/// of the wrap width ended on purpose ("0 Comment(s)" above "Adjust font size:", verse, an
/// address), and the next line begins a new paragraph.
struct TextLayout {
    /// The estimated wrap width in columns: the 90th percentile of the widths of the non-blank
    /// lines. Real wrappers fill most lines close to their width; the percentile ignores the
    /// few lines (long URLs, headings) that exceed it.
    let wrapWidth: Int

    /// Widths up to this many columns are counted exactly; wider lines count as this wide.
    static let histogramLimit = 4096
    /// Text whose estimated wrap width is at most this many columns was hard-wrapped (terminal
    /// and e-mail text wraps at 60 to 80 columns; unwrapped paragraphs are far longer).
    static let hardWrapLimit = 100

    init(_ lines: [TextLine]) {
        var histogram = [Int](repeating: 0, count: Self.histogramLimit + 1)
        var count = 0
        for line in lines where !line.isBlank {
            histogram[min(line.width, Self.histogramLimit)] += 1
            count += 1
        }
        var remaining = count - (count * 9) / 10
        var width = Self.histogramLimit
        while width > 0 && remaining > 0 {
            remaining -= histogram[width]
            if remaining > 0 { width -= 1 }
        }
        wrapWidth = count == 0 ? Self.histogramLimit : max(width, 1)
    }

    /// Whether the text looks hard-wrapped at a terminal-like width.
    var isHardWrapped: Bool { wrapWidth <= Self.hardWrapLimit }

    /// Whether the break between `previous` and `next` was made by wrapping.
    func isWrapped(_ previous: TextLine, before next: TextLine, in bytes: [UInt8]) -> Bool {
        previous.width + 1 + firstWordWidth(next, bytes) > wrapWidth
    }

    /// The width of the next line's first word (its first character when that is wide, since
    /// CJK text may break between any two ideographs).
    func firstWordWidth(_ line: TextLine, _ bytes: [UInt8]) -> Int {
        var width = 0
        var index = line.contentStart
        while index < line.contentEnd {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 { break }
            if byte < 0x80 {
                width += 1
                index += 1
                continue
            }
            let (scalar, length) = TextLine.scalar(bytes, at: index, end: line.contentEnd)
            if DisplayWidth.isWide(scalar.value) { return width == 0 ? 2 : width }
            width += DisplayWidth.of(scalar)
            index += length
        }
        return width
    }
}
