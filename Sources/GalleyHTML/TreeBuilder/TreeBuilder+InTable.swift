extension TreeBuilder {
    /// Pops until the current node is one of `tags` (or `html`, `template`).
    mutating func clearStack(backTo tags: [Tag]) {
        while let entry = stack.last {
            if entry.namespace == .html, entry.tag == .html || entry.tag == .template || tags.contains(entry.tag) { return }
            pop()
        }
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intable
    mutating func inTableMode(_ token: Token) -> Step {
        switch token {
        case .characters:
            if let current = currentNode, current.namespace == .html,
               [.table, .tbody, .template, .tfoot, .thead, .tr].contains(current.tag) {
                pendingTableText.removeAll(keepingCapacity: true)
                originalMode = mode
                mode = .inTableText
                return .reprocess(token)
            }
        case .comment(let data):
            insertComment(data)
            return .done
        case .doctype:
            parseError("unexpected-doctype")
            return .done
        case .start(let tag):
            if let step = inTableStartTag(tag, token) { return step }
        case .end(let tag):
            switch tag.tag {
            case .table:
                guard inScope(.table, .table) else {
                    parseError("unexpected-end-tag")
                    return .done
                }
                popUntil(.table)
                resetInsertionMode()
                return .done
            case .body, .caption, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr:
                parseError("unexpected-end-tag")
                return .done
            case .template: return using(.inHead, token)
            default: break
            }
        case .eof:
            return using(.inBody, token)
        }
        parseError("foster-parenting")
        fosterParenting = true
        let step = using(.inBody, token)
        fosterParenting = false
        return step
    }

    /// Start tags in table; `nil` means "anything else".
    mutating func inTableStartTag(_ tag: TagToken, _ token: Token) -> Step? {
        switch tag.tag {
        case .caption:
            clearStack(backTo: [.table])
            formatting.append(.marker)
            insertElement(tag)
            mode = .inCaption
        case .colgroup:
            clearStack(backTo: [.table])
            insertElement(tag)
            mode = .inColumnGroup
        case .col:
            clearStack(backTo: [.table])
            insertElement(TagToken(name: "colgroup"))
            mode = .inColumnGroup
            return .reprocess(token)
        case .tbody, .tfoot, .thead:
            clearStack(backTo: [.table])
            insertElement(tag)
            mode = .inTableBody
        case .td, .th, .tr:
            clearStack(backTo: [.table])
            insertElement(TagToken(name: "tbody"))
            mode = .inTableBody
            return .reprocess(token)
        case .table:
            parseError("unexpected-start-tag-implies-end-tag")
            guard inScope(.table, .table) else { return .done }
            popUntil(.table)
            resetInsertionMode()
            return .reprocess(token)
        case .style, .script, .template:
            return using(.inHead, token)
        case .input:
            guard attribute("type", of: tag)?.lowercased() == "hidden" else { return nil }
            parseError("unexpected-hidden-input-in-table")
            insertVoidElement(tag)
        case .form:
            parseError("unexpected-form-in-table")
            guard formElement < 0, !stack.contains(where: { $0.isHTML(.template) }) else { return .done }
            formElement = insertElement(tag)
            pop()
        default:
            return nil
        }
        return .done
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intabletext
    mutating func inTableTextMode(_ token: Token) -> Step {
        if case .characters(let bytes) = token {
            pendingTableText.append(contentsOf: removingNulls(bytes))
            return .done
        }
        if !isAllWhitespace(pendingTableText) {
            parseError("foster-parenting-character")
            fosterParenting = true
            _ = using(.inBody, .characters(pendingTableText))
            fosterParenting = false
        } else if !pendingTableText.isEmpty {
            insertCharacters(pendingTableText)
        }
        pendingTableText.removeAll(keepingCapacity: true)
        mode = originalMode
        return .reprocess(token)
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incaption
    mutating func inCaptionMode(_ token: Token) -> Step {
        var reprocesses = false
        switch token {
        case .end(let tag) where tag.tag == .caption: break
        case .start(let tag) where [.caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.tag):
            reprocesses = true
        case .end(let tag) where tag.tag == .table:
            reprocesses = true
        case .end(let tag) where [.body, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.tag):
            parseError("unexpected-end-tag")
            return .done
        default:
            return using(.inBody, token)
        }
        guard inScope(.caption, .table) else {
            parseError("unexpected-end-tag")
            return .done
        }
        generateImpliedEndTags()
        if currentNode?.isHTML(.caption) != true { parseError("end-tag-too-early") }
        popUntil(.caption)
        clearFormattingToLastMarker()
        mode = .inTable
        return reprocesses ? .reprocess(token) : .done
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incolgroup
    mutating func inColumnGroupMode(_ token: Token) -> Step {
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
        case .start(let tag) where tag.tag == .html: return using(.inBody, token)
        case .start(let tag) where tag.tag == .col:
            insertVoidElement(tag)
            return .done
        case .end(let tag) where tag.tag == .colgroup:
            guard currentNode?.isHTML(.colgroup) == true else {
                parseError("unexpected-end-tag")
                return .done
            }
            pop()
            mode = .inTable
            return .done
        case .end(let tag) where tag.tag == .col:
            parseError("unexpected-end-tag")
            return .done
        case .start(let tag) where tag.tag == .template: return using(.inHead, token)
        case .end(let tag) where tag.tag == .template: return using(.inHead, token)
        case .eof: return using(.inBody, token)
        default:
            guard currentNode?.isHTML(.colgroup) == true else {
                parseError("unexpected-token-in-colgroup")
                return .done
            }
            pop()
            mode = .inTable
            return .reprocess(token)
        }
    }
}
