/// How the mapping treats an HTML element, by local name.
enum ElementCategory: Sendable, Hashable {
    /// Not page text: scripts, styles, form controls, embedded media, the head.
    case dropped
    /// Adds nothing: its content flows on (`<span>`, `<font>`, unknown and custom elements).
    case transparent
    case emphasis, strong, strikeout, superscript, `subscript`
    /// `<u>`, `<mark>`, `<small>`, `<abbr>`, `<cite>`, `<ins>`, `<time>`: a span that keeps the tag.
    case semanticSpan
    case code
    case link
    case quotation
    case image
    case picture
    case lineBreak
    case wordBreak
    case horizontalRule
    case preformatted
    case noscript
    case paragraph
    /// Sectioning and grouping elements → a div with the tag.
    case container
    case blockQuote
    case heading(Int)
    case list(ordered: Bool)
    case listItem
    case definitionList
    case definitionTerm
    case definitionDescription
    case figure
    case figureCaption
    case table
    case tableSection
    case tableRow
    case tableCell
    case tableCaption
    case tableColumns

    /// Whether the element starts a block (ends the paragraph before it).
    var isBlock: Bool {
        switch self {
        case .horizontalRule, .preformatted, .paragraph, .container, .blockQuote, .heading, .list, .listItem,
            .definitionList, .definitionTerm, .definitionDescription, .figure, .figureCaption, .table,
            .tableSection, .tableRow, .tableCell, .tableCaption:
            return true
        default:
            return false
        }
    }

    /// The category of the HTML element `name` (unknown names are transparent).
    static func of(_ name: String) -> ElementCategory {
        var name = name
        return name.withUTF8 { byName.value(for: $0) } ?? .transparent
    }

    /// The category of an HTML element named `name`, looked up by `tag` when that is known (the
    /// node's ``HTMLDOM/Node/tag``): an array read instead of a name lookup.
    static func of(_ name: String, tag: Tag) -> ElementCategory {
        tag == .unknown ? of(name) : byTag[Int(tag.rawValue)]
    }

    /// The category of each ``Tag``'s name, by raw value.
    private static let byTag: [ElementCategory] = Tag.allCases.map { of($0.name) }

    /// The table is keyed by the name's bytes: no hashing of strings per element.
    private static let byName = PackedNameTable<ElementCategory>(categories)

    /// Every name with its category, as a list: the table is built straight from it at start-up.
    private static let categories: [(name: String, value: ElementCategory)] = {
        var table: [(name: String, value: ElementCategory)] = []
        table.reserveCapacity(128)
        func add(_ names: [String], _ category: ElementCategory) {
            for name in names { table.append((name, category)) }
        }
        add([
            "script", "style", "template", "head", "title", "meta", "link", "base", "input", "select", "textarea",
            "button", "option", "optgroup", "datalist", "iframe", "object", "embed", "param", "canvas", "audio",
            "video", "source", "track", "map", "area", "frameset", "frame", "noframes", "slot",
            "progress", "meter", "output", "applet", "portal",
        ], .dropped)
        add(["em", "i", "var", "dfn"], .emphasis)
        add(["strong", "b"], .strong)
        add(["s", "del", "strike"], .strikeout)
        add(["sup"], .superscript)
        add(["sub"], .subscript)
        add(["u", "mark", "small", "abbr", "acronym", "cite", "ins", "time"], .semanticSpan)
        add(["code", "kbd", "samp", "tt"], .code)
        add(["a"], .link)
        add(["q"], .quotation)
        add(["img"], .image)
        add(["picture"], .picture)
        add(["br"], .lineBreak)
        add(["wbr"], .wordBreak)
        add(["hr"], .horizontalRule)
        add(["pre", "listing", "xmp", "plaintext"], .preformatted)
        add(["noscript"], .noscript)
        add(["p"], .paragraph)
        add([
            "div", "article", "main", "section", "nav", "aside", "header", "footer", "form", "details", "summary",
            "address", "hgroup", "fieldset", "legend", "center", "search", "dialog",
        ], .container)
        add(["blockquote"], .blockQuote)
        for level in 1...6 { add(["h\(level)"], .heading(level)) }
        add(["ul", "menu", "dir"], .list(ordered: false))
        add(["ol"], .list(ordered: true))
        add(["li"], .listItem)
        add(["dl"], .definitionList)
        add(["dt"], .definitionTerm)
        add(["dd"], .definitionDescription)
        add(["figure"], .figure)
        add(["figcaption"], .figureCaption)
        add(["table"], .table)
        add(["thead", "tbody", "tfoot"], .tableSection)
        add(["tr"], .tableRow)
        add(["td", "th"], .tableCell)
        add(["caption"], .tableCaption)
        add(["col", "colgroup"], .tableColumns)
        return table
    }()
}
