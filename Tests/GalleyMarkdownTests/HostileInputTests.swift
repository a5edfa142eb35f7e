import GalleyCore
import GalleyMarkdown
import Testing

/// Documents at the limits readers allow: the writer finishes, and what it writes still renders
/// as the document.
@Suite struct HostileInputTests {
    @Test func deepNestingWithinTheDocumentLimit() throws {
        var block = Block.paragraph([.text("deep")])
        var inline = Inline.text("x")
        for level in 0..<(Document.maximumDepth / 2) {
            block = level % 2 == 0 ? .blockQuote([block]) : .list(List(items: [[block]]))
            inline = level % 2 == 0 ? .emphasis([inline]) : .strong([inline])
        }
        let document = Document(blocks: [block, .paragraph([inline])])
        let markdown = try MarkdownWriter().render(document)
        #expect(!markdown.isEmpty)
    }

    @Test func hugeSpansStartsAndRuns() throws {
        let table = Block.table(Table(head: [.init(cells: [.init(blocks: [.paragraph([.text("a")])], columnSpan: 1_000_000, rowSpan: 1_000_000)])],
                                      body: [.init(cells: [.init(blocks: [.paragraph([.text("b")])])])]))
        let tableMarkdown = String(decoding: try MarkdownWriter().render(Document(blocks: [table])), as: UTF8.self)
        // Spans are cut at 100 columns (and at the table's last row): the body row's cell goes
        // to column 101.
        #expect(tableMarkdown.split(separator: "\n").first?.filter { $0 == "|" }.count == 102)
        let document = Document(blocks: [
            .list(List(isOrdered: true, start: Int.max, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]])),
            .list(List(isOrdered: true, start: Int.min, items: [[.paragraph([.text("c")])]])),
            .codeBlock(CodeBlock(text: String(repeating: "`", count: 10_000))),
            .paragraph([.code(String(repeating: "`", count: 70) + "a")]),
            .paragraph([.code((1...90).map { String(repeating: "`", count: $0) }.joined(separator: "a") + " <b>")]),
        ])
        let markdown = String(decoding: try MarkdownWriter().render(document), as: UTF8.self)
        #expect(markdown.contains("999999999. a\n999999999. b\n"))
        #expect(markdown.contains("\n* 0. c\n") || markdown.contains("\n1) c\n") || markdown.contains("0) c"))
        let failures = try RoundTrip.check([(name: "hostile", document: document)], options: .init())
        for failure in failures { Issue.record("\(failure.difference.prefix(2000))") }
    }
}
