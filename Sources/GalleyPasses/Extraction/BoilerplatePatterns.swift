import GalleyCore

/// What a container's tag, id, classes, role and itemprop say about it.
///
/// Weights follow Readability's class weighting (±25 for a matching class or id) with stronger
/// evidence for semantic markup: `itemprop="articleBody"` (+50), `<article>`/`<main>`/`role=main`
/// (+25/+30), and `<nav>`, `<aside>`, `<footer>`, navigation and banner roles (−40).
enum BoilerplatePatterns {
    /// Tokens that name content areas when they appear in an id or class.
    static let positiveWords = [
        "article", "content", "entry", "hentry", "post", "story", "text", "body", "blog", "main",
        "artikel", "inhalt", "beitrag", "contenu", "articulo", "contenido", "noticia", "testo",
    ]

    /// Substrings (of 5 letters or more) that name page chrome in an id or class.
    static let negativeSubstrings = [
        "comment", "sidebar", "footer", "masthead", "breadcrumb", "navigation", "navbar", "social",
        "share", "sharing", "newsletter", "subscribe", "cookie", "consent", "banner", "related",
        "recommend", "sponsor", "advert", "promo", "widget", "popup", "modal", "signup", "login",
        "toolbar", "pagination", "pager", "teaser", "outbrain", "taboola", "disqus", "skyscraper",
        "shoutbox", "byline-share", "tagcloud", "copyright", "impressum", "header", "menu",
        "kommentar", "footnote-nav", "author-box", "authorbox", "more-stories", "trending",
        "most-popular", "mostpopular", "read-more", "readmore", "rating", "tools",
        "author", "contributor", "biography", "trending", "wishlist", "alert", "linkbox",
        "next-post", "nextstory", "next-story", "prev-post", "same-topic", "savoir-plus", "captcha",
        "review-form", "newsletter", "abonn", "subscription", "paywall", "recirculation", "inline-textbox",
        "asset-box", "article-copyright", "post-meta", "entry-meta", "article-meta", "byline",
    ]

    /// Whole tokens (short words that would match too much as substrings).
    static let negativeTokens = PackedWordSet(words: [
        "nav", "ad", "ads", "adv", "foot", "meta", "tags", "tag", "share", "rss", "hidden",
        "hide", "aside", "extra", "sns", "social", "follow", "date", "time", "info",
        "toc", "bio", "more", "promo", "likes", "cta", "kasten", "infobox", "teaser", "breadcrumbs",
    ])

    /// Tokens that say a container holds or lays out the content; a name with one of them is
    /// not penalised for also naming chrome ("with-sidebar-right", "elementor-widget-container"),
    /// as Readability's "maybe candidate" pattern spares them.
    static let layoutTokens = PackedWordSet(words: [
        "content", "main", "body", "article", "column", "container", "wrapper", "wrap", "page", "post",
        "entry", "text", "story", "layout", "grid", "row", "col", "inner", "single", "detail",
    ])

    static let positiveWordSet = PackedWordSet(words: positiveWords)
    /// Substrings that name other bodies, leads, comments, wrappers and article bodies, in that
    /// order: searched together in one pass over a name (``nameNeedleKinds`` says which is which).
    static let nameNeedleLists: [[String]] = [
        ["comment", "sidebar", "related", "teaser"],
        leadNames,
        ["comment", "respond", "disqus", "kommentar", "reactions"],
        ["wrap", "container", "page", "site", "layout", "main", "content", "body", "all"],
        articleBodyNames,
    ]
    /// Substrings that name an image caption or credit.
    static let captionSubstrings = ["caption", "credit", "legende", "bildunterschrift", "img-meta", "image-meta", "photo-meta"]
    /// Every substring ``NameEvidence`` looks for, searched together in one pass over a name:
    /// ``nameNeedleLists``, then ``negativeSubstrings``, ``captionSubstrings`` and the positive
    /// words of five letters or more (``nameNeedleKinds`` says which is which).
    static let nameNeedles = ByteNeedleSet(
        nameNeedleLists.flatMap { $0 } + negativeSubstrings + captionSubstrings + longPositiveWords)
    /// The positive words of five letters or more, found inside longer names too.
    static let longPositiveWords = positiveWords.filter { $0.count >= 5 }
    /// Per needle of ``nameNeedles``: the index of its list in ``nameNeedleLists``, or
    /// ``NeedleKind/negative``, ``NeedleKind/caption`` or ``NeedleKind/positive``.
    static let nameNeedleKinds =
        nameNeedleLists.indices.flatMap { kind in Array(repeating: kind, count: nameNeedleLists[kind].count) }
        + Array(repeating: NeedleKind.negative, count: negativeSubstrings.count)
        + Array(repeating: NeedleKind.caption, count: captionSubstrings.count)
        + Array(repeating: NeedleKind.positive, count: longPositiveWords.count)

