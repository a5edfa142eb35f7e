import GalleyCore
import GalleyWire

/// The `dateline` pass: the dateline, the source-and-date line and the sign-offs of news copy.
///
/// - A "Xinhua, April 8, 2021" line near the top fills `meta.source` and `meta.date` and leaves
///   the body.
/// - The dateline that opens the first paragraphs (`BAGHDAD, April 7 (Xinhua) --`,
///   `ATLANTA (AP) _`, `Berlin (dpa) -`) goes to `meta.dateline` (its date resolved to ISO 8601
///   when the year is known) and `meta.source`; it leaves the paragraph unless the argument is
///   `keep`.
/// - Sign-offs (`Enditem`, `END`, `-- Xinhua`, `(Reporting by …)`) leave the body; after an end
///   mark nothing belongs to the story. Reporters named in a credit fill `meta.authors`.
///
/// The parsing is GalleyWire's, shared with the wire reader.
public struct DetectDateline: Pass {
    public static let name = "dateline"

    public struct Options: Sendable, Hashable {
        /// Leave the dateline in the paragraph (it is always copied to `meta.dateline`). Default false.
        public var keepsDateline: Bool = false
        public init(keepsDateline: Bool = false) { self.keepsDateline = keepsDateline }
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    /// The pass's registry entry.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Dateline, source/date line and sign-offs of news copy into metadata.", argument: "keep"
    ) { argument, _ in
        switch argument {
        case nil: return DetectDateline()
        case "keep": return DetectDateline(options: Options(keepsDateline: true))
        case let other?:
            throw GalleyError(.usage, code: "dateline.argument", message: "dateline takes no argument or 'keep', not '\(other)'")
        }
    }

    /// How many blocks from the top a dateline or source line may sit (title, standfirst, …).
    static let searchDepth = 6

    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var result = document
        var blocks = document.blocks
        var index = 0
        var examined = 0
        var foundDateline = false
        while index < blocks.count, examined < Self.searchDepth, !foundDateline {
            guard case .paragraph(let content) = blocks[index] else {
                index += 1
                examined += 1
                continue
            }
            let text = content.plainText.trimmingWhitespace()
            if let line = SourceDateLine.parse(text), text.unicodeScalars.count <= 80 {
                if result.metadata.source == nil, let source = line.source { result.metadata.source = source }
                if result.metadata.date == nil { result.metadata.date = line.date }
                context.report(Diagnostic(.note, code: "dateline.source-line", message: "read \"\(text)\" as source and date"))
                blocks.remove(at: index)
                continue
            }
            if let match = DatelineParser.parse(text) {
                foundDateline = true
                var dateline = match.dateline
                let year = result.metadata.date.flatMap { Int($0.prefix(4)) }
                if let iso = match.isoDate(fallbackYear: year) { dateline.date = iso }
                result.metadata.dateline = dateline
                if result.metadata.source == nil { result.metadata.source = dateline.source }
                if !options.keepsDateline {
                    let dropped = text.unicodeScalars.count - match.rest.unicodeScalars.count
                    let rest = InlineText.droppingPrefix(content, scalars: dropped)
                    blocks[index] = .paragraph(rest)
                    if rest.isEmpty { blocks.remove(at: index) }
                }
            }
            index += 1
            examined += 1
        }
        blocks = stripSignOffs(blocks, metadata: &result.metadata, context: &context)
        result.blocks = blocks
        return result
    }

    /// Removes sign-offs; everything after an end mark goes too.
    func stripSignOffs(_ blocks: [Block], metadata: inout Metadata, context: inout ConversionContext) -> [Block] {
        var blocks = blocks
        var lastParagraph: Int?
        for index in blocks.indices {
            guard case .paragraph(let content) = blocks[index] else { continue }
            lastParagraph = index
            guard let match = SignOff.strip(content.plainText), match.endsStory else { continue }
            apply(match, at: index, to: &blocks, metadata: &metadata)
            let removed = blocks.count - index - 1
            if removed > 0 {
                context.report(Diagnostic(.note, code: "dateline.after-end", message: "dropped \(removed) blocks after the story's end mark"))
                blocks.removeSubrange((index + 1)...)
            }
            if case .paragraph(let rest) = blocks[index], rest.isEmpty { blocks.remove(at: index) }
            return blocks
        }
        if let last = lastParagraph, case .paragraph(let content) = blocks[last], let match = SignOff.strip(content.plainText) {
            apply(match, at: last, to: &blocks, metadata: &metadata)
            if case .paragraph(let rest) = blocks[last], rest.isEmpty { blocks.remove(at: last) }
        }
        return blocks
    }

    func apply(_ match: SignOff.Match, at index: Int, to blocks: inout [Block], metadata: inout Metadata) {
        guard case .paragraph(let content) = blocks[index] else { return }
        let text = content.plainText
        let kept = match.rest.unicodeScalars.count
        blocks[index] = .paragraph(InlineText.keepingPrefix(content, scalars: kept, of: text.unicodeScalars.count))
        if metadata.authors.isEmpty && !match.reporters.isEmpty { metadata.authors = match.reporters }
    }
}

extension InlineText {
    /// The inlines cut after their first `count` scalars of text (trailing white space trimmed).
    static func keepingPrefix(_ inlines: [Inline], scalars count: Int, of total: Int) -> [Inline] {
        guard count < total else { return inlines }
        var remaining = count
        var result: [Inline] = []
        for inline in inlines {
            guard remaining > 0 else { break }
            switch inline {
            case .text(let text):
                let scalars = text.unicodeScalars
                if scalars.count <= remaining {
                    result.append(inline)
                    remaining -= scalars.count
                } else {
                    result.append(.text(String(String.UnicodeScalarView(scalars.prefix(remaining)))))
                    remaining = 0
                }
            case .softBreak, .lineBreak:
                result.append(inline)
                remaining -= 1
            default:
                let length = [inline].plainText.unicodeScalars.count
                result.append(inline)
                remaining -= length
            }
        }
        // Trim trailing white space and breaks.
        while let last = result.last {
            switch last {
            case .softBreak, .lineBreak: result.removeLast()
            case .text(let text):
                let trimmed = String(text.reversed().drop(while: { $0.isWhitespace }).reversed())
                if trimmed.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(trimmed); return result }
            default: return result
            }
        }
        return result
    }
}
