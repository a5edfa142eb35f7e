import GalleyCore
import Testing

@testable import GalleyHTML

@Suite("Page metadata")
struct PageMetadataTests {
    static func page(head: [DOMSpec], body: [DOMSpec] = [], lang: String? = nil) -> [DOMSpec] {
        let html: DOMSpec = .element("html", lang.map { [("lang", $0)] } ?? [], [.element("head", [], head), .element("body", [], body)])
        return [html]
    }

    static func meta(_ key: String, _ name: String, _ content: String) -> DOMSpec {
        .element("meta", [(key, name), ("content", content)], [])
    }

    static func jsonLD(_ text: String) -> DOMSpec { h("script", ["type": "application/ld+json"], .text(text)) }

    @Test func titlePrecedence() {
        let all = Self.page(head: [h("title", "Raw | Site"), Self.meta("property", "og:title", "OG"),
                                   Self.meta("name", "twitter:title", "TW"), Self.jsonLD(#"{"@type":"NewsArticle","headline":"LD"}"#)])
        #expect(map(all).metadata.title == "LD")
        #expect(map(all).metadata.extra["pageTitle"] == .string("Raw | Site"))
        let noLD = Self.page(head: [h("title", "Raw"), Self.meta("property", "og:title", "OG"), Self.meta("name", "twitter:title", "TW")])
        #expect(map(noLD).metadata.title == "OG")
        #expect(map(Self.page(head: [h("title", "Raw"), Self.meta("name", "twitter:title", "TW")])).metadata.title == "TW")
        #expect(map(Self.page(head: [h("title", "  Raw \n title ")])).metadata.title == "Raw title")
    }

    @Test func openGraphAndFriends() {
        let dom = Self.page(head: [
            Self.meta("property", "og:site_name", "The Daily"), Self.meta("property", "og:image", "/lead.jpg"),
            Self.meta("property", "og:type", "article"), Self.meta("property", "og:url", "https://d.com/og"),
            Self.meta("name", "description", "Desc"), Self.meta("property", "og:description", "OG desc"),
            Self.meta("name", "author", "Jane Roe"), Self.meta("property", "article:author", "https://d.com/jane"),
            Self.meta("property", "article:published_time", "2021-04-08T10:15:00+02:00"),
            Self.meta("property", "article:section", "World"), Self.meta("name", "keywords", "a, b,  c ,a"),
            Self.meta("name", "twitter:card", "summary_large_image"), Self.meta("property", "og:locale", "en_GB"),
            h("link", ["rel": "canonical", "href": "/canonical"]),
        ])
        let metadata = HTMLToDocument(options: .init(baseURL: "https://d.com/x/y")).document(from: buildDOM(dom)).metadata
        #expect(metadata.source == "The Daily")
        #expect(metadata.image == "https://d.com/lead.jpg")
        #expect(metadata.url == "https://d.com/canonical")
        #expect(metadata.description == "Desc")
        #expect(metadata.authors == ["Jane Roe"])
        #expect(metadata.date == "2021-04-08T10:15:00+02:00")
        #expect(metadata.category == "World")
        #expect(metadata.keywords == ["a", "b", "c"])
        #expect(metadata.language == "en-GB")
        #expect(metadata.extra["ogType"] == .string("article"))
        #expect(metadata.extra["twitterCard"] == .string("summary_large_image"))
    }

    @Test func htmlLangBeatsLocaleAndTimeIsTheLastDateSource() {
        let dom = Self.page(head: [Self.meta("property", "og:locale", "fr_FR")],
                            body: [h("p", h("time", ["datetime": "2020-01-02"], "Jan 2"))], lang: "de")
        let metadata = map(dom).metadata
        #expect(metadata.language == "de")
        #expect(metadata.date == "2020-01-02")
    }

    @Test func authorURLsAreNotNames() {
        let dom = Self.page(head: [Self.meta("property", "article:author", "https://facebook.com/x"),
                                   Self.meta("name", "parsely-author", "By Sam Poe")])
        #expect(map(dom).metadata.authors == ["Sam Poe"])
    }

    @Test func baseHrefResolvesLinksAndIsItselfResolved() {
        let dom = Self.page(head: [h("base", ["href": "/root/"])], body: [h("p", h("a", ["href": "page"], "x"))])
        let document = HTMLToDocument(options: .init(baseURL: "https://b.org/a/b.html")).document(from: buildDOM(dom))
        #expect(document.blocks == [.paragraph([.link(Link(url: "https://b.org/root/page", content: [.text("x")]))])])
    }

    struct LDCase: CustomTestStringConvertible, Sendable {
        var name: String
        var json: String
        var check: @Sendable (Metadata) -> Bool
        var testDescription: String { name }
    }

    static let jsonLDCases: [LDCase] = [
        LDCase(name: "NewsArticle with author objects and publisher", json: """
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks resume",
             "author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}],
             "datePublished":"2021-04-08T10:15:00Z","dateModified":"2021-04-09","publisher":{"@type":"Organization","name":"Wire"},
             "image":{"@type":"ImageObject","url":"https://w.com/i.jpg"},"keywords":["talks","peace"],"inLanguage":"en-US",
             "articleSection":["World"]}
            """, check: { m in
                m.title == "Talks resume" && m.authors == ["A. Writer", "B. Writer"] && m.date == "2021-04-08T10:15:00Z"
                    && m.source == "Wire" && m.image == "https://w.com/i.jpg" && m.keywords == ["talks", "peace"]
                    && m.language == "en-US" && m.category == "World" && m.extra["dateModified"] == .string("2021-04-09")
                    && m.extra["schemaType"] == .string("NewsArticle")
            }),
        LDCase(name: "@graph with references", json: """
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"#site","name":"Site"},
             {"@type":"Person","@id":"#jane","name":"Jane Doe"},
             {"@type":["Article","BlogPosting"],"headline":"Graph post","author":{"@id":"#jane"},
              "image":["https://g.com/1.jpg","https://g.com/2.jpg"],"datePublished":"2022-03-04","keywords":"x, y"}]}
            """, check: { m in
                m.title == "Graph post" && m.authors == ["Jane Doe"] && m.image == "https://g.com/1.jpg" && m.date == "2022-03-04"
                    && m.keywords == ["x", "y"]
            }),
        LDCase(name: "array of blobs, string author, comment wrapper", json: """
            <!-- [{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"Report","author":"Kim Lee",
              "datePublished":"March 5, 2020"}] -->
            """, check: { m in m.title == "Report" && m.authors == ["Kim Lee"] && m.date == "2020-03-05" }),
        LDCase(name: "nested mainEntity", json: """
            {"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Nested","author":[{"name":"X"},"https://x.com/u"]}}
            """, check: { m in m.title == "Nested" && m.authors == ["X"] }),
        LDCase(name: "broken JSON is ignored", json: #"{"@type":"NewsArticle","headline":"#, check: { m in m.title == "Fallback" }),
        LDCase(name: "too deep JSON is ignored",
               json: String(repeating: "[", count: 100) + #"{"@type":"NewsArticle","headline":"Deep"}"# + String(repeating: "]", count: 100),
               check: { m in m.title == "Fallback" }),
        LDCase(name: "escapes and raw newlines in strings", json: "{\"@type\":\"NewsArticle\",\"headline\":\"Caf\\u00e9 \\\"quoted\\\"\",\"description\":\"two\nlines\"}",
               check: { m in m.title == "Café \"quoted\"" }),
    ]

    @Test(arguments: jsonLDCases)
    func readsJSONLD(_ testCase: LDCase) {
        let dom = Self.page(head: [h("title", "Fallback"), Self.jsonLD(testCase.json)])
        let metadata = map(dom).metadata
        #expect(testCase.check(metadata), "\(metadata)")
    }

    @Test(arguments: [
        ("2021-04-08", "2021-04-08"), ("2021-04-08T10:15:00.000Z", "2021-04-08T10:15:00Z"),
        ("2021-04-08T10:15:00+0200", "2021-04-08T10:15:00+02:00"), ("2021-04-08 10:15", "2021-04-08T10:15:00"),
        ("2021/04/08", "2021-04-08"), ("20210408", "2021-04-08"), ("Thu, 08 Apr 2021 10:15:00 GMT", "2021-04-08T10:15:00Z"),
        ("April 8, 2021", "2021-04-08"), ("8 April 2021", "2021-04-08"), ("08.04.2021", "2021-04-08"),
        ("04/08/2021", "2021-04-08"), ("25/12/2020", "2020-12-25"), ("2021-13-45", nil), ("yesterday", nil), ("", nil),
    ] as [(String, String?)])
    func normalizesDates(_ raw: String, _ expected: String?) {
        #expect(DateNormalizer.normalize(raw) == expected)
    }
}
