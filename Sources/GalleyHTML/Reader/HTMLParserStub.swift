// STUB: stands in for the WHATWG parser until it lands; delete this file when merging the parser.
// It builds a trivial DOM (html > body > one text node holding the input) so that HTMLReader
// compiles and runs end to end. It does not parse anything.

/// Placeholder for the HTML5 parser (stub).
struct HTMLParser {
    /// Placeholder for the parser's options (stub).
    struct Options {
        init() {}
    }

    var options: Options

    init(options: Options = .init()) {
        self.options = options
    }

    /// Returns a DOM whose body holds the input as one text node (stub).
    func parse(_ utf8: [UInt8]) -> HTMLParseResult {
        var dom = HTMLDOM()
        let html = dom.create(.element(HTMLDOM.Element(name: "html")))
        dom.append(html, to: dom.root)
        let body = dom.create(.element(HTMLDOM.Element(name: "body")))
        dom.append(body, to: html)
        dom.appendText(String(decoding: utf8, as: UTF8.self), to: body)
        return HTMLParseResult(dom: dom, errors: [])
    }
}

/// Placeholder for the parser's result (stub).
struct HTMLParseResult {
    var dom: HTMLDOM
    var errors: [HTMLParseError]
}

/// Placeholder for a parse error (stub).
struct HTMLParseError {
    var code: String
    var offset: Int
}
