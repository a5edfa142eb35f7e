import GalleyCore

/// Documents the GalleyRender tests write.
enum RenderFixtures {
    /// An ordinary article with every block kind, links, notes and non-ASCII text.
    static let article: Document = {
        var meta = Metadata()
        meta.title = "Talks resume in Zürich — Ελλάδα joins"
        meta.subtitle = "Delegations return after a week"
        meta.authors = ["Ana Müller", "J. Writer"]
        meta.date = "2021-04-08"
        meta.dateline = Dateline(place: "ZÜRICH", date: "April 8", source: "Galley Wire", text: "ZÜRICH, April 8 (Galley Wire)")
        meta.source = "Galley Wire"
        meta.url = "https://example.com/news/talks-resume"
        meta.language = "en"
        meta.slug = "talks-resume"
        let blocks: [Block] = [
            .paragraph([
                .text("Negotiators met again on Thursday, said "),
                .link(Link(url: "https://example.com/statement", content: [.emphasis([.text("the statement")])])),
                .text(", and a spokeswoman called the mood “constructive”."),
                .note([.paragraph([.text("The statement was published in German and French.")])]),
            ]),
            .heading(Heading(level: 2, content: [.text("Background")])),
            .paragraph([
                .text("From the start the talks were difficult. This sentence is deliberately long so that the "
                    + "plain-text part has to wrap it over several lines at the measure of the profile, and "
                    + "a line that starts with From must be space-stuffed."),
            ]),
            .blockQuote([.paragraph([.text("> We are not there yet, but we are closer than last week.")])]),
            .list(List(isOrdered: true, items: [
                [.paragraph([.text("First point: tariffs")])],
                [.paragraph([.text("Second point: quotas, see "), .link(Link(url: "https://example.com/q", content: [.text("the table")]))])],
            ])),
            .codeBlock(CodeBlock(text: "let x = 1   \n  indented line\nFrom here on\n", language: "swift")),
            .table(Table(
                caption: [.paragraph([.text("Quotas by year")])], alignments: [.default, .default],
                head: [Table.Row(cells: [cell("Year", header: true), cell("Quota", header: true)])],
                body: [Table.Row(cells: [cell("2020"), cell("1 200 t")]), Table.Row(cells: [cell("2021"), cell("1 450 t")])],
                foot: [])),
            .figure(Figure(
                content: [.paragraph([.image(Image(source: "https://example.com/photo.jpg", alt: "Delegates at the table"))])],
                caption: [.paragraph([.text("Delegates on Thursday.")])])),
            .horizontalRule,
            .paragraph([.text("Straße, naïve, 北京, 😀 and e\u{301} — all in one line; = signs and trailing space ")]),
        ]
        return Document(metadata: meta, blocks: blocks)
    }()

    static func cell(_ text: String, header: Bool = false) -> Table.Cell {
        Table.Cell(blocks: [.paragraph([.text(text)])], isHeader: header)
    }

    /// Paragraph texts a reader must find in every output of ``article``.
    static let articleSentences = [
        "Negotiators met again on Thursday, said the statement",
        "From the start the talks were difficult.",
        "We are not there yet, but we are closer than last week.",
        "Second point: quotas, see the table",
        "Straße, naïve, 北京, 😀 and e\u{301} — all in one line; = signs and trailing space",
        "Delegates on Thursday.",
    ]
}
