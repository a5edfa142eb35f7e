// Bottom-up rewriting, pandoc's filter contract: the closure sees each node after its children
// were rewritten and returns `nil` to keep it, `[]` to delete it, or the nodes to splice in.
//
// Recursion depth is bounded by `Document.maximumDepth`, which every reader enforces.

extension Document {
    /// Rewrites every block, innermost first.
    ///
    /// ```swift
    /// // Turns headings deeper than level 3 into bold paragraphs.
    /// let flat = document.rewritingBlocks { block in
    ///     guard case .heading(let heading) = block, heading.level > 3 else { return nil }
    ///     return [.paragraph([.strong(heading.content)])]
    /// }
    /// ```
    ///
    /// - Parameter transform: Returns `nil` to keep the block, or its replacement (possibly empty).
    /// - Returns: The rewritten document; metadata is unchanged.
    public func rewritingBlocks(_ transform: (Block) throws -> [Block]?) rethrows -> Document {
        var copy = self
        copy.blocks = try blocks.rewritingBlocks(transform)
        return copy
    }

    /// Rewrites every inline, innermost first, in every block (notes included).
    ///
    /// - Parameter transform: Returns `nil` to keep the inline, or its replacement (possibly empty).
    public func rewritingInlines(_ transform: (Inline) throws -> [Inline]?) rethrows -> Document {
        var copy = self
        copy.blocks = try blocks.rewritingInlines(transform)
        return copy
    }
}

extension Array where Element == Block {
    /// Rewrites every block of this list and its descendants, innermost first.
    public func rewritingBlocks(_ transform: (Block) throws -> [Block]?) rethrows -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(count)
        for block in self {
            let rewritten = try block.mappingChildren(
                blocks: { try $0.rewritingBlocks(transform) },
                inlines: { try $0.rewritingBlocksInNotes(transform) })
            if let replacement = try transform(rewritten) {
                result.append(contentsOf: replacement)
            } else {
                result.append(rewritten)
            }
        }
        return result
    }

    /// Rewrites every inline inside these blocks, innermost first.
    public func rewritingInlines(_ transform: (Inline) throws -> [Inline]?) rethrows -> [Block] {
        try map { block in
            try block.mappingChildren(
                blocks: { try $0.rewritingInlines(transform) },
                inlines: { try $0.rewritingInlines(transform) })
        }
    }
}

extension Array where Element == Inline {
    /// Rewrites every inline of this list and its descendants, innermost first.
    public func rewritingInlines(_ transform: (Inline) throws -> [Inline]?) rethrows -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(count)
        for inline in self {
            let rewritten = try inline.mappingChildren(
                inlines: { try $0.rewritingInlines(transform) },
                blocks: { try $0.rewritingInlines(transform) })
            if let replacement = try transform(rewritten) {
                result.append(contentsOf: replacement)
            } else {
                result.append(rewritten)
            }
        }
        return result
    }

    /// Applies a block rewrite to the bodies of notes inside these inlines.
    func rewritingBlocksInNotes(_ transform: (Block) throws -> [Block]?) rethrows -> [Inline] {
        try map { inline in
            try inline.mappingChildren(
                inlines: { try $0.rewritingBlocksInNotes(transform) },
                blocks: { try $0.rewritingBlocks(transform) })
        }
    }
}
