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
        "most-popular", "mostpopular", "read-more", "readmore", "print", "rating", "tools",
    ]

    /// Whole tokens (short words that would match too much as substrings).
    static let negativeTokens: Set<String> = [
        "nav", "ad", "ads", "adv", "foot", "meta", "tags", "tag", "share", "rss", "links", "hidden",
        "hide", "aside", "top", "bottom", "extra", "sns", "social", "follow", "date", "time", "info",
    ]

    static let negativeTags: Set<String> = ["nav", "aside", "footer", "header", "form", "menu", "dialog"]
    static let negativeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]

    /// The evidence for a container: positive for content, negative for chrome.
    static func weight(tag: String, attributes: Attributes) -> Double {
        var weight = 0.0
        switch tag {
        case "article": weight += 25
        case "main": weight += 30
        case "section", "td": weight += 0
        default: if negativeTags.contains(tag) { weight -= 40 }
        }
        if let role = attributes["role"]?.lowercased() {
            if role == "main" || role == "article" { weight += 30 }
            if negativeRoles.contains(role) { weight -= 40 }
        }
        if let itemprop = attributes["itemprop"]?.lowercased() {
            if itemprop.contains("articlebody") || itemprop == "text" || itemprop == "reviewbody" { weight += 50 }
            if itemprop.contains("comment") { weight -= 40 }
        }
        let names = ([attributes.id] + attributes.classes).map { $0.lowercased() }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return weight }
        var negative = false
        var positive = false
        for name in names {
            let tokens = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            if tokens.contains(where: { negativeTokens.contains(String($0)) }) { negative = true }
            if negativeSubstrings.contains(where: { name.contains($0) }) { negative = true }
            if tokens.contains(where: { positiveWords.contains(String($0)) })
                || positiveWords.contains(where: { $0.count >= 5 && name.contains($0) })
            {
                positive = true
            }
        }
        if negative { weight -= 25 }
        if positive { weight += 25 }
        return weight
    }

    /// Whether the container is marked hidden (`hidden`, `aria-hidden`, `display:none`).
    static func isHidden(_ attributes: Attributes) -> Bool {
        attributes["hidden"] == "true" || attributes["aria-hidden"] == "true"
    }
}
