import GalleyCore
import GalleyPasses
import Testing

/// `dateline` and `clean` on small documents.
@Suite struct NewsPassesTests {
    struct DatelineCase: CustomTestStringConvertible, Sendable {
        let first: String
        let place: String
        let source: String?
        let rest: String
        var testDescription: String { first }
    }

    static let datelines = [
        DatelineCase(first: "BAGHDAD, April 7 (Xinhua) -- The talks resumed.", place: "BAGHDAD", source: "Xinhua", rest: "The talks resumed."),
        DatelineCase(first: "ATLANTA (AP) _ Storms swept the city.", place: "ATLANTA", source: "AP", rest: "Storms swept the city."),
        DatelineCase(first: "Berlin (dpa) - Die Regierung tagte.", place: "Berlin", source: "dpa", rest: "Die Regierung tagte."),
        DatelineCase(first: "LONDON (Reuters) - Shares fell on Monday.", place: "LONDON", source: "Reuters", rest: "Shares fell on Monday."),
    ]

    @Test(arguments: datelines)
    func datelineMovesToMetadata(_ testCase: DatelineCase) throws {
        var context = ConversionContext()
        let document = Document(blocks: [.paragraph([.text(testCase.first)]), .paragraph([.text("More text.")])])
        let result = try DetectDateline().run(document, context: &context)
        #expect(result.metadata.dateline?.place == testCase.place)
        #expect(result.metadata.dateline?.source == testCase.source)
        #expect(result.metadata.source == testCase.source)
        #expect(result.blocks.first == .paragraph([.text(testCase.rest)]))
        let kept = try DetectDateline(options: .init(keepsDateline: true)).run(document, context: &context)
        #expect(kept.blocks.first == document.blocks.first)
    }

    @Test func sourceLineAndEndMark() throws {
        var context = ConversionContext()
        let document = Document(blocks: [
            .paragraph([.text("Xinhua, April 8, 2021")]),
            .paragraph([.text("BAGHDAD, April 7 (Xinhua) -- First paragraph.")]),
            .paragraph([.text("Last paragraph of the story. Enditem")]),
            .paragraph([.text("Follow us on Twitter")]),
        ])
        let result = try DetectDateline().run(document, context: &context)
        #expect(result.metadata.date == "2021-04-08")
        #expect(result.metadata.source == "Xinhua")
        #expect(result.metadata.dateline?.date == "2021-04-07")
        #expect(result.blocks == [.paragraph([.text("First paragraph.")]), .paragraph([.text("Last paragraph of the story.")])])
    }

    @Test func reutersCreditFillsAuthors() throws {
        var context = ConversionContext()
        let document = Document(blocks: [
            .paragraph([.text("LONDON (Reuters) - Shares fell.")]),
            .paragraph([.text("(Reporting by Jane Doe; Editing by John Roe)")]),
        ])
        let result = try DetectDateline().run(document, context: &context)
        #expect(result.blocks.count == 1)
        #expect(result.metadata.authors.contains("Jane Doe"))
    }

    @Test func cleanKeepsProseAndDropsChromeAroundIt() throws {
        var context = ConversionContext(isExplaining: true)
        let prose = "The council approved the new cycle lanes on Thursday after a debate that lasted most of the evening, and the work is expected to begin in the spring."
        let document = Document(blocks: [
            .paragraph([.text("Share on Facebook"), .softBreak, .text("Print E-mail")]),
            .paragraph([.text(prose)]),
            .paragraph([.text("Residents said they were pleased with the plan, though some worried about parking on the narrow streets near the river.")]),
            .paragraph([.text("Subscribe to our newsletter")]),
            .paragraph([.text("Leave a comment")]),
        ])
        let result = try CleanPageChrome().run(document, context: &context)
        #expect(result.blocks.count == 2)
        #expect(result.blocks.first == .paragraph([.text(prose)]))
        #expect(context.diagnostics.filter { $0.code == "clean.dropped" }.count == 4, "one note per dropped line")
    }
}
