import GalleyCore

/// The first walk over the body: makes every id valid and unique, gives headings that enter the
/// table of contents an id, and loads the images that will be embedded.
///
/// It walks in reading order, top-down (``DocumentRewriter`` visits a node before its children),
/// so the first element with a given id keeps it and is the one `#id` links reach.
struct IdentifierRewriter: DocumentRewriter {
    /// Headings at levels up to this one enter the table of contents.
    static let deepestTOCLevel = 3

    var ids = IdentifierTable()
    var resources: ResourceTable
    var diagnostics: [Diagnostic] = []
    /// Headings for the table of contents: level, label, id, top-level block.
    var headings: [(level: Int, label: String, id: String, block: Int)] = []
    /// The top-level block being rewritten.
    var currentBlock = 0
    /// How many containers other than `div` enclose the current node (0: the heading is part of
    /// the article's outline).
    private var enclosingNonDivs = 0

    init(resources: ResourceTable) {
        self.resources = resources
    }

    mutating func rewrite(_ block: Block) throws -> [Block] {
        switch block {
        case .heading(var heading):
            heading.attributes.id = ids.assign(heading.attributes.id, inBlock: currentBlock)
            if enclosingNonDivs == 0 && heading.level <= Self.deepestTOCLevel {
                if heading.attributes.id.isEmpty { heading.attributes.id = ids.generateSectionID(inBlock: currentBlock) }
                let label = XMLText.cleanedLine(heading.content.plainText) ?? "Section \(headings.count + 1)"
                headings.append((heading.level, label, heading.attributes.id, currentBlock))
            }
            return try nested { try $0.rewriteChildren(of: .heading(heading)) }
        case .div(var attributes, let blocks):
            attributes.id = ids.assign(attributes.id, inBlock: currentBlock)
            return try rewriteChildren(of: .div(attributes, blocks))
        case .codeBlock(var code):
            code.attributes.id = ids.assign(code.attributes.id, inBlock: currentBlock)
            return [.codeBlock(code)]
        case .table(var table):
            table.attributes.id = ids.assign(table.attributes.id, inBlock: currentBlock)
            return try nested { try $0.rewriteChildren(of: .table(table)) }
        case .figure(var figure):
            figure.attributes.id = ids.assign(figure.attributes.id, inBlock: currentBlock)
            return try nested { try $0.rewriteChildren(of: .figure(figure)) }
        default:
            return try nested { try $0.rewriteChildren(of: block) }
        }
    }

    mutating func rewrite(_ inline: Inline) throws -> [Inline] {
        switch inline {
        case .span(var attributes, let content):
            attributes.id = ids.assign(attributes.id, inBlock: currentBlock)
            return try rewriteChildren(of: .span(attributes, content))
        case .link(var link):
            link.attributes.id = ids.assign(link.attributes.id, inBlock: currentBlock)
            return try rewriteChildren(of: .link(link))
        case .image(var image):
            image.attributes.id = ids.assign(image.attributes.id, inBlock: currentBlock)
            _ = resources.embed(image.source, diagnostics: &diagnostics)
            return [.image(image)]
        default:
            return try rewriteChildren(of: inline)
        }
    }

    private mutating func nested(_ body: (inout Self) throws -> [Block]) rethrows -> [Block] {
        enclosingNonDivs += 1
        defer { enclosingNonDivs -= 1 }
        return try body(&self)
    }
}
