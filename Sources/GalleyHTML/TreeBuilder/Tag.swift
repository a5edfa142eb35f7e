/// The element names the tree builder treats specially, interned to one byte for fast
/// comparisons; every other name is ``unknown`` (and compared by its string).
enum Tag: UInt8, CaseIterable, Sendable {
    case unknown
    case a, address, applet, area, article, aside, b, base, basefont, bgsound, big, blockquote, body, br, button
    case caption, center, code, col, colgroup, dd, details, dialog, dir, div, dl, dt, em, embed
    case fieldset, figcaption, figure, font, footer, form, frame, frameset, h1, h2, h3, h4, h5, h6
    case head, header, hgroup, hr, html, i, iframe, image, img, input, keygen, label, li, link, listing
    case main, marquee, menu, meta, nav, nobr, noembed, noframes, noscript, object, ol, optgroup, option
    case p, param, plaintext, pre, rb, rp, rt, rtc, ruby, s, script, search, section, select, small
    case source, span, strike, strong, style, sub, summary, sup, table, tbody, td, template, textarea
    case tfoot, th, thead, title, tr, track, tt, u, ul, `var`, wbr, xmp
    case math, svg, mi, mo, mn, ms, mtext, annotationXML, foreignObject, desc, malignmark, mglyph, legend

    /// The tag for a lower-case token name (looked up in the same table as the tokenizer's bytes:
    /// a second, string-keyed table cost each process more to build than its look-ups).
    init(_ name: String) {
        var name = name
        self = name.withUTF8 { Tag(lowerCaseName: $0) }
    }

    /// The lower-case name of each tag, by raw value ("" for ``unknown``); in the order of the
    /// cases (a test checks it), spelled out so that start-up does not reflect on the enum.
    static let names: [String] = [
        "", "a", "address", "applet", "area", "article", "aside", "b", "base", "basefont", "bgsound", "big",
        "blockquote", "body", "br", "button", "caption", "center", "code", "col", "colgroup", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
        "hr", "html", "i", "iframe", "image", "img", "input", "keygen", "label", "li", "link", "listing",
        "main", "marquee", "menu", "meta", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol",
        "optgroup", "option", "p", "param", "plaintext", "pre", "rb", "rp", "rt", "rtc", "ruby", "s", "script",
        "search", "section", "select", "small", "source", "span", "strike", "strong", "style", "sub",
        "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title",
        "tr", "track", "tt", "u", "ul", "var", "wbr", "xmp", "math", "svg", "mi", "mo", "mn", "ms", "mtext",
        "annotation-xml", "foreignobject", "desc", "malignmark", "mglyph", "legend",
    ]

    /// Every tag by its name's bytes, found as its raw value (the empty name of ``unknown`` is
    /// left out).
    private static let byBytes = PackedNameTable(names)

    /// The lower-case name of a known tag, as tokens and the DOM carry it.
    var name: String { Tag.names[Int(rawValue)] }

    /// The tag for the lower-case name bytes of a token, without building a string.
    ///
    /// Inlined into the tokenizer: as a call, `galley-bench parse` ran 0.17% more instructions
    /// on the README's 99 pages (callgrind).
    @inline(__always) init(lowerCaseName bytes: UnsafeBufferPointer<UInt8>) {
        guard let index = Tag.byBytes.index(for: bytes) else {
            self = .unknown
            return
        }
        self = Tag(rawValue: UInt8(truncatingIfNeeded: index)) ?? .unknown
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#formatting
    var isFormatting: Bool {
        switch self {
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u: return true
        default: return false
        }
    }

    /// HTML elements in the "special" category.
    var isSpecialHTML: Bool {
        switch self {
        case .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br,
             .button, .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed, .fieldset,
             .figcaption, .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head,
             .header, .hgroup, .hr, .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main, .marquee,
             .menu, .meta, .nav, .noembed, .noframes, .noscript, .object, .ol, .p, .param, .plaintext, .pre,
             .script, .search, .section, .select, .source, .style, .summary, .table, .tbody, .td, .template,
             .textarea, .tfoot, .th, .thead, .title, .tr, .track, .ul, .wbr, .xmp:
            return true
        default: return false
        }
    }

    var isHeading: Bool { self == .h1 || self == .h2 || self == .h3 || self == .h4 || self == .h5 || self == .h6 }

    /// Elements whose end tags are implied (https://html.spec.whatwg.org/multipage/parsing.html#generate-implied-end-tags).
    var hasImpliedEndTag: Bool {
        switch self {
        case .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc: return true
        default: return false
        }
    }

    /// The thorough set, used when closing templates.
    var hasThoroughlyImpliedEndTag: Bool {
        switch self {
        case .caption, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr: return true
        default: return hasImpliedEndTag
        }
    }

    /// HTML start tags that break out of foreign content.
    var breaksOutOfForeignContent: Bool {
        switch self {
        case .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3,
             .h4, .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s,
             .small, .span, .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var:
            return true
        default: return false
        }
    }
}
