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
            guard entry.tag == .annotationXML, let encoding = dom.attribute("encoding", of: entry.node) else {
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
                || (tag.tag == .font && ["color", "face", "size"].contains { dom.hasAttribute($0, in: tag.attributes) })
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
        adjusted.attributes = adjustedForeignAttributes(tag.attributes, namespace: namespace)
        if namespace == .svg { adjusted.name = ForeignNames.svgElements[tag.name] ?? tag.name }
        insertElement(adjusted, namespace: namespace, tag: tag.tag)
        if tag.selfClosing { pop() }
    }

    /// The attributes with SVG or MathML names adjusted and foreign ones given their namespace
    /// (https://html.spec.whatwg.org/multipage/parsing.html#adjust-svg-attributes): the same
    /// range when nothing changes, else a new one (the tag's slots may be shared).
    mutating func adjustedForeignAttributes(
        _ attributes: HTMLDOM.AttributeRange, namespace: HTMLDOM.Namespace
    ) -> HTMLDOM.AttributeRange {
        var renamed: [(index: Int, name: String, namespace: String?)] = []
        for index in attributes.indices {
            var name = dom.attributeStore.name(at: index)
            var prefix: String?
            switch namespace {
            case .svg: name = ForeignNames.svgAttributes[name] ?? name
            case .mathML: if name == "definitionurl" { name = "definitionURL" }
            case .html: break
            }
            if let (foreignPrefix, local) = ForeignNames.foreignAttributes[name] {
                name = local
                prefix = foreignPrefix
            }
            let isSameName = dom.attributeStore.withName(at: index) { $0.elementsEqual(name.utf8) }
            if !isSameName || prefix != nil { renamed.append((index, name, prefix)) }
        }
        guard !renamed.isEmpty else { return attributes }
        let start = dom.attributeStore.slots.count
        var next = 0
        for index in attributes.indices {
            if next < renamed.count, renamed[next].index == index {
                var name = renamed[next].name
                let namespace = HTMLAttributeStore.Namespace(renamed[next].namespace)
                name.withUTF8 { dom.attributeStore.appendRenamed(index, name: $0, namespace: namespace) }
                next += 1
            } else {
                dom.attributeStore.slots.append(dom.attributeStore.slots[index])
            }
        }
        return HTMLDOM.AttributeRange(start..<dom.attributeStore.slots.count)
    }
}
