// The reading stylesheet a profile gives every HTML Galley writes for it: print builds on it,
// e-mail inlines it into style attributes.

import GalleyCore

/// CSS derived from a ``RenderProfile``, in relative units.
///
/// The root size is the profile's base size as a percentage of 12 pt (the 16 px that browsers
/// give `medium` text), so a reader's own zoom and minimum font size still apply; every other size
/// is in `rem` or `em`. Headings climb the profile's modular scale (see ``FontSizeKey``), line
/// height is never under 1.2, and the column is ``RenderProfile/measure`` characters wide
/// (`max-width` in `ch`).
public struct ProfileStyleSheet: Sendable, Hashable {
    /// The profile the sheet is derived from.
    public var profile: RenderProfile

    /// Creates the sheet for `profile`.
    public init(profile: RenderProfile) {
        self.profile = profile
    }

    /// The size keywords on the profile's scale.
    public var sizes: FontSizeKey { FontSizeKey(profile: profile) }

    /// The root font size: the base size relative to 12 pt, in percent (`125%` for 15 pt).
    public var rootFontSize: String {
        CSSNumber.format(profile.baseFontSize / 12 * 100) + "%"
    }

    /// The line height, never under 1.2.
    public var lineHeight: String {
        CSSNumber.format(profile.lineHeight.isFinite ? max(profile.lineHeight, 1.2) : 1.5)
    }

    /// The text column's width in characters (at least 20).
    public var maxWidth: String { "\(max(profile.measure, 20))ch" }

    /// The font stack for the profile's family.
    public var fontStack: String {
        switch profile.fontFamily {
        case .serif: return "Georgia, \"Times New Roman\", Times, \"DejaVu Serif\", \"Noto Serif CJK SC\", serif"
        case .sans: return "Helvetica, Arial, \"DejaVu Sans\", \"Noto Sans CJK SC\", sans-serif"
        }
    }

    /// A heading's size in `rem`.
    public func headingSize(level: Int) -> String {
        CSSNumber.format(sizes.headingRatio(level: level)) + "rem"
    }

    /// One CSS rule: a selector and its declarations (without braces or a final semicolon).
    public struct Rule: Sendable, Hashable {
        /// `h1`, `.byline`, `.footnotes, .link-references`.
        public var selector: String
        /// `font-size: 2rem; line-height: 1.2`.
        public var declarations: String

        /// Creates a rule.
        public init(_ selector: String, _ declarations: String) {
            self.selector = selector
            self.declarations = declarations
        }
    }

    /// The rules in order; ``css`` joins them, the e-mail writer inlines those that name a single
    /// element or class.
    public var rules: [Rule] {
        var rules: [Rule] = [
            Rule("html", "font-size: \(rootFontSize)"),
            Rule(
                "body",
                "font-family: \(fontStack); font-size: 1rem; line-height: \(lineHeight); max-width: \(maxWidth); "
                    + "margin: 0 auto; padding: 0 1em; color: #111; background: #fff"
            ),
        ]
        for level in 1...6 {
            rules.append(Rule("h\(level)", "font-size: \(headingSize(level: level)); line-height: 1.2; margin: 1em 0 0.5em"))
        }
        rules += [
            Rule("p", "margin: 0 0 0.8em"),
            Rule("a", "color: #1a4d8f"),
            Rule("img", "max-width: 100%; height: auto"),
            Rule("pre", "white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: 0.5em"),
            Rule("code", "font-family: \"DejaVu Sans Mono\", Menlo, Consolas, monospace; font-size: 0.9em"),
            Rule("blockquote", "margin: 0 0 0.8em; padding-left: 1em; border-left: 0.2em solid #ccc"),
            Rule("table", "border-collapse: collapse; margin: 0 0 0.8em"),
            Rule("th", "border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top"),
            Rule("td", "border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: top"),
            Rule("figure", "margin: 1em 0"),
            Rule("figcaption", "font-size: \(sizes.css(.small)); color: #444"),
            Rule("small", "font-size: \(sizes.css(.small))"),
            Rule("hr", "border: 0; border-top: 1px solid #999; margin: 1.5em 0"),
        ]
        return rules + classRules
    }

    /// Declarations for the classes the HTML writer puts on its header, notes and footer; the
    /// e-mail writer inlines these too.
    public var classRules: [Rule] {
        let small = "font-size: \(sizes.css(.small))"
        let metaLine = "font-style: italic; margin: 0.1em 0; line-height: 1.3"
        return [
            Rule(".article-header", "border-bottom: 1px solid #999; margin-bottom: 1.5em; padding-bottom: 0.5em"),
            Rule(".subtitle", "font-size: \(headingSize(level: 3)); margin-top: 0"),
            Rule(".byline", metaLine), Rule(".dateline", metaLine), Rule(".date", metaLine), Rule(".source", metaLine),
            Rule(".footnotes", small), Rule(".link-references", small),
            Rule(".article-footer", small + "; border-top: 1px solid #999; margin-top: 2em; padding-top: 0.5em"),
            Rule(".url", "overflow-wrap: anywhere; word-break: break-all"),
        ]
    }

    /// The whole stylesheet, one rule per line.
    public var css: String {
        rules.map { "\($0.selector) { \($0.declarations); }" }.joined(separator: "\n") + "\n"
    }
}
