import GalleyCore
import Testing

/// Documents as deep as readers allow go through every walker without exhausting the stack.
@Suite struct DepthTests {
    static func deepDocument(depth: Int) -> Document {
        var block = Block.paragraph([.text("core")])
        var inline = Inline.text("deep")
        for level in 0..<depth {
            block = level % 3 == 0 ? .blockQuote([block]) : level % 3 == 1 ? .div(.empty, [block]) : .list(List(items: [[block]]))
            inline = level % 2 == 0 ? .emphasis([inline]) : .link(Link(url: "u", content: [inline]))
        }
        return Document(blocks: [block, .paragraph([inline])])
    }

    @Test func walkersHandleTheMaximumDepth() {
        let document = Self.deepDocument(depth: Document.maximumDepth)
        let rewritten = document.rewritingBlocks { _ in nil }.rewritingInlines { _ in nil }
        #expect(rewritten == document)
        #expect(document.plainText == "core\n\ndeep")
        var count = 0
        document.forEachBlock { _ in count += 1 }
        #expect(count == Document.maximumDepth + 2)
        var hasher = Hasher()
        document.hash(into: &hasher)
        #expect(document.wordCount == 2)
    }
}
