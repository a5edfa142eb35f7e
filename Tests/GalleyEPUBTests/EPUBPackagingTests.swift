import Foundation
import GalleyCore
@testable import GalleyEPUB
import GalleyHTML
import Testing
import TestSupport

@Suite("EPUB packaging")
struct EPUBPackagingTests {
    private func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }

    @Test("mimetype comes first, stored, with no extra field")
    func mimetypeFirst() throws {
        let bytes = try EPUBFixtures.epub(SampleDocuments.everyNode)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(u16(bytes, 8) == 0, "method stored")
        #expect(u16(bytes, 26) == 8 && u16(bytes, 28) == 0, "name length 8, no extra field")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
    }

    @Test("the same input and timestamp give the same bytes; the identifier ignores the clock")
    func reproducible() throws {
        let document = SampleDocuments.everyNode
        let first = try EPUBFixtures.epub(document, resources: SampleDocuments.resources)
        let second = try EPUBFixtures.epub(document, resources: SampleDocuments.resources)
        #expect(first == second)
        let later = try EPUBFixtures.epub(document, timestamp: EPUBFixtures.timestamp + 86_400, resources: SampleDocuments.resources)
        #expect(first != later)
        for seed in 0..<5 {
            var generator = RandomDocumentGenerator(seed: UInt64(seed))
            let random = generator.document()
            #expect(try EPUBFixtures.epub(random) == EPUBFixtures.epub(random), "seed \(seed)")
        }
    }

    @Test("identifier: version 5 UUID of the URL, else of the content", arguments: [
        ("https://example.com/a", "urn:uuid:6639460f-3425-5329-8097-a58f06127860"),
    ])
    func identifierFromURL(url: String, expected: String) {
        var publication = PublicationMetadata(Metadata(url: url), timestamp: nil, fallbackTitle: nil)
        publication.identifier = EPUBWriter.identifier(publication: publication, chapters: ["x"])
        #expect(publication.identifier == expected)
        let other = EPUBWriter.identifier(publication: publication, chapters: ["y"])
        #expect(other == expected, "the URL alone decides")
        let noURL = PublicationMetadata(Metadata(title: "T"), timestamp: nil, fallbackTitle: nil)
        let a = EPUBWriter.identifier(publication: noURL, chapters: ["x"])
        #expect(a == EPUBWriter.identifier(publication: noURL, chapters: ["x"]))
        #expect(a != EPUBWriter.identifier(publication: noURL, chapters: ["y"]))
        #expect(NameBasedUUID.contentNamespace.description == "2a6f2265-21b7-53c1-849f-2bbb6773bff3")
    }

    @Test("SHA-1 matches the FIPS 180 test vectors", arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (String(repeating: "a", count: 1000), "291e9a6c66994949b57ba5e650361e98fc36b1ba"),
    ])
    func sha1(input: String, hex: String) {
        let digest = SHA1.digest(Array(input.utf8))
        #expect(digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() == hex)
    }

    @Test("dcterms:modified comes from the timestamp, else the date, else 1970", arguments: [
        (Int64?(1_617_883_201), "2021-04-08", "2021-04-08T12:00:01Z"),
        (Int64?.none, "2021-04-08T10:15:00+02:00", "2021-04-08T00:00:00Z"),
        (Int64?.none, "April 2021", "1970-01-01T00:00:00Z"),
        (Int64?.none, "", "1970-01-01T00:00:00Z"),
    ])
    func modified(timestamp: Int64?, date: String, expected: String) {
        let publication = PublicationMetadata(Metadata(date: date), timestamp: timestamp, fallbackTitle: nil)
        #expect(publication.modified == expected)
    }

    @Test("metadata is cleaned: dates, languages, titles", arguments: [
        ("2021-04-08", "2021-04-08"), ("2021-04", "2021-04"), ("2021", "2021"), ("2021-02-30", "2021-02"),
        ("yesterday", ""), ("2021-13-01", ""),
    ])
    func dates(input: String, expected: String) {
        #expect((EPUBDate.w3cDate(input) ?? "") == expected)
    }

    @Test("language tags", arguments: [
        ("en", "en"), ("zh-CN", "zh-CN"), ("pt_BR", "pt-BR"), ("12 bad", nil), ("", nil), ("x", nil),
        ("de-1996", "de-1996"),
    ] as [(String, String?)])
    func languages(input: String, expected: String?) {
        #expect(LanguageTag.wellFormed(input) == expected)
    }

    @Test("ids become unique ASCII XML names", arguments: [
        ("intro", "intro"), ("1st", "id-1st"), ("a b", "a-b"), ("日本", ""), ("x日本y", "x-y"), ("sec-3", "id-sec-3"),
        ("fn-1", "id-fn-1"), ("", ""), ("-lead", "id--lead"),
    ])
    func ids(input: String, expected: String) {
        #expect(IdentifierTable.sanitized(input) == expected)
    }

    @Test("links resolve inside the book, stay absolute, or go", arguments: [
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("#known", "chapter-2.xhtml#known"),
        ("#nowhere", nil), ("javascript:alert(1)", nil), ("/site", "https://example.com/site"),
        ("page.html", "https://example.com/news/page.html"), ("//cdn.example.com/x", "https://cdn.example.com/x"),
        ("mailto:a@b.c", "mailto:a@b.c"), ("https://bad host/", nil), ("ftp://x.org/", nil),
        ("../up.html", "https://example.com/up.html"), ("?page=2", "https://example.com/news/story.html?page=2"),
        (" https://user@example.com:8080/x ", "https://user@example.com:8080/x"), ("https://example.com:80x/", nil),
        ("https://", nil), ("%23known", "https://example.com/news/%23known"), ("#kn%6Fwn", "chapter-2.xhtml#known"),
    ] as [(String, String?)])
    func links(url: String, expected: String?) {
        let resolver = LinkResolver(
            base: URLReference("https://example.com/news/story.html"), idForOriginal: ["known": "known"],
            fileOfID: ["known": "chapter-2.xhtml"])
        #expect(resolver.href(for: url, from: "chapter-1.xhtml") == expected)
    }

    @Test("images are recognised by their first bytes", arguments: [
        ("png", MediaType?.some(.png)), ("gif", .gif), ("jpeg", .jpeg), ("svg", .svg), ("webp", .webp), ("text", nil),
    ])
    func mediaTypes(name: String, expected: MediaType?) {
        let bytes: [String: [UInt8]] = [
            "png": SampleDocuments.png, "gif": SampleDocuments.gif, "jpeg": SampleDocuments.jpeg, "svg": SampleDocuments.svg,
            "webp": SampleDocuments.webp, "text": Array("hello".utf8),
        ]
        #expect(MediaType.sniff(bytes[name] ?? []) == expected)
    }

    @Test("chapters split at top-level headings when there are two or more", arguments: [
        ([1, 0, 1, 0], EPUBWriter.Options.Chapters.auto, [0, 2]),
        ([0, 2, 0, 2, 0], .auto, [0, 1, 3]),
        ([1, 0, 2, 0], .auto, [0]),
        ([0, 3, 0, 3], .auto, [0]),
        ([1, 0, 1, 0], .single, [0]),
    ])
    func chapters(levels: [Int], mode: EPUBWriter.Options.Chapters, expected: [Int]) {
        let blocks: [Block] = levels.map { $0 == 0 ? .paragraph([.text("p")]) : .heading(Heading(level: $0, content: [.text("h")])) }
        #expect(PublicationPlan.chapterStarts(blocks, mode: mode) == expected)
    }

    @Test("long bodies are split by size")
    func sizeSplit() {
        let paragraph = Block.paragraph([.text(String(repeating: "word ", count: 10_000))])
        let starts = PublicationPlan.chapterStarts(Array(repeating: paragraph, count: 10), mode: .auto)
        #expect(starts == [0, 3, 6, 9])
    }

    @Test("the descriptor names the format and builds writers from options")
    func descriptor() throws {
        let descriptor = GalleyEPUBFormats.writer
        #expect(descriptor.name == "epub" && descriptor.extensions == ["epub"] && descriptor.defaultProfile == "ereader")
        let writer = try #require(try descriptor.make(OptionValues(["epub-chapters": ["single"], "epub-no-title-page": ["true"]])) as? EPUBWriter)
        #expect(writer.options == EPUBWriter.Options(chapters: .single, includesTitlePage: false))
        #expect(throws: GalleyError.self) { try descriptor.make(OptionValues(["epub-chapters": ["many"]])) }
    }

    @Test("the style sheet follows the profile in relative units")
    func styleSheet() {
        let css = StyleSheet.css(for: RenderProfile(name: "x", baseFontSize: 15, scale: 1.2, lineHeight: 1.6, fontFamily: .sans))
        #expect(css.contains("html { font-size: 125%; }"))
        #expect(css.contains("font-family: sans-serif; line-height: 1.6;"))
        #expect(css.contains("h1 { font-size: 1.728em;"))
        #expect(!css.contains("pt;") && !css.contains("px;"), "no absolute font sizes")
    }
}

