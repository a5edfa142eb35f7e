import Foundation
import GalleyCore
import GalleyMarkdown
import Testing

@Suite struct MarkdownWriterOptionsTests {
    static let prose = Document(blocks: [
        .paragraph([.text("The coalition said on Tuesday that talks would resume - 1. after the holiday - # and that "),
                    .emphasis([.text("nothing")]), .text(" had been agreed; > quoted sources and 2021. as well as * stars * and + signs.")]),
    ])

    static func write(_ document: Document, _ configure: (inout MarkdownWriter.Options) -> Void) throws -> String {
        var options = MarkdownWriter.Options()
        configure(&options)
        return String(decoding: try MarkdownWriter(options: options).render(document), as: UTF8.self)
    }

    @Test(arguments: [20, 30, 40, 72])
    func wrapsAtTheColumnsWithoutStartingBlocks(columns: Int) throws {
        let markdown = try Self.write(Self.prose) { $0.columns = columns }
        let lines = markdown.split(separator: "\n")
        #expect(lines.count > 1)
        for line in lines {
            // A line is longer than the measure only where breaking it would start a block:
            // every word that would have begun the next line starts with a marker.
            if line.count > columns {
                let words = line.split(separator: " ")
                var width = 0
                for word in words {
                    if width > 0, width + 1 + word.count > columns {
                        #expect("#>-+*=_~|`<0123456789".contains(word.first ?? " "), "\(line)")
                    }
                    width += (width > 0 ? 1 : 0) + word.count
                }
            }
            let first = line.first ?? " "
            #expect(!"#>-+*=_~|`<".contains(first), "line starts with a block marker: \(line)")
        }
        #expect(try RoundTrip.check([(name: "prose", document: Self.prose)], options: { var o = MarkdownWriter.Options(); o.columns = columns; return o }()).isEmpty)
    }

    @Test func wrapNoneKeepsOneLinePerParagraph() throws {
        let document = Document(blocks: [.paragraph([.text("a"), .softBreak, .text("b")])])
        #expect(try Self.write(document) { $0.wrap = .none } == "a b\n")
        #expect(try Self.write(document) { $0.wrap = .preserve } == "a\nb\n")
        #expect(try Self.write(Self.prose) { $0.wrap = .none }.split(separator: "\n").count == 1)
    }

