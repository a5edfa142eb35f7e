extension TreeBuilder {
    /// End tags in body.
    mutating func inBodyEndTag(_ tag: TagToken, _ token: Token) -> Step {
        switch tag.tag {
        case .template: return using(.inHead, token)
        case .body, .html:
            guard inScope(.body) else {
                parseError("unexpected-end-tag")
                return .done
            }
            mode = .afterBody
            return tag.tag == .html ? .reprocess(token) : .done
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dialog, .dir, .div, .dl,
             .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre,
             .search, .section, .summary, .ul, .select:
            closeElement(tag.tag)
        case .form: endForm()
        case .p:
            if !inScope(.p, .button) {
                parseError("unexpected-end-tag")
                insertElement(TagToken(name: "p"))
            }
            closeParagraph()
        case .li:
            guard inScope(.li, .listItem) else {
                parseError("unexpected-end-tag")
                return .done
            }
            generateImpliedEndTags(except: .li)
            if currentNode?.isHTML(.li) != true { parseError("end-tag-too-early") }
            popUntil(.li)
        case .dd, .dt:
            closeElement(tag.tag, impliedExcept: tag.tag)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            guard inScope(where: { $0.namespace == .html && $0.tag.isHeading }) else {
                parseError("unexpected-end-tag")
                return .done
            }
            generateImpliedEndTags()
            if currentNode?.isHTML(tag.tag) != true { parseError("end-tag-too-early") }
            popUntil { $0.isHeading }
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            if !adoptionAgency(tag) { anyOtherEndTag(tag) }
        case .applet, .marquee, .object:
            guard inScope(tag.tag) else {
                parseError("unexpected-end-tag")
                return .done
            }
            generateImpliedEndTags()
            if currentNode?.isHTML(tag.tag) != true { parseError("end-tag-too-early") }
            popUntil(tag.tag)
            clearFormattingToLastMarker()
        case .br:
            parseError("unexpected-end-tag-treated-as")
            reconstructFormatting()
            insertVoidElement(TagToken(name: "br"))
            framesetOK = false
        default:
            anyOtherEndTag(tag)
        }
        return .done
    }

    /// Closes the HTML element `tag` if it is in scope (block end tags).
    mutating func closeElement(_ tag: Tag, impliedExcept: Tag? = nil) {
        guard inScope(tag) else {
            parseError("unexpected-end-tag")
            return
        }
        generateImpliedEndTags(except: impliedExcept)
        if currentNode?.isHTML(tag) != true { parseError("end-tag-too-early") }
        popUntil(tag)
    }

    mutating func endForm() {
        if stack.contains(where: { $0.isHTML(.template) }) {
            closeElement(.form)
            return
        }
        let node = formElement
        formElement = -1
        guard node >= 0, inScope(where: { $0.node == node }) else {
            parseError("unexpected-end-tag")
            return
        }
        generateImpliedEndTags()
        if currentNode?.node != node { parseError("end-tag-too-early") }
        removeFromStack(node)
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incdata
    mutating func textMode(_ token: Token) -> Step {
        switch token {
        case .characters(let bytes):
            insertCharacters(bytes)
        case .eof:
            parseError("eof-in-text")
            pop()
            mode = originalMode
            return .reprocess(token)
        case .end:
            pop()
            mode = originalMode
        default: break
        }
        return .done
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#reset-the-insertion-mode-appropriately
    mutating func resetInsertionMode() {
        var index = stack.count - 1
        while index >= 0 {
            let isLast = index == 0
            var entry = stack[index]
            if isLast, let context { entry = context }
            if entry.namespace == .html {
                switch entry.tag {
                case .td where !isLast, .th where !isLast: return mode = .inCell
                case .tr: return mode = .inRow
                case .tbody, .thead, .tfoot: return mode = .inTableBody
                case .caption: return mode = .inCaption
                case .colgroup: return mode = .inColumnGroup
                case .table: return mode = .inTable
                case .template: return mode = templateModes.last ?? .inBody
                case .head where !isLast: return mode = .inHead
                case .body: return mode = .inBody
                case .frameset: return mode = .inFrameset
                case .html: return mode = headElement < 0 ? .beforeHead : .afterHead
                default: break
                }
            }
            if isLast { return mode = .inBody }
            index -= 1
        }
        mode = .inBody
    }
}
