import GalleyCore

/// Hand-written documents: every node kind, and hostile input.
enum SampleDocuments {
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
        0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
    static let gif: [UInt8] = Array("GIF89a".utf8) + [
        0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x21, 0xF9, 0x04,
        0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02,
        0x02, 0x44, 0x01, 0x00, 0x3B,
    ]
    static let svg = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>
        """.utf8)
    /// A 1×1 grey baseline JPEG (written with libjpeg, quality 10).
    static let jpeg: [UInt8] = [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00, 0x50, 0x37, 0x3C, 0x46, 0x3C, 0x32, 0x50, 0x46, 0x41, 0x46, 0x5A, 0x55, 0x50, 0x5F, 0x78, 0xC8, 0x82, 0x78, 0x6E, 0x6E, 0x78, 0xF5, 0xAF, 0xB9, 0x91, 0xC8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F, 0xFF, 0xD9,
    ]
    static let webp: [UInt8] = Array("RIFF".utf8) + [0x1A, 0, 0, 0] + Array("WEBPVP8L".utf8) + [0x0D, 0, 0, 0, 0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0]

    /// Images next to the input, as `loadResource` would return them.
    static let resources: [String: [UInt8]] = [
        "img/dot.png": png, "img/dot.gif": gif, "img/shape.svg": svg, "img/photo.webp": webp,
        "img/b c.jpg": jpeg, "img/not-an-image.png": Array("hello".utf8),
    ]

    static func text(_ string: String) -> [Inline] { [.text(string)] }

    /// Every block and inline kind, with metadata in every field.
    static let everyNode = Document(
        metadata: Metadata(
            title: "Talks resume", subtitle: "A subtitle", authors: ["A. Writer", "B. Reporter"], byline: "By A. Writer",
            date: "2021-04-08T10:15:00Z",
            dateline: Dateline(place: "BAGHDAD", date: "April 7", source: "Xinhua", text: "BAGHDAD, April 7 (Xinhua)"),
            source: "Xinhua", url: "https://example.com/news/talks.html", language: "en-GB",
            description: "Both sides agreed.", keywords: ["Iraq", "diplomacy"]),
        blocks: [
            .paragraph([
                .text("Plain, "), .emphasis(text("emphasis")), .text(", "), .strong(text("strong")), .text(", "),
                .strikeout(text("struck")), .text(", x"), .superscript(text("2")), .text(", H"), .subscript(text("2")),
                .text("O, "), .code("let x = 1"), .softBreak, .text("soft"), .lineBreak, .text("hard."),
            ]),
            .heading(Heading(level: 1, content: text("Background"), attributes: Attributes(id: "background"))),
            .paragraph([
                .link(Link(url: "https://example.com/a?b=1&c=2", title: "A title", content: text("absolute"))), .text(" "),
                .link(Link(url: "/site/relative", content: text("site-relative"))), .text(" "),
                .link(Link(url: "#later", content: text("fragment"))), .text(" "),
                .link(Link(url: "mailto:desk@example.com", content: text("mail"))), .text(" "),
                .span(Attributes(id: "s1", classes: ["lead"], pairs: [.init("lang", "fr")]), text("une phrase")),
                .note([.paragraph(text("A footnote with a "))]),
                .text(" and "), .note([.paragraph([.text("Another "), .note([.paragraph(text("nested note"))])])]),
            ]),
            .blockQuote([.paragraph(text("Quoted.")), .blockQuote([.paragraph(text("Deeper."))])]),
            .list(List(isOrdered: false, items: [[.paragraph(text("one"))], [.paragraph(text("two")), .paragraph(text("more"))]])),
            .list(List(isOrdered: true, start: 3, isTight: false, items: [[.paragraph(text("three"))], []])),
            .codeBlock(CodeBlock(text: "func f() {\n    return 1 < 2 && 3 > 2\n}", language: "swift", attributes: Attributes(id: "code"))),
            .horizontalRule,
            .heading(Heading(level: 2, content: text("Data"))),
            .table(Table(
                caption: [.paragraph(text("Figures"))], alignments: [.left, .right, .center],
                head: [Table.Row(cells: [
                    Table.Cell(blocks: [.paragraph(text("Name"))], isHeader: true),
                    Table.Cell(blocks: [.paragraph(text("Value"))], isHeader: true, columnSpan: 2),
                ])],
                body: [
                    Table.Row(cells: [
                        Table.Cell(blocks: [.paragraph(text("a"))], rowSpan: 2),
                        Table.Cell(blocks: [.paragraph(text("1"))]), Table.Cell(blocks: [.paragraph(text("2"))], alignment: .right),
                    ]),
                    Table.Row(cells: [Table.Cell(blocks: [.paragraph(text("3"))]), Table.Cell(blocks: [.list(List(items: [[.paragraph(text("x"))]]))])]),
                ],
                foot: [Table.Row(cells: [Table.Cell(blocks: [.paragraph(text("total"))], columnSpan: 3)])],
                attributes: Attributes(id: "t1"))),
            .figure(Figure(
                content: [.paragraph([.image(Image(source: "img/dot.png", alt: "A dot", title: "Dot"))])],
                caption: [.paragraph(text("Embedded PNG"))], attributes: Attributes(id: "fig"))),
            .paragraph([
                .image(Image(source: "img/dot.gif", alt: "gif")), .image(Image(source: "img/shape.svg", alt: "svg")),
                .image(Image(source: "img/b%20c.jpg?x=1", alt: "jpeg")), .image(Image(source: "img/photo.webp", alt: "webp")),
                .image(Image(source: "img/not-an-image.png", alt: "text file")), .image(Image(source: "missing.png", alt: "")),
                .image(Image(source: "https://example.com/remote.png", alt: "Remote image")),
                .image(Image(source: "data:image/png;base64,AAAA", alt: "data URI")),
            ]),
            .div(Attributes(id: "later", classes: ["box"]), [.paragraph(text("Target of the fragment link."))]),
            .lineBlock([text("Roses are red,"), text("  violets are blue."), []]),
            .rawBlock(format: "html", text: "<script>alert(1)</script>"),
            .paragraph([.rawInline(format: "html", text: "<b>raw</b>"), .text("after raw")]),
            .heading(Heading(level: 3, content: [])),
            .heading(Heading(level: 6, content: text("Deep heading"))),
        ])
}
