import GalleyCore
import Testing

@testable import GalleyHTML

@Suite("DOM to AST: tables")
struct TableMappingTests {
    static func cell(_ text: String, header: Bool = false, columns: Int = 1, rows: Int = 1,
                     alignment: Table.Alignment = .default) -> Table.Cell {
        Table.Cell(blocks: [.paragraph([.text(text)])], isHeader: header, columnSpan: columns, rowSpan: rows, alignment: alignment)
    }

    static let cases: [MappingCase] = [
        MappingCase(name: "sections, header cells, spans, caption",
                    dom: [h("table", ["id": "t"], h("caption", "Results"),
                            h("thead", h("tr", h("th", "Name"), h("th", ["colspan": "2"], "Score"))),
                            h("tbody", h("tr", h("td", ["rowspan": "2"], "Ann"), h("td", ["align": "right"], "1"), h("td", "2")),
                              h("tr", h("td", ["style": "text-align: center"], "3"), h("td", "4"))),
                            h("tfoot", h("tr", h("td", ["colspan": "3"], "Total"))))],
                    blocks: [.table(Table(
                        caption: [.paragraph([.text("Results")])],
                        head: [Table.Row(cells: [cell("Name", header: true), cell("Score", header: true, columns: 2)])],
                        body: [Table.Row(cells: [cell("Ann", rows: 2), cell("1", alignment: .right), cell("2")]),
                               Table.Row(cells: [cell("3", alignment: .center), cell("4")])],
                        foot: [Table.Row(cells: [cell("Total", columns: 3)])],
                        attributes: Attributes(id: "t")))]),
        MappingCase(name: "rows directly in the table; a first row of th is the head",
                    dom: [h("table", h("tr", h("th", "A"), h("th", "B")), h("tr", h("td", "1"), h("td", "2")))],
                    blocks: [.table(Table(head: [Table.Row(cells: [cell("A", header: true), cell("B", header: true)])],
                                          body: [Table.Row(cells: [cell("1"), cell("2")])]))]),
        MappingCase(name: "stray text in a row gets a cell",
                    dom: [h("table", h("tr", h("td", "1"), "stray", h("td", "2")), h("tr", h("td", "3"), h("td", "4")))],
                    blocks: [.table(Table(body: [Table.Row(cells: [cell("1"), cell("stray"), cell("2")]),
                                                 Table.Row(cells: [cell("3"), cell("4")])]))]),
        MappingCase(name: "one cell per row is layout",
                    dom: [h("table", h("tr", h("td", "Header")), h("tr", h("td", h("p", "Story"))))],
                    blocks: [div("table", [div("td", [.paragraph([.text("Header")])]), div("td", [.paragraph([.text("Story")])])],
                                 pairs: [.init("layout", "true")])]),
        MappingCase(name: "nested table makes the outer one layout",
                    dom: [h("table", h("tr", h("td", "Nav"), h("td", h("table", h("tr", h("td", "a"), h("td", "b")))), h("td", "x")))],
                    blocks: [div("table", [div("td", [.paragraph([.text("Nav")])]),
                                           div("td", [.table(Table(body: [Table.Row(cells: [cell("a"), cell("b")])]))]),
                                           div("td", [.paragraph([.text("x")])])],
                                 pairs: [.init("layout", "true")])]),
        MappingCase(name: "role=presentation is layout",
                    dom: [h("table", ["role": "presentation"], h("tr", h("td", "a"), h("td", "b")))],
                    blocks: [div("table", [div("td", [.paragraph([.text("a")])]), div("td", [.paragraph([.text("b")])])],
                                 pairs: [.init("role", "presentation"), .init("layout", "true")])]),
        MappingCase(name: "block content without headers is layout",
                    dom: [h("table", h("tr", h("td", h("div", "Menu")), h("td", h("h1", "Title"), h("p", "Text"))))],
                    blocks: [div("table", [div("td", [div("div", [.paragraph([.text("Menu")])])]),
                                           div("td", [.heading(Heading(level: 1, content: [.text("Title")])), .paragraph([.text("Text")])])],
                                 pairs: [.init("layout", "true")])]),
        MappingCase(name: "layout tables kept as tables on request",
                    dom: [h("table", h("tr", h("td", "a")), h("tr", h("td", "b")))],
                    blocks: [.table(Table(body: [Table.Row(cells: [cell("a")]), Table.Row(cells: [cell("b")])]))],
                    options: .init(unwrapsLayoutTables: false)),
    ]

