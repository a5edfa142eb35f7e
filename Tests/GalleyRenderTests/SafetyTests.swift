import GalleyCore
import GalleyHTML
@testable import GalleyRender
import Testing

@Suite("Untrusted input stays harmless in print, HTML and e-mail")
struct SafetyTests {
    static func raw(_ text: String) -> Block { .rawBlock(format: "html", text: text) }

    static func link(_ url: String) -> Inline { .link(Link(url: url, content: [.text("link to \(url.prefix(12))")])) }

    static func image(_ source: String) -> Inline { .image(Image(source: source, alt: "picture")) }

    /// Attributes no output may carry: event handlers, inline styles, URLs and frames.
    static let hostileAttributes = Attributes(
        id: "x\" onmouseover=\"alert(1)", classes: ["a\" onclick=\"b", "ok"],
        pairs: [
            .init("onclick", "alert(1)"), .init("onerror", "alert(1)"), .init("style", "background:url(javascript:alert(1))"),
            .init("href", "javascript:alert(1)"), .init("src", "javascript:alert(1)"), .init("formaction", "javascript:alert(1)"),
            .init("srcdoc", "<script>alert(1)</script>"), .init("title", "\" onmouseover=\"alert(1)"),
        ])

    /// Over 40 vectors: raw blocks and inlines, link targets, image sources, attributes, metadata.
    static let torture: Document = {
        var meta = Metadata()
        meta.title = "</title><script>alert(1)</script>"
        meta.byline = "<img src=x onerror=alert(1)>"
        meta.url = "javascript:alert(document.cookie)"
        meta.image = "javascript:alert(1)"
        meta.source = "<svg onload=alert(1)>"
        meta.description = "\"><script>alert(1)</script>"
        let raws = [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">", "<form action=\"https://evil.example/\"><input name=q><button formaction=\"javascript:alert(1)\">go</button></form>",
            "<base href=\"https://evil.example/\">", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<svg onload=alert(1)><circle/></svg>", "<a href=\"javascript:alert(1)\">raw link</a>",
            "<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">styled</div>",
            "<frameset><frame src=\"https://evil.example/\"></frameset>", "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
            "<style>@import 'https://evil.example/x.css';</style>", "<!--<script>alert(1)</script>-->",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<a href=\" &#106;avascript:alert(1)\">entity link</a>", "<img src=\"data:text/html,<script>alert(1)</script>\">",
            "<body onload=alert(1)>", "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<applet code=\"x\"></applet>", "<video><source onerror=\"alert(1)\"></video>",
        ]
        var blocks: [Block] = raws.map(raw)
        blocks.append(.paragraph([
            .text("Prose may mention the <script> tag, onerror= handlers and javascript: URLs."),
            .rawInline(format: "html", text: "<script>alert(2)</script>"),
            .rawInline(format: "html", text: "<b onmouseover=alert(1)>bold</b>"),
            link("javascript:alert(1)"), link(" JaVaScRiPt:alert(1)"), link("java\tscript:alert(1)"), link("\u{1}javascript:alert(1)"),
            link("vbscript:msgbox(1)"), link("data:text/html,<script>alert(1)</script>"), link("data:text/html;base64,PHNjcmlwdD4="),
            link("livescript:alert(1)"), link("\" onmouseover=\"alert(1)"),
            image("javascript:alert(1)"), image("data:image/svg+xml,<svg onload=alert(1)>"), image("x\" onerror=\"alert(1)"),
            image("vbscript:x"),
            .span(hostileAttributes, [.text("span")]),
            .link(Link(url: "https://example.com/", title: "\" onmouseover=\"alert(1)", content: [.text("titled")], attributes: hostileAttributes)),
        ]))
        blocks.append(.div(hostileAttributes, [.paragraph([.text("div")])]))
        blocks.append(.heading(Heading(level: 2, content: [.text("<script>alert(3)</script>")], attributes: hostileAttributes)))
        blocks.append(.codeBlock(CodeBlock(text: "</pre><script>alert(1)</script>", language: "\"><script>", attributes: hostileAttributes)))
        blocks.append(.figure(Figure(content: [.paragraph([image("javascript:alert(1)")])], caption: [], attributes: hostileAttributes)))
        blocks.append(.rawBlock(format: "latex", text: "\\input{/etc/passwd}"))
        return Document(metadata: meta, blocks: blocks)
    }()

