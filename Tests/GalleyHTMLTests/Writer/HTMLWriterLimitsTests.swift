import GalleyCore
import GalleyHTML
import Testing

@Suite struct HTMLWriterLimitsTests {
    @Test func deepestDocumentRenders() {
        var block = Block.paragraph([.text("core")])
        var inline = Inline.text("x")
        for _ in 0..<Document.maximumDepth {
            block = .blockQuote([block])
            inline = .emphasis([inline])
        }
        let html = renderFragment([block, .paragraph([inline])])
        #expect(html.contains("<p>core</p>"))
        #expect(html.components("<em>") == Document.maximumDepth)
    }

    @Test func manyDuplicateIDsStayUnique() {
        let blocks = (0..<5000).map { _ in
            Block.heading(Heading(level: 2, content: [.text("h")], attributes: Attributes(id: "same")))
        }
        let html = renderFragment(blocks)
        #expect(html.contains("id=\"same-5000\""))
        #expect(html.components("id=\"same\"") == 1)
    }
}

extension String {
    /// How many times `needle` occurs.
    func components(_ needle: String) -> Int {
        split(separator: needle, omittingEmptySubsequences: false).count - 1
    }
}

@Suite struct HTMLWriterTightBlocksTests {
    @Test(arguments: [
        ([Block.paragraph([.text("a")])], "<li>a</li>"),
        ([Block.paragraph([.text("a")]), .list(List(items: [[.paragraph([.text("b")])]]))], "<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>"),
        ([Block.paragraph([.text("a")]), .paragraph([.text("b")])], "<li>\n<p>a</p>\n<p>b</p>\n</li>"),
        ([Block.codeBlock(CodeBlock(text: "x"))], "<li>\n<pre><code>x</code></pre>\n</li>"),
    ] as [([Block], String)])
    func tightItem(_ item: [Block], _ expected: String) {
        #expect(renderFragment([.list(List(items: [item]))]) == "<ul>\n\(expected)\n</ul>\n")
    }
}
