import GalleyCore
import GalleyPasses
import Testing

/// `extract` on documents shaped like the HTML reader's output: containers as divs that keep
/// their tag, id, classes and role.
@Suite struct ExtractMainContentTests {
    static func div(_ tag: String, id: String = "", classes: [String] = [], role: String? = nil, _ blocks: [Block]) -> Block {
        var attributes = Attributes(id: id, classes: classes, pairs: [.init("tag", tag)])
        if let role { attributes["role"] = role }
        return .div(attributes, blocks)
    }

    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    static func links(_ names: [String]) -> Block {
        .list(List(items: names.map { [.paragraph([.link(Link(url: "/\($0)", content: [.text($0)]))])] }))
    }

    static let prose = [
        "The harbour ferry that has linked the two halves of the town for more than sixty years returned to service on Tuesday morning, after a refit that ran a year longer than planned.",
        "The vessel now carries a hybrid engine, which the harbour board says cuts fuel use by a third and makes the crossing noticeably quieter for the passengers on the open deck.",
        "Commuters queued from six in the morning for the first crossing, and many of them said that it was a relief to have the short way across the estuary back again.",
        "The chair of the board said the overrun was caused by corrosion that was found in the hull once the old engine had been lifted out, and that the cost was met without a rise in dues.",
    ]

    static let page = Document(
        metadata: Metadata(title: "Harbour ferry returns", language: "en"),
        blocks: [
            div("div", classes: ["cookie-banner"], [paragraph("We use cookies to improve your experience. Accept all")]),
            div("header", [paragraph("Coastline Courier"), div("nav", role: "navigation", [links(["Local", "Sport", "Business", "Weather"])])]),
            div("main", [
                div("article", [
                    .heading(Heading(level: 1, content: [.text("Harbour ferry returns")])),
                    paragraph("By Maren Holt, Transport Correspondent · 14 May 2024"),
                    div("div", classes: ["share-tools"], [paragraph("Share on Facebook Share on X Email Print")]),
                    div("div", classes: ["story-body"], [
                        paragraph(prose[0]), paragraph(prose[1]),
                        div("aside", classes: ["related"], [.heading(Heading(level: 3, content: [.text("Related")])), links(["Ferry refit delayed again", "Crowds bid the ferry farewell"])]),
                        .heading(Heading(level: 2, content: [.text("What changed on board")])),
                        .list(List(items: [[paragraph("Room for 64 bicycles, up from 24")], [paragraph("Step-free boarding at both quays")]])),
                        paragraph(prose[2]), paragraph(prose[3]),
                    ]),
                    div("section", classes: ["comments"], [.heading(Heading(level: 3, content: [.text("Comments (12)")])), paragraph("Log in to join the conversation.")]),
                ]),
            ]),
            div("footer", [paragraph("© 2024 Coastline Courier · About us · Contact · Privacy")]),
        ])

    func text(_ document: Document) -> String { document.plainText }

    @Test func keepsTheArticleAndDropsChrome() throws {
        var context = ConversionContext(isExplaining: true)
        let result = try ExtractMainContent().run(Self.page, context: &context)
        let body = text(result)
        for paragraph in Self.prose { #expect(body.contains(paragraph)) }
        #expect(body.contains("What changed on board"))
        #expect(body.contains("Room for 64 bicycles"))
        for chrome in ["cookies", "Sport", "Share on Facebook", "Ferry refit delayed", "Log in to join", "About us", "Coastline Courier"] {
            #expect(!body.contains(chrome), "kept \(chrome)")
        }
        #expect(!body.hasPrefix("Harbour ferry returns"), "the title repeats meta.title")
        #expect(result.metadata.authors == ["Maren Holt"])
        #expect(result.metadata.date == "2024-05-14")
        let notes = context.diagnostics.filter { $0.code == "extract.dropped" }
        #expect(notes.contains { $0.message.contains("Share on Facebook") })
    }

    @Test(arguments: ExtractMainContent.Mode.allCases)
    func everyModeKeepsTheProse(_ mode: ExtractMainContent.Mode) throws {
        var context = ConversionContext()
        let result = try ExtractMainContent(options: .init(mode: mode)).run(Self.page, context: &context)
        for paragraph in Self.prose { #expect(text(result).contains(paragraph)) }
    }

    @Test func flatPageFallsBackToClassification() throws {
        let flat = Document(blocks: [
            Self.links(["Home", "News", "Contact"]),
            Self.paragraph(Self.prose[0]), Self.paragraph(Self.prose[1]), Self.paragraph(Self.prose[2]),
            Self.paragraph("Impressum · Datenschutz · Kontakt"),
        ])
        var context = ConversionContext()
        let result = try ExtractMainContent().run(flat, context: &context)
        #expect(text(result).contains(Self.prose[2]))
        #expect(!text(result).contains("Impressum"))
        #expect(!text(result).contains("Contact"))
    }

    @Test func rejectsUnknownMode() {
        #expect(throws: GalleyError.self) { try ExtractMainContent.descriptor.make("sometimes", OptionValues()) }
    }

    @Test func emptyAndHostileDocumentsDoNotFail() throws {
        var context = ConversionContext()
        _ = try ExtractMainContent().run(Document(), context: &context)
        var deep = Block.paragraph([.text("deep")])
        for _ in 0..<Document.maximumDepth { deep = Self.div("div", [deep]) }
        _ = try ExtractMainContent().run(Document(blocks: [deep]), context: &context)
    }
}
