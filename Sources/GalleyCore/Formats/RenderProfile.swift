/// How output should look: type size, measure, page and link style.
///
/// A profile is data shared by the HTML, print, text, EPUB and e-mail writers. GalleyRender holds
/// the built-in profiles and turns a profile into CSS; this struct only carries the values.
public struct RenderProfile: Sendable, Hashable {
    /// The profile's name (`medium`, `print-a4`, or a user file's name).
    public var name: String
    /// Body text size in points.
    public var baseFontSize: Double
    /// Ratio between successive heading levels (a modular scale).
    public var scale: Double
    /// Line height as a multiple of the font size; at least 1.2.
    public var lineHeight: Double
    /// Characters per line: text wrapping and the CSS max-width.
    public var measure: Int
    public var fontFamily: FontFamily
    /// Paper and margins, for print.
    public var page: Page
    /// How links are shown on paper and in plain text.
    public var links: LinkStyle

    public enum FontFamily: String, Sendable, Hashable, CaseIterable {
        case serif, sans
    }

    public enum LinkStyle: String, Sendable, Hashable, CaseIterable {
        /// Links stay links (URLs visible only on screen).
        case inline
        /// Numbered references listed at the end.
        case footnotes
        /// The URL printed after the link text.
        case urls
    }

    /// A page size and its margins, in millimetres.
    public struct Page: Sendable, Hashable {
        /// A CSS `@page` size keyword or dimensions, such as `A4` or `210mm 297mm`.
        public var size: String
        public var width: Double
        public var height: Double
        public var marginTop: Double
        public var marginRight: Double
        public var marginBottom: Double
        public var marginLeft: Double

        public init(
            size: String, width: Double, height: Double, marginTop: Double, marginRight: Double,
            marginBottom: Double, marginLeft: Double
        ) {
            self.size = size
            self.width = width
            self.height = height
            self.marginTop = marginTop
            self.marginRight = marginRight
            self.marginBottom = marginBottom
            self.marginLeft = marginLeft
        }

        /// ISO A4 with 20 mm margins.
        public static let a4 = Page(
            size: "A4", width: 210, height: 297, marginTop: 20, marginRight: 20, marginBottom: 20,
            marginLeft: 20)
    }

    public init(
        name: String, baseFontSize: Double = 12, scale: Double = 1.2, lineHeight: Double = 1.5,
        measure: Int = 72, fontFamily: FontFamily = .serif, page: Page = .a4,
        links: LinkStyle = .inline
    ) {
        self.name = name
        self.baseFontSize = baseFontSize
        self.scale = scale
        self.lineHeight = lineHeight
        self.measure = measure
        self.fontFamily = fontFamily
        self.page = page
        self.links = links
    }

    /// The default profile (`medium`): 12 pt serif, 72 characters a line.
    public static let standard = RenderProfile(name: "medium")
}