@Suite("EPUB content from hostile input")
struct EPUBHostileContentTests {
    private func chapter(_ name: String) throws -> String {
        let document = try #require(HostileDocuments.all.first { $0.name == name }?.document)
        let directory = try PackagePaths.temporaryDirectory("epub-content")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try EPUBFixtures.files([(name, try EPUBFixtures.epub(document))], in: directory)[0]
        let names = try ExternalTool.run("unzip", ["-Z1", file.path]).text.split(separator: "\n")
        let xhtml = try names.filter { $0.hasPrefix("EPUB/chapter-") }.map { try EPUBFixtures.entry(String($0), in: file) }.joined()
        return xhtml
    }

    @Test("unsafe attributes, roles and unknown ARIA attributes are dropped")
    func attributes() throws {
        let xhtml = try chapter("weird-attributes")
        for banned in ["onclick", "role=", "aria-foo", "style=", "aria-describedby", "data-OK", "xmlns:foo", "epub:type=\"footnote\" id=\"box\""] {
            #expect(!xhtml.contains(banned), "\(banned) survived")
        }
        #expect(xhtml.contains("data-ok=\"fine\""))
        #expect(xhtml.contains("aria-label=\"Label &lt;&amp;&gt;\""))
        #expect(xhtml.contains("lang=\"de\" xml:lang=\"de\""))
    }

    @Test("links that lead nowhere become text")
    func links() throws {
        let xhtml = try chapter("bad-links")
        for banned in ["href=\"/foo\"", "href=\"#nowhere\"", "javascript:", "file:", "data:", "href=\"relative/page.html\""] {
            #expect(!xhtml.contains(banned), "\(banned) survived")
        }
        #expect(xhtml.contains("<span>site-relative without base</span>"))
        #expect(xhtml.contains("href=\"https://cdn.example.com/x\""))
    }

    @Test("duplicate and invalid ids become unique names, and fragment links follow them")
    func ids() throws {
        let xhtml = try chapter("bad-ids")
        #expect(xhtml.contains("id=\"x\"") && xhtml.contains("id=\"x-2\"") && xhtml.contains("id=\"x-2-2\""))
        #expect(xhtml.contains("id=\"id-1-starts-with-digit\""))
        #expect(xhtml.contains("id=\"id-sec-1\"") && xhtml.contains("id=\"id-fn-1\"") && xhtml.contains("id=\"id-fnref-1\""))
        #expect(xhtml.contains("href=\"chapter-1.xhtml#x\">to x</a>"))
    }
}