    @Test func wrappedParagraphsKeepTheirContainerPrefix() throws {
        let document = Document(blocks: [.blockQuote([.list(List(items: [[.paragraph([.text(String(repeating: "word ", count: 20) + "end")])]]))])])
        let markdown = try Self.write(document) { $0.columns = 30 }
        for line in markdown.split(separator: "\n").dropFirst() { #expect(line.hasPrefix(">   ")) }
    }

    @Test func setextHeadings() throws {
        let document = Document(blocks: [
            .heading(Heading(level: 1, content: [.text("Title")])), .heading(Heading(level: 2, content: [.text("Sub")])),
            .heading(Heading(level: 3, content: [.text("Deep")])),
        ])
        #expect(try Self.write(document) { $0.headingStyle = .setext } == "Title\n=====\n\nSub\n---\n\n### Deep\n")
    }

    @Test func referenceLinks() throws {
        let document = Document(blocks: [.paragraph([
            .link(Link(url: "https://a.org/x y", title: "A \"t\"", content: [.text("a")])), .text(" and "),
            .link(Link(url: "https://b.org/", content: [.text("b")])), .text(" and "),
            .link(Link(url: "https://a.org/x y", title: "A \"t\"", content: [.text("again")])),
        ])])
        let markdown = try Self.write(document) { $0.usesReferenceLinks = true }
        #expect(markdown == "[a][1] and [b][2] and [again][1]\n\n[1]: <https://a.org/x y> \"A \\\"t\\\"\"\n[2]: https://b.org/\n")
        var options = MarkdownWriter.Options()
        options.usesReferenceLinks = true
        #expect(try RoundTrip.check([(name: "references", document: document)], options: options).isEmpty)
    }

    @Test func standaloneFrontMatterIsValidYAML() throws {
        let metadata = Metadata(
            title: "Talks \"resume\": 100% # not a comment", authors: ["A. Writer", "- dash", "yes"],
            date: "2021-04-08", source: "Xinhua\\AP", url: "https://example.com/a?b=1&c=2",
            language: "en\u{2028}x\u{1}")
        let markdown = try Self.write(Document(metadata: metadata, blocks: [.paragraph([.text("Body")])])) { $0.isStandalone = true }
        #expect(markdown.hasPrefix("---\ntitle: \"Talks \\\"resume\\\": 100% # not a comment\"\n"))
        let yaml = try #require(markdown.components(separatedBy: "---\n").dropFirst().first)
        let json = try PythonYAML.json(yaml)
        let expected = #"{"authors": ["A. Writer", "- dash", "yes"], "date": "2021-04-08", "language": "en"#
            + "\u{2028}" + #"x\u0001", "source": "Xinhua\\AP", "title": "Talks \"resume\": 100% # not a comment", "url": "https://example.com/a?b=1&c=2"}"#
        #expect(json == expected)
        #expect(markdown.hasSuffix("---\n\nBody\n"))
    }

    @Test func commonMarkFallbacks() throws {
        let table = Block.table(Table(head: [.init(cells: [.init(blocks: [.paragraph([.text("a<b")])])])],
                                      body: [.init(cells: [.init(blocks: [.paragraph([.emphasis([.text("1")])])])])]))
        let document = Document(blocks: [table, .paragraph([.text("x"), .strikeout([.text("gone")]), .note([.paragraph([.text("n")])])])])
        let html = try Self.write(document) { $0.flavor = .commonmark }
        #expect(html == "<table>\n<thead>\n<tr><th>a&lt;b</th></tr>\n</thead>\n<tbody>\n<tr><td><em>1</em></td></tr>\n</tbody>\n</table>\n\nx<del>gone</del><sup>1</sup>\n\n___\n\n1. n\n")
        let plain = try Self.write(document) { $0.flavor = .commonmark; $0.allowsRawHTML = false }
        #expect(plain == "**a\\<b**\\\n*1*\n\nxgone\\[1]\n\n___\n\n1. n\n")
    }

    @Test func unrepresentableNodesAreReported() throws {
        let document = Document(blocks: [
            .div(Attributes(id: "d"), [.paragraph([.span(Attributes(classes: ["c"]), [.text("x")])])]),
            .rawBlock(format: "latex", text: "\\relax"),
        ])
        var context = ConversionContext()
        let output = try MarkdownWriter().write(document, profile: .standard, context: &context)
        #expect(output == .text("x\n"))
        let messages = context.diagnostics.map(\.message)
        #expect(messages.contains("div attributes are dropped; the div's blocks are kept"))
        #expect(messages.contains("span attributes are dropped; the span's text is kept"))
        #expect(messages.contains("raw latex blocks are dropped"))
    }

    @Test func descriptors() throws {
        #expect(GalleyMarkdownFormats.markdown.name == "markdown")
        #expect(GalleyMarkdownFormats.markdown.aliases == ["gfm"])
        #expect(GalleyMarkdownFormats.markdown.extensions == ["md", "markdown"])
        #expect(GalleyMarkdownFormats.commonmark.name == "commonmark")
        var values = OptionValues()
        values.add("wrap", "none")
        values.add("columns", "40")
        values.add("markdown-headings", "setext")
        values.add("reference-links", "true")
        values.add("raw-html", "false")
        let options = try MarkdownWriter.Options(values, flavor: .commonmark)
        #expect(options.wrap == .none && options.columns == 40 && options.headingStyle == .setext)
        #expect(options.usesReferenceLinks && !options.allowsRawHTML && options.flavor == .commonmark)
        _ = try GalleyMarkdownFormats.commonmark.make(values)
    }

    struct BadOption: CustomStringConvertible, Sendable {
        var name: String
        var value: String
        var description: String { "--\(name)=\(value)" }
    }

    @Test(arguments: [BadOption(name: "wrap", value: "sometimes"), BadOption(name: "columns", value: "5"),
                      BadOption(name: "markdown-headings", value: "big"), BadOption(name: "raw-html", value: "maybe")])
    func invalidOptionsAreUsageErrors(_ bad: BadOption) throws {
        var values = OptionValues()
        values.add(bad.name, bad.value)
        let error = try #require(throws: GalleyError.self) { try GalleyMarkdownFormats.markdown.make(values) }
        #expect(error.kind == .usage)
        #expect(error.message.contains("--\(bad.name)"))
    }
}
