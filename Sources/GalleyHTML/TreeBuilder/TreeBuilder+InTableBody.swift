extension TreeBuilder {
    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intbody
    mutating func inTableBodyMode(_ token: Token) -> Step {
        switch token {
        case .start(let tag) where tag.tag == .tr:
            clearStack(backTo: [.tbody, .tfoot, .thead])
            insertElement(tag)
            mode = .inRow
        case .start(let tag) where tag.tag == .th || tag.tag == .td:
            parseError("unexpected-cell-in-table-body")
            clearStack(backTo: [.tbody, .tfoot, .thead])
            insertElement(TagToken(name: "tr"))
            mode = .inRow
            return .reprocess(token)
        case .end(let tag) where [.tbody, .tfoot, .thead].contains(tag.tag):
            guard inScope(tag.tag, .table) else {
                parseError("unexpected-end-tag")
                return .done
            }
            clearStack(backTo: [.tbody, .tfoot, .thead])
            pop()
            mode = .inTable
        case .start(let tag) where [.caption, .col, .colgroup, .tbody, .tfoot, .thead].contains(tag.tag):
            return leaveTableBody(token)
        case .end(let tag) where tag.tag == .table:
            return leaveTableBody(token)
        case .end(let tag) where [.body, .caption, .col, .colgroup, .html, .td, .th, .tr].contains(tag.tag):
            parseError("unexpected-end-tag")
        default:
            return using(.inTable, token)
        }
        return .done
    }

    mutating func leaveTableBody(_ token: Token) -> Step {
        guard inScope(.table, where: { $0.isHTML(.tbody) || $0.isHTML(.thead) || $0.isHTML(.tfoot) }) else {
            parseError("unexpected-token")
            return .done
        }
        clearStack(backTo: [.tbody, .tfoot, .thead])
        pop()
        mode = .inTable
        return .reprocess(token)
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intr
    mutating func inRowMode(_ token: Token) -> Step {
        switch token {
        case .start(let tag) where tag.tag == .th || tag.tag == .td:
            clearStack(backTo: [.tr])
            insertElement(tag)
            mode = .inCell
            formatting.append(.marker)
        case .end(let tag) where tag.tag == .tr:
            guard inScope(.tr, .table) else {
                parseError("unexpected-end-tag")
                return .done
            }
            clearStack(backTo: [.tr])
            pop()
            mode = .inTableBody
        case .start(let tag) where [.caption, .col, .colgroup, .tbody, .tfoot, .thead, .tr].contains(tag.tag):
            return leaveRow(token)
        case .end(let tag) where tag.tag == .table:
            return leaveRow(token)
        case .end(let tag) where [.tbody, .tfoot, .thead].contains(tag.tag):
            guard inScope(tag.tag, .table) else {
                parseError("unexpected-end-tag")
                return .done
            }
            return leaveRow(token)
        case .end(let tag) where [.body, .caption, .col, .colgroup, .html, .td, .th].contains(tag.tag):
            parseError("unexpected-end-tag")
        default:
            return using(.inTable, token)
        }
        return .done
    }

    mutating func leaveRow(_ token: Token) -> Step {
        guard inScope(.tr, .table) else {
            parseError("unexpected-token")
            return .done
        }
        clearStack(backTo: [.tr])
        pop()
        mode = .inTableBody
        return .reprocess(token)
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intd
    mutating func inCellMode(_ token: Token) -> Step {
        switch token {
        case .end(let tag) where tag.tag == .td || tag.tag == .th:
            guard inScope(tag.tag, .table) else {
                parseError("unexpected-end-tag")
                return .done
            }
            generateImpliedEndTags()
            if currentNode?.isHTML(tag.tag) != true { parseError("end-tag-too-early") }
            popUntil(tag.tag)
            clearFormattingToLastMarker()
            mode = .inRow
        case .start(let tag) where [.caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.tag):
            guard inScope(.table, where: { $0.isHTML(.td) || $0.isHTML(.th) }) else {
                parseError("unexpected-start-tag")
                return .done
            }
            closeCell()
            return .reprocess(token)
        case .end(let tag) where [.body, .caption, .col, .colgroup, .html].contains(tag.tag):
            parseError("unexpected-end-tag")
        case .end(let tag) where [.table, .tbody, .tfoot, .thead, .tr].contains(tag.tag):
            guard inScope(tag.tag, .table) else {
                parseError("unexpected-end-tag")
                return .done
            }
            closeCell()
            return .reprocess(token)
        default:
            return using(.inBody, token)
        }
        return .done
    }

    mutating func closeCell() {
        generateImpliedEndTags()
        if currentNode?.isHTML(.td) != true, currentNode?.isHTML(.th) != true { parseError("end-tag-too-early") }
        popUntil { $0 == .td || $0 == .th }
        clearFormattingToLastMarker()
        mode = .inRow
    }
}
