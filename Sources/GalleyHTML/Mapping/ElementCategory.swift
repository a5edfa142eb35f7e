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
        return name.withUTF8 { bytes in
            let tag = Tag(lowerCaseName: bytes)
            if tag != .unknown { return of(tag) }
            return UntaggedElement(lowerCaseName: bytes)?.category ?? .transparent
        }
    }

    /// The category of an HTML element named `name`, looked up by `tag` when that is known (the
    /// node's ``HTMLDOM/Node/tag``): a switch instead of a name lookup.
    static func of(_ name: String, tag: Tag) -> ElementCategory {
        tag == .unknown ? of(name) : of(tag)
    }

    /// The category of the HTML element named as `tag` is (``Tag/unknown`` is transparent).
    ///
    /// A switch rather than a table: it costs a process nothing to set up. Elements without a
    /// ``Tag`` are in ``UntaggedElement``.
    static func of(_ tag: Tag) -> ElementCategory {
        switch tag {
        case .applet, .area, .base, .button, .embed, .frame, .frameset, .head, .iframe, .input, .link, .meta,
            .noframes, .object, .optgroup, .option, .param, .script, .select, .source, .style, .template,
            .textarea, .title, .track:
            return .dropped
        case .em, .i, .var: return .emphasis
        case .b, .strong: return .strong
        case .s, .strike: return .strikeout
        case .sup: return .superscript
        case .sub: return .subscript
        case .small, .u: return .semanticSpan
        case .code, .tt: return .code
        case .a: return .link
        case .img: return .image
        case .br: return .lineBreak
        case .wbr: return .wordBreak
        case .hr: return .horizontalRule
        case .listing, .plaintext, .pre, .xmp: return .preformatted
        case .noscript: return .noscript
        case .p: return .paragraph
        case .address, .article, .aside, .center, .details, .dialog, .div, .fieldset, .footer, .form, .header,
            .hgroup, .legend, .main, .nav, .search, .section, .summary:
            return .container
        case .blockquote: return .blockQuote
        case .h1: return .heading(1)
        case .h2: return .heading(2)
        case .h3: return .heading(3)
        case .h4: return .heading(4)
        case .h5: return .heading(5)
        case .h6: return .heading(6)
        case .dir, .menu, .ul: return .list(ordered: false)
        case .ol: return .list(ordered: true)
        case .li: return .listItem
        case .dl: return .definitionList
        case .dt: return .definitionTerm
        case .dd: return .definitionDescription
        case .figure: return .figure
        case .figcaption: return .figureCaption
        case .table: return .table
        case .tbody, .tfoot, .thead: return .tableSection
        case .tr: return .tableRow
        case .td, .th: return .tableCell
        case .caption: return .tableCaption
        case .col, .colgroup: return .tableColumns
        case .unknown, .basefont, .bgsound, .big, .body, .font, .html, .image, .keygen, .label, .marquee, .nobr,
            .noembed, .rb, .rp, .rt, .rtc, .ruby, .span, .math, .svg, .mi, .mo, .mn, .ms, .mtext, .annotationXML,
            .foreignObject, .desc, .malignmark, .mglyph:
            return .transparent
        }
    }
}
