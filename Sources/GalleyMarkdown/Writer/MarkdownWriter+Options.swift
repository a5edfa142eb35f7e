import GalleyCore

extension MarkdownWriter {
    /// The Markdown writer's settings; `init()` gives the documented defaults.
    public struct Options: Sendable, Hashable, Codable {
        /// Which Markdown to write (default `.gfm`).
        public var flavor: Flavor = .gfm
        /// How paragraphs are broken into lines (default `.auto`).
        public var wrap: Wrap = .auto
        /// The line length `.auto` wrapping aims for, in characters (default 72, 20...1000).
        public var columns: Int = 72
        /// How headings are written (default `.atx`).
        public var headingStyle: HeadingStyle = .atx
        /// Whether links are written `[text][n]` with the targets listed at the end (default false).
        public var usesReferenceLinks: Bool = false
        /// Whether YAML front matter with the metadata starts the output (default false).
        public var isStandalone: Bool = false
        /// Whether raw HTML passes through and HTML stands in for what Markdown lacks (default true).
        public var allowsRawHTML: Bool = true
        /// A prefix for generated footnote and reference labels (default empty), so that several
        /// outputs can be concatenated without their labels colliding.
        public var labelPrefix: String = ""

        /// The Markdown variant.
        public enum Flavor: String, Sendable, Hashable, Codable, CaseIterable {
            /// GitHub-flavoured Markdown: tables, strikethrough, footnotes.
            case gfm
            /// Strict CommonMark.
            case commonmark
        }

        /// Line wrapping.
        public enum Wrap: String, Sendable, Hashable, Codable, CaseIterable {
            /// Reflow paragraphs at ``MarkdownWriter/Options/columns``.
            case auto
            /// One line per paragraph; soft breaks become spaces.
            case none
            /// Keep the document's soft breaks as line breaks, add none.
            case preserve
        }

        /// Heading syntax.
        public enum HeadingStyle: String, Sendable, Hashable, Codable, CaseIterable {
            /// `# Title`.
            case atx
            /// `Title` underlined with `=` or `-` for levels 1 and 2; ATX for the others.
            case setext
        }

        /// Creates the default options.
        public init() {}

        /// Creates options with the given flavour and defaults otherwise.
        public init(flavor: Flavor) { self.flavor = flavor }

        /// Reads the options from command-line values.
        ///
        /// - Throws: A usage error naming the option when a value is invalid.
        public init(_ values: OptionValues, flavor: Flavor) throws {
            self.flavor = flavor
            if let wrap = try values.choice("wrap", as: Wrap.self) { self.wrap = wrap }
            if let columns = try values.integer("columns", in: 20...1000) { self.columns = columns }
            if let style = try values.choice("markdown-headings", as: HeadingStyle.self) {
                headingStyle = style
            }
            usesReferenceLinks = values.flag("reference-links")
            isStandalone = values.flag("standalone")
            if let raw = values.string("raw-html") {
                switch raw {
                case "true", "yes", "1": allowsRawHTML = true
                case "false", "no", "0": allowsRawHTML = false
                default:
                    throw GalleyError(
                        .usage, code: "option.invalid-choice",
                        message: "--raw-html takes true or false, not '\(raw)'")
                }
            }
            try validate()
        }

        /// Checks that every value is in range.
        ///
        /// - Throws: A usage error naming the option.
        public func validate() throws {
            guard (20...1000).contains(columns) else {
                throw GalleyError(
                    .usage, code: "option.invalid-integer",
                    message: "--columns takes a whole number from 20 to 1000, not '\(columns)'")
            }
        }
    }
}
