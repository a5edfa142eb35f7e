import GalleyCore
import GalleyPasses
import Testing

/// `extract` against the chrome that sits inside or around an article: comments, captions and
/// credits, teasers of other articles, and class names that mention chrome in passing.
@Suite struct ExtractionChromeTests {
    static func div(_ tag: String, id: String = "", classes: [String] = [], _ blocks: [Block]) -> Block {
        .div(Attributes(id: id, classes: classes, pairs: [.init("tag", tag)]), blocks)
    }

    static let prose = [
        "The harbour ferry that has linked the two halves of the town for more than sixty years returned to service on Tuesday morning, after a refit that ran a year longer than planned.",
        "The vessel now carries a hybrid engine, which the harbour board says cuts fuel use by a third and makes the crossing noticeably quieter for the passengers on the open deck.",
        "Commuters queued from six in the morning for the first crossing, and many of them said that it was a relief to have the short way across the estuary back again.",
    ]

    static let comments = [
        "I have taken this ferry every day for twenty years and I can tell you that the old engine was far louder than the board ever admitted in any of its meetings.",
        "It is a shame that the refit took so long, because the bus that replaced the ferry added almost an hour to the journey for those of us who work on the other side.",
        "My grandfather worked on the first boat of the line, and he would have been pleased to see that the town still cares about the crossing after all these years.",
        "The new engine is a good idea, but I would like to know how much the whole refit cost in the end and whether the dues will really stay the same next year.",
    ]

    func extracted(_ blocks: [Block]) throws -> String {
        var context = ConversionContext()
        return try ExtractMainContent().run(Document(metadata: Metadata(language: "en"), blocks: blocks), context: &context).plainText
    }

    @Test func commentsLongerThanTheArticleAreDropped() throws {
        let text = try extracted([
            Self.div("main", [
                Self.div("div", classes: ["post"], Self.prose.map(para)),
                Self.div("section", id: "comments", classes: ["comments-area"], Self.comments.map(para)),
            ])
        ])
        for paragraph in Self.prose { #expect(text.contains(paragraph)) }
        for comment in Self.comments { #expect(!text.contains(comment), "kept \(comment)") }
    }

    @Test func captionsAndCreditsAreDropped() throws {
        let text = try extracted([
            Self.div("article", [
                Self.div("div", classes: ["article-body"], [
                    para(Self.prose[0]),
                    Self.div("div", classes: ["wp-caption"], [para("The ferry at the north quay on Tuesday.")]),
                    para(Self.prose[1]),
                    para("(Photo: Jane Roe / Courier)"),
                    para(Self.prose[2]),
                    para("The first crossing of the morning. © Harbour Board"),
                    para("Źródło: Port Authority"),
                    para("Z\u{301}ródło: Quay Office"),
                ])
            ])
        ])
        for paragraph in Self.prose { #expect(text.contains(paragraph)) }
        for credit in ["north quay", "Jane Roe", "Harbour Board", "Port Authority", "Quay Office"] {
            #expect(!text.contains(credit), "kept \(credit)")
        }
    }

    @Test func teasersOfOtherArticlesAreDropped() throws {
        let headline = Block.heading(Heading(level: 3, content: [.link(Link(url: "/bridge", content: [.text("Bridge repairs start in June")]))]))
        let text = try extracted([
            Self.div("article", [
                Self.div("div", classes: ["story-body"], Self.prose.map(para) + Self.comments.prefix(2).map(para) + [
                    Self.div("div", classes: ["card"], [headline, para("Engineers will close the old bridge for six weeks while its bearings are replaced.")])
                ])
            ])
        ])
        for paragraph in Self.prose { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Engineers will close"))
    }

    @Test func aChromeWordLaterInANameCounts() throws {
        let text = try extracted([
            Self.div("div", classes: ["entry-content"], Self.prose.map(para) + [
                Self.div("aside", classes: ["entry__related"], [para("Read how the town voted to keep the ferry running after the harbour board proposed a bridge.")]),
                Self.div("div", classes: ["likes-widget-placeholder", "post-likes-widget-placeholder"], [para("Like Loading…")]),
            ])
        ])
        for paragraph in Self.prose { #expect(text.contains(paragraph)) }
        #expect(!text.contains("town voted"))
        #expect(!text.contains("Loading"))
    }

    @Test func aNamedBodyInsideAChromeNamedWrapperIsTheArticle() throws {
        let text = try extracted([
            Self.div("div", classes: ["date-outer"], [
                Self.div("div", classes: ["post-outer"], [Self.div("div", classes: ["post-body", "entry-content"], Self.prose.map(para))])
            ]),
            Self.div("div", classes: ["sidebar"], [para("Archive: 2024 (12) · 2023 (40) · Labels: ferry, harbour")]),
        ])
        for paragraph in Self.prose { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Archive"))
    }
}
