// The default stylesheet derived from a rendering profile. Print, e-mail and EPUB output build on
// it: they take `rules` and add or replace what they need.

import GalleyCore

/// A small CSS stylesheet derived from a ``RenderProfile``.
///
/// Sizes are relative so that readers' own font settings still apply: the root size is the
/// profile's base size as a percentage of 12 pt (the size browsers give 16 px text), headings
/// climb the profile's modular scale in `em`, and the text column is `measure` characters wide
/// (`max-width` in `ch`).
public struct HTMLStyleSheet: Sendable, Hashable {
    /// The profile the sheet is derived from.
    public var profile: RenderProfile

    /// Creates the sheet for `profile`.
    public init(profile: RenderProfile) {
        self.profile = profile
    }

    /// The font stack for the profile's family.
    public var fontStack: String {
        switch profile.fontFamily {
        case .serif: return "Georgia, \"Times New Roman\", Times, serif"
        case .sans: return "-apple-system, \"Segoe UI\", Helvetica, Arial, sans-serif"
        }
    }

    /// The root font size: the base size relative to 12 pt, in percent.
    public var rootFontSize: String {
        Self.number(profile.baseFontSize / 12 * 100) + "%"
    }

    /// The size of a heading of `level` (1–6), in `em`: h1 is the scale to the fourth power,
    /// h4 the scale itself, h5 and h6 the body size.
    public func headingSize(level: Int) -> String {
        let steps = max(0, 5 - min(max(level, 1), 6))
        var size = 1.0
        for _ in 0..<steps { size *= max(profile.scale, 1) }
        return Self.number(size) + "em"
    }

    /// The whole stylesheet, one rule per line.
    public var css: String {
        var lines: [String] = []
        lines.append("html { font-size: \(rootFontSize); }")
        lines.append(
            "body { font-family: \(fontStack); line-height: \(Self.number(max(profile.lineHeight, 1.2))); "
                + "max-width: \(max(profile.measure, 20))ch; margin: 0 auto; padding: 0 1em; }")
        for level in 1...6 {
            lines.append("h\(level) { font-size: \(headingSize(level: level)); line-height: 1.2; }")
        }
        lines.append("img { max-width: 100%; height: auto; }")
        lines.append("pre { overflow-x: auto; white-space: pre-wrap; }")
        lines.append("code, pre { font-family: Menlo, Consolas, \"DejaVu Sans Mono\", monospace; font-size: 0.9em; }")
        lines.append("blockquote { margin-left: 0; padding-left: 1em; border-left: 0.2em solid #ccc; }")
        lines.append("table { border-collapse: collapse; }")
        lines.append("th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; }")
        lines.append("figure { margin: 1em 0; }")
        lines.append("figcaption { font-size: 0.9em; }")
        lines.append(".article-header .subtitle { font-size: \(headingSize(level: 3)); margin-top: 0; }")
        lines.append(".article-header .byline, .article-header .dateline { font-style: italic; margin: 0.25em 0; }")
        lines.append(".footnotes, .link-references { font-size: 0.9em; }")
        lines.append(".link-references a, .url { word-break: break-all; }")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` with at most three decimals and no trailing zeros (`1.2`, `112.5`, `2`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = Int(min(abs(value), 1e12) * 1000 + 0.5)
        let sign = value < 0 && thousandths > 0 ? "-" : ""
        var fraction = thousandths % 1000
        var text = "\(sign)\(thousandths / 1000)"
        guard fraction > 0 else { return text }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let padded = String(repeating: "0", count: digits - "\(fraction)".utf8.count) + "\(fraction)"
        text += "." + padded
        return text
    }
}
