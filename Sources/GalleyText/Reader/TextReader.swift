import GalleyCore

/// Reads plain text into a document.
///
/// The text is decoded from UTF-8 (a byte-order mark is dropped, invalid bytes become U+FFFD)
/// or UTF-16 with a byte-order mark; lines end at LF, CR LF or CR. Blank lines separate blocks.
/// Within a block, hard-wrapped lines join into one paragraph with single spaces, while a line
/// that ends well short of the text's estimated wrap width starts a new paragraph.
/// Lines starting with `-`, `*`, `+`, `•` or `1.`/`1)` are list items (nested by indentation);
/// lines indented four spaces or a tab after a blank line are code; `>` lines are block quotes;
/// a line underlined with `=`, `-` or `~` is a heading of level 1, 2 or 3; a line of `***`,
/// `---` or `___` is a rule. The first line, when short (at most 150 columns), not ending like a
/// sentence and followed by a blank line, becomes ``Metadata/title`` and leaves the body.
/// Nothing is removed as page chrome here; the `clean` pass does that.
///
/// The reader works on bytes in one pass; only block quotes recurse, and at most 64 deep.
public struct TextReader: Reader {
    /// What the reader infers.
    public struct Options: Sendable, Hashable {
        /// Whether the first short line becomes the title; default `true` (`--no-title` turns it off).
        public var detectsTitle: Bool

        /// Creates options; by default the title is detected.
        public init(detectsTitle: Bool = true) {
            self.detectsTitle = detectsTitle
        }
    }

    /// The widest a title line may be, in columns: longer first lines are paragraphs.
    public static let maximumTitleWidth = 150

    /// The reader's options.
    public var options: Options

    /// Creates a reader.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads the text; it never fails (damage is reported as warnings).
    public func read(_ input: Input, context: inout ConversionContext) throws -> Document {
        let bytes = TextDecoding.utf8(from: input, context: &context)
        let lines = TextLine.split(bytes)
        let parser = TextBlockParser(bytes: bytes, layout: TextLayout(lines), quoteDepth: 0)
        var metadata = Metadata()
        var body = lines[...]
        if options.detectsTitle, let (title, next) = title(lines, parser) {
            metadata.title = title
            body = lines[next...]
        }
        return Document(metadata: metadata, blocks: parser.parse(Array(body)))
    }

    /// The title and the index of the first line after it, when the text opens with one.
    func title(_ lines: [TextLine], _ parser: TextBlockParser) -> (String, Int)? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return nil }
        let line = lines[first]
        let bytes = parser.bytes
        let last = bytes[line.contentEnd - 1]
        guard line.indent < 4, line.width <= Self.maximumTitleWidth,
            ![UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(last),
            bytes[line.contentStart] != UInt8(ascii: ">"), ListMarker(line, bytes) == nil,
            parser.underlineLevel(line) == nil
        else { return nil }
        var next = first + 1
        if next < lines.count, let underline = parser.underlineLevel(lines[next]), underline.isHeadingMark,
            underline.level <= 2
        {
            next += 1
        }
        guard next < lines.count, lines[next].isBlank, lines[next...].contains(where: { !$0.isBlank }) else { return nil }
        return (parser.text(line), next)
    }
}
