import GalleyCore

/// The publication's CSS, made from the rendering profile.
///
/// E-readers let their users choose type size and margins, so sizes are relative: the body size
/// is the profile's size as a percentage of 12 pt (the profiles' usual base), headings step up
/// by the profile's scale in `em`, and margins are small. The profile's measure is not applied:
/// a reading system already fits lines to its screen.
enum StyleSheet {
    static let fileName = "style.css"

    /// The style sheet for `profile`.
    static func css(for profile: RenderProfile) -> String {
        let family = profile.fontFamily == .serif ? "serif" : "sans-serif"
        let basePercent = number(max(50, min(300, profile.baseFontSize / 12 * 100)))
        let lineHeight = number(max(1.2, min(3, profile.lineHeight)))
        let scale = max(1, min(2, profile.scale))
        var css = """
            html { font-size: \(basePercent)%; }
            body { font-family: \(family); line-height: \(lineHeight); margin: 0 2%; }
            p { margin: 0 0 0.8em 0; }

            """
        for level in 1...6 {
            let size = number(pow(scale, Double(max(0, 4 - level))))
            css += "h\(level) { font-size: \(size)em; line-height: 1.25; margin: 1.2em 0 0.5em 0; }\n"
        }
        css += """
            blockquote { margin: 0.8em 1.5em; }
            pre { white-space: pre-wrap; font-size: 0.85em; margin: 0.8em 0; }
            code { font-family: monospace; }
            hr { border: none; border-top: 1px solid #888; margin: 1.2em 20%; }
            table { border-collapse: collapse; margin: 0.8em 0; }
            th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; }
            caption { font-style: italic; margin-bottom: 0.3em; }
            .align-left { text-align: left; }
            .align-center { text-align: center; }
            .align-right { text-align: right; }
            img { max-width: 100%; height: auto; }
            figure { margin: 1em 0; }
            figcaption { font-size: 0.9em; font-style: italic; }
            aside.footnote { font-size: 0.9em; margin: 0.8em 0; }
            .footnote-number { font-weight: bold; margin: 0; }
            .title-page { text-align: center; margin-top: 20%; }
            .title-page .title { font-size: \(number(pow(scale, 4)))em; }
            .title-page .subtitle { font-style: italic; }
            nav ol { list-style-type: none; }

            """
        return css
    }

    /// `value` with at most three decimals and no trailing zeros (no locale, no exponent).
    static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        var fraction = thousandths % 1000
        guard fraction != 0 else { return String(whole) }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }

    private static func pow(_ base: Double, _ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= base }
        return result
    }
}
