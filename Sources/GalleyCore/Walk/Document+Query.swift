// Read-only traversal: pre-order visits, collection and a top-down walk that can skip subtrees.

/// What a top-down walk does after visiting a node.
public enum WalkDecision: Sendable {
    /// Visit the node's children next.
    case descend
    /// Go on with the node's next sibling.
    case skipChildren
    /// End the whole walk.
    case stop
}

extension Document {
    /// Calls `body` on every block, parents before children, in reading order.
    public func forEachBlock(_ body: (Block) throws -> Void) rethrows {
        try blocks.walk(blocks: { try body($0); return .descend }, inlines: { _ in .descend })
    }

    /// Calls `body` on every inline, parents before children, in reading order (notes included).
    public func forEachInline(_ body: (Inline) throws -> Void) rethrows {
        try blocks.walk(blocks: { _ in .descend }, inlines: { try body($0); return .descend })
    }

    /// Returns the values `transform` gives for each block and inline that it maps.
    public func collect<T>(
        blocks blockTransform: (Block) -> T? = { _ in nil },
        inlines inlineTransform: (Inline) -> T? = { _ in nil }
    ) -> [T] {
        var found: [T] = []
        blocks.walk(
            blocks: { if let value = blockTransform($0) { found.append(value) }; return .descend },
            inlines: { if let value = inlineTransform($0) { found.append(value) }; return .descend })
        return found
    }

    /// Walks the document top-down; each closure decides whether to enter the node it sees.
    public func walk(
        blocks: (Block) throws -> WalkDecision, inlines: (Inline) throws -> WalkDecision
    ) rethrows {
        try self.blocks.walk(blocks: blocks, inlines: inlines)
    }
}

extension Array where Element == Block {
    /// Walks these blocks top-down; returns `false` when a closure asked to stop.
    @discardableResult
    public func walk(
        blocks: (Block) throws -> WalkDecision, inlines: (Inline) throws -> WalkDecision
    ) rethrows -> Bool {
        for block in self {
            switch try blocks(block) {
            case .stop: return false
            case .skipChildren: continue
            case .descend:
                var going = true
                try block.forEachChildList(
                    blocks: { if going { going = try $0.walk(blocks: blocks, inlines: inlines) } },
                    inlines: { if going { going = try $0.walk(blocks: blocks, inlines: inlines) } })
                if !going { return false }
            }
        }
        return true
    }
}

extension Array where Element == Inline {
    /// Walks these inlines top-down; returns `false` when a closure asked to stop.
    @discardableResult
    public func walk(
        blocks: (Block) throws -> WalkDecision, inlines: (Inline) throws -> WalkDecision
    ) rethrows -> Bool {
        for inline in self {
            switch try inlines(inline) {
            case .stop: return false
            case .skipChildren: continue
            case .descend:
                var going = true
                try inline.forEachChildList(
                    inlines: { if going { going = try $0.walk(blocks: blocks, inlines: inlines) } },
                    blocks: { if going { going = try $0.walk(blocks: blocks, inlines: inlines) } })
                if !going { return false }
            }
        }
        return true
    }
}
