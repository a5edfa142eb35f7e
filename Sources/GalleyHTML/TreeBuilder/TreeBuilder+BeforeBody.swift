extension TreeBuilder {
    /// Handles leading whitespace of a character run with `whitespace`, returning the rest (if any).
    mutating func leadingWhitespace(_ token: Token, _ whitespace: (inout TreeBuilder, [UInt8]) -> Void) -> Token? {
        guard case .characters(let bytes) = token else { return token }
        let (spaces, rest) = splitLeadingWhitespace(bytes)
        if !spaces.isEmpty { whitespace(&self, spaces) }
        return rest.isEmpty ? nil : .characters(rest)
    }

    mutating func initialMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { _, _ in }) else { return .done }
        switch token {
        case .comment(let data):
            insertComment(data, at: InsertionPlace(parent: dom.root, before: -1))
            return .done
        case .doctype(let doctype):
            if doctype.name != "html" || doctype.publicID != nil
                || (doctype.systemID != nil && doctype.systemID != "about:legacy-compat") {
                parseError("bad-doctype")
            }
            let node = dom.create(.doctype(name: doctype.name ?? "", publicID: doctype.publicID, systemID: doctype.systemID))
            dom.append(node, to: dom.root)
            dom.quirksMode = TreeBuilder.quirksMode(for: doctype)
            mode = .beforeHTML
            return .done
        default:
            parseError("expected-doctype")
            dom.quirksMode = .quirks
            mode = .beforeHTML
            return .reprocess(token)
        }
    }

    mutating func beforeHTMLMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { _, _ in }) else { return .done }
        switch token {
        case .doctype:
            parseError("unexpected-doctype")
            return .done
        case .comment(let data):
            insertComment(data, at: InsertionPlace(parent: dom.root, before: -1))
            return .done
        case .start(let tag) where tag.tag == .html:
            let node = createElement(tag, namespace: .html)
            dom.append(node, to: dom.root)
            push(OpenElement(node: node, tag: .html, namespace: .html))
            mode = .beforeHead
            return .done
        case .end(let tag) where ![.head, .body, .html, .br].contains(tag.tag):
            parseError("unexpected-end-tag")
            return .done
        default:
            let node = createElement(TagToken(name: "html"), namespace: .html)
            dom.append(node, to: dom.root)
            push(OpenElement(node: node, tag: .html, namespace: .html))
            mode = .beforeHead
            return .reprocess(token)
        }
    }

    mutating func beforeHeadMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { _, _ in }) else { return .done }
        switch token {
        case .comment(let data):
            insertComment(data)
            return .done
        case .doctype:
            parseError("unexpected-doctype")
            return .done
        case .start(let tag) where tag.tag == .html:
            return using(.inBody, token)
        case .start(let tag) where tag.tag == .head:
            headElement = insertElement(tag)
            mode = .inHead
            return .done
        case .end(let tag) where ![.head, .body, .html, .br].contains(tag.tag):
            parseError("unexpected-end-tag")
            return .done
        default:
            headElement = insertElement(TagToken(name: "head"))
            mode = .inHead
            return .reprocess(token)
        }
    }

    /// The generic raw text and RCDATA element parsing algorithms.
    mutating func parseRawText(_ tag: TagToken, state: HTMLTokenizer.State) {
        insertElement(tag)
        tokenizer.state = state
        originalMode = mode
        mode = .text
    }

    mutating func inHeadMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { builder, spaces in builder.insertCharacters(spaces) }) else {
            return .done
        }
        switch token {
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError("unexpected-doctype")
        case .start(let tag):
            return inHeadStartTag(tag, token)
        case .end(let tag):
            switch tag.tag {
            case .head:
                pop()
                mode = .afterHead
            case .body, .html, .br:
                pop()
                mode = .afterHead
                return .reprocess(token)
            case .template:
                endTemplate()
            default:
                parseError("unexpected-end-tag")
            }
        default:
            pop()
            mode = .afterHead
            return .reprocess(token)
        }
        return .done
    }

    mutating func inHeadStartTag(_ tag: TagToken, _ token: Token) -> Step {
        switch tag.tag {
        case .html: return using(.inBody, token)
        case .base, .basefont, .bgsound, .link, .meta: insertVoidElement(tag)
        case .title: parseRawText(tag, state: .rcdata)
        case .noscript where scripting: parseRawText(tag, state: .rawtext)
        case .noframes, .style: parseRawText(tag, state: .rawtext)
        case .noscript:
            insertElement(tag)
            mode = .inHeadNoscript
        case .script: parseRawText(tag, state: .scriptData)
        case .template:
            insertElement(tag)
            formatting.append(.marker)
            framesetOK = false
            mode = .inTemplate
            templateModes.append(.inTemplate)
        case .head: parseError("unexpected-start-tag")
        default:
            pop()
            mode = .afterHead
            return .reprocess(token)
        }
        return .done
    }

    /// An end tag "template" in head.
    mutating func endTemplate() {
        guard stack.contains(where: { $0.isHTML(.template) }) else {
            parseError("unexpected-end-tag")
            return
        }
        generateAllImpliedEndTagsThoroughly()
        if currentNode?.isHTML(.template) != true { parseError("end-tag-too-early") }
        popUntil(.template)
        clearFormattingToLastMarker()
        _ = templateModes.popLast()
        resetInsertionMode()
    }

    mutating func inHeadNoscriptMode(_ token: Token) -> Step {
        switch token {
        case .doctype:
            parseError("unexpected-doctype")
            return .done
        case .start(let tag) where tag.tag == .html:
            return using(.inBody, token)
        case .end(let tag) where tag.tag == .noscript:
            pop()
            mode = .inHead
            return .done
        case .comment:
            return using(.inHead, token)
        case .characters(let bytes) where isAllWhitespace(bytes):
            return using(.inHead, token)
        case .start(let tag) where [.basefont, .bgsound, .link, .meta, .noframes, .style].contains(tag.tag):
            return using(.inHead, token)
        case .start(let tag) where tag.tag == .head || tag.tag == .noscript:
            parseError("unexpected-start-tag")
            return .done
        case .end(let tag) where tag.tag != .br:
            parseError("unexpected-end-tag")
            return .done
        case .characters(let bytes):
            let (spaces, rest) = splitLeadingWhitespace(bytes)
            if !spaces.isEmpty { insertCharacters(spaces) }
            parseError("unexpected-char-in-noscript")
            pop()
            mode = .inHead
            return .reprocess(.characters(rest))
        default:
            parseError("unexpected-token-in-noscript")
            pop()
            mode = .inHead
            return .reprocess(token)
        }
    }

    mutating func afterHeadMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { builder, spaces in builder.insertCharacters(spaces) }) else {
            return .done
        }
        switch token {
        case .comment(let data):
            insertComment(data)
            return .done
        case .doctype:
            parseError("unexpected-doctype")
            return .done
        case .start(let tag):
            switch tag.tag {
            case .html: return using(.inBody, token)
            case .body:
                insertElement(tag)
                framesetOK = false
                mode = .inBody
                return .done
            case .frameset:
                insertElement(tag)
                mode = .inFrameset
                return .done
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                parseError("unexpected-start-tag-after-head")
                guard headElement >= 0 else { return using(.inHead, token) }
                push(OpenElement(node: headElement, tag: .head, namespace: .html))
                let step = using(.inHead, token)
                removeFromStack(headElement)
                return step
            case .head:
                parseError("unexpected-start-tag")
                return .done
            default: break
            }
        case .end(let tag):
            switch tag.tag {
            case .template: return using(.inHead, token)
            case .body, .html, .br: break
            default:
                parseError("unexpected-end-tag")
                return .done
            }
        default: break
        }
        insertElement(TagToken(name: "body"))
        mode = .inBody
        return .reprocess(token)
    }
}