    enum Output: String, CaseIterable, CustomTestStringConvertible {
        case html, htmlRaw, print, printRaw, email, emailRaw
        var testDescription: String { rawValue }
        var allowsRaw: Bool { rawValue.hasSuffix("Raw") }
        /// E-mail HTML carries the styles the writer inlined.
        var isEmail: Bool { rawValue.hasPrefix("email") }
    }

    static func render(_ output: Output) -> String {
        var context = ConversionContext(timestamp: 1_700_000_000)
        switch output {
        case .html, .htmlRaw:
            var options = HTMLWriter.Options()
            options.isStandalone = true
            options.allowsRawHTML = output.allowsRaw
            return HTMLWriter(options: options).render(torture, profile: BuiltinProfiles.medium, context: &context)
        case .print, .printRaw:
            var options = PrintWriter.Options()
            options.allowsRawHTML = output.allowsRaw
            return PrintWriter(options: options).render(torture, profile: BuiltinProfiles.printA4, context: &context)
        case .email, .emailRaw:
            var options = EmailWriter.Options()
            options.allowsRawHTML = output.allowsRaw
            return EmailWriter(options: options).htmlText(torture, profile: BuiltinProfiles.email, context: &context)
        }
    }

    static let forbiddenElements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "base", "svg",
        "math", "noscript", "video", "source",
    ]

    @Test("No script, handler, script URL, frame, object, embed, form, base or refresh survives", arguments: Output.allCases)
    func safe(output: Output) throws {
        let html = Self.render(output)
        Self.checkSafe(html, isEmail: output.isEmail, label: output.rawValue)
        #expect(html.contains("Prose may mention the &lt;script&gt; tag, onerror= handlers and javascript: URLs."))
        #expect(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
    }

    /// A hostile web page, read by the HTML reader.
    static let torturePage = """
        <!DOCTYPE html><html><head><title>Torture</title><base href="https://evil.example/">
        <meta http-equiv="refresh" content="0;url=javascript:alert(1)"><script>alert(1)</script>
        <style>body{background:url(javascript:alert(1))}</style><link rel=stylesheet href="https://evil.example/x.css"></head>
        <body onload="alert(1)"><article><h1 onclick="alert(1)">Torture page</h1>
        <p>Prose may mention the &lt;script&gt; tag and <code>&lt;iframe src=x&gt;</code> as text.</p>
        <p><a href="javascript:alert(1)">one</a> <a href=" JAVASCRIPT:alert(1)">two</a> <a href="java&#x09;script:alert(1)">three</a>
        <a href="&#106;avascript:alert(1)">four</a> <a href="vbscript:msgbox(1)">five</a> <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">six</a>
        <a href="https://example.com/" onmouseover="alert(1)" style="color:red" target="_blank">seven</a>
        <img src="javascript:alert(1)" alt="eight"> <img src=x onerror="alert(1)" alt="nine"> <img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="ten">
        <span style="behavior:url(x.htc)" onfocus="alert(1)" tabindex=1 autofocus>eleven</span></p>
        <iframe src="https://evil.example/" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe><frameset><frame src="x"></frameset>
        <object data="x.swf"><param name=movie value=x.swf></object><embed src="x.swf"><applet code=x></applet>
        <form action="https://evil.example/"><input name=q onfocus=alert(1) autofocus><button formaction="javascript:alert(1)">go</button></form>
        <svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>svg link</text></a></svg>
        <math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>
        <noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>
        <p>twelve<script>alert(1)</script><template><img src=x onerror=alert(1)></template></p>
        <details open ontoggle="alert(1)"><summary>thirteen</summary>text</details>
        <video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)></audio>
        <table background="javascript:alert(1)"><tr><td style="x:expression(alert(1))">fourteen</td></tr></table>
        <p>fifteen</p></article></body></html>
        """

    enum PageOutput: String, CaseIterable, CustomTestStringConvertible {
        case print, printRaw, email, emailRaw
        var testDescription: String { rawValue }
    }

    @Test("A hostile web page read by the HTML reader yields safe print and e-mail HTML", arguments: PageOutput.allCases)
    func safePage(output: PageOutput) throws {
        var context = ConversionContext(timestamp: 1_700_000_000)
        let document = try HTMLReader().read(Input(Self.torturePage, name: "torture.html"), context: &context)
        let html: String
        switch output {
        case .print, .printRaw:
            var options = PrintWriter.Options()
            options.allowsRawHTML = output == .printRaw
            html = PrintWriter(options: options).render(document, profile: BuiltinProfiles.printA4, context: &context)
        case .email, .emailRaw:
            var options = EmailWriter.Options()
            options.allowsRawHTML = output == .emailRaw
            html = EmailWriter(options: options).htmlText(document, profile: BuiltinProfiles.email, context: &context)
        }
        Self.checkSafe(html, isEmail: output.rawValue.hasPrefix("email"), label: output.rawValue)
        #expect(html.contains("Prose may mention the &lt;script&gt; tag"))
        #expect(html.contains("fifteen"))
    }

    static func checkSafe(_ html: String, isEmail: Bool, label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let tags = TagScanner.tags(in: html)
        #expect(tags.count > 10, sourceLocation: sourceLocation)
        var styleElements = 0
        var bodies = 0
        for tag in tags {
            #expect(!Self.forbiddenElements.contains(tag.name), "forbidden <\(tag.name)> in \(label)")
            if tag.name == "style" { styleElements += 1 }
            if tag.name == "body" { bodies += 1 }
            if tag.name == "meta" { #expect(!tag.attributes.contains { $0.name == "http-equiv" }, "meta refresh in \(label)") }
            if tag.name == "link" {
                #expect(tag.attributes.contains { $0.name == "rel" && $0.value == "canonical" } == false || !tag.attributes.contains { $0.value.lowercased().contains("javascript") })
                #expect(!tag.attributes.contains { $0.name == "rel" && $0.value == "stylesheet" }, "stylesheet link in \(label)")
            }
            for attribute in tag.attributes {
                #expect(!attribute.name.hasPrefix("on"), "handler \(attribute.name) on <\(tag.name)> in \(label)")
                #expect(!["srcdoc", "formaction", "action", "http-equiv", "xlink:href"].contains(attribute.name))
                if attribute.name == "style" {
                    #expect(isEmail, "style attribute in \(label)")
                    #expect(!attribute.value.contains("url(") && !attribute.value.contains("javascript"))
                }
                if ["href", "src", "content", "data"].contains(attribute.name) {
                    let compact = String(attribute.value.lowercased().unicodeScalars.filter { $0.value > 0x20 }.map(Character.init))
                    for scheme in ["javascript:", "vbscript:", "livescript:", "data:text/html", "data:image/svg"] {
                        #expect(!compact.hasPrefix(scheme) && !compact.contains("url=" + scheme), "\(scheme) in \(attribute.name) in \(label)")
                    }
                }
            }
        }
        #expect(styleElements == (isEmail ? 0 : 1), sourceLocation: sourceLocation)
        #expect(bodies == 1, sourceLocation: sourceLocation)
        #expect(!html.lowercased().contains("<script"), sourceLocation: sourceLocation)
    }
}

