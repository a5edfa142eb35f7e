import GalleyCore
import GalleyPasses
import Testing
import TestSupport

@Suite struct FootnoteLinksTests {
    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var link: Link
        var becomesNote: Bool
    }

    static let cases: [Case] = [
        Case(description: "ordinary", link: Link(url: "https://a.org/x", content: [.text("A")]), becomesNote: true),
        Case(description: "text is URL", link: Link(url: "https://a.org/x", content: [.text("https://a.org/x")]), becomesNote: false),
        Case(description: "text is bare URL", link: Link(url: "https://a.org/", content: [.text("a.org")]), becomesNote: false),
        Case(description: "mailto", link: Link(url: "mailto:a@b.c", content: [.text("a@b.c")]), becomesNote: false),
        Case(description: "fragment", link: Link(url: "#s", content: [.text("see")]), becomesNote: false),
        Case(description: "empty URL", link: Link(url: "", content: [.text("x")]), becomesNote: false),
    ]

    @Test(arguments: cases)
    func footnotes(_ testCase: Case) throws {
        let document = try run(FootnoteLinks(), [.paragraph([.text("x "), .link(testCase.link)])])
        let expected: [Inline] = testCase.becomesNote
            ? [.text("x ")] + testCase.link.content
                + [.note([.paragraph([.link(Link(url: testCase.link.url, content: [.text(testCase.link.url)]))])])]
            : [.text("x "), .link(testCase.link)]
        #expect(document.blocks == [.paragraph(expected)])
    }
}

@Suite struct ShiftHeadingsTests {
    @Test(arguments: [(1, 1, 2), (2, 5, 6), (1, 6, 6), (-1, 2, 1), (-3, 2, 1), (0, 4, 4), (5, 1, 6)])
    func shifts(_ offset: Int, _ level: Int, _ expected: Int) throws {
        let pass = try #require(try ShiftHeadings.descriptor.make(String(offset), OptionValues()) as? ShiftHeadings)
        let document = try run(pass, [.blockQuote([.heading(Heading(level: level, content: [.text("h")]))])])
        #expect(document.blocks == [.blockQuote([.heading(Heading(level: expected, content: [.text("h")]))])])
    }

    @Test(arguments: ["x", "9", "-6", "1.5"])
    func rejectsBadArguments(_ argument: String) {
        #expect(throws: GalleyError.self) { try ShiftHeadings.descriptor.make(argument, OptionValues()) }
    }
}

@Suite struct StripImagesTests {
    static let image = Inline.image(Image(source: "a.png", alt: "A"))

    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var input: [Block]
        var expected: [Block]
        var keepsCaptions = true
    }

    static let cases: [Case] = [
        Case(description: "inline", input: [.paragraph([.text("a"), image, .text("b")])], expected: [.paragraph([.text("a"), .text("b")])]),
        Case(description: "only image", input: [.paragraph([image]), para("x")], expected: [para("x")]),
        Case(description: "linked image", input: [.paragraph([.link(Link(url: "/", content: [image]))])], expected: []),
        Case(description: "figure keeps caption",
             input: [.figure(Figure(content: [.paragraph([image])], caption: [para("Cap")]))], expected: [para("Cap")]),
        Case(description: "figure without captions",
             input: [.figure(Figure(content: [.paragraph([image])], caption: [para("Cap")]))], expected: [], keepsCaptions: false),
        Case(description: "figure with a table",
             input: [.figure(Figure(content: [.table(Table(body: [Table.Row(cells: [Table.Cell(blocks: [para("c")])])]))]))],
             expected: [.table(Table(body: [Table.Row(cells: [Table.Cell(blocks: [para("c")])])]))]),
    ]

    @Test(arguments: cases)
    func strips(_ testCase: Case) throws {
        var options = StripImages.Options()
        options.keepsCaptions = testCase.keepsCaptions
        #expect(try run(StripImages(options: options), testCase.input).blocks == testCase.expected)
    }
}

