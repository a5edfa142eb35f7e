// Per-language typographic conventions: which quotation marks, which dash, which spaces.

/// The typographic conventions of one language.
public struct TypographyRules: Sendable, Hashable {
    /// The opening double (primary) quotation mark.
    public var openDouble: String
    /// The closing double (primary) quotation mark.
    public var closeDouble: String
    /// The opening single (secondary) quotation mark.
    public var openSingle: String
    /// The closing single (secondary) quotation mark.
    public var closeSingle: String
    /// The apostrophe (`don’t`, `’90s`).
    public var apostrophe: String
    /// What a spaced hyphen (` - `), a spaced underscore (` _ `) and `--` between words become.
    public var dash: String
    /// The space put inside quotation marks (French `« mot »`), or the empty string.
    public var quoteSpace: String
    /// The space put before `;`, `:`, `!` and `?` in place of an ordinary space, or empty.
    public var punctuationSpace: String
    /// Whether the pass leaves text in this language alone (Chinese, Japanese, Korean).
    public var leavesTextAlone: Bool

    /// Creates rules.
    public init(
        openDouble: String, closeDouble: String, openSingle: String, closeSingle: String,
        apostrophe: String = "\u{2019}", dash: String = "\u{2013}", quoteSpace: String = "",
        punctuationSpace: String = "", leavesTextAlone: Bool = false
    ) {
        self.openDouble = openDouble
        self.closeDouble = closeDouble
        self.openSingle = openSingle
        self.closeSingle = closeSingle
        self.apostrophe = apostrophe
        self.dash = dash
        self.quoteSpace = quoteSpace
        self.punctuationSpace = punctuationSpace
        self.leavesTextAlone = leavesTextAlone
    }

    /// English: “double” ‘single’, em dash.
    public static let english = TypographyRules(
        openDouble: "\u{201C}", closeDouble: "\u{201D}", openSingle: "\u{2018}", closeSingle: "\u{2019}",
        dash: "\u{2014}")
    /// German: „double“ ‚single‘, spaced en dash.
    public static let german = TypographyRules(
        openDouble: "\u{201E}", closeDouble: "\u{201C}", openSingle: "\u{201A}", closeSingle: "\u{2018}")
    /// French: « double » with narrow no-break spaces, “single”, and a narrow no-break space
    /// before ; : ! ?
    public static let french = TypographyRules(
        openDouble: "\u{AB}", closeDouble: "\u{BB}", openSingle: "\u{201C}", closeSingle: "\u{201D}",
        quoteSpace: "\u{202F}", punctuationSpace: "\u{202F}")
    /// Spanish, Italian, Portuguese, Catalan: «double» “single”.
    public static let romance = TypographyRules(
        openDouble: "\u{AB}", closeDouble: "\u{BB}", openSingle: "\u{201C}", closeSingle: "\u{201D}")
    /// Russian, Ukrainian, Belarusian: «double» „single“, spaced em dash.
    public static let russian = TypographyRules(
        openDouble: "\u{AB}", closeDouble: "\u{BB}", openSingle: "\u{201E}", closeSingle: "\u{201C}",
        dash: "\u{2014}")
    /// Polish: „double” «single».
    public static let polish = TypographyRules(
        openDouble: "\u{201E}", closeDouble: "\u{201D}", openSingle: "\u{AB}", closeSingle: "\u{BB}")
    /// Czech and Slovak: „double“ ‚single‘.
    public static let czech = german
    /// Dutch: “double” ‘single’, spaced en dash.
    public static let dutch = TypographyRules(
        openDouble: "\u{201C}", closeDouble: "\u{201D}", openSingle: "\u{2018}", closeSingle: "\u{2019}")
    /// Swedish and Finnish: ”double” ’single’.
    public static let swedish = TypographyRules(
        openDouble: "\u{201D}", closeDouble: "\u{201D}", openSingle: "\u{2019}", closeSingle: "\u{2019}")
    /// Chinese, Japanese, Korean: text is left as it is.
    public static let untouched = TypographyRules(
        openDouble: "\"", closeDouble: "\"", openSingle: "'", closeSingle: "'", apostrophe: "'",
        dash: "-", leavesTextAlone: true)

    /// The rules for a BCP 47 tag (its primary subtag); English for unknown languages.
    public static func forLanguage(_ tag: String?) -> TypographyRules {
        let primary = (tag ?? "en").split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? "en"
        switch primary {
        case "de": return german
        case "fr": return french
        case "es", "it", "pt", "ca", "gl": return romance
        case "ru", "uk", "be": return russian
        case "pl": return polish
        case "cs", "sk": return czech
        case "nl": return dutch
        case "sv", "fi": return swedish
        case "zh", "ja", "ko": return untouched
        default: return english
        }
    }
}
