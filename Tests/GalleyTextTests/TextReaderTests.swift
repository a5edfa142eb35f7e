import GalleyCore
import GalleyText
import Testing
import TestSupport

@Suite struct TextReaderTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var input: String
        var title: String? = nil
        var blocks: [Block]
        var description: String { name }
    }

    static func p(_ text: String) -> Block { .paragraph([.text(text)]) }

    static let wrapped = """
        Hard-wrapped text keeps its paragraphs: these lines were filled to
        about seventy columns by a mail program, and the reader joins them
        with single spaces into one paragraph again.

        A second paragraph follows the blank line and is wrapped the same
        way, ending short.
        """

    static let cases: [Case] = [
        Case(
            name: "title and paragraphs", input: "A short title\n\nFirst paragraph.\n\nSecond paragraph.\n",
            title: "A short title", blocks: [p("First paragraph."), p("Second paragraph.")]),
        Case(
            name: "a sentence is not a title", input: "This opens with a sentence.\n\nMore.\n",
            blocks: [p("This opens with a sentence."), p("More.")]),
        Case(name: "a lone line is not a title", input: "Only line\n", blocks: [p("Only line")]),
        Case(
            name: "underlined title", input: "Report\n======\n\nBody.\n", title: "Report", blocks: [p("Body.")]),
        Case(
            name: "hard-wrapped lines join", input: "Title\n\n" + wrapped, title: "Title",
            blocks: [
                p(
                    "Hard-wrapped text keeps its paragraphs: these lines were filled to about seventy columns by a mail program, and the reader joins them with single spaces into one paragraph again."
                ),
                p("A second paragraph follows the blank line and is wrapped the same way, ending short."),
            ]),
        Case(
            name: "CRLF and CR line ends", input: "Title\r\n\r\nOne\r\rTwo\r\n",
            title: "Title", blocks: [p("One"), p("Two")]),
        Case(
            name: "bullets and numbers",
            input: "Intro:\n- apples\n- pears\n\n1. first\n2) second\n3. third\n",
            blocks: [
                p("Intro:"), .list(List(items: [[p("apples")], [p("pears")]])),
                .list(List(isOrdered: true, items: [[p("first")]])),
                .list(List(isOrdered: true, start: 2, items: [[p("second")]])),
                .list(List(isOrdered: true, start: 3, items: [[p("third")]])),
            ]),
        Case(
            name: "nested and loose lists",
            input: "• one\n  • one-a\n  • one-b\n• two\n\n• three\n",
            blocks: [
                .list(
                    List(
                        isTight: false,
                        items: [
                            [p("one"), .list(List(items: [[p("one-a")], [p("one-b")]]))], [p("two")], [p("three")],
                        ]))
            ]),
        Case(
            name: "indented code after a blank line",
            input: "Run this:\n\n    make test\n\n    make bench\n\nDone.\n",
            blocks: [p("Run this:"), .codeBlock(CodeBlock(text: "make test\n\nmake bench")), p("Done.")]),
        Case(
            name: "first-line indent is not code", input: "    Indented first line\nand the rest.\n",
            blocks: [p("Indented first line and the rest.")]),
        Case(
            name: "block quotes nest", input: "> quoted\n> > inner\n\nafter\n",
            blocks: [.blockQuote([p("quoted"), .blockQuote([p("inner")])]), p("after")]),
        Case(
            name: "headings and rules", input: "Intro text.\n\nSection\n-------\n\nBody\n\n* * *\n\nEnd\n",
            blocks: [p("Intro text."), .heading(Heading(level: 2, content: [.text("Section")])), p("Body"), .horizontalRule, p("End")]),
        Case(
            name: "short lines in long-line text stay apart",
            input: "Headline here\n\n0 Comment(s) Print\nAdjust font size:\n\n" + String(repeating: "word ", count: 60) + "end.\n",
            title: "Headline here",
            blocks: [p("0 Comment(s) Print"), p("Adjust font size:"), p(String(repeating: "word ", count: 60) + "end.")]),
        Case(
            name: "short lines in wrapped text are a line block",
            input: "Title\n\n" + wrapped + "\n\nJane Doe\n12 Main Street\nSpringfield\n",
            title: "Title",
            blocks: [
                p(
                    "Hard-wrapped text keeps its paragraphs: these lines were filled to about seventy columns by a mail program, and the reader joins them with single spaces into one paragraph again."
                ),
                p("A second paragraph follows the blank line and is wrapped the same way, ending short."),
                .lineBlock([[.text("Jane Doe")], [.text("12 Main Street")], [.text("Springfield")]]),
            ]),
        Case(
            name: "CJK lines join without spaces", input: "北京市是中华人民共和国的首都，也是全国的政治中心\n和文化中心。\n",
            blocks: [p("北京市是中华人民共和国的首都，也是全国的政治中心和文化中心。")]),
        Case(name: "empty input", input: "", blocks: []),
        Case(name: "only blank lines", input: "\n \n\t\n\u{A0}\n", blocks: []),
        Case(name: "no final line feed", input: "last line", blocks: [p("last line")]),
        Case(
            name: "trailing and no-break spaces are trimmed", input: "Enter the words:\u{A0}\u{A0} \n",
            blocks: [p("Enter the words:")]),
    ]

    func read(_ bytes: [UInt8], options: TextReader.Options = .init()) throws -> (Document, [Diagnostic]) {
        var context = ConversionContext()
        let document = try TextReader(options: options).read(Input(bytes: bytes), context: &context)
        return (document, context.diagnostics)
    }

    @Test(arguments: cases)
    func reads(_ testCase: Case) throws {
        let (document, _) = try read(Array(testCase.input.utf8))
        #expect(document.metadata.title == testCase.title)
        let expected = Document(metadata: document.metadata, blocks: testCase.blocks)
        #expect(document.blocks == testCase.blocks, "\(TreeDump.firstDifference(expected, document) ?? "")")
    }

    @Test func titleDetectionCanBeTurnedOff() throws {
        let (document, _) = try read(Array("Title\n\nBody\n".utf8), options: .init(detectsTitle: false))
        #expect(document.metadata.title == nil)
        #expect(document.blocks == [Self.p("Title"), Self.p("Body")])
    }

    struct Encoded: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var text: String
        var warning: String?
        var description: String { name }
    }

    static let encodings: [Encoded] = [
        Encoded(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Straße".utf8), text: "Straße"),
        Encoded(
            name: "UTF-16 LE", bytes: [0xFF, 0xFE] + "北京 ok".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            text: "北京 ok"),
        Encoded(
            name: "UTF-16 BE", bytes: [0xFE, 0xFF] + "😀 ok".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
            text: "😀 ok"),
        Encoded(
            name: "invalid UTF-8", bytes: Array("a".utf8) + [0xFF, 0xC3] + Array("b".utf8), text: "a\u{FFFD}\u{FFFD}b",
            warning: "text.invalid-utf8"),
    ]

    @Test(arguments: encodings)
    func decodes(_ testCase: Encoded) throws {
        let (document, diagnostics) = try read(testCase.bytes)
        #expect(document.blocks == [Self.p(testCase.text)])
        #expect(diagnostics.map(\.code) == (testCase.warning.map { [$0] } ?? []))
        if testCase.warning != nil { #expect(diagnostics.first?.location?.column == 2) }
    }

    @Test func hostileNestingStaysWithinTheDocumentDepth() throws {
        let quotes = String(repeating: "> ", count: 300) + "deep\n"
        var lines = ""
        for level in 0..<300 { lines += String(repeating: " ", count: level * 2) + "- item\n" }
        for input in [quotes, lines] {
            let (document, _) = try read(Array(input.utf8))
            var deepest = 0
            var stack: [(Block, Int)] = document.blocks.map { ($0, 1) }
            while let (block, depth) = stack.popLast() {
                deepest = max(deepest, depth)
                block.forEachChildList(blocks: { stack += $0.map { ($0, depth + 1) } }, inlines: { _ in })
            }
            #expect(deepest <= Document.maximumDepth)
            #expect(document.plainText.contains("deep") || document.plainText.contains("item"))
        }
    }
}
