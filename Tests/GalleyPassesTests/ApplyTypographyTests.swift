import GalleyCore
import GalleyPasses
import Testing
import TestSupport

@Suite struct ApplyTypographyTests {
    struct Case: CustomStringConvertible, Sendable {
        var description: String { "\(language ?? "-"): \(input)" }
        var language: String?
        var input: String
        var expected: String
    }

    static let cases: [Case] = [
        Case(language: "en", input: "\"Hello,\" she said.", expected: "\u{201C}Hello,\u{201D} she said."),
        Case(language: "en", input: "'Tis the dogs' bone, don't 'quote' it", expected: "\u{2019}Tis the dogs\u{2019} bone, don\u{2019}t \u{2018}quote\u{2019} it"),
        Case(language: "en", input: "the '90s", expected: "the \u{2019}90s"),
        Case(language: "en", input: "Wait...", expected: "Wait\u{2026}"),
        Case(language: "en", input: "BAGHDAD (Xinhua) -- Talks", expected: "BAGHDAD (Xinhua) \u{2014} Talks"),
        Case(language: "en", input: "1990--1995", expected: "1990\u{2013}1995"),
        Case(language: "en", input: "a---b", expected: "a\u{2014}b"),
        Case(language: "en", input: "word - word _ word", expected: "word \u{2014} word \u{2014} word"),
        Case(language: "en", input: "well-known", expected: "well-known"),
        Case(language: "en", input: "(\"x\")", expected: "(\u{201C}x\u{201D})"),
        Case(language: "en", input: "see http://x.org/a--b...\"q\"", expected: "see http://x.org/a--b...\"q\""),
        Case(language: "de", input: "Er sagte \"Hallo\" und 'ja'.", expected: "Er sagte \u{201E}Hallo\u{201C} und \u{201A}ja\u{2018}."),
        Case(language: "de", input: "Berlin - Paris", expected: "Berlin \u{2013} Paris"),
        Case(language: "fr", input: "Il a dit \"bonjour\" : quoi ?", expected: "Il a dit \u{AB}\u{202F}bonjour\u{202F}\u{BB}\u{202F}: quoi\u{202F}?"),
        Case(language: "fr", input: "l'homme", expected: "l\u{2019}homme"),
        Case(language: "fr", input: "\u{AB} oui \u{BB}", expected: "\u{AB}\u{202F}oui\u{202F}\u{BB}"),
        Case(language: "es", input: "\"Hola\"", expected: "\u{AB}Hola\u{BB}"),
        Case(language: "ru", input: "\"Да\"", expected: "\u{AB}\u{414}\u{430}\u{BB}"),
        Case(language: "ja", input: "\"x\" -- y...", expected: "\"x\" -- y..."),
        Case(language: "zh-CN", input: "\"x\"", expected: "\"x\""),
        Case(language: nil, input: "\"x\"", expected: "\u{201C}x\u{201D}"),
        Case(language: "xx", input: "\"x\"", expected: "\u{201C}x\u{201D}"),
    ]

    @Test(arguments: cases)
    func educates(_ testCase: Case) throws {
        let document = try run(ApplyTypography(), [para(testCase.input)], metadata: Metadata(language: testCase.language))
        #expect(document.blocks == [para(testCase.expected)])
    }

    @Test func quotesAcrossInlineBoundaries() throws {
        let input: [Block] = [.paragraph([.text("\""), .emphasis([.text("word")]), .text("\" and '"), .link(Link(url: "/a", content: [.text("b")])), .text("'")])]
        let document = try run(ApplyTypography(), input)
        #expect(document.blocks == [.paragraph([
            .text("\u{201C}"), .emphasis([.text("word")]), .text("\u{201D} and \u{2018}"),
            .link(Link(url: "/a", content: [.text("b")])), .text("\u{2019}"),
        ])])
    }

    @Test func leavesCodeRawAndURLLinksAlone() throws {
        let input: [Block] = [
            .codeBlock(CodeBlock(text: "\"a\" -- b...")),
            .rawBlock(format: "html", text: "<p>\"x\"</p>"),
            .paragraph([.code("\"a\""), .text(" "), .rawInline(format: "html", text: "'x'"),
                        .link(Link(url: "http://a.org/x--y", content: [.text("http://a.org/x--y")]))]),
        ]
        #expect(try run(ApplyTypography(), input).blocks == input)
    }

    @Test func argumentOverridesMetadata() throws {
        let pass = try #require(try ApplyTypography.descriptor.make("de", OptionValues()) as? ApplyTypography)
        let document = try run(pass, [para("\"a\"")], metadata: Metadata(title: "\"T\"", language: "en"))
        #expect(document.blocks == [para("\u{201E}a\u{201C}")])
        #expect(document.metadata.title == "\u{201E}T\u{201C}")
        #expect(throws: GalleyError.self) { try ApplyTypography.descriptor.make("d e", OptionValues()) }
    }

    @Test func notesAreTheirOwnStream() throws {
        let input: [Block] = [.paragraph([.text("\"a"), .note([para("\"n\"")]), .text("\"")])]
        let document = try run(ApplyTypography(), input)
        #expect(document.blocks == [.paragraph([.text("\u{201C}a"), .note([para("\u{201C}n\u{201D}")]), .text("\u{201D}")])])
    }

    @Test func randomDocumentsKeepTheirShape() throws {
        for seed in UInt64(0)..<100 {
            var generator = RandomDocumentGenerator(seed: seed)
            let document = generator.document()
            let educated = try run(ApplyTypography(), document.blocks)
            #expect(educated.blocks.count == document.blocks.count)
        }
    }
}
