import GalleyCore
import GalleyText
import Testing

@Suite struct TextWriterTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var blocks: [Block]
        var expected: String
        var columns = 30
        var links: RenderProfile.LinkStyle? = nil
        var description: String { name }
    }

    static func text(_ string: String) -> [Inline] { [.text(string)] }

    static let cases: [Case] = [
        Case(
            name: "headings underline by level",
            blocks: [
                .heading(Heading(level: 1, content: text("Top"))), .heading(Heading(level: 2, content: text("Second level"))),
                .heading(Heading(level: 4, content: text("Deep"))),
            ],
            expected: "Top\n===\n\nSecond level\n------------\n\nDeep\n~~~~\n"),
        Case(
            name: "paragraphs are separated by one blank line",
            blocks: [.paragraph(text("One two three four five six seven eight")), .paragraph(text("Nine"))],
            expected: "One two three four five six\nseven eight\n\nNine\n"),
        Case(
            name: "soft and hard breaks",
            blocks: [.paragraph([.text("a"), .softBreak, .text("b"), .lineBreak, .text("c")])],
            expected: "a b\nc\n"),
        Case(
            name: "markup disappears, code stays verbatim",
            blocks: [
                .paragraph([
                    .emphasis(text("em")), .text(" "), .strong(text("strong")), .text(" "), .code("x < y"), .text(" "),
                    .strikeout(text("gone")), .superscript(text("2")),
                ])
            ],
            expected: "em strong x < y gone2\n"),
        Case(
            name: "tight nested list hangs its text",
            blocks: [
                .list(
                    List(items: [
                        [
                            .paragraph(text("first item that wraps onto the next line")),
                            .list(List(items: [[.paragraph(text("nested item text that wraps too"))]])),
                        ],
                        [.paragraph(text("second"))],
                    ]))
            ],
            expected: """
                - first item that wraps onto
                  the next line
                  * nested item text that
                    wraps too
                - second

                """),
        Case(
            name: "ordered list aligns numbers",
            blocks: [
                .list(
                    List(
                        isOrdered: true, start: 9, isTight: false,
                        items: [[.paragraph(text("nine"))], [.paragraph(text("ten is longer than the width"))]]))
            ],
            expected: "9.  nine\n\n10. ten is longer than the\n    width\n"),
        Case(
            name: "block quotes prefix every line",
            blocks: [
                .blockQuote([
                    .paragraph(text("quoted text that is long enough to wrap")),
                    .blockQuote([.paragraph(text("inner"))]),
                ])
            ],
            expected: "> quoted text that is long\n> enough to wrap\n>\n> > inner\n"),
        Case(
            name: "code blocks are indented and never wrapped",
            blocks: [.codeBlock(CodeBlock(text: "let x = 1 // a comment much longer than thirty\n\n  y()"))],
            expected: "    let x = 1 // a comment much longer than thirty\n\n      y()\n"),
        Case(name: "horizontal rule spans the width", blocks: [.horizontalRule], expected: String(repeating: "-", count: 30) + "\n"),
        Case(
            name: "line blocks keep their breaks",
            blocks: [.lineBlock([text("Roses are red"), text("violets are blue")])],
            expected: "Roses are red\nviolets are blue\n"),
        Case(
            name: "figure with image and caption",
            blocks: [
                .figure(
                    Figure(content: [.paragraph([.image(Image(source: "a.png", alt: "A map"))])], caption: [.paragraph(text("The map."))]))
            ],
            expected: "[Image: A map]\nThe map.\n"),
        Case(
            name: "image without alt", blocks: [.paragraph([.image(Image(source: "a.png"))])], expected: "[Image]\n"),
        Case(
            name: "raw blocks only in plain formats",
            blocks: [.rawBlock(format: "html", text: "<p>x</p>"), .rawBlock(format: "text", text: "kept"), .paragraph(text("after"))],
            expected: "kept\n\nafter\n"),
        Case(
            name: "divs are transparent", blocks: [.div(Attributes(id: "x"), [.paragraph(text("inside"))])],
            expected: "inside\n"),
        Case(
            name: "table aligns columns",
            blocks: [
                .table(
                    Table(
                        alignments: [.left, .right],
                        head: [Table.Row(cells: [Table.Cell(blocks: [.paragraph(text("Name"))]), Table.Cell(blocks: [.paragraph(text("Qty"))])])],
                        body: [
                            Table.Row(cells: [Table.Cell(blocks: [.paragraph(text("北京"))]), Table.Cell(blocks: [.paragraph(text("12"))])]),
                            Table.Row(cells: [Table.Cell(blocks: [.paragraph(text("Apples"))]), Table.Cell(blocks: [.paragraph(text("3"))])]),
                        ]))
            ],
            expected: "Name    Qty\n------  ---\n北京     12\nApples    3\n"),
        Case(
            name: "table too wide becomes records",
            blocks: [
                .table(
                    Table(
                        head: [Table.Row(cells: [Table.Cell(blocks: [.paragraph(text("Name"))]), Table.Cell(blocks: [.paragraph(text("Comment"))])])],
                        body: [
                            Table.Row(cells: [
                                Table.Cell(blocks: [.paragraph(text("Ann"))]),
                                Table.Cell(blocks: [.paragraph(text("a comment far too long for one line of this table"))]),
                            ])
                        ]))
            ],
            expected: "Name: Ann\nComment: a comment far too\n  long for one line of this\n  table\n"),
        Case(
            name: "links become numbered references",
            blocks: [
                .paragraph([
                    .text("See "), .link(Link(url: "https://a.example/", content: text("this"))), .text(" and "),
                    .link(Link(url: "https://b.example/", content: text("that"))), .text(", "),
                    .link(Link(url: "https://a.example/", content: text("again"))), .text(", "),
                    .link(Link(url: "https://c.example/", content: text("https://c.example/"))), .text(", "),
                    .link(Link(url: "#top", content: text("top"))),
                ])
            ],
            expected: """
                See this [1] and that [2],
                again [1], https://c.example/,
                top

                [1] https://a.example/
                [2] https://b.example/

                """, columns: 30, links: .footnotes),
        Case(
            name: "links as urls",
            blocks: [.paragraph([.link(Link(url: "https://a.example/", content: text("this")))])],
            expected: "this <https://a.example/>\n", links: .urls),
        Case(
            name: "links inline keep the text only",
            blocks: [.paragraph([.link(Link(url: "https://a.example/", content: text("this")))])],
            expected: "this\n", links: .inline),
        Case(
            name: "notes are numbered and listed at the end",
            blocks: [
                .paragraph([
                    .text("Claim"), .note([.paragraph(text("Source one, with enough words to wrap."))]), .text(" and "),
                    .link(Link(url: "https://x.example/", content: text("link"))),
                ])
            ],
            expected: """
                Claim[1] and link [2]

                [1] Source one, with enough
                    words to wrap.
                [2] https://x.example/

                """, links: .footnotes),
    ]

    @Test(arguments: cases)
    func writes(_ testCase: Case) throws {
        var context = ConversionContext()
        let writer = TextWriter(options: .init(columns: testCase.columns, links: testCase.links))
        let output = try writer.write(Document(blocks: testCase.blocks), profile: .standard, context: &context)
        guard case .text(let text) = output else {
            Issue.record("not text")
            return
        }
        #expect(text == testCase.expected)
    }

    @Test func standaloneHeaderAndProfileMeasure() throws {
        let document = Document(
            metadata: Metadata(title: "Talks resume", authors: ["A. Writer", "B. Writer"], date: "2021-04-08", source: "Xinhua"),
            blocks: [.paragraph([.text("Body text that is long enough to wrap at the profile measure of twenty.")])])
        var context = ConversionContext()
        let profile = RenderProfile(name: "narrow", measure: 20, links: .urls)
        let output = try TextWriter(options: .init(isStandalone: true)).write(document, profile: profile, context: &context)
        #expect(
            output
                == .text(
                    """
                    Talks resume
                    ============

                    By A. Writer, B.
                    Writer
                    2021-04-08
                    Xinhua

                    Body text that is
                    long enough to wrap
                    at the profile
                    measure of twenty.

                    """))
    }

    @Test func emptyDocumentIsOneNewline() throws {
        var context = ConversionContext()
        #expect(try TextWriter().write(Document(), profile: .standard, context: &context) == .text("\n"))
    }

    @Test func descriptorValidatesColumns() throws {
        #expect(throws: GalleyError.self) { try TextFormats.writer.make(OptionValues(["columns": ["3"]])) }
        #expect(throws: GalleyError.self) { try TextFormats.writer.make(OptionValues(["links": ["sideways"]])) }
        let writer = try TextFormats.writer.make(OptionValues(["columns": ["12"], "links": ["urls"]]))
        var context = ConversionContext()
        let output = try writer.write(
            Document(blocks: [.paragraph([.text("one two three four")])]), profile: .standard, context: &context)
        #expect(output == .text("one two\nthree four\n"))
    }

    @Test func deepNestingIsFine() throws {
        var block = Block.paragraph([.text("deep")])
        for level in 0..<Document.maximumDepth {
            block = level % 2 == 0 ? .blockQuote([block]) : .list(List(items: [[block]]))
        }
        var context = ConversionContext()
        let output = try TextWriter().write(Document(blocks: [block]), profile: .standard, context: &context)
        guard case .text(let text) = output else { return }
        #expect(text.hasSuffix("deep\n"))
        #expect(text.utf8.filter { $0 == 0x0A }.count == 1)
    }
}
