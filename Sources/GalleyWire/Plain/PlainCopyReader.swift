import GalleyCore

/// Reads plain agency copy, without transmission controls: a title, an optional
/// "Source, Month D, YYYY" line and byline, then paragraphs separated by blank lines, the first
/// opening with a dateline, the last closing with a sign-off.
///
/// Short lines between the title and the dateline paragraph that are neither a byline nor a
/// source line (page chrome in reprints, "Adjust font size:") are dropped with a note.
struct PlainCopyReader {
    let decoder: WireTextDecoder
    var story: Story

    /// How many paragraphs may precede the dateline paragraph.
    static let datelineSearchParagraphs = 6

    mutating func read(_ bytes: ArraySlice<UInt8>, context: inout ConversionContext) {
        let paragraphLines = PlainCopyReader.paragraphs(ByteText.lines(bytes).map { decoder.string($0) })
        let paragraphs = paragraphLines.map { $0.joined(separator: " ") }
        guard !paragraphs.isEmpty else { return }
        let datelineIndex = paragraphs.prefix(PlainCopyReader.datelineSearchParagraphs)
            .firstIndex(where: { DatelineParser.parse($0) != nil })
        var index = 0
        if let first = paragraphs.first, PlainCopyReader.isTitle(first), datelineIndex != 0 || paragraphs.count == 1 {
            if datelineIndex != 0 {
                story.metadata.title = first
                index = 1
            }
        }
        let bodyStart = datelineIndex ?? index
        while index < bodyStart {
            for line in paragraphLines[index] { readPreamble(line, context: &context) }
            index += 1
        }
        for paragraph in paragraphs[bodyStart...] { story.appendParagraph(paragraph) }
        story.endsAtSignOff = true
    }

    private mutating func readPreamble(_ text: String, context: inout ConversionContext) {
        if let match = SourceDateLine.parse(text), text.split(separator: " ").count <= 12 {
            if story.metadata.source == nil { story.metadata.source = match.source }
            if story.metadata.date == nil { story.metadata.date = match.date }
            story.knownYear = match.year
            return
        }
        if IPTC7901TextReader.isByline(text), text.utf8.count <= 120, story.metadata.byline == nil {
            story.metadata.byline = text
            story.metadata.authors = BylineParser.authors(in: text)
            return
        }
        if text.split(separator: " ").count >= 12, story.metadata.description == nil {
            story.metadata.description = text
            return
        }
        context.report(Diagnostic(.note, code: "wire.preamble-dropped",
            message: "dropped '\(text.prefix(60))' before the dateline, as it reads as page chrome"))
    }

    /// A first paragraph that reads as a headline: one line, no final period, not too long.
    static func isTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 200, let last = text.utf8.last else { return false }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ",") && last != UInt8(ascii: ":")
    }

    /// Blank-line separated paragraphs, each as its trimmed lines.
    static func paragraphs(_ lines: [String]) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        for raw in lines {
            let line = raw.trimmingSpaces()
            if line.isEmpty {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
