import GalleyCore
import Testing
import TestSupport

@testable import GalleyHTML

/// One mapping rule: a hand-built DOM and the blocks it must become.
struct MappingCase: CustomTestStringConvertible, Sendable {
    var name: String
    var dom: [DOMSpec]
    var blocks: [Block]
    var options = HTMLToDocument.Options()
    var testDescription: String { name }
}

func map(_ nodes: [DOMSpec], options: HTMLToDocument.Options = .init()) -> Document {
    HTMLToDocument(options: options).document(from: buildDOM(nodes))
}

func div(_ tag: String, _ blocks: [Block], id: String = "", classes: [String] = [], pairs: [Attributes.Pair] = []) -> Block {
    .div(Attributes(id: id, classes: classes, pairs: [.init("tag", tag)] + pairs), blocks)
}

func expectBlocks(_ actual: [Block], _ expected: [Block], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let difference = TreeDump.firstDifference(Document(blocks: expected), Document(blocks: actual))
    #expect(actual == expected, "\(difference ?? "attributes differ")\n\(TreeDump.dump(Document(blocks: actual)).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

@Suite("DOM to AST: blocks")
struct BlockMappingTests {
    static let cases: [MappingCase] = [
        MappingCase(name: "paragraphs and headings",
                    dom: [h("body", h("h1", ["id": "top"], "Title"), h("p", "One"), h("h3", "Sub"), h("p", "Two"))],
                    blocks: [.heading(Heading(level: 1, content: [.text("Title")], attributes: Attributes(id: "top"))),
                             .paragraph([.text("One")]), .heading(Heading(level: 3, content: [.text("Sub")])),
                             .paragraph([.text("Two")])]),
        MappingCase(name: "text straight in body becomes a paragraph",
                    dom: [h("html", h("head", h("title", "T")), h("body", "Loose text ", h("b", "bold"), h("p", "Para"), "after"))],
                    blocks: [.paragraph([.text("Loose text "), .strong([.text("bold")])]), .paragraph([.text("Para")]),
                             .paragraph([.text("after")])]),
        MappingCase(name: "containers become divs with their attributes",
                    dom: [h("article", ["id": "main", "class": "post  story", "role": "main", "itemprop": "articleBody"],
                            h("p", "Body"))],
                    blocks: [div("article", [.paragraph([.text("Body")])], id: "main", classes: ["post", "story"],
                                 pairs: [.init("role", "main"), .init("itemprop", "articleBody")])]),
        MappingCase(name: "empty containers vanish",
                    dom: [h("div", h("div", " "), h("section")), h("p", "x")],
                    blocks: [.paragraph([.text("x")])]),
        MappingCase(name: "unknown, custom, font and center elements keep their text",
                    dom: [h("my-widget", h("font", ["color": "red"], "Custom"), " text"), h("center", "Centred")],
                    blocks: [.paragraph([.text("Custom text")]), div("center", [.paragraph([.text("Centred")])])]),
        MappingCase(name: "blockquote",
                    dom: [h("blockquote", h("p", "Quoted"), "tail")],
                    blocks: [.blockQuote([.paragraph([.text("Quoted")]), .paragraph([.text("tail")])])]),
        MappingCase(name: "tight list with start",
                    dom: [h("ol", ["start": "3", "reversed": ""], h("li", "a"), h("li", "b"))],
                    blocks: [.list(List(isOrdered: true, start: 3, isTight: true,
                                        items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))]),
        MappingCase(name: "loose list when an item has a paragraph",
                    dom: [h("ul", h("li", h("p", "a")), h("li", "b"))],
                    blocks: [.list(List(isTight: false, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))]),
        MappingCase(name: "nested lists",
                    dom: [h("ul", h("li", "a", h("ul", h("li", "a1"))), h("li", "b"))],
                    blocks: [.list(List(items: [
                        [.paragraph([.text("a")]), .list(List(items: [[.paragraph([.text("a1")])]]))],
                        [.paragraph([.text("b")])],
                    ]))]),
        MappingCase(name: "stray content in a list joins an item",
                    dom: [h("ul", "lead", h("li", "a"), h("p", "stray"))],
                    blocks: [.list(List(items: [[.paragraph([.text("lead")])], [.paragraph([.text("a")]), .paragraph([.text("stray")])]]))]),
        MappingCase(name: "pre keeps whitespace and drops the leading newline",
                    dom: [h("pre", ["class": "lang-swift"], "\nlet x  = 1\n  x += 1\n")],
                    blocks: [.codeBlock(CodeBlock(text: "let x  = 1\n  x += 1", language: "swift"))]),
        MappingCase(name: "pre > code language and markup inside",
                    dom: [h("pre", h("code", ["class": "hljs language-python"], "def f():", h("br"), "    ", h("span", "return"), " 1"))],
                    blocks: [.codeBlock(CodeBlock(text: "def f():\n    return 1", language: "python"))]),
        MappingCase(name: "horizontal rule and line break",
                    dom: [h("p", "a", h("br"), "b"), h("hr"), h("p", "c", h("br"))],
                    blocks: [.paragraph([.text("a"), .lineBreak, .text("b")]), .horizontalRule, .paragraph([.text("c")])]),
        MappingCase(name: "definition list",
                    dom: [h("dl", h("dt", "Term"), h("dd", "Meaning"))],
                    blocks: [div("dl", [.paragraph([.strong([.text("Term")])]), .blockQuote([.paragraph([.text("Meaning")])])])]),
        MappingCase(name: "figure with caption",
                    dom: [h("figure", ["id": "f1"], h("img", ["src": "https://e.com/a.jpg", "alt": "A"]), h("figcaption", "Caption"))],
                    blocks: [.figure(Figure(content: [.paragraph([.image(Image(source: "https://e.com/a.jpg", alt: "A"))])],
                                            caption: [.paragraph([.text("Caption")])], attributes: Attributes(id: "f1")))]),
        MappingCase(name: "dropped elements",
                    dom: [h("div", h("script", "var x;"), h("style", "p{}"), h("form", h("input", ["value": "v"]), h("button", "Go"),
                            h("select", h("option", "o")), h("textarea", "t"), "Label"), h("iframe", "if"), h("video", "v"),
                            h("svg", h("circle", "c")), h("canvas", "c"), h("p", "Kept"))],
                    blocks: [div("div", [div("form", [.paragraph([.text("Label")])]), .paragraph([.text("Kept")])])]),
        MappingCase(name: "block inside an inline splits it",
                    dom: [h("a", ["href": "https://e.com/"], "before", h("div", "inside"), "after")],
                    blocks: [.paragraph([.link(Link(url: "https://e.com/", content: [.text("before")]))]),
                             div("div", [.paragraph([.text("inside")])]),
                             .paragraph([.link(Link(url: "https://e.com/", content: [.text("after")]))])]),
        MappingCase(name: "blocks inside a heading join its line",
                    dom: [h("h2", h("div", "One"), h("div", "Two"))],
                    blocks: [.heading(Heading(level: 2, content: [.text("One Two")]))]),
        MappingCase(name: "hidden content is kept and flagged",
                    dom: [h("div", ["hidden": ""], h("p", "Secret")), h("p", "a ", h("span", ["style": "display: none"], "b")),
                          h("ul", ["aria-hidden": "true"], h("li", "x"))],
                    blocks: [div("div", [.paragraph([.text("Secret")])], pairs: [.init("hidden", "true")]),
                             .paragraph([.text("a "), .span(Attributes(pairs: [.init("tag", "span"), .init("hidden", "true")]), [.text("b")])]),
                             div("ul", [.list(List(items: [[.paragraph([.text("x")])]]))], pairs: [.init("hidden", "true")])]),
        MappingCase(name: "hidden content dropped on request",
                    dom: [h("div", ["hidden": ""], h("p", "Secret")), h("p", "a ", h("span", ["style": "display:none"], "b"))],
                    blocks: [.paragraph([.text("a")])],
                    options: .init(keepsHidden: false)),
        MappingCase(name: "noscript text is kept",
                    dom: [h("noscript", h("p", "Enable JavaScript"))],
                    blocks: [.paragraph([.text("Enable JavaScript")])]),
    ]

    @Test(arguments: cases)
    func maps(_ testCase: MappingCase) {
        expectBlocks(map(testCase.dom, options: testCase.options).blocks, testCase.blocks)
    }
}

@Suite("DOM to AST: inlines")
struct InlineMappingTests {
    static let cases: [MappingCase] = [
        MappingCase(name: "emphasis family",
                    dom: [h("p", h("em", "e"), h("i", "i"), h("strong", "s"), h("b", "b"), h("s", "x"), h("del", "d"),
                            h("strike", "k"), h("sup", "2"), h("sub", "n"))],
                    blocks: [.paragraph([.emphasis([.text("e")]), .emphasis([.text("i")]), .strong([.text("s")]), .strong([.text("b")]),
                                         .strikeout([.text("x")]), .strikeout([.text("d")]), .strikeout([.text("k")]),
                                         .superscript([.text("2")]), .subscript([.text("n")])])]),
        MappingCase(name: "inline code family collapses whitespace",
                    dom: [h("p", "Call ", h("code", "f(  x )"), " or ", h("kbd", "Ctrl"), h("samp", "out"), h("tt", "tt"))],
                    blocks: [.paragraph([.text("Call "), .code("f( x )"), .text(" or "), .code("Ctrl"), .code("out"), .code("tt")])]),
        MappingCase(name: "semantic spans keep their tag",
                    dom: [h("p", h("abbr", ["title": "World Health Organization"], "WHO"), " ", h("mark", "hi"), " ",
                            h("time", ["datetime": "2021-04-08"], "Thursday"))],
                    blocks: [.paragraph([.span(Attributes(pairs: [.init("tag", "abbr"), .init("title", "World Health Organization")]), [.text("WHO")]),
                                         .text(" "), .span(Attributes(pairs: [.init("tag", "mark")]), [.text("hi")]), .text(" "),
                                         .span(Attributes(pairs: [.init("tag", "time"), .init("datetime", "2021-04-08")]), [.text("Thursday")])])]),
        MappingCase(name: "q becomes quotation marks, nested ones single",
                    dom: [h("p", "He said ", h("q", "no ", h("q", "never")), ".")],
                    blocks: [.paragraph([.text("He said \u{201C}no \u{2018}never\u{2019}\u{201D}.")])]),
        MappingCase(name: "javascript links lose the link, mailto and tel stay",
                    dom: [h("p", h("a", ["href": "javascript:void(0)"], "js"), " ", h("a", ["href": "mailto:a@b.c"], "mail"), " ",
                            h("a", ["href": "tel:+123"], "call"), " ", h("a", ["name": "anchor"], "plain"))],
                    blocks: [.paragraph([.text("js "), .link(Link(url: "mailto:a@b.c", content: [.text("mail")])), .text(" "),
                                         .link(Link(url: "tel:+123", content: [.text("call")])), .text(" plain")])]),
        MappingCase(name: "link title",
                    dom: [h("p", h("a", ["href": "/x", "title": "T"], "x"))],
                    blocks: [.paragraph([.link(Link(url: "/x", title: "T", content: [.text("x")]))])]),
        MappingCase(name: "whitespace collapses across elements",
                    dom: [h("p", "\n   Hello  \t", h("em", "  big "), "  world \n ")],
                    blocks: [.paragraph([.text("Hello "), .emphasis([.text("big")]), .text(" world")])]),
        MappingCase(name: "whitespace-only text between blocks makes nothing",
                    dom: [h("div", "\n  ", h("p", "a"), "\n\t ", h("p", "b"), "  ")],
                    blocks: [div("div", [.paragraph([.text("a")]), .paragraph([.text("b")])])]),
        MappingCase(name: "no space after a line break",
                    dom: [h("p", "a ", h("br"), " b")],
                    blocks: [.paragraph([.text("a"), .lineBreak, .text("b")])]),
        MappingCase(name: "non-breaking spaces are not collapsed",
                    dom: [h("p", "a\u{A0}\u{A0}b")],
                    blocks: [.paragraph([.text("a\u{A0}\u{A0}b")])]),
        MappingCase(name: "empty inline elements vanish",
                    dom: [h("p", "a", h("em"), h("a", ["href": "/x"]), "b")],
                    blocks: [.paragraph([.text("ab")])]),
    ]

    @Test(arguments: cases)
    func maps(_ testCase: MappingCase) {
        expectBlocks(map(testCase.dom, options: testCase.options).blocks, testCase.blocks)
    }
}
