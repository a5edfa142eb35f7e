extension TreeBuilder {
    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intemplate
    mutating func inTemplateMode(_ token: Token) -> Step {
        switch token {
        case .characters, .comment, .doctype:
            return using(.inBody, token)
        case .start(let tag):
            let next: InsertionMode
            switch tag.tag {
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                return using(.inHead, token)
            case .caption, .colgroup, .tbody, .tfoot, .thead: next = .inTable
            case .col: next = .inColumnGroup
            case .tr: next = .inTableBody
            case .td, .th: next = .inRow
            default: next = .inBody
            }
            _ = templateModes.popLast()
            templateModes.append(next)
            mode = next
            return .reprocess(token)
        case .end(let tag):
            if tag.tag == .template { return using(.inHead, token) }
            parseError("unexpected-end-tag")
            return .done
        case .eof:
            guard stack.contains(where: { $0.isHTML(.template) }) else { return .done }
            parseError("eof-in-template")
            popUntil(.template)
            clearFormattingToLastMarker()
            _ = templateModes.popLast()
            resetInsertionMode()
            return .reprocess(token)
        }
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-afterbody
    mutating func afterBodyMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { builder, spaces in _ = builder.using(.inBody, .characters(spaces)) }) else {
            return .done
        }
        switch token {
        case .comment(let data):
            if let html = stack.first { insertComment(data, at: InsertionPlace(parent: html.node, before: -1)) }
            return .done
        case .doctype:
            parseError("unexpected-doctype")
            return .done
        case .start(let tag) where tag.tag == .html:
            return using(.inBody, token)
        case .end(let tag) where tag.tag == .html:
            if context != nil {
                parseError("unexpected-end-tag")
            } else {
                mode = .afterAfterBody
            }
            return .done
        case .eof:
            return .done
        default:
            parseError("unexpected-token-after-body")
            mode = .inBody
            return .reprocess(token)
        }
    }

    /// Only the whitespace of a run (the rest is ignored in frameset modes).
    mutating func framesetWhitespace(_ bytes: [UInt8]) {
        let spaces = bytes.filter { isHTMLWhitespace(Int($0)) }
        if spaces.count != bytes.count { parseError("unexpected-char-in-frameset") }
        insertCharacters(spaces)
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inframeset
    mutating func inFramesetMode(_ token: Token) -> Step {
        switch token {
        case .characters(let bytes): framesetWhitespace(bytes)
        case .comment(let data): insertComment(data)
        case .start(let tag):
            switch tag.tag {
            case .html: return using(.inBody, token)
            case .frameset: insertElement(tag)
            case .frame: insertVoidElement(tag)
            case .noframes: return using(.inHead, token)
            default: parseError("unexpected-start-tag")
            }
        case .end(let tag) where tag.tag == .frameset:
            guard stack.count > 1 else {
                parseError("unexpected-end-tag")
                return .done
            }
            pop()
            if context == nil, currentNode?.isHTML(.frameset) != true { mode = .afterFrameset }
        case .eof: break
        default: parseError("unexpected-token-in-frameset")
        }
        return .done
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-afterframeset
    mutating func afterFramesetMode(_ token: Token) -> Step {
        switch token {
        case .characters(let bytes): framesetWhitespace(bytes)
        case .comment(let data): insertComment(data)
        case .start(let tag) where tag.tag == .html: return using(.inBody, token)
        case .start(let tag) where tag.tag == .noframes: return using(.inHead, token)
        case .end(let tag) where tag.tag == .html: mode = .afterAfterFrameset
        case .eof: break
        default: parseError("unexpected-token-after-frameset")
        }
        return .done
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-body-insertion-mode
    mutating func afterAfterBodyMode(_ token: Token) -> Step {
        guard let token = leadingWhitespace(token, { builder, spaces in _ = builder.using(.inBody, .characters(spaces)) }) else {
            return .done
        }
        switch token {
        case .comment(let data):
            insertComment(data, at: InsertionPlace(parent: dom.root, before: -1))
            return .done
        case .doctype: return using(.inBody, token)
        case .start(let tag) where tag.tag == .html: return using(.inBody, token)
        case .eof: return .done
        default:
            parseError("unexpected-token-after-after-body")
            mode = .inBody
            return .reprocess(token)
        }
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-frameset-insertion-mode
    mutating func afterAfterFramesetMode(_ token: Token) -> Step {
        switch token {
        case .comment(let data):
            insertComment(data, at: InsertionPlace(parent: dom.root, before: -1))
        case .doctype: return using(.inBody, token)
        case .characters(let bytes):
            let spaces = bytes.filter { isHTMLWhitespace(Int($0)) }
            if !spaces.isEmpty { _ = using(.inBody, .characters(spaces)) }
        case .start(let tag) where tag.tag == .html: return using(.inBody, token)
        case .start(let tag) where tag.tag == .noframes: return using(.inHead, token)
        case .eof: break
        default: parseError("unexpected-token-after-after-frameset")
        }
        return .done
    }
}
