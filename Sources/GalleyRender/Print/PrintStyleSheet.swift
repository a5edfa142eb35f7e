// Print CSS: the reading sheet plus the page box, pagination rules and a paper-friendly look.

import GalleyCore

/// The stylesheet of a print page, derived from a profile.
///
/// On screen the page reads like the profile's reading view (a centred column of
/// ``RenderProfile/measure`` characters). On paper the `@page` rule sets the sheet size and
/// margins, the column fills the page width, headings stay with the text after them, tables,
/// figures and code are not split across pages, a paragraph that introduces a table, figure, list
/// or code block stays with it, paragraphs keep at least three lines on either side of a break,
/// and images never overflow the page.
public struct PrintStyleSheet: Sendable, Hashable {
    /// The profile the sheet is derived from.
    public var profile: RenderProfile

    /// Creates the sheet for `profile`.
    public init(profile: RenderProfile) {
        self.profile = profile
    }

    /// The `@page` rule: the sheet's size and margins in millimetres.
    public var pageRule: String {
        let page = profile.page
        let size = "\(CSSNumber.format(page.width))mm \(CSSNumber.format(page.height))mm"
        let margins = [page.marginTop, page.marginRight, page.marginBottom, page.marginLeft]
            .map { CSSNumber.format($0) + "mm" }.joined(separator: " ")
        return "@page { size: \(size); margin: \(margins); }"
    }

    /// Rules that shape pagination; they apply on screen too, where they do nothing.
    static let paginationRules = """
        h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
        h1 + *, h2 + *, h3 + *, h4 + *, h5 + *, h6 + * { break-before: avoid; page-break-before: avoid; }
        table, figure, pre, blockquote, img, tr, li, .article-header { break-inside: avoid; page-break-inside: avoid; }
        p:has(+ table), p:has(+ figure), p:has(+ pre), p:has(+ ul), p:has(+ ol) { break-after: avoid; page-break-after: avoid; }
        p, li, blockquote, figcaption { orphans: 3; widows: 3; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.25em; }
        thead { display: table-header-group; }
        .article-header .title { margin-top: 0; }
        .footnote-back { text-decoration: none; }
        .footnotes, .link-references { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #999; margin-top: 1.5em; padding-top: 0.5em; }
        .footnotes > hr { display: none; }
        .footnotes::before { content: "Notes"; font-weight: bold; }
        .link-references::before { content: "Links"; font-weight: bold; display: block; margin-top: 0.8em; }
        .link-references ol { list-style: none; padding-left: 0; counter-reset: link; }
        .link-references li { counter-increment: link; }
        .link-references li::before { content: "[" counter(link) "] "; }
        .article-footer { break-before: avoid; page-break-before: avoid; }
        """

    /// Rules for paper only: the measure centred on the page, black text, no link colours.
    var paperRules: String {
        """
        @media print {
        html, body { background: #fff; }
        body { max-width: \(ProfileStyleSheet(profile: profile).maxWidth); margin: 0 auto; padding: 0; color: #000; }
        a { color: #000; text-decoration: none; }
        pre { background: none; border: 1px solid #ccc; }
        .footnote-back { display: none; }
        }
        """
    }

    /// Running heads and feet in the page margins (CSS Paged Media margin boxes): the title at
    /// the top of every page but the first, `footer` (the source URL) at the bottom left and the
    /// page number out of the page count at the bottom right. Engines without margin boxes
    /// ignore the rules.
    public func marginBoxes(title: String?, footer: String?) -> String {
        let style = "font-family: \(ProfileStyleSheet(profile: profile).fontStack); font-size: 8pt; color: #555;"
        var rules = "@page { @bottom-right { content: counter(page) \" / \" counter(pages); \(style) }"
        if let footer, !footer.isEmpty { rules += " @bottom-left { content: \(Self.cssString(footer)); \(style) }" }
        if let title, !title.isEmpty { rules += " @top-right { content: \(Self.cssString(title)); \(style) }" }
        rules += " }\n@page :first { @top-right { content: none; } }\n"
        return rules
    }

    /// `text` as a CSS string: quoted, at most 90 characters (an ellipsis marks a cut), with
    /// quotes and backslashes escaped, `<`, `>` and `&` as hexadecimal escapes (so that nothing
    /// in a `<style>` element can end it), and line breaks and controls as spaces.
    static func cssString(_ text: String) -> String {
        var result = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == 90 {
                result += "\u{2026}"
                break
            }
            count += 1
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\3C "
            case ">": result += "\\3E "
            case "&": result += "\\26 "
            default: result.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            }
        }
        return result + "\""
    }

    /// The whole stylesheet.
    public var css: String {
        pageRule + "\n" + ProfileStyleSheet(profile: profile).css + Self.paginationRules + "\n"
            + paperRules + "\n"
    }
}
