import GalleyCore
import GalleyMarkdown
import Testing

/// The hand-written torture document: one case per escaping rule. Each case's Markdown is
/// compared with the expected text (readable: no backslash where none is needed) and rendered
/// with cmark-gfm to check that it reads as the document.
@Suite struct EscapingTortureTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var blocks: [Block]
        var markdown: String
        var flavor: MarkdownWriter.Options.Flavor = .gfm
        var wrap: MarkdownWriter.Options.Wrap = .auto
        var description: String { name }

        var options: MarkdownWriter.Options {
            var options = MarkdownWriter.Options(flavor: flavor)
            options.wrap = wrap
            return options
        }
    }

    static func p(_ inlines: Inline...) -> Block { .paragraph(inlines) }
    static func t(_ text: String) -> Inline { .text(text) }

    static let cases: [Case] = [
        // Line starts.
        Case(name: "ATX heading marker", blocks: [p(t("# not a heading"))], markdown: "\\# not a heading\n"),
        Case(name: "hash without space", blocks: [p(t("#hashtag and ####### seven"))], markdown: "#hashtag and ####### seven\n"),
        Case(name: "seven hashes", blocks: [p(t("####### seven"))], markdown: "####### seven\n"),
        Case(name: "quote marker", blocks: [p(t("> not a quote"))], markdown: "\\> not a quote\n"),
        Case(name: "bullet markers", blocks: [p(t("- a")), p(t("+ b")), p(t("* c"))], markdown: "\\- a\n\n\\+ b\n\n\\* c\n"),
        Case(name: "dash in prose", blocks: [p(t("-5 degrees, a - b"))], markdown: "-5 degrees, a - b\n"),
        Case(name: "ordered markers", blocks: [p(t("1. not a list")), p(t("2) nor this"))], markdown: "1\\. not a list\n\n2\\) nor this\n"),
        Case(name: "year at a line start", blocks: [p(t("2021 was a year. 1984."))], markdown: "2021 was a year. 1984.\n"),
        Case(name: "ten digits", blocks: [p(t("1234567890. big"))], markdown: "1234567890. big\n"),
        Case(name: "setext underline after a soft break", blocks: [p(t("Title"), .softBreak, t("==="))], markdown: "Title\n\\===\n", wrap: .preserve),
        Case(name: "setext dash underline", blocks: [p(t("Title"), .softBreak, t("--"))], markdown: "Title\n\\--\n", wrap: .preserve),
        Case(name: "thematic breaks", blocks: [p(t("***")), p(t("___")), p(t("- - -"))], markdown: "\\*\\*\\*\n\n\\_\\_\\_\n\n\\- - -\n"),
        Case(name: "fence at a line start", blocks: [p(t("```swift"))], markdown: "\\`\\`\\`swift\n"),
        Case(name: "tilde fence", blocks: [p(t("~~~ x"))], markdown: "\\~~~ x\n", flavor: .commonmark),
        Case(name: "number starting a paragraph in a list", blocks: [.list(List(items: [[p(t("2. is a number"))]]))], markdown: "- 2\\. is a number\n"),
        Case(name: "marker after a hard break", blocks: [p(t("a"), .lineBreak, t("- b"), .lineBreak, t("# c"))], markdown: "a\\\n\\- b\\\n\\# c\n"),
        Case(name: "table delimiter row", blocks: [p(t("a | b"), .softBreak, t("--|--"))], markdown: "a | b\n\\--|--\n", wrap: .preserve),
        Case(name: "leading spaces", blocks: [p(t("     indented"))], markdown: "indented\n"),

        // Inline characters.
        Case(name: "asterisks between words", blocks: [p(t("2*3*4 and a * b"))], markdown: "2\\*3\\*4 and a * b\n"),
        Case(name: "underscores inside words", blocks: [p(t("snake_case_name and _under_"))], markdown: "snake_case_name and \\_under\\_\n"),
        Case(name: "backticks", blocks: [p(t("a `b` c"))], markdown: "a \\`b\\` c\n"),
        Case(name: "brackets", blocks: [p(t("[sic] and a]"))], markdown: "\\[sic] and a]\n"),
        Case(name: "angle brackets", blocks: [p(t("<tag> and a < b > c"))], markdown: "\\<tag> and a < b > c\n"),
        Case(name: "entities", blocks: [p(t("&amp; &#42; AT&T a&b;c"))], markdown: "\\&amp; \\&#42; AT&T a\\&b;c\n"),
        Case(name: "pipes outside tables", blocks: [p(t("a | b"))], markdown: "a | b\n"),
        Case(name: "trailing backslash", blocks: [p(t("C:\\"))], markdown: "C:\\\\\n"),
        Case(name: "backslash before a letter", blocks: [p(t("C:\\Users and \\* x"))], markdown: "C:\\Users and \\\\\\* x\n"),
        Case(name: "trailing spaces before a soft break", blocks: [p(t("a   "), .softBreak, t("b"))], markdown: "a\nb\n", wrap: .preserve),
        Case(name: "backslash before a soft break", blocks: [p(t("a\\"), .softBreak, t("b"))], markdown: "a\\\\\nb\n", wrap: .preserve),
        Case(name: "bang before a link", blocks: [p(t("Hey!"), .link(Link(url: "u", content: [t("x")])))], markdown: "Hey\\![x](u)\n"),
        Case(name: "GFM autolink literals", blocks: [p(t("see http://x.org and www.x.org"))], markdown: "see http\\://x.org and www\\.x.org\n"),
        Case(name: "CommonMark keeps them", blocks: [p(t("see http://x.org and www.x.org"))], markdown: "see http://x.org and www.x.org\n", flavor: .commonmark),
        Case(name: "tildes", blocks: [p(t("~~not struck~~ a ~ b"))], markdown: "\\~\\~not struck\\~\\~ a ~ b\n"),
        Case(name: "tildes in CommonMark", blocks: [p(t("~~not struck~~"))], markdown: "~~not struck~~\n", flavor: .commonmark),
        Case(name: "nbsp is not whitespace", blocks: [p(t("a\u{A0}*b*"))], markdown: "a\u{A0}\\*b\\*\n"),

        // Emphasis.
        Case(name: "emphasis", blocks: [p(.emphasis([t("a")]), t(" "), .strong([t("b")]), t(" "), .strikeout([t("c")]))], markdown: "*a* **b** ~~c~~\n"),
        Case(name: "nested emphasis alternates", blocks: [p(.strong([.emphasis([t("a")])]), t(" "), .emphasis([.emphasis([t("b")])]))], markdown: "**_a_** *_b_*\n"),
        Case(name: "spaces move out of emphasis", blocks: [p(t("a"), .emphasis([t(" b ")]), t("c"))], markdown: "a *b* c\n"),
        Case(name: "intraword emphasis", blocks: [p(t("un"), .emphasis([t("believ")]), t("able"))], markdown: "un*believ*able\n"),
        Case(name: "emphasis that no delimiter can express", blocks: [p(t("a"), .emphasis([t("\"q\"")]), t("b"))], markdown: "a<em>\"q\"</em>b\n"),
        Case(name: "adjacent emphasis", blocks: [p(.emphasis([t("a")]), .emphasis([t("b")]))], markdown: "*a*_b_\n"),
        Case(name: "literal star next to emphasis", blocks: [p(.emphasis([t("a")]), t("*"))], markdown: "_a_\\*\n"),
        Case(name: "superscript and subscript", blocks: [p(t("x"), .superscript([t("2")]), t(" H"), .subscript([t("2")]), t("O"))], markdown: "x<sup>2</sup> H<sub>2</sub>O\n"),

        // Code.
        Case(name: "code span with a backtick", blocks: [p(.code("a`b"))], markdown: "``a`b``\n"),
        Case(name: "code span starting with a backtick", blocks: [p(.code("`a"))], markdown: "`` `a ``\n"),
        Case(name: "code span with edge spaces", blocks: [p(.code(" a "))], markdown: "`  a  `\n"),
        Case(name: "code span of spaces", blocks: [p(.code("  "))], markdown: "`  `\n"),
        Case(name: "code span keeps markup", blocks: [p(.code("*a* <b> &amp; \\"))], markdown: "`*a* <b> &amp; \\`\n"),
        Case(name: "fence outgrows backticks", blocks: [.codeBlock(CodeBlock(text: "```\n~~~~~\n````", language: "md"))], markdown: "`````md\n```\n~~~~~\n````\n`````\n"),
        Case(name: "tildes when backtick runs are longer", blocks: [.codeBlock(CodeBlock(text: "```\ncode", language: "md"))], markdown: "~~~md\n```\ncode\n~~~\n"),
        Case(name: "info string with a backtick", blocks: [.codeBlock(CodeBlock(text: "x", language: "a`b"))], markdown: "~~~a`b\nx\n~~~\n"),
        Case(name: "code block with blank lines", blocks: [.codeBlock(CodeBlock(text: "a\n\n  b", language: "swift"))], markdown: "```swift\na\n\n  b\n```\n"),

        // Links and images.
        Case(name: "parentheses in a URL", blocks: [p(.link(Link(url: "https://x.org/a(b)", content: [t("x")])))], markdown: "[x](https://x.org/a\\(b\\))\n"),
        Case(name: "spaces in a URL", blocks: [p(.image(Image(source: "img/b c.jpg", alt: "b c")))], markdown: "![b c](<img/b c.jpg>)\n"),
        Case(name: "link title with quotes", blocks: [p(.link(Link(url: "u", title: "say \"hi\"", content: [t("x")])))], markdown: "[x](u \"say \\\"hi\\\"\")\n"),
        Case(name: "autolink", blocks: [p(.link(Link(url: "https://example.com/", content: [t("https://example.com/")])))], markdown: "<https://example.com/>\n"),
        Case(name: "bracket in link text and alt", blocks: [p(.link(Link(url: "u", content: [t("a]b")])), .image(Image(source: "s", alt: "c]d")))], markdown: "[a\\]b](u)![c\\]d](s)\n"),
        Case(name: "empty URL", blocks: [p(.link(Link(url: "", content: [t("x")])))], markdown: "[x](<>)\n"),
        Case(name: "link inside a link", blocks: [p(.link(Link(url: "a", content: [t("x "), .link(Link(url: "b", content: [t("y")]))])))], markdown: "[x y](a)\n"),

        // Blocks.
        Case(name: "adjacent bullet lists", blocks: [.list(List(items: [[p(t("a"))]])), .list(List(items: [[p(t("b"))]]))], markdown: "- a\n\n* b\n"),
        Case(name: "adjacent ordered lists", blocks: [.list(List(isOrdered: true, items: [[p(t("a"))]])), .list(List(isOrdered: true, items: [[p(t("b"))]]))], markdown: "1. a\n\n1) b\n"),
        Case(name: "list start number and indentation", blocks: [.list(List(isOrdered: true, start: 9, items: [[p(t("a"))], [p(t("b")), p(t("c"))]]))], markdown: "9. a\n10. b\n\n    c\n"),
        Case(name: "loose list", blocks: [.list(List(isTight: false, items: [[p(t("a"))], [p(t("b"))]]))], markdown: "- a\n\n- b\n"),
        Case(name: "nested list", blocks: [.list(List(items: [[p(t("a")), .list(List(isOrdered: true, items: [[p(t("b"))]]))]]))], markdown: "- a\n  1. b\n"),
        Case(name: "nested quotes", blocks: [.blockQuote([p(t("a")), .blockQuote([p(t("b"))])])], markdown: "> a\n>\n> > b\n"),
        Case(name: "heading ending in a hash", blocks: [.heading(Heading(level: 2, content: [t("C#")]))], markdown: "## C\\#\n"),
        Case(name: "empty heading", blocks: [.heading(Heading(level: 3, content: []))], markdown: "###\n"),
        Case(name: "rule", blocks: [p(t("a")), .horizontalRule, p(t("b"))], markdown: "a\n\n___\n\nb\n"),
        Case(name: "line block", blocks: [.lineBlock([[t("one")], [t("  two")]])], markdown: "one\\\ntwo\n"),
        Case(name: "footnote", blocks: [p(t("a"), .note([p(t("note"))]))], markdown: "a[^1]\n\n[^1]: note\n"),
        Case(name: "footnote with two paragraphs", blocks: [p(t("a"), .note([p(t("one")), p(t("two"))]))], markdown: "a[^1]\n\n[^1]: one\n\n    two\n"),
        Case(name: "note inside a note", blocks: [p(t("a"), .note([p(t("b"), .note([p(t("c"))]))]))], markdown: "a[^1]\n\n[^1]: b[^2]\n\n[^2]: c\n"),
        Case(name: "table with alignment and a pipe", blocks: [.table(Table(alignments: [.left, .right], head: [.init(cells: [.init(blocks: [p(t("a|b"))]), .init(blocks: [p(.code("x|y"))])])], body: [.init(cells: [.init(blocks: [p(t("1"))]), .init(blocks: [p(t("2"))])])]))], markdown: "| a\\|b | `x\\|y` |\n| :-- | --: |\n| 1 | 2 |\n"),
        Case(name: "table cell with several blocks", blocks: [.table(Table(head: [.init(cells: [.init(blocks: [p(t("a")), p(t("b"))])])]))], markdown: "| a<br>b |\n| --- |\n"),
        Case(name: "table spans padded", blocks: [.table(Table(head: [.init(cells: [.init(blocks: [p(t("a"))], columnSpan: 2)])], body: [.init(cells: [.init(blocks: [p(t("1"))]), .init(blocks: [p(t("2"))])])]))], markdown: "| a | |\n| --- | --- |\n| 1 | 2 |\n"),
        Case(name: "table without a head", blocks: [.table(Table(body: [.init(cells: [.init(blocks: [p(t("1"))])])]))], markdown: "| |\n| --- |\n| 1 |\n"),
        Case(name: "figure", blocks: [.figure(Figure(content: [p(.image(Image(source: "a.png", alt: "A")))], caption: [p(t("Caption"))]))], markdown: "![A](a.png)\n\nCaption\n"),
        Case(name: "div", blocks: [.div(Attributes(id: "x"), [p(t("a"))])], markdown: "a\n"),
        Case(name: "raw HTML inline", blocks: [p(t("press "), .rawInline(format: "html", text: "<kbd>"), t("K"), .rawInline(format: "html", text: "</kbd>"), .rawInline(format: "tex", text: "\\x"))], markdown: "press <kbd>K</kbd>\n"),
        Case(name: "raw HTML block", blocks: [.rawBlock(format: "html", text: "<div>x</div>"), .rawBlock(format: "latex", text: "\\x")], markdown: "<div>x</div>\n"),
    ]

    @Test(arguments: cases)
    func writesReadableMarkdown(_ testCase: Case) throws {
        let writer = try MarkdownWriter(options: testCase.options)
        let markdown = String(decoding: writer.render(Document(blocks: testCase.blocks)), as: UTF8.self)
        #expect(markdown == testCase.markdown)
    }

    /// Texts holding line ends (which normalisation turns into spaces) are written as their
    /// normal form, also where a paragraph was first written as it came: a note it refers to
    /// is numbered once, a list item's marker written once, an emptied paragraph dropped.
    @Test func textsHoldingLineEnds() throws {
        let writer = try MarkdownWriter()
        func write(_ blocks: [Block]) -> String { String(decoding: writer.render(Document(blocks: blocks)), as: UTF8.self) }
        #expect(write([Self.p(Self.t("a")), Self.p(Self.t("one\ntwo\r\nthree")), Self.p(Self.t("b"))]) == "a\n\none two  three\n\nb\n")
        #expect(write([Self.p(Self.t("a")), Self.p(Self.t("\n")), Self.p(Self.t("b"))]) == "a\n\nb\n")
        #expect(write([Self.p(Self.t("x"), .note([Self.p(Self.t("n"))]), Self.t(" y\nz"))]) == "x[^1] y z\n\n[^1]: n\n")
        #expect(write([.list(List(items: [[Self.p(Self.t("a\nb"))], [Self.p(Self.t("c"))]]))]) == "- a b\n- c\n")
        #expect(write([Self.p(.strong([Self.t("bold\n")]), Self.t("after"))]) == "**bold** after\n")
    }

    @Test func everyCaseRendersAsItReads() throws {
        for testCase in Self.cases {
            let failures = try RoundTrip.check([(name: testCase.name, document: Document(blocks: testCase.blocks))], options: testCase.options)
            for failure in failures { Issue.record("\(failure)") }
        }
    }
}
