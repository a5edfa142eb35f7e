extension TreeBuilder {
    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
    mutating func inBodyMode(_ token: Token) -> Step {
        switch token {
        case .characters(let bytes):
            // Only a run the tokenizer saw a NUL in is searched for them (other runs reaching
            // this mode are parts of one, or were cleaned before).
            let text = tokenizer.lastTextHeldNull ? removingNulls(bytes) : bytes
            guard !text.isEmpty else { return .done }
            reconstructFormatting()
            insertCharacters(text)
            if framesetOK, !isAllWhitespace(text) { framesetOK = false }
        case .comment(let data): insertComment(data)
        case .doctype: parseError("unexpected-doctype")
        case .start(let tag): return inBodyStartTag(tag, token)
        case .end(let tag): return inBodyEndTag(tag, token)
        case .eof:
            if !templateModes.isEmpty { return using(.inTemplate, token) }
        }
        return .done
    }

    mutating func inBodyStartTag(_ tag: TagToken, _ token: Token) -> Step {
        switch tag.tag {
        case .html:
            parseError("unexpected-start-tag")
            if !stack.contains(where: { $0.isHTML(.template) }), let first = stack.first { addMissingAttributes(tag, to: first.node) }
        case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
            return using(.inHead, token)
        case .body:
            parseError("unexpected-start-tag")
            guard stack.count > 1, stack[1].isHTML(.body), !stack.contains(where: { $0.isHTML(.template) }) else { break }
            framesetOK = false
            addMissingAttributes(tag, to: stack[1].node)
        case .frameset: startFrameset(tag)
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .search, .section,
             .summary, .ul:
            closeParagraphInButtonScope()
            insertElement(tag)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closeParagraphInButtonScope()
            if let current = currentNode, current.namespace == .html, current.tag.isHeading {
                parseError("unexpected-start-tag")
                pop()
            }
            insertElement(tag)
        case .pre, .listing:
            closeParagraphInButtonScope()
            insertElement(tag)
            ignoresNextLineFeed = true
            framesetOK = false
        case .form:
            let hasTemplate = stack.contains { $0.isHTML(.template) }
            if formElement >= 0, !hasTemplate {
                parseError("unexpected-start-tag")
                break
            }
            closeParagraphInButtonScope()
            let node = insertElement(tag)
            if !hasTemplate { formElement = node }
        case .li, .dd, .dt: startListItem(tag)
        case .plaintext:
            closeParagraphInButtonScope()
            insertElement(tag)
            tokenizer.state = .plaintext
        case .button:
            if inScope(.button) {
                parseError("unexpected-start-tag")
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        default: return inBodyPhrasingStartTag(tag, token)
        }
        return .done
    }

    mutating func inBodyPhrasingStartTag(_ tag: TagToken, _ token: Token) -> Step {
        switch tag.tag {
        case .a:
            if let index = formattingElement(named: tag) {
                parseError("unexpected-start-tag-implies-end-tag")
                let node = formatting[index].node
                if !adoptionAgency(tag) { anyOtherEndTag(tag) }
                if let stale = formattingIndex(of: node) { formatting.remove(at: stale) }
                removeFromStack(node)
            }
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag)
        case .b, .big, .code, .em, .font, .i, .s, .small, .strike, .strong, .tt, .u:
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag)
        case .nobr:
            reconstructFormatting()
            if inScope(.nobr) {
                parseError("unexpected-start-tag-implies-end-tag")
                if !adoptionAgency(tag) { anyOtherEndTag(tag) }
                reconstructFormatting()
            }
            pushFormatting(insertElement(tag), tag)
        case .applet, .marquee, .object:
            reconstructFormatting()
            insertElement(tag)
            formatting.append(.marker)
            framesetOK = false
        case .table:
            if dom.quirksMode != .quirks { closeParagraphInButtonScope() }
            insertElement(tag)
            framesetOK = false
            mode = .inTable
        case .area, .br, .embed, .img, .keygen, .wbr:
            reconstructFormatting()
            insertVoidElement(tag)
            framesetOK = false
        case .input:
            if context?.isHTML(.select) == true, stack.count == 1 {
                parseError("unexpected-start-tag")
                break
            }
            if inScope(.select) {
                parseError("unexpected-start-tag")
                popUntil(.select)
            }
            reconstructFormatting()
            insertVoidElement(tag)
            if attribute("type", of: tag)?.lowercased() != "hidden" { framesetOK = false }
        case .param, .source, .track:
            insertVoidElement(tag)
        case .hr:
            closeParagraphInButtonScope()
            if inScope(.select) {
                generateImpliedEndTags()
                if inScope(.option) || inScope(.optgroup) { parseError("unexpected-start-tag") }
            }
            insertVoidElement(tag)
            framesetOK = false
        case .image:
            parseError("unexpected-start-tag-treated-as")
            var renamed = tag
            renamed.name = "img"
            renamed.tag = .img
            return .reprocess(.start(renamed))
        default: return inBodyOtherStartTag(tag, token)
        }
        return .done
    }

    mutating func inBodyOtherStartTag(_ tag: TagToken, _ token: Token) -> Step {
        switch tag.tag {
        case .textarea:
            insertElement(tag)
            ignoresNextLineFeed = true
            tokenizer.state = .rcdata
            originalMode = mode
            framesetOK = false
            mode = .text
        case .xmp:
            closeParagraphInButtonScope()
            reconstructFormatting()
            framesetOK = false
            parseRawText(tag, state: .rawtext)
        case .iframe:
            framesetOK = false
            parseRawText(tag, state: .rawtext)
        case .noembed:
            parseRawText(tag, state: .rawtext)
        case .noscript where scripting:
            parseRawText(tag, state: .rawtext)
        case .select:
            if context?.isHTML(.select) == true, stack.count == 1 {
                parseError("unexpected-start-tag")
            } else if inScope(.select) {
                parseError("unexpected-start-tag")
                popUntil(.select)
            } else {
                reconstructFormatting()
                insertElement(tag)
                framesetOK = false
            }
        case .option, .optgroup:
            if inScope(.select) {
                generateImpliedEndTags(except: tag.tag == .option ? .optgroup : nil)
                if inScope(.option) || (tag.tag == .optgroup && inScope(.optgroup)) { parseError("unexpected-start-tag") }
            } else if currentNode?.isHTML(.option) == true {
                pop()
            }
            reconstructFormatting()
            insertElement(tag)
        case .rb, .rtc:
            if inScope(.ruby) {
                generateImpliedEndTags()
                if currentNode?.isHTML(.ruby) != true { parseError("unexpected-start-tag") }
            }
            insertElement(tag)
        case .rp, .rt:
            if inScope(.ruby) {
                generateImpliedEndTags(except: .rtc)
                if currentNode?.isHTML(.ruby) != true, currentNode?.isHTML(.rtc) != true {
                    parseError("unexpected-start-tag")
                }
            }
            insertElement(tag)
        case .math, .svg:
            reconstructFormatting()
            insertForeignElement(tag, namespace: tag.tag == .math ? .mathML : .svg)
        case .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr:
            parseError("unexpected-start-tag")
        default:
            reconstructFormatting()
            insertElement(tag)
        }
        return .done
    }

    /// Adds the attributes of `tag` that the element `node` lacks (a second `<html>` or `<body>`).
    ///
    /// The element's range cannot grow where it is (the slots after it belong to later tags), so
    /// its slots move to the end of the store with as many free slots after them, which later
    /// additions fill in place; when those run out it moves again, twice as large. Many such tags
    /// thus cost slots in proportion to the attributes they add, not to their square; and once
    /// the element has more than a few attributes, their names are kept in a set, so that telling
    /// which are missing costs a look-up an attribute, not a comparison with every one it has.
    mutating func addMissingAttributes(_ tag: TagToken, to node: NodeID) {
        guard var element = dom.element(node) else { return }
        let existing = element.attributes.indices
        let missing: [Int]
        if existing.count > 8 || attributeNames[node] != nil {
            func name(_ index: Int) -> [UInt8] { dom.attributeStore.nameBytes(at: index) }
            if attributeNames[node] == nil { attributeNames[node] = Set(existing.map(name)) }
            // A tag's own names are unique (the tokenizer drops repeats), so each one found
            // missing joins the set at once; the set is changed where it is stored (a copy taken
            // out of the dictionary would be copied whole by the first insertion).
            missing = tag.attributes.indices.filter { attributeNames[node, default: []].insert(name($0)).inserted }
        } else {
            missing = tag.attributes.indices.filter { new in
                !existing.contains { dom.attributeStore.hasSameName($0, new) }
            }
        }
        guard !missing.isEmpty else { return }
        let end = existing.upperBound
        if let roomEnd = attributeRoom[node], end + missing.count <= roomEnd {
            // Free slots nothing else refers to: filled in place (a clone keeps its shorter range).
            for (offset, index) in missing.enumerated() {
                dom.attributeStore.slots[end + offset] = dom.attributeStore.slots[index]
            }
            element.attributes = HTMLDOM.AttributeRange(existing.lowerBound..<(end + missing.count))
        } else {
            let start = dom.attributeStore.slots.count
            for index in existing { dom.attributeStore.slots.append(dom.attributeStore.slots[index]) }
            for index in missing { dom.attributeStore.slots.append(dom.attributeStore.slots[index]) }
            let count = dom.attributeStore.slots.count - start
            dom.attributeStore.appendFreeSlots(count)
            attributeRoom[node] = start + 2 * count
            element.attributes = HTMLDOM.AttributeRange(start..<(start + count))
        }
        dom.setKind(.element(element), of: node)
    }

    mutating func startFrameset(_ tag: TagToken) {
        parseError("unexpected-start-tag")
        guard stack.count > 1, stack[1].isHTML(.body), framesetOK else { return }
        dom.detach(stack[1].node)
        while stack.count > 1 { pop() }
        insertElement(tag)
        mode = .inFrameset
    }

    /// Start tags li, dd and dt.
    mutating func startListItem(_ tag: TagToken) {
        framesetOK = false
        var index = stack.count - 1
        while index >= 0 {
            let entry = stack[index]
            let closes = tag.tag == .li ? entry.isHTML(.li) : (entry.isHTML(.dd) || entry.isHTML(.dt))
            if closes {
                generateImpliedEndTags(except: entry.tag)
                if currentNode?.isHTML(entry.tag) != true { parseError("end-tag-too-early") }
                popUntil(entry.tag)
                break
            }
            if isSpecial(entry), !entry.isHTML(.address), !entry.isHTML(.div), !entry.isHTML(.p) { break }
            index -= 1
        }
        closeParagraphInButtonScope()
        insertElement(tag)
    }
}
