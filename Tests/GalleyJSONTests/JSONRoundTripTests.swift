import GalleyCore
import GalleyJSON
import Testing
import TestSupport

@Suite struct JSONRoundTripTests {
    /// Documents per run: 2,000 pretty-printed (the contract) and 200 compact (the same code path
    /// with other separators).
    static let documentCounts: [(isCompact: Bool, count: Int)] = [(false, 2_000), (true, 200)]

    func read(_ bytes: [UInt8]) throws -> Document {
        var context = ConversionContext()
        let document = try JSONReader().read(Input(bytes: bytes), context: &context)
        #expect(context.diagnostics.isEmpty, "\(context.diagnostics)")
        return document
    }

    @Test(arguments: documentCounts)
    func seededDocumentsRoundTrip(isCompact: Bool, count: Int) throws {
        let writer = JSONWriter(options: .init(isCompact: isCompact))
        for seed in 0..<UInt64(count) {
            var generator = RandomDocumentGenerator(seed: seed)
            let document = generator.document()
            let bytes = writer.encode(document)
            let back = try read(bytes)
            guard back == document else {
                Issue.record("seed \(seed): \(TreeDump.firstDifference(document, back) ?? "documents differ")")
                return
            }
            guard writer.encode(back) == bytes else {
                Issue.record("seed \(seed): output not byte-stable")
                return
            }
        }
    }

    @Test func compactOutputIsOneLine() {
        var generator = RandomDocumentGenerator(seed: 7)
        let bytes = JSONWriter(options: .init(isCompact: true)).encode(generator.document())
        #expect(bytes.filter { $0 == 0x0A }.count == 1)
        #expect(bytes.last == 0x0A)
    }

    @Test func prettyOutputHasStableShape() {
        let document = Document(
            metadata: Metadata(title: "T", authors: ["A"], extra: ["z": .integer(1), "a": .number(2)]),
            blocks: [
                .heading(Heading(level: 2, content: [.text("Hi \"x\"\n")], attributes: Attributes(id: "h"))),
                .horizontalRule,
            ])
        let expected = """
            {
              "galley": "1.0",
              "meta": {
                "title": "T",
                "authors": ["A"],
                "extra": {"a": 2.0, "z": 1}
              },
              "blocks": [
                {
                  "type": "heading",
                  "attributes": {"id": "h"},
                  "level": 2,
                  "content": [
                    {"type": "text", "text": "Hi \\"x\\"\\n"}
                  ]
                },
                {"type": "horizontalRule"}
              ]
            }

            """
        #expect(String(decoding: JSONWriter().encode(document), as: UTF8.self) == expected)
    }

    @Test func controlCharactersAreEscapedAndNonASCIIKept() throws {
        let text = "a\u{0}\u{1F}\t\r\u{8}\u{C}\\/ Straße 北京 😀"
        let bytes = JSONWriter(options: .init(isCompact: true)).encode(Document(blocks: [.paragraph([.text(text)])]))
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json.contains(#""a\u0000\u001f\t\r\b\f\\/ Straße 北京 😀""#))
        #expect(try read(bytes).blocks == [.paragraph([.text(text)])])
    }

    @Test func nonFiniteNumbersBecomeNull() throws {
        let document = Document(metadata: Metadata(extra: ["x": .number(.infinity)]))
        let back = try read(JSONWriter().encode(document))
        #expect(back.metadata.extra["x"] == .null)
    }

    @Test func designExampleParses() throws {
        let example = """
            {"galley": "1.0", "meta": {"title": "Talks resume", "authors": ["A. Writer"], "date": "2021-04-08"},
             "blocks": [{"type": "heading", "level": 2, "content": [{"type": "text", "text": "Background"}]},
                        {"type": "paragraph", "content": [{"type": "text", "text": "See "},
                          {"type": "link", "url": "https://example.com/", "content": [{"type": "emphasis",
                            "content": [{"type": "text", "text": "the statement"}]}]}]}]}
            """
        let document = try read(Array(example.utf8))
        #expect(document.metadata == Metadata(title: "Talks resume", authors: ["A. Writer"], date: "2021-04-08"))
        #expect(
            document.blocks == [
                .heading(Heading(level: 2, content: [.text("Background")])),
                .paragraph([
                    .text("See "),
                    .link(Link(url: "https://example.com/", content: [.emphasis([.text("the statement")])])),
                ]),
            ])
    }

    @Test func writerIsLinearOnLargeDocuments() throws {
        let paragraph = Block.paragraph(Array(repeating: .text("word word word "), count: 2_000))
        let document = Document(blocks: Array(repeating: paragraph, count: 25))
        let bytes = JSONWriter(options: .init(isCompact: true)).encode(document)
        #expect(bytes.count > 1_500_000)
        #expect(try read(bytes) == document)
    }
}
