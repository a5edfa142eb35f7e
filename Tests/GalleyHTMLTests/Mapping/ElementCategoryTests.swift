@testable import GalleyHTML
import Testing

/// The element categories the mapping reads by ``Tag`` (a switch) and by name (untagged
/// elements) agree with the one list of names below.
@Suite struct ElementCategoryTests {
    /// Every element name with a category other than transparent.
    static let categories: [(names: [String], category: ElementCategory)] = [
        ([
            "script", "style", "template", "head", "title", "meta", "link", "base", "input", "select", "textarea",
            "button", "option", "optgroup", "datalist", "iframe", "object", "embed", "param", "canvas", "audio",
            "video", "source", "track", "map", "area", "frameset", "frame", "noframes", "slot",
            "progress", "meter", "output", "applet", "portal",
        ], .dropped),
        (["em", "i", "var", "dfn"], .emphasis),
        (["strong", "b"], .strong),
        (["s", "del", "strike"], .strikeout),
        (["sup"], .superscript),
        (["sub"], .subscript),
        (["u", "mark", "small", "abbr", "acronym", "cite", "ins", "time"], .semanticSpan),
        (["code", "kbd", "samp", "tt"], .code),
        (["a"], .link),
        (["q"], .quotation),
        (["img"], .image),
        (["picture"], .picture),
        (["br"], .lineBreak),
        (["wbr"], .wordBreak),
        (["hr"], .horizontalRule),
        (["pre", "listing", "xmp", "plaintext"], .preformatted),
        (["noscript"], .noscript),
        (["p"], .paragraph),
        ([
            "div", "article", "main", "section", "nav", "aside", "header", "footer", "form", "details", "summary",
            "address", "hgroup", "fieldset", "legend", "center", "search", "dialog",
        ], .container),
        (["blockquote"], .blockQuote),
        (["h1"], .heading(1)), (["h2"], .heading(2)), (["h3"], .heading(3)),
        (["h4"], .heading(4)), (["h5"], .heading(5)), (["h6"], .heading(6)),
        (["ul", "menu", "dir"], .list(ordered: false)),
        (["ol"], .list(ordered: true)),
        (["li"], .listItem),
        (["dl"], .definitionList),
        (["dt"], .definitionTerm),
        (["dd"], .definitionDescription),
        (["figure"], .figure),
        (["figcaption"], .figureCaption),
        (["table"], .table),
        (["thead", "tbody", "tfoot"], .tableSection),
        (["tr"], .tableRow),
        (["td", "th"], .tableCell),
        (["caption"], .tableCaption),
        (["col", "colgroup"], .tableColumns),
    ]

    static func expected(_ name: String) -> ElementCategory {
        categories.first { $0.names.contains(name) }?.category ?? .transparent
    }

    @Test func everyNameHasItsCategory() {
        for (names, category) in Self.categories {
            for name in names {
                #expect(ElementCategory.of(name) == category, "\(name)")
                #expect(ElementCategory.of(name, tag: Tag(name)) == category, "\(name)")
            }
        }
        for name in ["", "span", "font", "x-widget", "svg", "timex", "pictures", "abbreviation-long-name"] {
            #expect(ElementCategory.of(name) == .transparent, "\(name)")
        }
    }

    @Test func everyTagHasTheCategoryOfItsName() {
        for tag in Tag.allCases {
            #expect(ElementCategory.of(tag) == Self.expected(tag.name), "\(tag.name)")
        }
    }

    @Test func untaggedNamesFollowTheCasesAndAreNoTags() {
        #expect(UntaggedElement.names.count == UntaggedElement.allCases.count)
        for element in UntaggedElement.allCases {
            #expect(element.name == String(describing: element))
            #expect(Tag(element.name) == .unknown)
            #expect(ElementCategory.of(element.name) == element.category)
            #expect(element.category == Self.expected(element.name))
        }
    }

    @Test func gatheredElementsByNameAndByTagAgree() {
        let gathered: [(String, PageMetadata.GatheredElement)] = [
            ("html", .html), ("title", .title), ("meta", .meta), ("link", .link), ("base", .base),
            ("script", .script), ("style", .style), ("time", .time), ("div", .other), ("x-time", .other),
        ]
        for (name, element) in gathered {
            #expect(PageMetadata.GatheredElement.of(name) == element, "\(name)")
            if Tag(name) != .unknown { #expect(PageMetadata.GatheredElement.of(Tag(name)) == element, "\(name)") }
        }
    }
}
