import GalleyCore
import GalleyHTML
import Testing

/// Renders `blocks` as a fragment with default options.
func renderFragment(_ blocks: [Block], options: HTMLWriter.Options = .init(), profile: RenderProfile = .standard)
    -> String
{
    HTMLWriter(options: options).render(Document(blocks: blocks), profile: profile)
}

@Suite struct HTMLWriterTests {
    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var blocks: [Block]
        var expected: String
    }

    static let cases: [Case] = [
        Case(description: "paragraph", blocks: [.paragraph([.text("a < b & c")])], expected: "<p>a &lt; b &amp; c</p>\n"),
        Case(
            description: "heading with id and classes",
            blocks: [.heading(Heading(level: 2, content: [.text("Hi")], attributes: Attributes(id: "intro", classes: ["x", "y"])))],
            expected: "<h2 id=\"intro\" class=\"x y\">Hi</h2>\n"),
        Case(
            description: "ordered loose list with start",
            blocks: [.list(List(isOrdered: true, start: 3, isTight: false, items: [[.paragraph([.text("a")])]]))],
            expected: "<ol start=\"3\">\n<li>\n<p>a</p>\n</li>\n</ol>\n"),
        Case(
            description: "tight bullet list",
            blocks: [.list(List(items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))],
            expected: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
        Case(
            description: "block quote", blocks: [.blockQuote([.paragraph([.text("q")])])],
            expected: "<blockquote>\n<p>q</p>\n</blockquote>\n"),
        Case(
            description: "code block with language",
            blocks: [.codeBlock(CodeBlock(text: "if a < b {\n}", language: "swift"))],
            expected: "<pre><code class=\"language-swift\">if a &lt; b {\n}</code></pre>\n"),
        Case(description: "rule", blocks: [.horizontalRule], expected: "<hr>\n"),
        Case(
            description: "line block", blocks: [.lineBlock([[.text("one")], [.text("two")]])],
            expected: "<p class=\"line-block\">one<br>\ntwo</p>\n"),
        Case(
            description: "figure",
            blocks: [.figure(Figure(content: [.paragraph([.image(Image(source: "a.png", alt: "A"))])], caption: [.paragraph([.text("Cap")])]))],
            expected: "<figure>\n<img src=\"a.png\" alt=\"A\">\n<figcaption>Cap</figcaption>\n</figure>\n"),
        Case(
            description: "div keeps safe attributes only",
            blocks: [.div(Attributes(id: "d", classes: ["box"], pairs: [.init("data-k", "v"), .init("onclick", "x()"), .init("style", "color:red"), .init("lang", "de")]), [.paragraph([.text("x")])])],
            expected: "<div id=\"d\" class=\"box\" data-k=\"v\" lang=\"de\">\n<p>x</p>\n</div>\n"),
        Case(
            description: "div with a sectioning tag",
            blocks: [.div(Attributes(pairs: [.init("tag", "section")]), [.paragraph([.text("x")])])],
            expected: "<section>\n<p>x</p>\n</section>\n"),
        Case(
            description: "inline marks",
            blocks: [.paragraph([.emphasis([.text("e")]), .strong([.text("s")]), .strikeout([.text("d")]), .superscript([.text("2")]), .subscript([.text("i")]), .code("<c>")])],
            expected: "<p><em>e</em><strong>s</strong><del>d</del><sup>2</sup><sub>i</sub><code>&lt;c&gt;</code></p>\n"),
        Case(
            description: "link and image with titles",
            blocks: [.paragraph([.link(Link(url: "https://x.org/?a=1&b=2", title: "say \"hi\"", content: [.text("x")])), .image(Image(source: "i.png", alt: "a\"b", title: "t"))])],
            expected: "<p><a href=\"https://x.org/?a=1&amp;b=2\" title=\"say &quot;hi&quot;\">x</a><img src=\"i.png\" alt=\"a&quot;b\" title=\"t\"></p>\n"),
        Case(
            description: "span without kept attributes disappears",
            blocks: [.paragraph([.span(Attributes(pairs: [.init("onmouseover", "x")]), [.text("s")]), .span(Attributes(classes: ["k"]), [.text("t")])])],
            expected: "<p>s<span class=\"k\">t</span></p>\n"),
        Case(
            description: "breaks", blocks: [.paragraph([.text("a"), .softBreak, .text("b"), .lineBreak, .text("c")])],
            expected: "<p>a\nb<br>\nc</p>\n"),
        Case(
            description: "note",
            blocks: [.paragraph([.text("a"), .note([.paragraph([.text("n")])])])],
            expected: "<p>a<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1\" role=\"doc-noteref\">1</a></sup></p>\n"
                + "<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n"
                + "<li id=\"fn1\"><p>n <a href=\"#fnref1\" class=\"footnote-back\" role=\"doc-backlink\">\u{21A9}\u{FE0E}</a></p></li>\n"
                + "</ol>\n</section>\n"),
        Case(
            description: "raw dropped by default",
            blocks: [.rawBlock(format: "html", text: "<b>x</b>"), .paragraph([.rawInline(format: "html", text: "<i>y</i>")])],
            expected: "<p></p>\n"),
    ]

    @Test(arguments: cases)
    func rendersNode(_ testCase: Case) {
        #expect(renderFragment(testCase.blocks) == testCase.expected)
    }

    @Test func table() {
        let table = Table(
            caption: [.paragraph([.text("Cap")])], alignments: [.left, .right],
            head: [Table.Row(cells: [Table.Cell(blocks: [.paragraph([.text("H")])], isHeader: true, columnSpan: 2)])],
            body: [Table.Row(cells: [
                Table.Cell(blocks: [.paragraph([.text("a")])], rowSpan: 2),
                Table.Cell(blocks: [.paragraph([.text("b")])], alignment: .center),
            ])],
            foot: [Table.Row(cells: [Table.Cell(blocks: [.paragraph([.text("f")])], isHeader: true)])])
        let html = renderFragment([.table(table)])
        #expect(html == """
            <table>
            <caption>Cap</caption>
            <thead>
            <tr><th colspan="2" style="text-align: left;">H</th></tr>
            </thead>
            <tbody>
            <tr><td rowspan="2" style="text-align: left;">a</td><td style="text-align: center;">b</td></tr>
            </tbody>
            <tfoot>
            <tr><th style="text-align: left;">f</th></tr>
            </tfoot>
            </table>

            """)
    }

    @Test func idsAreUniqueAndValid() {
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("a")], attributes: Attributes(id: "x"))),
            .heading(Heading(level: 1, content: [.text("b")], attributes: Attributes(id: "x"))),
            .heading(Heading(level: 1, content: [.text("c")], attributes: Attributes(id: "1 two"))),
            .heading(Heading(level: 1, content: [.text("d")], attributes: Attributes(id: "fn1"))),
            .paragraph([.note([.paragraph([.text("n")])])]),
        ]
        let html = renderFragment(blocks)
        #expect(html.contains("id=\"x\""))
        #expect(html.contains("id=\"x-2\""))
        #expect(html.contains("id=\"x1-two\""))
        #expect(html.contains("href=\"#fn1-2\""))
        #expect(html.contains("<li id=\"fn1-2\">"))
    }

    @Test func nestedNotesAreNumberedInOrder() {
        let html = renderFragment([
            .paragraph([.note([.paragraph([.text("outer"), .note([.paragraph([.text("inner")])])])])]),
            .paragraph([.note([.paragraph([.text("second")])])]),
        ])
        #expect(html.contains("<li id=\"fn1\"><p>outer"))
        #expect(html.contains("<li id=\"fn3\"><p>inner"))
        #expect(html.contains("<li id=\"fn2\"><p>second"))
    }

    @Test func linkRenderings() {
        let blocks: [Block] = [
            .paragraph([
                .link(Link(url: "https://a.org/", content: [.text("A")])),
                .link(Link(url: "#local", content: [.text("L")])),
                .link(Link(url: "https://b.org/", content: [.text("https://b.org/")])),
            ])
        ]
        var options = HTMLWriter.Options()
        options.links = .footnotes
        let footnoted = renderFragment(blocks, options: options)
        #expect(footnoted.contains("<a href=\"https://a.org/\">A</a><sup class=\"link-ref\"><a href=\"#link1\" id=\"linkref1\">[1]</a></sup>"))
        #expect(footnoted.contains("<li id=\"link1\"><a href=\"https://a.org/\">https://a.org/</a></li>"))
        #expect(!footnoted.contains("[2]"))
        options.links = .urls
        let urls = renderFragment(blocks, options: options)
        #expect(urls.contains("<a href=\"https://a.org/\">A</a> <span class=\"url\">(https://a.org/)</span>"))
        #expect(!urls.contains("(#local)"))
        options.links = .profile
        let profiled = renderFragment(blocks, options: options, profile: RenderProfile(name: "p", links: .urls))
        #expect(profiled == urls)
    }

    @Test func noAttributeTwice() {
        let pairs = Attributes(pairs: [.init("title", "pair"), .init("lang", "en")])
        let html = renderFragment([.paragraph([
            .link(Link(url: "/a", title: "own", content: [.text("x")], attributes: pairs)),
            .image(Image(source: "i.png", alt: "", title: "own", attributes: pairs)),
            .link(Link(url: "/b", content: [.text("y")], attributes: pairs)),
        ])])
        #expect(html == "<p><a href=\"/a\" title=\"own\" lang=\"en\">x</a><img src=\"i.png\" alt=\"\" title=\"own\" lang=\"en\">"
            + "<a href=\"/b\" title=\"pair\" lang=\"en\">y</a></p>\n")
    }

    @Test func nestedLinksAreFlattened() {
        let html = renderFragment([
            .paragraph([.link(Link(url: "/a", content: [.text("x"), .link(Link(url: "/b", content: [.text("y")]))]))])
        ])
        #expect(html == "<p><a href=\"/a\">xy</a></p>\n")
    }

    @Test func descriptorParsesOptions() throws {
        var values = OptionValues()
        values.add("standalone", "true")
        values.add("raw-html", "true")
        values.add("html-links", "footnotes")
        let options = try HTMLWriter.options(from: values)
        #expect(options.isStandalone && options.allowsRawHTML && options.links == .footnotes && !options.isXHTML)
        values.add("html-links", "sometimes")
        #expect(throws: GalleyError.self) { try HTMLWriter.options(from: values) }
        #expect(HTMLWriter.descriptor.name == "html")
    }

    @Test func droppedRawIsReported() throws {
        var context = ConversionContext()
        let output = try HTMLWriter().write(
            Document(blocks: [.rawBlock(format: "html", text: "<p>x</p>")]), profile: .standard, context: &context)
        #expect(output == .text(""))
        #expect(context.diagnostics.map(\.code) == ["html.raw-dropped"])
    }
}
