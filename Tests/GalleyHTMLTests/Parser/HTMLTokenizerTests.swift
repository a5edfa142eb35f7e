import GalleyHTML
import Testing

/// The tokenizer on its own.
@Suite struct HTMLTokenizerTests {
    static func tokens(_ input: String, state: HTMLTokenizer.State = .data, lastStartTag: String? = nil) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(Array(input.utf8), state: state, lastStartTag: lastStartTag)
        var result: [HTMLToken] = []
        while true {
            let token = tokenizer.next()
            if token == .endOfFile { return result }
            result.append(token)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: [HTMLToken]
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "a<b c=d e>f</b>", expected: [
            .characters(Array("a".utf8)),
            .startTag(name: "b", attributes: [.init(name: "c", value: "d"), .init(name: "e", value: "")], selfClosing: false),
            .characters(Array("f".utf8)), .endTag(name: "b"),
        ]),
        Case(input: "<BR/>", expected: [.startTag(name: "br", attributes: [], selfClosing: true)]),
        Case(input: "<a x=1 x=2>", expected: [.startTag(name: "a", attributes: [.init(name: "x", value: "1")], selfClosing: false)]),
        Case(input: "&notit; &notin; &amp &AMP;", expected: [.characters(Array("¬it; ∉ & &".utf8))]),
        Case(input: "<a href='?a=1&copy=2&amp'>", expected: [
            .startTag(name: "a", attributes: [.init(name: "href", value: "?a=1&copy=2&")], selfClosing: false),
        ]),
        Case(input: "&#x80;&#0;&#x110000;&#65", expected: [.characters(Array("€\u{FFFD}\u{FFFD}A".utf8))]),
        Case(input: "<!--x--><!DOCTYPE html>", expected: [
            .comment("x"), .doctype(HTMLDoctype(name: "html")),
        ]),
    ]

    @Test(arguments: cases)
    func tokenizes(_ test: Case) {
        #expect(Self.tokens(test.input) == test.expected)
    }

    @Test func rawTextStatesUseTheLastStartTag() {
        #expect(Self.tokens("a</b></style>c", state: .rawtext, lastStartTag: "style") == [
            .characters(Array("a</b>".utf8)), .endTag(name: "style"), .characters(Array("c".utf8)),
        ])
    }

    @Test func everyNamedReferenceDecodes() {
        var tokenizer = HTMLTokenizer(Array("&CounterClockwiseContourIntegral;&NotNestedGreaterGreater;".utf8))
        #expect(tokenizer.next() == .characters(Array("∳⪢̸".utf8)))
    }
}
