// The `typography` pass: curly quotes, dashes, ellipses and language-specific spaces.

import GalleyCore

/// Replaces typewriter punctuation with typographic punctuation, following the language.
///
/// - `"…"` and `'…'` become the language's quotation marks (English “…” ‘…’, German „…“ ‚…‘,
///   French « … » with narrow no-break spaces, Spanish/Italian/Portuguese «…», Russian «…» „…“);
///   apostrophes become ’.
/// - `...` becomes …; `---` becomes —; `--` becomes – between digits (`1990--95`) and the
///   language's dash elsewhere (English —, most others –); a hyphen or underscore standing alone
///   between spaces (` - `, AP's ` _ `) becomes that dash too.
/// - French: a space before `;` `:` `!` `?` becomes a narrow no-break space (none is inserted).
/// - Chinese, Japanese and Korean text is left alone.
///
/// The language is the pass's argument (`--pass typography=de`), else the document's
/// `meta.language`, else English. Code, code blocks, raw markup, URLs inside text
/// (`http://`, `www.`, `mailto:`) and links whose text is their URL are never changed. Each
/// paragraph, heading and line block is one stream, so quotes around emphasis or links come out
/// right. Linear time.
public struct ApplyTypography: Pass {
    /// `typography`.
    public static let name = "typography"

    /// What the pass does.
    public struct Options: Sendable, Hashable, Codable {
        /// A BCP 47 tag that overrides `meta.language`, or `nil`. Default `nil`.
        public var language: String?

        /// The defaults.
        public init() {}
    }

    /// The pass's options.
    public var options: Options

    /// Creates the pass.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Applies typography to the body, the title and the subtitle.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        let rules = TypographyRules.forLanguage(options.language ?? document.metadata.language)
        guard !rules.leavesTextAlone else { return document }
        var result = document
        let educator = Educator(rules: rules)
        result.metadata.title = document.metadata.title.map(educator.educate)
        result.metadata.subtitle = document.metadata.subtitle.map(educator.educate)
        result.blocks = educator.educate(document.blocks)
        return result
    }

    /// The registry entry: `typography` or `typography=LANG`.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Curly quotes, dashes and ellipses for the document's language.",
        argument: "LANG"
    ) { argument, _ in
        var options = Options()
        if let argument, !argument.isEmpty {
            guard argument.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw GalleyError(
                    .usage, code: "typography.invalid-language",
                    message: "typography takes a language tag such as 'en' or 'de', not '\(argument)'")
            }
            options.language = argument
        }
        return ApplyTypography(options: options)
    }
}

/// Walks blocks and educates each prose stream.
struct Educator {
    let rules: TypographyRules

    func educate(_ text: String) -> String {
        var stream = TypographyStream()
        _ = stream.addText(text)
        return stream.educated(with: rules).first ?? text
    }

    func educate(_ blocks: [Block]) -> [Block] {
        blocks.map(educate)
    }

    func educate(_ block: Block) -> Block {
        switch block {
        case .paragraph(let content): return .paragraph(educate(content))
        case .heading(var heading):
            heading.content = educate(heading.content)
            return .heading(heading)
        case .lineBlock(let lines):
            var stream = TypographyStream()
            for (index, line) in lines.enumerated() {
                if index > 0 { stream.addStandIn(" ") }
                collect(line, into: &stream)
            }
            let texts = stream.educated(with: rules)
            var next = 0
            return .lineBlock(lines.map { rebuild($0, texts: texts, next: &next) })
        case .codeBlock, .rawBlock, .horizontalRule:
            return block
        default:
            return block.mappingChildren(blocks: educate, inlines: educate)
        }
    }

    /// One stream of inlines.
    func educate(_ inlines: [Inline]) -> [Inline] {
        var stream = TypographyStream()
        collect(inlines, into: &stream)
        let texts = stream.educated(with: rules)
        var next = 0
        return rebuild(inlines, texts: texts, next: &next)
    }

    /// A link whose text is a URL is left alone as a whole.
    static func isOpaque(_ link: Link) -> Bool {
        let text = link.content.plainText
        return text == link.url || text.contains("://") || text.hasPrefix("www.")
    }

    func collect(_ inlines: [Inline], into stream: inout TypographyStream) {
        for inline in inlines {
            switch inline {
            case .text(let text): _ = stream.addText(text)
            case .softBreak, .lineBreak: stream.addStandIn(" ")
            case .code, .image: stream.addStandIn(TypographyStream.objectStandIn)
            case .note, .rawInline: break
            case .link(let link) where Self.isOpaque(link): stream.addStandIn(TypographyStream.objectStandIn)
            case .emphasis(let content), .strong(let content), .strikeout(let content),
                .superscript(let content), .subscript(let content), .span(_, let content):
                collect(content, into: &stream)
            case .link(let link): collect(link.content, into: &stream)
            }
        }
    }

    func rebuild(_ inlines: [Inline], texts: [String], next: inout Int) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text:
                result.append(.text(next < texts.count ? texts[next] : ""))
                next += 1
            case .softBreak, .lineBreak, .code, .image, .rawInline:
                result.append(inline)
            case .link(let link) where Self.isOpaque(link):
                result.append(inline)
            case .note(let blocks):
                result.append(.note(educate(blocks)))
            case .emphasis, .strong, .strikeout, .superscript, .subscript, .span, .link:
                result.append(inline.mappingChildren(inlines: { rebuild($0, texts: texts, next: &next) }, blocks: { $0 }))
            }
        }
        return result
    }
}
