import Testing

@testable import GalleyHTML

@Suite("Byte-level marker searches")
struct ASCIISearchTests {
    struct SearchCase: Sendable, CustomTestStringConvertible {
        let text: String
        let marker: String
        let skipsWhitespace: Bool
        let expected: Bool
        var testDescription: String { "\(text) ∋ \(marker)" }
    }

    static let searches: [SearchCase] = [
        SearchCase(text: "color: red; DISPLAY : None", marker: "display:none", skipsWhitespace: true, expected: true),
        SearchCase(text: "display:block", marker: "display:none", skipsWhitespace: true, expected: false),
        SearchCase(text: "display: none", marker: "display:none", skipsWhitespace: false, expected: false),
        SearchCase(text: "ddisplay:none", marker: "display:none", skipsWhitespace: false, expected: true),
        SearchCase(text: "displa", marker: "display", skipsWhitespace: false, expected: false),
        SearchCase(text: "", marker: "x", skipsWhitespace: false, expected: false),
        SearchCase(text: "Grüße/BLANK.GIF", marker: "blank.gif", skipsWhitespace: false, expected: true),
    ]

    @Test(arguments: searches)
    func contains(_ example: SearchCase) {
        let found = ASCIISearch.contains(
            example.text, anyOf: [Array(example.marker.utf8)],
            skipping: example.skipsWhitespace ? HTMLEncoding.isASCIIWhitespace : { _ in false })
        #expect(found == example.expected)
    }

    static let placeholders: [(String, Bool)] = [
        ("", true), ("  #  ", true), ("about:blank", true),
        ("data:image/gif;base64,R0lGODlhAQABAAAAACw=", true),
        ("DATA:image/png;base64," + String(repeating: "A", count: 300), false),
        ("/img/Spacer.GIF", true), ("https://cdn.example/lazy-placeholder.svg", true),
        ("https://cdn.example/photo.jpg", false), ("https://example.com/1x1.png?x", true),
    ]

    @Test(arguments: placeholders)
    func placeholder(_ url: String, _ expected: Bool) {
        #expect(BodyMapper.isPlaceholder(url) == expected)
    }
}
