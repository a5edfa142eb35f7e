import Foundation
import GalleyCore
import GalleyHTML
import GalleyRender
import Testing
import TestSupport

@Suite("Print writer")
struct PrintWriterTests {
    static func page(_ document: Document = RenderFixtures.article, profile: RenderProfile = BuiltinProfiles.printA4) -> String {
        var context = ConversionContext(timestamp: 1_700_000_000)
        return PrintWriter().render(document, profile: profile, context: &context)
    }

    @Test("Every print profile gives a self-contained page with its @page rule", arguments: BuiltinProfiles.all.map(\.profile.name))
    func selfContained(name: String) throws {
        let profile = try #require(BuiltinProfiles.profile(named: name))
        let html = Self.page(profile: profile)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: \(Self.mm(profile.page.width)) \(Self.mm(profile.page.height)); margin:"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link rel=\"stylesheet\""))
        #expect(!html.contains("@import"))
        #expect(!html.contains("src=\"http") || html.contains("src=\"https://example.com/photo.jpg\""))
        #expect(html.components(separatedBy: "<style>").count == 2)
    }

    static func mm(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))mm" : "\(value)mm"
    }

    @Test("The print stylesheet keeps headings with their text and does not split tables, figures or code")
    func paginationRules() {
        let css = PrintStyleSheet(profile: BuiltinProfiles.printA4).css
        for rule in [
            "break-after: avoid", "page-break-after: avoid", "orphans: 3", "widows: 3",
            "table, figure, pre, blockquote, img, tr, li, .article-header { break-inside: avoid; page-break-inside: avoid; }",
            "img { max-width: 100%", "@page { size: 210mm 297mm; margin: 20mm 20mm 20mm 20mm; }",
            "@media print", "max-width: 72ch",
        ] {
            #expect(css.contains(rule), "missing: \(rule)")
        }
        #expect(PrintStyleSheet(profile: BuiltinProfiles.printLetter).css.contains("@page { size: 215.9mm 279.4mm; margin: 19mm"))
    }

    @Test("Running heads and feet: title, source URL and page numbers in the page margins")
    func marginBoxes() {
        let html = Self.page()
        #expect(html.contains("@bottom-right { content: counter(page) \" / \" counter(pages);"))
        #expect(html.contains("@bottom-left { content: \"https://example.com/news/talks-resume\";"))
        #expect(html.contains("@top-right { content: \"Talks resume in Zürich — Ελλάδα joins\";"))
        #expect(html.contains("@page :first { @top-right { content: none; } }"))
        var hostile = RenderFixtures.article
        hostile.metadata.title = "\"; } body { display: none } </style><script>alert(1)</script>\\"
        let page = Self.page(hostile)
        #expect(page.contains(#"content: "\"; } body { display: none } \3C /style\3E \3C script\3E alert(1)\3C /script\3E \\";"#))
        #expect(page.components(separatedBy: "</style>").count == 2)
    }

    @Test("Header with title, byline, dateline, date and source; footer with the source URL")
    func headerAndFooter() {
        let html = Self.page()
        let header = html.components(separatedBy: "<header class=\"article-header\">").last?.components(separatedBy: "</header>").first ?? ""
        #expect(header.contains("<h1 class=\"title\">Talks resume in Zürich — Ελλάδα joins</h1>"))
        #expect(header.contains("By Ana Müller, J. Writer"))
        #expect(header.contains("ZÜRICH, April 8 (Galley Wire)"))
        #expect(header.contains("2021-04-08"))
        #expect(header.contains("<p class=\"source\">Galley Wire</p>"))
        #expect(html.contains("<footer class=\"article-footer\">"))
        #expect(html.contains(">https://example.com/news/talks-resume</a>"))
    }

    @Test("Links follow the profile: URLs after the text, numbered notes, or plain links", arguments: RenderProfile.LinkStyle.allCases)
    func linkStyles(style: RenderProfile.LinkStyle) {
        var profile = BuiltinProfiles.printA4
        profile.links = style
        let html = Self.page(profile: profile)
        switch style {
        case .urls: #expect(html.contains("<span class=\"url\">(https://example.com/statement)</span>"))
        case .footnotes:
            #expect(html.contains("<section class=\"link-references\">"))
            #expect(!html.contains("<span class=\"url\">"))
        case .inline:
            #expect(!html.contains("<span class=\"url\">"))
            #expect(!html.contains("link-references\">"))
        }
    }

    @Test("The print descriptor has no extension, defaults to print-a4 and builds a writer")
    func descriptor() throws {
        let descriptor = GalleyRenderFormats.print
        #expect(descriptor.name == "print")
        #expect(descriptor.extensions.isEmpty)
        #expect(descriptor.defaultProfile == "print-a4")
        var values = OptionValues()
        values.add("no-header", "true")
        let writer = try descriptor.make(values)
        var context = ConversionContext()
        let output = try writer.write(RenderFixtures.article, profile: BuiltinProfiles.printA4, context: &context)
        #expect(!String(decoding: output.bytes, as: UTF8.self).contains("<header"))
        #expect(GalleyRenderFormats.email.extensions == ["eml"])
        #expect(GalleyRenderFormats.email.defaultProfile == "email")
    }

    @Test("Sample outputs for visual checks (GALLEY_RENDER_DUMP=DIR)")
    func dump() throws {
        guard let directory = ProcessInfo.processInfo.environment["GALLEY_RENDER_DUMP"] else { return }
        let url = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for profile in [BuiltinProfiles.printA4, BuiltinProfiles.printLetter, BuiltinProfiles.large] {
            try Data(Self.page(profile: profile).utf8).write(to: url.appendingPathComponent("\(profile.name).html"))
        }
        var long = RenderFixtures.article
        for round in 1...4 {
            long.blocks += [.heading(Heading(level: 2, content: [.text("Round \(round)")]))] + RenderFixtures.article.blocks
        }
        try Data(Self.page(long).utf8).write(to: url.appendingPathComponent("long.html"))
        try Data(Self.page(SafetyTests.torture).utf8).write(to: url.appendingPathComponent("torture.html"))
        try Data(try EmailWriterTests.message()).write(to: url.appendingPathComponent("article.eml"))
    }
}
