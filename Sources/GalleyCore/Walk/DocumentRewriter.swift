/// A stateful rewrite with one method per node family, for passes that need more than a closure.
///
/// Each method has a default that rewrites the node's children and keeps the node. Override the
/// ones you need; call `rewriteChildren(of:)` to keep descending.
///
/// ```swift
/// /// Numbers the figures in reading order.
/// struct FigureNumberer: DocumentRewriter {
///     var count = 0
///     mutating func rewrite(_ block: Block) throws -> [Block] {
///         guard case .figure(var figure) = block else { return try rewriteChildren(of: block) }
///         count += 1
///         figure.attributes.id = "figure-\(count)"
///         return [.figure(figure)]
///     }
/// }
/// ```
public protocol DocumentRewriter {
    /// Rewrites one block; returns its replacement (empty to delete).
    mutating func rewrite(_ block: Block) throws -> [Block]
    /// Rewrites one inline; returns its replacement (empty to delete).
    mutating func rewrite(_ inline: Inline) throws -> [Inline]
    /// Rewrites the metadata, before any block.
    mutating func rewrite(_ metadata: Metadata) throws -> Metadata
}

extension DocumentRewriter {
    public mutating func rewrite(_ block: Block) throws -> [Block] { try rewriteChildren(of: block) }
    public mutating func rewrite(_ inline: Inline) throws -> [Inline] { try rewriteChildren(of: inline) }
    public mutating func rewrite(_ metadata: Metadata) throws -> Metadata { metadata }

    /// Rewrites a whole document: metadata first, then the blocks in reading order.
    public mutating func rewrite(_ document: Document) throws -> Document {
        var result = document
        result.metadata = try rewrite(document.metadata)
        result.blocks = try rewrite(document.blocks)
        return result
    }

    /// Rewrites a list of blocks, splicing each replacement in.
    public mutating func rewrite(_ blocks: [Block]) throws -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks { result.append(contentsOf: try rewrite(block)) }
        return result
    }

    /// Rewrites a list of inlines, splicing each replacement in.
    public mutating func rewrite(_ inlines: [Inline]) throws -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines { result.append(contentsOf: try rewrite(inline)) }
        return result
    }

    /// Keeps `block` and rewrites its children.
    public mutating func rewriteChildren(of block: Block) throws -> [Block] {
        // `mappingChildren` takes non-escaping closures that cannot capture `inout self`,
        // so the children are rewritten into locals first.
        var childBlocks: [[Block]] = []
        var childInlines: [[Inline]] = []
        block.forEachChildList(
            blocks: { childBlocks.append($0) }, inlines: { childInlines.append($0) })
        for index in childBlocks.indices { childBlocks[index] = try rewrite(childBlocks[index]) }
        for index in childInlines.indices { childInlines[index] = try rewrite(childInlines[index]) }
        var nextBlocks = childBlocks.makeIterator()
        var nextInlines = childInlines.makeIterator()
        return [block.mappingChildren(
            blocks: { nextBlocks.next() ?? $0 }, inlines: { nextInlines.next() ?? $0 })]
    }

    /// Keeps `inline` and rewrites its children.
    public mutating func rewriteChildren(of inline: Inline) throws -> [Inline] {
        var childBlocks: [[Block]] = []
        var childInlines: [[Inline]] = []
        inline.forEachChildList(
            inlines: { childInlines.append($0) }, blocks: { childBlocks.append($0) })
        for index in childBlocks.indices { childBlocks[index] = try rewrite(childBlocks[index]) }
        for index in childInlines.indices { childInlines[index] = try rewrite(childInlines[index]) }
        var nextBlocks = childBlocks.makeIterator()
        var nextInlines = childInlines.makeIterator()
        return [inline.mappingChildren(
            inlines: { nextInlines.next() ?? $0 }, blocks: { nextBlocks.next() ?? $0 })]
    }
}