@Suite struct CountWordsTests {
    @Test(arguments: [
        ([para("one two three")], 3),
        ([para("北京欢迎你")], 5),
        ([.paragraph([.text("a "), .note([para("not counted")])]), .codeBlock(CodeBlock(text: "x y"))], 3),
        ([], 0),
    ] as [([Block], Int)])
    func counts(_ blocks: [Block], _ expected: Int) throws {
        #expect(try run(CountWords(), blocks).metadata.wordCount == Document(blocks: blocks).wordCount)
        #expect(try run(CountWords(), blocks).metadata.wordCount == expected)
    }
}

@Suite struct InsertTableOfContentsTests {
    static func heading(_ level: Int, _ text: String, id: String = "") -> Block {
        .heading(Heading(level: level, content: [.text(text)], attributes: Attributes(id: id)))
    }

    static func item(_ id: String, _ text: String, _ sublist: Block? = nil) -> [Block] {
        [.paragraph([.link(Link(url: "#" + id, content: [.text(text)]))])] + (sublist.map { [$0] } ?? [])
    }

    static func list(_ items: [[Block]]) -> Block { .list(List(items: items)) }

    @Test func nestsAndAssignsUniqueIDs() throws {
        let input: [Block] = [
            Self.heading(2, "Intro"), para("x"), Self.heading(3, "Détails & more"), Self.heading(3, "Intro"),
            .div(Attributes(pairs: [.init("tag", "section")]), [Self.heading(2, "Outro", id: "end")]),
            Self.heading(4, "Too deep"), .blockQuote([Self.heading(2, "Quoted")]),
        ]
        let document = try run(InsertTableOfContents(), input, metadata: Metadata())
        let expectedTOC = Block.div(Attributes(classes: ["toc"]), [
            Self.list([
                Self.item("intro", "Intro", Self.list([Self.item("détails-more", "Détails & more"), Self.item("intro-1", "Intro")])),
                Self.item("end", "Outro"),
            ])
        ])
        #expect(document.blocks.first == expectedTOC)
        #expect(document.blocks[1] == Self.heading(2, "Intro", id: "intro"))
        #expect(document.blocks[4] == Self.heading(3, "Intro", id: "intro-1"))
        #expect(document.blocks[6] == Self.heading(4, "Too deep"))
    }

    @Test func skippedLevelsNestOneStep() throws {
        let document = try run(InsertTableOfContents(), [Self.heading(1, "A", id: "a"), Self.heading(3, "B", id: "b"), Self.heading(3, "C", id: "c")])
        #expect(document.blocks.first == .div(Attributes(classes: ["toc"]), [
            Self.list([Self.item("a", "A", Self.list([Self.item("b", "B"), Self.item("c", "C")]))])
        ]))
    }

    @Test func avoidsExistingIDsAndHonoursDepth() throws {
        let pass = try #require(try InsertTableOfContents.descriptor.make("1", OptionValues()) as? InsertTableOfContents)
        let document = try run(pass, [.paragraph([.span(Attributes(id: "a"), [.text("x")])]), Self.heading(1, "A"), Self.heading(2, "B")])
        #expect(document.blocks.first == .div(Attributes(classes: ["toc"]), [Self.list([Self.item("a-1", "A")])]))
        #expect(throws: GalleyError.self) { try InsertTableOfContents.descriptor.make("7", OptionValues()) }
    }

    @Test func noHeadingsNoTable() throws {
        #expect(try run(InsertTableOfContents(), [para("x")]).blocks == [para("x")])
    }

    @Test(arguments: [("Hello, World!", "hello-world"), ("  ", "section"), ("Ünïcode—Text 2", "ünïcode-text-2"), ("北京", "北京")])
    func slugs(_ text: String, _ expected: String) {
        #expect(HeadingSlugger.slug(text) == expected)
    }
}

@Suite struct GalleyPassesCatalogTests {
    @Test func namesMatchTheDesign() {
        #expect(GalleyPassesCatalog.all.map(\.name) == [
            "normalize", "typography", "link-footnotes", "heading-shift", "strip-images", "word-count", "toc", "extract", "dateline",
        ])
    }

    @Test func everyPassRunsOnRandomDocuments() throws {
        for descriptor in GalleyPassesCatalog.all {
            let pass = try descriptor.make(nil, OptionValues())
            for seed in UInt64(0)..<50 {
                var generator = RandomDocumentGenerator(seed: seed)
                var context = ConversionContext()
                _ = try pass.run(generator.document(), context: &context)
            }
        }
    }
}
