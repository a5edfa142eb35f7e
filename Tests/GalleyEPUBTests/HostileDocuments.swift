import GalleyCore

/// Documents built to break writers: deep nesting, huge tables, bad ids, bad characters,
/// unsafe attributes and links that lead nowhere.
enum HostileDocuments {
    static let nastyText: String = {
        var text = "Title <&> ]]> "
        for value: UInt32 in [0, 1, 8, 0xB, 0xC, 0x1F, 0x7F, 0x80, 0x9F, 0x20, 0xFFFE, 0xFFFF, 0xFDD0, 0x20, 0x1FFFE, 0x20, 0xD, 0xA] {
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        return text + " end \u{202E}rtl"
    }()

    static func nested(_ depth: Int, _ make: ([Block]) -> Block) -> Document {
        var block = Block.paragraph([.text("bottom")])
        for _ in 0..<depth { block = make([block]) }
        return Document(blocks: [block])
    }

    static func nestedInlines(_ depth: Int) -> Document {
        var inline = Inline.text("core")
        for level in 0..<depth {
            switch level % 4 {
            case 0: inline = .emphasis([inline])
            case 1: inline = .link(Link(url: "https://example.com/\(level)", content: [inline]))
            case 2: inline = .span(Attributes(id: "dup"), [inline])
            default: inline = .note([.paragraph([inline])])
            }
        }
        return Document(blocks: [.paragraph([inline])])
    }

    static let weirdAttributes: [Attributes.Pair] = [
        .init("onclick", "alert(1)"), .init("aria-foo", "x"), .init("role", "button"), .init("aria-hidden", "maybe"),
        .init("aria-label", "Label <&>"), .init("style", "color: expression(1)"), .init("data-OK", "upper"),
        .init("data-ok", "fine"), .init("data-", "empty"), .init("data-a:b", "colon"), .init("xmlns:foo", "urn:x"),
        .init("lang", "not a tag!"), .init("LANG", "de"), .init("dir", "sideways"), .init("title", nastyText),
        .init("href", "javascript:alert(1)"), .init("epub:type", "footnote"), .init("", "empty key"), .init("a b", "space"),
        .init("aria-describedby", "nowhere"),
    ]

    static var hugeTable: Document {
        let rows = (0..<500).map { row in
            Table.Row(cells: (0..<12).map { column in
                Table.Cell(
                    blocks: [.paragraph([.text("r\(row)c\(column) <&>")])], isHeader: column == 0,
                    columnSpan: row % 97 == 0 ? 5000 : 1, rowSpan: row % 89 == 0 ? 100_000 : 1)
            })
        }
        return Document(
            metadata: Metadata(title: "Huge table"),
            blocks: [.table(Table(
                caption: [.table(Table(body: [Table.Row(cells: [Table.Cell(blocks: [.paragraph([.text("table in caption")])])])]))],
                head: [Table.Row(cells: [Table.Cell(blocks: [.heading(Heading(level: 2, content: [.text("heading in th")]))], isHeader: true)])],
                body: rows, foot: [Table.Row(cells: [])]))])
    }

    /// Name and document of each hostile case.
    static var all: [(name: String, document: Document)] {
        let depth = Document.maximumDepth
        return [
            ("deep-blockquote", nested(depth) { .blockQuote($0) }),
            ("deep-div", nested(depth) { .div(Attributes(id: "d", pairs: weirdAttributes), $0) }),
            ("deep-list", nested(depth) { .list(List(isOrdered: true, start: -3, items: [$0])) }),
            ("deep-inlines", nestedInlines(depth)),
            ("huge-table", hugeTable),
            ("bad-ids", Document(blocks: [
                .heading(Heading(level: 1, content: [.text("A")], attributes: Attributes(id: "x"))),
                .heading(Heading(level: 1, content: [.text("B")], attributes: Attributes(id: "x"))),
                .heading(Heading(level: 2, content: [.text("C")], attributes: Attributes(id: "1 starts with digit"))),
                .heading(Heading(level: 2, content: [.text("D")], attributes: Attributes(id: "sec-1"))),
                .heading(Heading(level: 2, content: [.text("E")], attributes: Attributes(id: "fn-1"))),
                .heading(Heading(level: 1, content: [.text("F")], attributes: Attributes(id: "x-2"))),
                .paragraph([
                    .span(Attributes(id: "日本"), [.text("cjk id")]), .span(Attributes(id: "<&>\"'"), [.text("markup id")]),
                    .span(Attributes(id: "   "), [.text("blank id")]), .note([.paragraph([.text("n")])]),
                    .span(Attributes(id: "fnref-1"), [.text("reserved")]),
                    .link(Link(url: "#x", content: [.text("to x")])), .link(Link(url: "#日本", content: [.text("to cjk")])),
                    .link(Link(url: "#%E6%97%A5%E6%9C%AC", content: [.text("to encoded cjk")])),
                ]),
            ])),
            ("nasty-text", Document(
                metadata: Metadata(
                    title: nastyText, subtitle: nastyText, authors: [nastyText, "", "   "], byline: nastyText, date: "not a date",
                    dateline: Dateline(text: nastyText), source: nastyText, url: "javascript:alert(1)", language: "12 bad",
                    description: nastyText, keywords: [nastyText, ""]),
                blocks: [
                    .heading(Heading(level: 1, content: [.text(nastyText)], attributes: Attributes(classes: ["a b", nastyText, ""]))),
                    .paragraph([.text(nastyText), .code(nastyText)]),
                    .codeBlock(CodeBlock(text: nastyText, language: "c <&> \"q\"")),
                    .heading(Heading(level: 1, content: [.text("]]>")])),
                    .paragraph([.image(Image(source: nastyText, alt: nastyText, title: nastyText))]),
                ])),
            ("weird-attributes", Document(blocks: [
                .div(Attributes(id: "box", classes: ["c"], pairs: weirdAttributes), [
                    .paragraph([
                        .span(Attributes(pairs: weirdAttributes), [.text("span")]),
                        .link(Link(url: "https://example.com", content: [.text("link")], attributes: Attributes(pairs: weirdAttributes))),
                        .image(Image(source: "https://example.com/i.png", alt: "img", attributes: Attributes(pairs: weirdAttributes))),
                    ]),
                ]),
                .heading(Heading(level: 2, content: [.text("h")], attributes: Attributes(pairs: weirdAttributes))),
            ])),
            ("bad-links", Document(
                metadata: Metadata(title: "Links"),
                blocks: [.paragraph([
                    .link(Link(url: "/foo", content: [.text("site-relative without base")])),
                    .link(Link(url: "#nowhere", content: [.text("fragment to nowhere")])),
                    .link(Link(url: "javascript:alert(1)", content: [.text("script")])),
                    .link(Link(url: "file:///etc/passwd", content: [.text("file")])),
                    .link(Link(url: "data:text/html,<b>", content: [.text("data")])),
                    .link(Link(url: "https://exa mple.com/a b<c>\"d\"{e}|f^g`h#i#j%zz", content: [.text("needs encoding")])),
                    .link(Link(url: "https://", content: [.text("no host")])),
                    .link(Link(url: "//cdn.example.com/x", content: [.text("protocol-relative")])),
                    .link(Link(url: "", content: [.text("empty")])),
                    .link(Link(url: "https://example.com/", content: [
                        .link(Link(url: "https://example.org/", content: [.text("nested link")])),
                        .note([.paragraph([.text("note in link")])]),
                        .image(Image(source: "https://example.com/i.png", alt: "image in link")),
                    ])),
                    .link(Link(url: "relative/page.html", content: [.text("relative")])),
                ])])),
            ("bad-links-with-base", Document(
                metadata: Metadata(url: "https://example.com/news/story.html?id=1"),
                blocks: [.paragraph([
                    .link(Link(url: "/foo", content: [.text("site-relative")])),
                    .link(Link(url: "../up/page.html", content: [.text("relative")])),
                    .link(Link(url: "page 2.html", content: [.text("relative with space")])),
                ])])),
            ("empty", Document()),
            ("only-notes", Document(blocks: [.paragraph([.note([]), .note([.horizontalRule])])])),
        ]
    }
}