/// Reads the start tags of HTML that Galley wrote (attribute values quoted, `<` escaped in text).
enum TagScanner {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func isNameChar(_ s: Unicode.Scalar) -> Bool {
            !(s == " " || s == ">" || s == "/" || s == "=" || s == "\n" || s == "\t" || s == "\"" || s == "'")
        }
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                index += 1
                continue
            }
            index += 1
            var name = ""
            while index < scalars.count, isNameChar(scalars[index]) { name.unicodeScalars.append(scalars[index]); index += 1 }
            var tag = Tag(name: name.lowercased(), attributes: [])
            while index < scalars.count, scalars[index] != ">" {
                if scalars[index] == " " || scalars[index] == "/" || scalars[index] == "\n" { index += 1; continue }
                var attribute = ""
                while index < scalars.count, isNameChar(scalars[index]) { attribute.unicodeScalars.append(scalars[index]); index += 1 }
                var value = ""
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    let quote = index < scalars.count ? scalars[index] : " "
                    if quote == "\"" || quote == "'" {
                        index += 1
                        while index < scalars.count, scalars[index] != quote { value.unicodeScalars.append(scalars[index]); index += 1 }
                        index += 1
                    } else {
                        while index < scalars.count, scalars[index] != " ", scalars[index] != ">" { value.unicodeScalars.append(scalars[index]); index += 1 }
                    }
                }
                if attribute.isEmpty { index += 1; continue }
                tag.attributes.append((attribute.lowercased(), decodeEntities(value)))
            }
            tags.append(tag)
        }
        return tags
    }

    /// Decodes the character references a writer may use in attribute values.
    static func decodeEntities(_ value: String) -> String {
        var result = value
        for (entity, character) in [("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&#39;", "'"), ("&amp;", "&")] {
            result = result.replacing(entity, with: character)
        }
        return result
    }
}
