import GalleyCore
import GalleyHTML
import Testing

@Suite struct HTMLWriterSafetyTests {
    /// URLs that must never reach an `href`.
    static let hostileLinkURLs: [String] = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "JAVASCRIPT:alert(1)",
        "\tjavascript:alert(1)",
        " javascript:alert(1)",
        "\u{1}javascript:alert(1)",
        "\u{0}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "\n\n javascript :alert(1)",
        "javascript\t:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "livescript:x",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,x",
        " data:image/png;base64,AAAA",
        "\u{20}\u{20}JavaScript:void(0)",
    ]

    @Test(arguments: hostileLinkURLs)
    func hostileLinkLosesItsTarget(_ url: String) {
        let html = renderFragment([.paragraph([.link(Link(url: url, content: [.text("click")]))])])
        #expect(html == "<p>click</p>\n")
    }

    /// Image sources that must never reach a `src`.
    static let hostileImageSources: [String] = [
        "javascript:alert(1)",
        "data:image/svg+xml;base64,PHN2Zz4=",
        "DATA:IMAGE/SVG+XML,<svg onload=alert(1)>",
        "data:text/html,<script>",
        " vbscript:x",
    ]

    @Test(arguments: hostileImageSources)
    func hostileImageBecomesItsAltText(_ source: String) {
        let html = renderFragment([.paragraph([.image(Image(source: source, alt: "pic <b>"))])])
        #expect(html == "<p>pic &lt;b&gt;</p>\n")
    }

    static let benignURLs: [(String, Bool)] = [
        ("https://example.com/javascript:x", true),
        ("/javascript/", true),
        ("?q=javascript:x", true),
        ("#javascript:x", true),
        ("mailto:a@b.c", true),
        ("data:image/png;base64,AAAA", false),
    ]

    @Test func benignURLsPass() {
        for (url, isLink) in Self.benignURLs {
            #expect(HTMLURLPolicy.isAllowed(url, for: isLink ? .link : .image), "\(url)")
        }
        #expect(!HTMLURLPolicy.isAllowed("data:image/png;base64,AAAA", for: .link))
    }

    struct Vector: CustomStringConvertible, Sendable {
        var description: String
        var blocks: [Block]
        /// Substrings the output must not contain (compared case-insensitively).
        var forbidden: [String]
    }

    static let vectors: [Vector] = [
        Vector(description: "script in text", blocks: [.paragraph([.text("<script>alert(1)</script>")])], forbidden: ["<script"]),
        Vector(description: "quote breaks out of title",
               blocks: [.paragraph([.link(Link(url: "/x", title: "\" onmouseover=\"alert(1)", content: [.text("t")]))])],
               forbidden: ["\" onmouseover"]),
        Vector(description: "quote breaks out of alt",
               blocks: [.paragraph([.image(Image(source: "a.png", alt: "\"><script>alert(1)</script>"))])],
               forbidden: ["<script", "\"><script"]),
        Vector(description: "event handler pair on div",
               blocks: [.div(Attributes(pairs: [.init("onload", "alert(1)"), .init("onclick", "x")]), [])],
               forbidden: ["onload", "onclick"]),
        Vector(description: "event handler pair on span",
               blocks: [.paragraph([.span(Attributes(classes: ["a"], pairs: [.init("onmouseover", "alert(1)")]), [.text("x")])])],
               forbidden: ["onmouseover"]),
        Vector(description: "event handler on image",
               blocks: [.paragraph([.image(Image(source: "x.png", attributes: Attributes(pairs: [.init("onerror", "alert(1)")])))])],
               forbidden: ["onerror"]),
        Vector(description: "style pair", blocks: [.div(Attributes(pairs: [.init("style", "background:url(javascript:x)")]), [])],
               forbidden: ["style=", "javascript"]),
        Vector(description: "href pair on span",
               blocks: [.paragraph([.span(Attributes(pairs: [.init("href", "javascript:x"), .init("srcdoc", "<script>")]), [.text("x")])])],
               forbidden: ["javascript", "srcdoc"]),
        Vector(description: "class with quote", blocks: [.div(Attributes(classes: ["a\" onclick=\"x"]), [])], forbidden: ["onclick"]),
        Vector(description: "id with quote", blocks: [.div(Attributes(id: "a\" onclick=\"x"), [])], forbidden: ["\" onclick"]),
        Vector(description: "data pair name with quote",
               blocks: [.div(Attributes(pairs: [.init("data-x\" onclick=\"y", "1")]), [])], forbidden: ["onclick"]),
        Vector(description: "code language breaks out",
               blocks: [.codeBlock(CodeBlock(text: "x", language: "\"><script>"))], forbidden: ["<script", "\"><script"]),
        Vector(description: "raw html block with script", blocks: [.rawBlock(format: "html", text: "<script>alert(1)</script>")],
               forbidden: ["<script", "alert"]),
        Vector(description: "raw svg onload", blocks: [.paragraph([.rawInline(format: "html", text: "<svg onload=alert(1)>")])],
               forbidden: ["<svg", "onload"]),
        Vector(description: "raw iframe", blocks: [.rawBlock(format: "html", text: "<iframe src=\"javascript:alert(1)\"></iframe>")],
               forbidden: ["<iframe", "javascript"]),
        Vector(description: "raw of another format", blocks: [.rawBlock(format: "latex", text: "\\textbf{x}")], forbidden: ["textbf"]),
        Vector(description: "style element in text", blocks: [.paragraph([.text("</style><script>x</script>")])], forbidden: ["</style><", "<script"]),
        Vector(description: "note text with markup", blocks: [.paragraph([.note([.paragraph([.text("<img src=x onerror=alert(1)>")])])])],
               forbidden: ["<img"]),
    ]

    @Test(arguments: vectors)
    func vectorIsNeutralised(_ vector: Vector) {
        for allowsRaw in [false, true] {
            var options = HTMLWriter.Options()
            options.allowsRawHTML = allowsRaw
            for isStandalone in [false, true] {
                options.isStandalone = isStandalone
                let html = renderFragment(vector.blocks, options: options).lowercased()
                for needle in vector.forbidden {
                    #expect(!html.contains(needle.lowercased()), "raw: \(allowsRaw), standalone: \(isStandalone): \(html)")
                }
            }
        }
    }

    struct RawCase: CustomStringConvertible, Sendable {
        var description: String { input }
        var input: String
        var expected: String
    }

    static let rawCases: [RawCase] = [
        RawCase(input: "<b>bold</b>", expected: "<b>bold</b>"),
        RawCase(input: "<B CLASS=x>bold</B>", expected: "<b class=\"x\">bold</b>"),
        RawCase(input: "<script>alert(1)</script>after", expected: "after"),
        RawCase(input: "<SCRIPT>alert(1)</SCRIPT >after", expected: "after"),
        RawCase(input: "<style>body{}</style>x", expected: "x"),
        RawCase(input: "<svg onload=alert(1)><circle/></svg>x", expected: "x"),
        RawCase(input: "<img src=x onerror=alert(1)>", expected: "<img src=\"x\">"),
        RawCase(input: "<a href=\"javascript:alert(1)\">x</a>", expected: "<a>x</a>"),
        RawCase(input: "<a href=\"&#106;avascript:alert(1)\">x</a>", expected: "<a>x</a>"),
        RawCase(input: "<a href=\"java&#x09;script:alert(1)\">x</a>", expected: "<a>x</a>"),
        RawCase(input: "<a href=\"javascript&colon;alert(1)\">x</a>", expected: "<a>x</a>"),
        RawCase(input: "<a href=\"/ok\" target=_blank>x</a>", expected: "<a href=\"/ok\">x</a>"),
        RawCase(input: "<form action=/x><input name=a>t</form>", expected: "t"),
        RawCase(input: "<base href=//evil/><meta http-equiv=refresh content=0>", expected: ""),
        RawCase(input: "<object data=x></object><embed src=x>", expected: ""),
        RawCase(input: "<!-- <script> -->ok", expected: "ok"),
        RawCase(input: "<p>unclosed <em>x", expected: "<p>unclosed <em>x</em></p>"),
        RawCase(input: "</div>stray", expected: "stray"),
        RawCase(input: "a < b && c > d", expected: "a &lt; b &amp;&amp; c &gt; d"),
        RawCase(input: "&amp; &#169; &copy;", expected: "&amp; &#169; &copy;"),
        RawCase(input: "<p style=\"x\" title='a\"b'>t</p>", expected: "<p title=\"a&quot;b\">t</p>"),
        RawCase(input: "<p onclick", expected: "<p></p>"),
    ]

    @Test(arguments: rawCases)
    func rawHTMLIsSanitized(_ rawCase: RawCase) {
        var sanitizer = HTMLRawSanitizer(isXHTML: false)
        #expect(sanitizer.sanitize(rawCase.input) == rawCase.expected)
    }

    @Test func rawHTMLInXHTMLUsesNumericReferences() {
        var sanitizer = HTMLRawSanitizer(isXHTML: true)
        #expect(sanitizer.sanitize("a&nbsp;b &copy; &bogus; <br>") == "a&#160;b &#169; &amp;bogus; <br />")
    }

    @Test func rawPassesOnlyWhenAllowed() {
        var options = HTMLWriter.Options()
        options.allowsRawHTML = true
        #expect(renderFragment([.rawBlock(format: "HTML", text: "<kbd>k</kbd>")], options: options) == "<kbd>k</kbd>\n")
        #expect(renderFragment([.rawBlock(format: "html", text: "<kbd>k</kbd>")]) == "")
    }

    @Test func controlCharactersAreRemoved() {
        let html = renderFragment([.paragraph([.text("a\u{0}b\u{1}c\u{B}d\u{FFFE}e\u{FFFF}f\tg")])])
        #expect(html == "<p>abcdef\tg</p>\n")
    }

    @Test func extraCSSCannotCloseTheStyleElement() {
        var options = HTMLWriter.Options()
        options.isStandalone = true
        options.extraCSS = "p{}</style><script>alert(1)</script>"
        let html = renderFragment([], options: options)
        #expect(!html.contains("<script"))
        #expect(html.split(separator: "</style>").count == 2)
    }
}
