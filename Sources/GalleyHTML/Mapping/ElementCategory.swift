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

    /// The table is keyed by the name's bytes: no hashing of strings per element.
    private static let byName = PackedNameTable<ElementCategory>(categories.map { (name: $0.key, value: $0.value) })

    private static let categories: [String: ElementCategory] = {
        var table: [String: ElementCategory] = [:]
        for name in [
            "script", "style", "template", "head", "title", "meta", "link", "base", "input", "select", "textarea",
            "button", "option", "optgroup", "datalist", "iframe", "object", "embed", "param", "canvas", "audio",
            "video", "source", "track", "map", "area", "frameset", "frame", "noframes", "slot",
            "progress", "meter", "output", "applet", "portal",
        ] { table[name] = .dropped }
        for name in ["em", "i", "var", "dfn"] { table[name] = .emphasis }
        for name in ["strong", "b"] { table[name] = .strong }
        for name in ["s", "del", "strike"] { table[name] = .strikeout }
        table["sup"] = .superscript
        table["sub"] = .subscript
        for name in ["u", "mark", "small", "abbr", "acronym", "cite", "ins", "time"] { table[name] = .semanticSpan }
        for name in ["code", "kbd", "samp", "tt"] { table[name] = .code }
        table["a"] = .link
        table["q"] = .quotation
        table["img"] = .image
        table["picture"] = .picture
        table["br"] = .lineBreak
        table["wbr"] = .wordBreak
        table["hr"] = .horizontalRule
        for name in ["pre", "listing", "xmp", "plaintext"] { table[name] = .preformatted }
        table["noscript"] = .noscript
        table["p"] = .paragraph
        for name in [
            "div", "article", "main", "section", "nav", "aside", "header", "footer", "form", "details", "summary",
            "address", "hgroup", "fieldset", "legend", "center", "search", "dialog",
        ] { table[name] = .container }
        table["blockquote"] = .blockQuote
        for level in 1...6 { table["h\(level)"] = .heading(level) }
        table["ul"] = .list(ordered: false)
        table["menu"] = .list(ordered: false)
        table["dir"] = .list(ordered: false)
        table["ol"] = .list(ordered: true)
        table["li"] = .listItem
        table["dl"] = .definitionList
        table["dt"] = .definitionTerm
        table["dd"] = .definitionDescription
        table["figure"] = .figure
        table["figcaption"] = .figureCaption
        table["table"] = .table
        for name in ["thead", "tbody", "tfoot"] { table[name] = .tableSection }
        table["tr"] = .tableRow
        for name in ["td", "th"] { table[name] = .tableCell }
        table["caption"] = .tableCaption
        for name in ["col", "colgroup"] { table[name] = .tableColumns }
        return table
    }()
}
