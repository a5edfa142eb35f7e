import GalleyCore
import Testing

@testable import GalleyHTML

/// Each field's sources, most trusted first: with all present the first wins; removing it
/// promotes the next.
@Suite("Page metadata precedence")
struct MetadataPrecedenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var field: String
        /// Head elements, most trusted first, each paired with the value it should yield.
        var sources: [(DOMSpec, String)]
        var read: @Sendable (Metadata) -> String?
        var testDescription: String { field }
    }

    static func meta(_ key: String, _ name: String, _ content: String) -> DOMSpec {
        .element("meta", [(key, name), ("content", content)], [])
    }

    static let cases: [Case] = [
        Case(field: "date", sources: [
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","datePublished":"2021-01-01"}"#), "2021-01-01"),
            (meta("property", "article:published_time", "2021-02-02T00:00:00Z"), "2021-02-02T00:00:00Z"),
            (meta("name", "pubdate", "20210303"), "2021-03-03"),
            (h("time", ["datetime": "2021-04-04"], "April"), "2021-04-04"),
        ], read: { $0.date }),
        Case(field: "description", sources: [
            (meta("name", "description", "plain"), "plain"),
            (meta("property", "og:description", "og"), "og"),
            (meta("name", "twitter:description", "tw"), "tw"),
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","description":"ld"}"#), "ld"),
        ], read: { $0.description }),
        Case(field: "url", sources: [
            (h("link", ["rel": "canonical", "href": "https://c.com/canonical"]), "https://c.com/canonical"),
            (meta("property", "og:url", "https://c.com/og"), "https://c.com/og"),
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","mainEntityOfPage":{"@id":"https://c.com/ld"}}"#), "https://c.com/ld"),
        ], read: { $0.url }),
        Case(field: "source", sources: [
            (meta("property", "og:site_name", "OG Site"), "OG Site"),
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","publisher":{"name":"LD Pub"}}"#), "LD Pub"),
            (meta("name", "application-name", "App"), "App"),
        ], read: { $0.source }),
        Case(field: "image", sources: [
            (meta("property", "og:image", "https://c.com/og.jpg"), "https://c.com/og.jpg"),
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","image":"https://c.com/ld.jpg"}"#), "https://c.com/ld.jpg"),
            (meta("name", "twitter:image", "https://c.com/tw.jpg"), "https://c.com/tw.jpg"),
        ], read: { $0.image }),
        Case(field: "language", sources: [
            (meta("property", "og:locale", "pt_BR"), "pt-BR"),
            (meta("http-equiv", "content-language", "es"), "es"),
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","inLanguage":"it"}"#), "it"),
        ], read: { $0.language }),
        Case(field: "authors", sources: [
            (h("script", ["type": "application/ld+json"], #"{"@type":"Article","author":{"@type":"Person","name":"LD Name"}}"#), "LD Name"),
            (meta("name", "author", "Meta Name"), "Meta Name"),
            (meta("property", "article:author", "Article Name"), "Article Name"),
        ], read: { $0.authors.first }),
    ]

    @Test(arguments: cases)
    func firstSourceWins(_ testCase: Case) {
        for start in testCase.sources.indices {
            let head = testCase.sources[start...].map(\.0)
            let dom: [DOMSpec] = [.element("html", [], [.element("head", [], head)])]
            let value = testCase.read(map(dom).metadata)
            #expect(value == testCase.sources[start].1, "with sources from #\(start)")
        }
    }
}

@Suite("JSON-LD parsing")
struct JSONLDValueTests {
    @Test(arguments: [
        (#"{"a": [1, 2.5, "x", true, false, null]}"#, JSONLDValue.object(["a": .array([.number(1), .number(2.5), .string("x"), .bool(true), .bool(false), .null])])),
        (#"[1, 2,]"#, .array([.number(1), .number(2)])),
        (#"{"a": {"b": {}},}"#, .object(["a": .object(["b": .object([:])])])),
        (#""\ud83d\ude00 \u00e9""#, .string("😀 é")),
        ("<![CDATA[ {\"k\": \"v\"} ]]>", .object(["k": .string("v")])),
        (#"{"k": "v", "k": "second"}"#, .object(["k": .string("v")])),
    ])
    func parses(_ text: String, _ expected: JSONLDValue) {
        #expect(JSONLDValue.parse(text) == expected)
    }

    @Test(arguments: ["", "{", #"{"a" 1}"#, "[1 2", "nope", String(repeating: "[", count: 65) + String(repeating: "]", count: 65)])
    func rejects(_ text: String) {
        #expect(JSONLDValue.parse(text) == nil)
    }
}