    @Test(arguments: cases)
    func maps(_ testCase: MappingCase) {
        expectBlocks(map(testCase.dom, options: testCase.options).blocks, testCase.blocks)
    }
}

@Suite("DOM to AST: images")
struct ImageMappingTests {
    static func image(_ source: String, alt: String = "") -> Block { .paragraph([.image(Image(source: source, alt: alt))]) }

    static let cases: [MappingCase] = [
        MappingCase(name: "plain src resolved against the base",
                    dom: [h("img", ["src": "img/a.jpg", "alt": "A"])], blocks: [image("https://e.com/news/img/a.jpg", alt: "A")],
                    options: .init(baseURL: "https://e.com/news/story.html")),
        MappingCase(name: "largest w candidate of srcset",
                    dom: [h("img", ["src": "s.jpg", "srcset": "m.jpg 640w, l.jpg 1280w,  s2.jpg 320w"])], blocks: [image("l.jpg")]),
        MappingCase(name: "largest x candidate of srcset",
                    dom: [h("img", ["src": "s.jpg", "srcset": "a.jpg, b.jpg 2x, c.jpg 1.5x"])], blocks: [image("b.jpg")]),
        MappingCase(name: "commas inside srcset URLs",
                    dom: [h("img", ["srcset": "https://c.io/w_100,h_80/a.jpg 100w, https://c.io/w_800,h_600/a.jpg 800w"])],
                    blocks: [image("https://c.io/w_800,h_600/a.jpg")]),
        MappingCase(name: "lazy data-src replaces a placeholder",
                    dom: [h("img", ["src": "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "data-src": "real.jpg"])],
                    blocks: [image("real.jpg")]),
        MappingCase(name: "data-original and data-lazy-src",
                    dom: [h("img", ["src": "/img/blank.gif", "data-original": "o.jpg"]), h("img", ["data-lazy-src": "l.jpg"])],
                    blocks: [.paragraph([.image(Image(source: "o.jpg")), .image(Image(source: "l.jpg"))])]),
        MappingCase(name: "data-srcset",
                    dom: [h("img", ["data-srcset": "a.jpg 300w, b.jpg 900w"])], blocks: [image("b.jpg")]),
        MappingCase(name: "noscript repeating a lazy image is dropped",
                    dom: [h("div", h("img", ["data-src": "lazy.jpg"]), h("noscript", h("img", ["src": "lazy-full.jpg"])))],
                    blocks: [div("div", [image("lazy.jpg")])]),
        MappingCase(name: "noscript image after a bare placeholder is used",
                    dom: [h("div", h("img", ["src": "data:,"]), h("noscript", h("img", ["src": "real.jpg"])))],
                    blocks: [div("div", [image("real.jpg")])]),
        MappingCase(name: "noscript copy of a seen image is dropped",
                    dom: [h("p", h("img", ["src": "same.jpg"])), h("div", h("span", "x"), h("noscript", h("img", ["src": "same.jpg"])))],
                    blocks: [image("same.jpg"), div("div", [.paragraph([.text("x")])])]),
        MappingCase(name: "picture sources",
                    dom: [h("picture", h("source", ["srcset": "p-400.webp 400w, p-1200.webp 1200w", "type": "image/webp"]),
                            h("img", ["src": "p.jpg", "alt": "P"]))],
                    blocks: [image("p-1200.webp", alt: "P")]),
        MappingCase(name: "tracking pixels are dropped",
                    dom: [h("p", "t", h("img", ["src": "https://t.co/p.gif", "width": "1", "height": "1"]))],
                    blocks: [.paragraph([.text("t")])]),
        MappingCase(name: "image inside a link",
                    dom: [h("a", ["href": "/big.jpg"], h("img", ["src": "/small.jpg"]))],
                    blocks: [.paragraph([.link(Link(url: "https://e.com/big.jpg", content: [.image(Image(source: "https://e.com/small.jpg"))]))])],
                    options: .init(baseURL: "https://e.com/a/b")),
    ]

    @Test(arguments: cases)
    func maps(_ testCase: MappingCase) {
        expectBlocks(map(testCase.dom, options: testCase.options).blocks, testCase.blocks)
    }
}
