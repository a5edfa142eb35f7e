import GalleyCore
import GalleyHTML
import Testing

@Suite struct HTMLWriterStandaloneTests {
    static let metadata = Metadata(
        title: "Talks \"resume\"", subtitle: "Second round", authors: ["A. Writer", "B. Reporter"],
        date: "2021-04-08", dateline: Dateline(place: "BAGHDAD", text: "BAGHDAD, April 7 (Xinhua)"),
        source: "Xinhua", url: "https://example.com/a", language: "en-GB", description: "What <happened>",
        keywords: ["iraq", "talks"], category: "World")

    static func page(_ configure: (inout HTMLWriter.Options) -> Void = { _ in }) -> String {
        var options = HTMLWriter.Options()
        options.isStandalone = true
        configure(&options)
        return HTMLWriter(options: options).render(
            Document(metadata: metadata, blocks: [.paragraph([.text("Body")])]),
            profile: RenderProfile(name: "large", baseFontSize: 15, lineHeight: 1.6, measure: 66, fontFamily: .sans))
    }

    @Test(arguments: [
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<title>Talks \"resume\"</title>",
        "<meta name=\"author\" content=\"A. Writer\">",
        "<meta name=\"author\" content=\"B. Reporter\">",
        "<meta name=\"description\" content=\"What &lt;happened&gt;\">",
        "<meta name=\"keywords\" content=\"iraq, talks\">",
        "<meta name=\"date\" content=\"2021-04-08\">",
        "<meta property=\"article:published_time\" content=\"2021-04-08\">",
        "<meta property=\"article:section\" content=\"World\">",
        "<link rel=\"canonical\" href=\"https://example.com/a\">",
        "html { font-size: 125%; }",
        "line-height: 1.6; max-width: 66ch;",
        "font-family: -apple-system",
        "<header class=\"article-header\">\n<h1 class=\"title\">Talks \"resume\"</h1>\n<p class=\"subtitle\">Second round</p>\n<p class=\"byline\">By A. Writer, B. Reporter</p>\n<p class=\"dateline\">BAGHDAD, April 7 (Xinhua)</p>\n<p class=\"date\"><time datetime=\"2021-04-08\">2021-04-08</time></p>\n</header>\n",
        "<p>Body</p>\n</body>\n</html>\n",
    ])
    func headContains(_ needle: String) {
        #expect(Self.page().contains(needle))
    }

    @Test func headerAndStyleCanBeTurnedOff() {
        let page = Self.page {
            $0.includesHeader = false
            $0.includesDefaultStyle = false
            $0.extraCSS = "p { color: red; }"
        }
        #expect(!page.contains("<header"))
        #expect(page.contains("<style>\np { color: red; }\n</style>"))
        #expect(!page.contains("font-size: 125%"))
    }

    @Test func footer() {
        let page = Self.page { $0.includesFooter = true }
        #expect(page.contains("<footer class=\"article-footer\">\n<p>Xinhua: <a href=\"https://example.com/a\">https://example.com/a</a></p>\n</footer>\n</body>"))
        #expect(!Self.page().contains("<footer"))
    }

    @Test func untitledPage() {
        var options = HTMLWriter.Options()
        options.isStandalone = true
        let page = HTMLWriter(options: options).render(Document())
        #expect(page.contains("<title>Untitled</title>"))
        #expect(page.contains("<html>"))
        #expect(!page.contains("<header"))
    }

    @Test func styleSheetNumbers() {
        let sheet = HTMLStyleSheet(profile: RenderProfile(name: "x", baseFontSize: 12, scale: 1.25))
        #expect(sheet.rootFontSize == "100%")
        #expect(sheet.headingSize(level: 1) == "2.441em")
        #expect(sheet.headingSize(level: 4) == "1.25em")
        #expect(sheet.headingSize(level: 6) == "1em")
    }
}
