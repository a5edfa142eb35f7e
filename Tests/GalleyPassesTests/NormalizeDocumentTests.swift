import GalleyCore
import GalleyPasses
import Testing
import TestSupport

@Suite struct NormalizeDocumentTests {
    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var input: [Block]
        var expected: [Block]
        var keepsDivs = false
    }

    static let cases: [Case] = [
        Case(description: "collapse and trim", input: [para("  a \t\n b  ")], expected: [para("a b")]),
        Case(description: "collapse across emphasis",
             input: [.paragraph([.text("a "), .emphasis([.text(" b ")]), .text(" c")])],
             expected: [.paragraph([.text("a "), .emphasis([.text("b ")]), .text("c")])]),
        Case(description: "merge text nodes", input: [.paragraph([.text("a"), .text("b")])], expected: [para("ab")]),
        Case(description: "merge marks", input: [.paragraph([.strong([.text("a")]), .strong([.text("b")])])],
             expected: [.paragraph([.strong([.text("ab")])])]),
        Case(description: "drop empty", input: [para("  "), .paragraph([.emphasis([.text(" ")])]), .blockQuote([para("")]),
                                                 .list(List(items: [[para(" ")]])), .heading(Heading(level: 1, content: []))],
             expected: []),
        Case(description: "space before line break", input: [.paragraph([.text("a  "), .lineBreak, .text(" b")])],
             expected: [.paragraph([.text("a"), .lineBreak, .text("b")])]),
        Case(description: "trailing breaks go", input: [.paragraph([.text("a"), .softBreak, .lineBreak])], expected: [para("a")]),
        Case(description: "soft break after space", input: [.paragraph([.text("a "), .softBreak, .text("b")])], expected: [para("a b")]),
        Case(description: "invisible characters", input: [para("co\u{AD}op\u{200B}er\u{FEFF}ate\u{200D}")], expected: [para("cooperate\u{200D}")]),
        Case(description: "NFC", input: [para("Cafe\u{301}")], expected: [para("Caf\u{E9}")]),
        Case(description: "no-break space stays", input: [para("10\u{A0}km")], expected: [para("10\u{A0}km")]),
        Case(description: "divs unwrap", input: [.div(Attributes(classes: ["x"], pairs: [.init("tag", "section")]), [para("a")])],
             expected: [para("a")]),
        Case(description: "divs with lang stay", input: [.div(Attributes(pairs: [.init("lang", "de")]), [para("a")])],
             expected: [.div(Attributes(pairs: [.init("lang", "de")]), [para("a")])]),
        Case(description: "keep divs", input: [.div(Attributes(id: "s"), [para(" a ")])],
             expected: [.div(Attributes(id: "s"), [para("a")])], keepsDivs: true),
        Case(description: "code untouched", input: [.codeBlock(CodeBlock(text: "  a  b ")), .paragraph([.code(" x  y ")])],
             expected: [.codeBlock(CodeBlock(text: "  a  b ")), .paragraph([.code(" x  y ")])]),
        Case(description: "anchor span stays", input: [.paragraph([.text("a"), .span(Attributes(id: "p1"), [])])],
             expected: [.paragraph([.text("a"), .span(Attributes(id: "p1"), [])])]),
        Case(description: "notes normalized", input: [.paragraph([.text("a"), .note([para(" n ")]), .note([para(" ")])])],
             expected: [.paragraph([.text("a"), .note([para("n")])])]),
        Case(description: "line block trims lines", input: [.lineBlock([[.text(" ")], [.text(" a ")], [], [.text("b")], []])],
             expected: [.lineBlock([[.text("a")], [], [.text("b")]])]),
    ]

    @Test(arguments: cases)
    func normalizes(_ testCase: Case) throws {
        var options = NormalizeDocument.Options()
        options.keepsDivs = testCase.keepsDivs
        let document = try run(NormalizeDocument(options: options), testCase.input)
        #expect(document.blocks == testCase.expected)
    }

    @Test func metadataIsCleaned() throws {
        let document = try run(NormalizeDocument(), [], metadata: Metadata(title: "  A\n title\u{AD} ", byline: "   "))
        #expect(document.metadata.title == "A title")
        #expect(document.metadata.byline == nil)
    }

    @Test func isIdempotentOnRandomDocuments() throws {
        for seed in UInt64(0)..<100 {
            var generator = RandomDocumentGenerator(seed: seed)
            let once = try run(NormalizeDocument(), generator.document().blocks)
            let twice = try run(NormalizeDocument(), once.blocks)
            #expect(TreeDump.firstDifference(once, twice) == nil, "seed \(seed)")
        }
    }

    @Test func argument() throws {
        let descriptor = NormalizeDocument.descriptor
        #expect((try descriptor.make("keep-divs", OptionValues()) as? NormalizeDocument)?.options.keepsDivs == true)
        #expect(throws: GalleyError.self) { try descriptor.make("bogus", OptionValues()) }
    }
}
