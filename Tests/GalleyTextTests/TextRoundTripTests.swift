import GalleyCore
import GalleyText
import Testing
import TestSupport

/// What the text writer writes, the text reader reads back as the same structure.
@Suite struct TextRoundTripTests {
    static func p(_ text: String) -> Block { .paragraph([.text(text)]) }

    static let long =
        "The strategic dialogue via video teleconference also covered security and counterterrorism, economics and energy, political issues, and cultural relations, according to the statement."

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var document: Document
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "wrapped paragraphs", document: Document(blocks: [p(long), p("Short one."), p(long + " " + long)])),
        Case(
            name: "headings",
            document: Document(blocks: [
                p("Opening words."), .heading(Heading(level: 1, content: [.text("Part one")])), p(long),
                .heading(Heading(level: 2, content: [.text("Background")])), p(long),
                .heading(Heading(level: 3, content: [.text("Details")])), p("Closing."),
            ])),
        Case(
            name: "lists",
            document: Document(blocks: [
                p("Items:"),
                .list(List(items: [[p("apples")], [p(long)], [p("pears"), .list(List(items: [[p("green")], [p("red")]]))]])),
                p("Steps:"),
                .list(List(isOrdered: true, start: 9, items: [[p("nine")], [p("ten")], [p(long)]])),
            ])),
        Case(
            name: "code, quote and rule",
            document: Document(blocks: [
                p("Run:"), .codeBlock(CodeBlock(text: "make test\n\nmake bench")), .blockQuote([p(long), .blockQuote([p("inner")])]),
                .horizontalRule, p("End."),
            ])),
        Case(
            name: "title",
            document: Document(metadata: Metadata(title: "U.S., Iraq agree to redeploy forces"), blocks: [p(long)])),
    ]

    @Test(arguments: cases)
    func roundTrips(_ testCase: Case) throws {
        var context = ConversionContext()
        let output = try TextWriter(options: .init(isStandalone: true)).write(testCase.document, profile: .standard, context: &context)
        guard case .text(let text) = output else { return }
        let back = try TextReader().read(Input(text), context: &context)
        #expect(back == testCase.document, "\(TreeDump.firstDifference(testCase.document, back) ?? "")\n\(text)")
    }
}
