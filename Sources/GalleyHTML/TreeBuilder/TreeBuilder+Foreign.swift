extension TreeBuilder {
    /// MathML mi, mo, mn, ms, mtext.
    func isMathMLTextIntegrationPoint(_ entry: OpenElement) -> Bool {
        entry.namespace == .mathML && [.mi, .mo, .mn, .ms, .mtext].contains(entry.tag)
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#html-integration-point
    func isHTMLIntegrationPoint(_ entry: OpenElement) -> Bool {
        switch entry.namespace {
        case .svg: return entry.tag == .foreignObject || entry.tag == .desc || entry.tag == .title
        case .mathML:
            guard entry.tag == .annotationXML, let encoding = dom.element(entry.node)?.attribute("encoding") else {
                return false
            }
            let lowered = encoding.lowercased()
            return lowered == "text/html" || lowered == "application/xhtml+xml"
        case .html: return false
        }
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign
    mutating func foreignContent(_ token: Token) {
        switch token {
        case .characters(let bytes):
            var text = bytes
            if text.contains(0) {
                parseError("unexpected-null-character")
                text = []
                for byte in bytes {
                    if byte == 0 { text.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { text.append(byte) }
                }
            }
            insertCharacters(text)
            if framesetOK, !isAllWhitespace(bytes.filter { $0 != 0 }) { framesetOK = false }
        case .comment(let data): insertComment(data)
        case .doctype: parseError("unexpected-doctype")
        case .start(let tag):
            let breaksOut = tag.tag.breaksOutOfForeignContent
                || (tag.tag == .font && tag.attributes.contains { ["color", "face", "size"].contains($0.name) })
            if breaksOut {
                parseError("unexpected-html-element-in-foreign-content")
                while let current = currentNode, current.namespace != .html,
                      !isMathMLTextIntegrationPoint(current), !isHTMLIntegrationPoint(current) {
                    pop()
                }
                process(token)
                return
            }
            insertForeignElement(tag, namespace: adjustedCurrentNode?.namespace ?? .html)
        case .end(let tag) where tag.tag == .br || tag.tag == .p:
            parseError("unexpected-html-element-in-foreign-content")
            while let current = currentNode, current.namespace != .html,
                  !isMathMLTextIntegrationPoint(current), !isHTMLIntegrationPoint(current) {
                pop()
            }
            process(token)
        case .end(let tag): foreignEndTag(tag, token)
        case .eof: process(token)
        }
    }

    mutating func foreignEndTag(_ tag: TagToken, _ token: Token) {
        if tag.name == "script", let current = currentNode, current.namespace == .svg, name(of: current.node) == "script" {
            pop()
            return
        }
        var index = stack.count - 1
        if name(of: stack[index].node).lowercased() != tag.name { parseError("unexpected-end-tag") }
        while index > 0 {
            let entry = stack[index]
            if name(of: entry.node).lowercased() == tag.name {
                while stack.count > index { pop() }
                return
            }
            index -= 1
            if stack[index].namespace == .html {
                process(token)
                return
            }
        }
    }

    /// Inserts a MathML or SVG element with the name and attribute adjustments, popping it at
    /// once when self-closing.
    mutating func insertForeignElement(_ tag: TagToken, namespace: HTMLDOM.Namespace) {
        var adjusted = tag
        adjusted.attributes = tag.attributes.map { attribute in
            var attribute = attribute
            switch namespace {
            case .svg: attribute.name = ForeignNames.svgAttributes[attribute.name] ?? attribute.name
            case .mathML: if attribute.name == "definitionurl" { attribute.name = "definitionURL" }
            case .html: break
            }
            if let (prefix, local) = ForeignNames.foreignAttributes[attribute.name] {
                attribute.name = local
                attribute.namespace = prefix
            }
            return attribute
        }
        if namespace == .svg { adjusted.name = ForeignNames.svgElements[tag.name] ?? tag.name }
        insertElement(adjusted, namespace: namespace, tag: tag.tag)
        if tag.selfClosing { pop() }
    }
}
