import Foundation
import GalleyCore
import GalleyMarkdown
import Testing
import TestSupport

/// Random documents written as Markdown and read back by cmark-gfm must render, block by block,
/// as the documents read (type, text and inline marks).
@Suite struct RoundTripTests {
    /// Documents per cmark-gfm run.
    static let batchSize = 100

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var options: MarkdownWriter.Options
        var seeds: Range<UInt64>
        var description: String { name }
    }

    static var cases: [Case] {
        var gfm = MarkdownWriter.Options()
        var commonmark = MarkdownWriter.Options(flavor: .commonmark)
        var gfmNoWrap = gfm
        gfmNoWrap.wrap = .none
        var gfmPreserve = gfm
        gfmPreserve.wrap = .preserve
        gfmPreserve.columns = 20
        var narrow = gfm
        narrow.columns = 20
        var references = gfm
        references.usesReferenceLinks = true
        var noRaw = commonmark
        noRaw.allowsRawHTML = false
        var setext = gfm
        setext.headingStyle = .setext
        gfm.columns = 72
        commonmark.columns = 40
        return [
            Case(name: "gfm, wrap auto 72", options: gfm, seeds: 0..<1500),
            Case(name: "gfm, wrap auto 20", options: narrow, seeds: 1500..<2000),
            Case(name: "gfm, wrap none", options: gfmNoWrap, seeds: 2000..<2300),
            Case(name: "gfm, wrap preserve", options: gfmPreserve, seeds: 2300..<2600),
            Case(name: "gfm, reference links", options: references, seeds: 2600..<2900),
            Case(name: "gfm, setext headings", options: setext, seeds: 2900..<3200),
            Case(name: "commonmark", options: commonmark, seeds: 3200..<3700),
            Case(name: "gfm, many seeds (GALLEY_SLOW only)", options: gfm, seeds: 10_000..<20_000),
        ]
    }

    /// Every seed with GALLEY_SLOW=1 (13,700 documents); otherwise the first quarter of each
    /// range (925 documents, the many-seeds case none).
    static let isSlow = ProcessInfo.processInfo.environment["GALLEY_SLOW"] != nil

    @Test(arguments: cases)
    func randomDocumentsRenderAsTheyRead(_ testCase: Case) throws {
        var failures: [RoundTrip.Failure] = []
        var start = testCase.seeds.lowerBound
        let upper = Self.isSlow ? testCase.seeds.upperBound
            : start + (testCase.seeds.count > 5000 ? 0 : UInt64(testCase.seeds.count / 4))
        while start < upper {
            let end = min(start + UInt64(Self.batchSize), upper)
            let documents = (start..<end).map { (name: "seed \($0)", document: RoundTrip.generated(seed: $0)) }
            failures += try RoundTrip.check(documents, options: testCase.options)
            start = end
        }
        for failure in failures.prefix(3) { Issue.record("\(failure)") }
        #expect(failures.isEmpty, "\(failures.count) of \(upper - testCase.seeds.lowerBound) documents differ: \(failures.map(\.name).joined(separator: ", "))")
    }
}

/// Prints one seed's Markdown and differences (set GALLEY_SEED=N[,flavor]) for debugging.
@Suite struct SeedProbe {
    @Test func probe() throws {
        guard let value = ProcessInfo.processInfo.environment["GALLEY_SEED"] else { return }
        let parts = value.split(separator: ",")
        let seed = UInt64(parts[0]) ?? 0
        var options = MarkdownWriter.Options(flavor: parts.count > 1 && parts[1] == "cm" ? .commonmark : .gfm)
        if parts.count > 2 { options.columns = Int(parts[2]) ?? 72 }
        if parts.count > 3 { options.wrap = MarkdownWriter.Options.Wrap(rawValue: String(parts[3])) ?? .auto }
        if parts.contains("refs") { options.usesReferenceLinks = true }
        if parts.contains("setext") { options.headingStyle = .setext }
        let failures = try RoundTrip.check([(name: "seed \(seed)", document: RoundTrip.generated(seed: seed))], options: options)
        for failure in failures { Issue.record("\(failure)") }
        if ProcessInfo.processInfo.environment["GALLEY_DUMP"] != nil {
            print(TreeDump.dump(RoundTrip.generated(seed: seed)).joined(separator: "\n"))
        }
    }
}

/// Prints a sample article's Markdown (set GALLEY_SAMPLE=1) to eyeball readability.
@Suite struct SampleProbe {
    @Test func sample() throws {
        guard ProcessInfo.processInfo.environment["GALLEY_SAMPLE"] != nil else { return }
        let document = Document(metadata: Metadata(title: "Talks resume: \"a new phase\"", authors: ["A. Writer"], date: "2021-04-08"), blocks: [
            .heading(Heading(level: 1, content: [.text("Talks resume in Baghdad")])),
            .paragraph([.text("BAGHDAD, April 7 (Xinhua) -- Iraqi and U.S. officials resumed talks on Wednesday, the foreign ministry said. The talks -- the third round -- cover 2,500 troops, a 5% cut and the *future* of bases_ids in the country's north; see "),
                        .link(Link(url: "https://example.com/talks(2021)", title: "Statement", content: [.text("the statement")])), .text(" and "), .emphasis([.text("Al-Sabah")]), .text("'s report.")]),
            .list(List(isOrdered: true, start: 1, items: [[.paragraph([.text("2021. A year of talks.")])], [.paragraph([.text("Troops: 2,500 (down from 5,200).")])]])),
            .blockQuote([.paragraph([.text("We are ready to talk, but not at any price,"), .softBreak, .text("said the minister.")])]),
            .table(Table(alignments: [.left, .right], head: [.init(cells: [.init(blocks: [.paragraph([.text("Base")])]), .init(blocks: [.paragraph([.text("Troops")])])])],
                         body: [.init(cells: [.init(blocks: [.paragraph([.text("Al Asad | west")])]), .init(blocks: [.paragraph([.text("1,000")])])])])),
            .paragraph([.text("Footnoted claim"), .note([.paragraph([.text("Per the ministry.")])]), .text(". C:\\path and x^2 and a_b and 3 * 4 = 12.")]),
        ])
        for flavor in MarkdownWriter.Options.Flavor.allCases {
            var options = MarkdownWriter.Options(flavor: flavor)
            options.isStandalone = true
            print(String(decoding: try MarkdownWriter(options: options).render(document), as: UTF8.self))
        }
    }
}
