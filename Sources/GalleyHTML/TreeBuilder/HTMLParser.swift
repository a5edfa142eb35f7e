/// The result of parsing: the tree and the parse errors noticed (never thrown).
public struct HTMLParseResult: Sendable {
    /// The document (or, for a fragment parse, a document-fragment root holding the fragment).
    public var dom: HTMLDOM
    /// Parse errors in input order, at most ``HTMLParser/Options/maximumErrors``.
    public var errors: [HTMLParseError]
}

/// The WHATWG HTML parser: tokenizer plus tree builder, over decoded UTF-8 bytes.
///
/// ```swift
/// let result = HTMLParser().parse(Array("<p>Hello".utf8))
/// for child in result.dom.children(of: result.dom.root) { … }
/// ```
public struct HTMLParser: Sendable {
    /// Parser settings.
    public struct Options: Sendable, Hashable {
        /// The scripting flag; `false` (the default) parses `<noscript>` content as markup.
        public var scripting: Bool
        /// How many parse errors are kept (default 1,000); later ones are dropped.
        public var maximumErrors: Int
        /// Deepest stack of open elements (default 512); deeper elements become siblings of the
        /// current node, as browsers do, which keeps hostile nesting linear.
        public var maximumDepth: Int

        /// Options with the documented defaults.
        public init(scripting: Bool = false, maximumErrors: Int = 1_000, maximumDepth: Int = 512) {
            self.scripting = scripting
            self.maximumErrors = maximumErrors
            self.maximumDepth = maximumDepth
        }
    }

    /// The settings in use.
    public var options: Options

    /// A parser with `options`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Parses a whole document.
    public func parse(_ utf8: [UInt8]) -> HTMLParseResult {
        var builder = TreeBuilder(input: utf8, options: options)
        builder.run()
        return HTMLParseResult(dom: builder.dom, errors: builder.errors)
    }

    /// Parses a whole document from any collection of UTF-8 bytes (copied into an array once).
    public func parse<Bytes: Collection>(_ utf8: Bytes) -> HTMLParseResult where Bytes.Element == UInt8 {
        parse(Array(utf8))
    }

    /// Parses `utf8` as the contents of an element named `context`
    /// (https://html.spec.whatwg.org/multipage/parsing.html#parsing-html-fragments). `context` is a
    /// lower-case HTML element name, or `svg NAME` / `math NAME` for a foreign context element. The
    /// result's root is a document fragment holding the parsed nodes.
    public func parseFragment(_ utf8: [UInt8], context: String) -> HTMLParseResult {
        var builder = TreeBuilder(input: utf8, options: options)
        builder.startFragment(context: context)
        builder.run()
        builder.finishFragment()
        return HTMLParseResult(dom: builder.dom, errors: builder.errors)
    }
}

extension TreeBuilder {
    /// Sets up the fragment case: a root `<html>`, the context element and the tokenizer state.
    mutating func startFragment(context name: String) {
        var namespace = HTMLDOM.Namespace.html
        var localName = name
        if name.hasPrefix("svg ") {
            namespace = .svg
            localName = String(name.dropFirst(4))
        } else if name.hasPrefix("math ") {
            namespace = .mathML
            localName = String(name.dropFirst(5))
        }
        let token = TagToken(name: localName.lowercased())
        let contextNode = dom.create(.element(HTMLDOM.Element(name: localName, namespace: namespace)))
        let contextEntry = OpenElement(node: contextNode, tag: token.tag, namespace: namespace)
        context = contextEntry
        if namespace == .html {
            switch token.tag {
            case .title, .textarea: tokenizer.state = .rcdata
            case .style, .xmp, .iframe, .noembed, .noframes: tokenizer.state = .rawtext
            case .script: tokenizer.state = .scriptData
            case .noscript: tokenizer.state = scripting ? .rawtext : .data
            case .plaintext: tokenizer.state = .plaintext
            default: break
            }
        }
        let html = createElement(TagToken(name: "html"), namespace: .html)
        dom.append(html, to: dom.root)
        push(OpenElement(node: html, tag: .html, namespace: .html))
        if contextEntry.isHTML(.template) { templateModes.append(.inTemplate) }
        resetInsertionMode()
    }

    /// Moves the children of the root `<html>` under a document-fragment root.
    mutating func finishFragment() {
        guard let html = dom.children(of: dom.root).first(where: { dom.htmlName($0) == "html" }) else { return }
        dom.detach(html)
        dom.setKind(.documentFragment, of: dom.root)
        dom.moveChildren(of: html, to: dom.root)
    }
}
