// The `normalize` pass: tidy whitespace, drop empty nodes, merge neighbours, compose to NFC,
// remove invisible junk and unwrap meaningless divs.

import GalleyCore

/// Cleans up a document so that writers and later passes see tidy text.
///
/// - Whitespace: runs collapse to one space (also across inline boundaries), paragraphs,
///   headings and lines lose leading and trailing space, a space before a line break goes.
/// - Empty text, paragraphs, headings, list items, lists, quotes, figures, tables and inline
///   containers are dropped (a span with an id stays: it is an anchor). Table cells stay, empty or
///   not, so that the grid keeps its shape.
/// - Adjacent text nodes merge; adjacent emphasis, strong, strikeout, superscript, subscript,
///   code and spans with equal attributes merge.
/// - Text is composed to Unicode NFC; soft hyphens, zero-width spaces and BOMs are removed.
/// - Divs are unwrapped (their blocks take their place) unless ``Options/keepsDivs`` is set or the
///   div sets `lang` or `dir`, which change how its content renders.
/// - Title, subtitle, byline, description, and image alt texts and titles get the same
///   character cleaning, trimmed.
///
/// Code, code blocks and raw markup are never changed. Runs in linear time; recursion follows the
/// document's nesting, which readers cap at ``Document/maximumDepth``.
public struct NormalizeDocument: Pass {
    /// `normalize`.
    public static let name = "normalize"

    /// What the pass changes.
    public struct Options: Sendable, Hashable, Codable {
        /// Keep divs instead of unwrapping them. Default `false`.
        public var keepsDivs = false
        /// Compose text to Unicode NFC. Default `true`.
        public var composesUnicode = true
        /// Remove soft hyphens, zero-width spaces and BOMs. Default `true`.
        public var removesInvisibleCharacters = true

        /// The defaults.
        public init() {}
    }

    /// The pass's options.
    public var options: Options

    /// Creates the pass.
    public init(options: Options = Options()) {
        self.options = options
    }

    var cleaner: TextCleaner {
        TextCleaner(composes: options.composesUnicode, removesInvisibles: options.removesInvisibleCharacters)
    }

    /// Normalizes the document.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var result = document
        let cleaner = cleaner
        result.metadata.title = cleaner.cleanField(document.metadata.title)
        result.metadata.subtitle = cleaner.cleanField(document.metadata.subtitle)
        result.metadata.byline = cleaner.cleanField(document.metadata.byline)
        result.metadata.description = cleaner.cleanField(document.metadata.description)
        result.blocks = normalize(document.blocks)
        return result
    }

    /// The registry entry: `normalize` or `normalize=keep-divs`.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Tidy whitespace, drop empty nodes, compose to NFC, unwrap divs.",
        argument: "keep-divs", options: [OptionSpec("keep-divs", help: "normalize: keep divs instead of unwrapping them.")]
    ) { argument, values in
        var options = Options()
        options.keepsDivs = values.flag("keep-divs")
        switch argument {
        case nil, "": break
        case "keep-divs": options.keepsDivs = true
        case let other?:
            throw GalleyError(
                .usage, code: "normalize.invalid-argument",
                message: "normalize takes no argument or 'keep-divs', not '\(other)'",
                hint: "write --pass normalize or --pass normalize=keep-divs")
        }
        return NormalizeDocument(options: options)
    }

    // MARK: - Blocks

    func normalize(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks { normalize(block, into: &result) }
        return result
    }

    func normalize(_ block: Block, into result: inout [Block]) {
        switch block {
        case .paragraph(let content):
            let content = normalizeLine(content)
            if !content.isEmpty { result.append(.paragraph(content)) }
        case .heading(var heading):
            heading.content = normalizeLine(heading.content)
            if !heading.content.isEmpty { result.append(.heading(heading)) }
        case .blockQuote(let body):
            let body = normalize(body)
            if !body.isEmpty { result.append(.blockQuote(body)) }
        case .list(var list):
            list.items = list.items.map(normalize).filter { !$0.isEmpty }
            if !list.items.isEmpty { result.append(.list(list)) }
        case .codeBlock(let code):
            if code.text.unicodeScalars.contains(where: { !TextCleaner.isCollapsible($0) }) { result.append(block) }
        case .horizontalRule:
            result.append(block)
        case .table(var table):
            table.caption = normalize(table.caption)
            table.head = table.head.map(normalizeRow)
            table.body = table.body.map(normalizeRow)
            table.foot = table.foot.map(normalizeRow)
            if !(table.head.isEmpty && table.body.isEmpty && table.foot.isEmpty) { result.append(.table(table)) }
        case .figure(var figure):
            figure.content = normalize(figure.content)
            figure.caption = normalize(figure.caption)
            if !(figure.content.isEmpty && figure.caption.isEmpty) { result.append(.figure(figure)) }
        case .div(let attributes, let body):
            let body = normalize(body)
            if options.keepsDivs || attributes["lang"] != nil || attributes["dir"] != nil {
                if !body.isEmpty { result.append(.div(attributes, body)) }
            } else {
                result.append(contentsOf: body)
            }
        case .lineBlock(let lines):
            var lines = lines.map(normalizeLine)
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            if !lines.isEmpty { result.append(.lineBlock(lines)) }
        case .rawBlock(_, let text):
            if text.unicodeScalars.contains(where: { !TextCleaner.isCollapsible($0) }) { result.append(block) }
        }
    }

    func normalizeRow(_ row: Table.Row) -> Table.Row {
        var row = row
        for index in row.cells.indices { row.cells[index].blocks = normalize(row.cells[index].blocks) }
        return row
    }
}