    /// The kinds of ``nameNeedles`` past the lists of ``nameNeedleLists``, numbered on from them
    /// (literals, as the matching loop compares with them; a test checks they follow the lists).
    enum NeedleKind {
        static let negative = 5
        static let caption = 6
        static let positive = 7
    }

    /// Whether `tag` is one of the elements that hold page chrome: `nav`, `aside`, `footer`,
    /// `header`, `form`, `menu`, `dialog`. A switch: tags are short strings that compare in a
    /// few instructions, where a set lookup hashes each one.
    static func isNegativeTag(_ tag: String) -> Bool {
        switch tag {
        case "nav", "aside", "footer", "header", "form", "menu", "dialog": return true
        default: return false
        }
    }
    static let negativeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]

    /// The evidence for a container: positive for content, negative for chrome.
    ///
    /// - Parameter names: What each of its id and classes says (``NameEvidence``).
    static func weight(tag: String, attributes: MarkedAttributes, names evidence: [NameEvidence]) -> Double {
        var weight = 0.0
        switch tag {
        case "article": weight += 25
        case "main": weight += 30
        case "section", "td": weight += 0
        default: if isNegativeTag(tag) { weight -= 40 }
        }
        if let role = attributes.role?.lowercased() {
            if role == "main" || role == "article" { weight += 30 }
            if negativeRoles.contains(role) { weight -= 40 }
        }
        if let itemprop = attributes.itemprop?.lowercased() {
            if itemprop.contains("articlebody") || itemprop == "text" || itemprop == "reviewbody" { weight += 50 }
            if itemprop.contains("comment") { weight -= 40 }
            // An author box or the publisher's logo.
            if itemprop == "author" || itemprop == "publisher" { weight -= 25 }
        }
        // A chrome word further on in a name ("entry__related") counts unless another name says
        // the box is a layout wrapper ("karma-below-banner" beside "container-full-width").
        let isLayout = evidence.contains { $0.describesLayout && !$0.mentionsChrome }
        if evidence.contains(where: { $0.startsWithChrome || ($0.mentionsChrome && !isLayout) }) { weight -= 25 }
        if evidence.contains(where: \.namesContent) { weight += 25 }
        return weight
    }

    /// What one id or class says.
    ///
    /// Chrome when the name starts with a chrome word ("comment-content", "sidebar-wrapper");
    /// it mentions chrome when a chrome word comes later ("entry__related"), unless a modifier
    /// says the box merely sits beside chrome ("with-sidebar-right", "has-ads"), the chrome word
    /// is a page builder's "widget" or an article's "header", or layout words before it and at
    /// the end say the box wraps content and chrome together ("content-sidebar-wrap"). A BEM
    /// modifier (after `--`) is not read. It names content when it names an article body, or a
    /// content area and no chrome.
    struct NameEvidence {
        var startsWithChrome = false
        var mentionsChrome = false
        var describesLayout = false
        var namesContent = false
        /// Names an article body ("entry-content", "article-body").
        var namesArticleBody = false
        /// Names a box whose body is not the article's ("comment-body", "teaser-text").
        var namesOtherBody = false
        /// Names a lead or standfirst ("entry-excerpt", "article-intro").
        var namesLead = false
        /// Names comments or the comment form ("comments-area", "respond", "disqus_thread").
        var namesComments = false
        /// Names an image caption or credit ("wp-caption-text", "image-credit").
        var namesCaption = false
        /// Names a wrapper of a page or of its content ("mmenuwrapper", "site-container").
        var namesWrapper = false

        init(_ name: String) {
            var name = name
            self = name.withUTF8 { source in
                // The lower-cased name lives on the stack (or, when very long, in a buffer of its
                // own) for as long as it is read.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { buffer in
                    for index in source.indices {
                        let byte = source[index]
                        buffer[index] = UTF8Decoding.lowercasedASCII(byte)
                    }
                    return NameEvidence(lowercased: UnsafeBufferPointer(buffer))
                }
            }
        }

        /// What a name says, from its bytes with ASCII lower-cased.
        private init(lowercased name: UnsafeBufferPointer<UInt8>) {
            // Per byte, where the shortest chrome substring starting there ends (or past the
            // name): a token is chrome when one lies inside it.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: name.count) { chromeEnds in
                chromeEnds.initialize(repeating: Int.max)
                // A bit per list of ``nameNeedleLists`` with a needle in the whole name, and the
                // earliest end of a caption and of a positive substring (which count only before
                // a BEM modifier).
                var found = 0
                var captionEnd = Int.max
                var positiveEnd = Int.max
                nameNeedles.forEachOccurrence(in: name) { needle, position in
                    let kind = nameNeedleKinds[needle]
                    let end = position + nameNeedles.length(of: needle)
                    switch kind {
                    case NeedleKind.negative: chromeEnds[position] = min(chromeEnds[position], end)
                    case NeedleKind.caption: captionEnd = min(captionEnd, end)
                    case NeedleKind.positive: positiveEnd = min(positiveEnd, end)
                    default: found |= 1 << kind
                    }
                    return true
                }
                namesOtherBody = found & 1 != 0
                namesLead = found & 2 != 0
                namesComments = found & 4 != 0
                namesWrapper = found & 8 != 0
                if !namesOtherBody && found & 16 != 0 {
                    namesArticleBody = true
                    namesContent = true
                    describesLayout = true
                    return
                }
                var length = name.count
                if let modifier = firstDoubleHyphen(name), modifier > 0 { length = modifier }
                let bytes = UnsafeBufferPointer(rebasing: name[0..<length])
                let substrings = Substrings(
                    chromeEnds: UnsafeBufferPointer(chromeEnds), hasCaption: captionEnd <= length,
                    hasPositive: positiveEnd <= length)
                readTokens(of: bytes, substrings)
            }
        }

        /// What the one pass over a name found besides the lists' kinds.
        private struct Substrings {
            /// Per byte, where the shortest chrome substring starting there ends.
            let chromeEnds: UnsafeBufferPointer<Int>
            /// Whether a caption substring lies before the BEM modifier.
            let hasCaption: Bool
            /// Whether a positive word of five letters or more lies before the BEM modifier.
            let hasPositive: Bool

            /// Whether a chrome substring lies inside `range`.
            func hasChrome(in range: Range<Int>) -> Bool {
                range.contains(where: { chromeEnds[$0] <= range.upperBound })
            }
        }

        /// Splits `bytes` (the name before its BEM modifier) into tokens and reads them.
        private mutating func readTokens(of bytes: UnsafeBufferPointer<UInt8>, _ substrings: Substrings) {
            let length = bytes.count
            // The tokens, packed for set lookups without a string each, and where each lies in
            // `bytes`; a token takes at least one byte and a separator.
            let capacity = length / 2 + 1
            withUnsafeTemporaryAllocation(of: PackedWord.self, capacity: capacity) { tokenBuffer in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: capacity) { rangeBuffer in
                    var count = 0
                    var start = 0
                    for index in 0...length {
                        let isSeparator = index == length || !(bytes[index] >= 0x80 || isASCIILetterOrDigit(bytes[index]))
                        guard isSeparator else { continue }
                        if index > start {
                            tokenBuffer.initializeElement(at: count, to: PackedWord(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                            rangeBuffer.initializeElement(at: count, to: start..<index)
                            count += 1
                        }
                        start = index + 1
                    }
                    while count > 0, bytes[rangeBuffer[count - 1]].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { count -= 1 }
                    read(
                        tokens: UnsafeBufferPointer(rebasing: tokenBuffer[0..<count]),
                        ranges: UnsafeBufferPointer(rebasing: rangeBuffer[0..<count]), substrings)
                }
            }
        }

        /// Reads the name's tokens (without a trailing number), which lie at `ranges` in `bytes`.
        private mutating func read(tokens: UnsafeBufferPointer<PackedWord>, ranges: UnsafeBufferPointer<Range<Int>>, _ substrings: Substrings) {
            // Whether the token at `position` is a chrome word, whole or as a substring.
            func isChromeToken(_ position: Int) -> Bool {
                negativeTokens.contains(tokens[position]) || substrings.hasChrome(in: ranges[position])
            }
            guard let first = tokens.first, let last = tokens.last else { return }
            // WordPress marks posts with their taxonomy ("tag-politics", "category-news").
            if tokens.count > 1 && (first == Words.tag || first == Words.category) { return }
            namesCaption = substrings.hasCaption
            describesLayout = tokens.contains(where: { layoutTokens.contains($0) })
            var chromeWord = false
            // "hidden-xs" hides a box on small screens only.
            if isChromeToken(0) && !(tokens.count > 1 && (first == Words.hidden || first == Words.hide)) {
                startsWithChrome = true
                chromeWord = true
            }
            for position in tokens.indices.dropFirst() where isChromeToken(position) {
                let token = tokens[position]
                chromeWord = true
                // A widget may be a page builder's block; an article's header holds its title and lead.
                if chromeModifiers.contains(tokens[position - 1]) || token == Words.widget || token == Words.header { continue }
                // "content-sidebar-wrap" wraps content and sidebar; "mvp-author-box-wrap" is the author box.
                if layoutTokens.contains(last) && last != token && layoutTokens.contains(tokens[position - 1]) { continue }
                mentionsChrome = true
            }
            namesContent = !chromeWord
                && (tokens.contains(where: { positiveWordSet.contains($0) }) || substrings.hasPositive)
        }
    }

    /// The single words ``NameEvidence`` compares tokens with.
    enum Words {
        static let tag = PackedWord(literal: "tag")
        static let category = PackedWord(literal: "category")
        static let hidden = PackedWord(literal: "hidden")
        static let hide = PackedWord(literal: "hide")
        static let widget = PackedWord(literal: "widget")
        static let header = PackedWord(literal: "header")
    }

    /// Modifiers that say a container *has* the chrome beside it ("with-sidebar", "has-ads").
    static let chromeModifiers = PackedWordSet(words: ["with", "has", "no", "without", "show"])

    static func firstDoubleHyphen(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for index in 0..<(bytes.count - 1) where bytes[index] == 0x2D && bytes[index + 1] == 0x2D { return index }
        return nil
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Ids and classes that name an article's body in common publishing systems.
    static let articleBodyNames = [
        "entry-content", "entry_content", "entrycontent", "post-content", "post_content", "postcontent",
        "article-body", "article_body", "articlebody", "article-content", "article_content",
        "articlecontent", "article-text", "articletext", "story-body", "storybody", "story-content",
        "post-body", "postbody", "post-entry", "entry-body", "content-body", "body-text", "bodytext",
        "article__body", "article__content", "post__content", "single-content", "td-post-content",
        "field-name-body", "node-content", "blog-post", "blogpost", "post-text", "news-text",
        "artikel-text", "artikeltext", "texto-noticia", "contenu-article", "main-content", "maincontent",
        "page-content", "the-content", "rich-text", "richtext", "text-content", "content-main", "mw-parser-output",
    ]

    /// How strongly markup names a container as the article (0 strongest), or `nil`.
    static func articleTier(tag: String, attributes: MarkedAttributes, names: [NameEvidence]) -> Int? {
        if let itemprop = attributes.itemprop?.lowercased(), itemprop.contains("articlebody") { return 0 }
        if names.contains(where: \.namesArticleBody) && !names.contains(where: \.namesOtherBody) { return 1 }
        if tag == "article" { return 2 }
        if tag == "main" || attributes.role == "main" { return 3 }
        return nil
    }

    /// The attributes of a container that the patterns read, each the first of its name, found
    /// in one pass over the pairs rather than a search of them for each.
    struct MarkedAttributes {
        var role: String?
        var itemprop: String?
        var hidden: String?
        var ariaHidden: String?

        init(_ attributes: Attributes) {
            for pair in attributes.pairs {
                switch pair.key {
                case "role": if role == nil { role = pair.value }
                case "itemprop": if itemprop == nil { itemprop = pair.value }
                case "hidden": if hidden == nil { hidden = pair.value }
                case "aria-hidden": if ariaHidden == nil { ariaHidden = pair.value }
                default: break
                }
            }
        }
    }

    /// Names of a lead paragraph's box ("entry-excerpt", "teaser-text", "article-intro").
    static let leadNames = ["excerpt", "teaser", "lead", "intro", "summary", "standfirst", "abstract", "deck", "dek", "subtitle", "subline", "kicker"]

    /// Whether the container is marked hidden (`hidden` or `aria-hidden` set to `true`).
    static func isHidden(_ attributes: MarkedAttributes) -> Bool {
        attributes.hidden == "true" || attributes.ariaHidden == "true"
    }
}
