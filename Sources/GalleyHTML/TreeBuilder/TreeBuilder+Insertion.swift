extension TreeBuilder {
    /// Where a node goes: into `parent`, before `before` (−1 appends).
    struct InsertionPlace {
        var parent: NodeID
        var before: NodeID
    }

    var currentNode: OpenElement? { stack.last }

    /// The context element while only `<html>` is open in a fragment parse, else the current node.
    var adjustedCurrentNode: OpenElement? {
        if let context, stack.count == 1 { return context }
        return stack.last
    }

    /// The value of `token`'s attribute `name` (no namespace), if present.
    func attribute(_ name: String, of token: TagToken) -> String? {
        dom.attribute(name, in: token.attributes)
    }

    /// The element's local name as the DOM stores it.
    func name(of node: NodeID) -> String { dom.element(node)?.name ?? "" }

    /// Whether `entry` has the same name and namespace as an end tag `token`.
    func matches(_ entry: OpenElement, _ token: TagToken) -> Bool {
        if token.tag != .unknown { return entry.tag == token.tag && entry.namespace == .html }
        return entry.tag == .unknown && entry.namespace == .html && name(of: entry.node) == token.name
    }

    // MARK: - Stack

    mutating func push(_ entry: OpenElement) {
        stack.append(entry)
        countOpen(entry, by: 1)
        markOpen(entry.node)
    }

    @discardableResult
    mutating func pop() -> OpenElement {
        let entry = stack.removeLast()
        countOpen(entry, by: -1)
        inStack[Int(entry.node)] = false
        if entry.tag == .option, entry.namespace == .html, !selectedContent.isEmpty { optionPopped(entry.node) }
        return entry
    }

    /// Pops until an HTML element with `tag` has been popped.
    mutating func popUntil(_ tag: Tag) {
        while let entry = stack.last {
            pop()
            if entry.isHTML(tag) { return }
        }
    }

    /// Pops until one of the HTML `tags` has been popped.
    mutating func popUntil(oneOf tags: (Tag) -> Bool) {
        while let entry = stack.last {
            pop()
            if entry.namespace == .html, tags(entry.tag) { return }
        }
    }

    mutating func removeFromStack(_ node: NodeID) {
        if let index = stack.lastIndex(where: { $0.node == node }) {
            countOpen(stack.remove(at: index), by: -1)
            inStack[Int(node)] = false
        }
    }

    func isOpen(_ node: NodeID) -> Bool { Int(node) < inStack.count && inStack[Int(node)] }

    func stackIndex(of node: NodeID) -> Int? {
        guard isOpen(node) else { return nil }
        return stack.lastIndex { $0.node == node }
    }

    // MARK: - Scopes

    /// Scope boundaries (https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-scope).
    enum Scope { case normal, listItem, button, table, select }

    func isBoundary(_ entry: OpenElement, _ scope: Scope) -> Bool {
        switch entry.namespace {
        case .html:
            switch scope {
            case .table: return entry.tag == .html || entry.tag == .table || entry.tag == .template
            case .select: return entry.tag != .optgroup && entry.tag != .option
            case .listItem where entry.tag == .ol || entry.tag == .ul: return true
            case .button where entry.tag == .button: return true
            default:
                switch entry.tag {
                case .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template: return true
                default: return false
                }
            }
        case .mathML:
            guard scope != .table, scope != .select else { return scope == .select }
            switch entry.tag {
            case .mi, .mo, .mn, .ms, .mtext, .annotationXML: return true
            default: return false
            }
        case .svg:
            guard scope != .table, scope != .select else { return scope == .select }
            return entry.tag == .foreignObject || entry.tag == .desc || entry.tag == .title
        }
    }

    /// Whether an HTML element for which `target` holds is in `scope`.
    func inScope(_ scope: Scope = .normal, where target: (OpenElement) -> Bool) -> Bool {
        var index = stack.count - 1
        while index >= 0 {
            let entry = stack[index]
            if target(entry) { return true }
            if isBoundary(entry, scope) { return false }
            index -= 1
        }
        return false
    }

    /// Keeps ``openHTMLCounts`` in step with the stack.
    @inline(__always) mutating func countOpen(_ entry: OpenElement, by delta: Int32) {
        if entry.namespace == .html { openHTMLCounts[Int(entry.tag.rawValue)] += delta }
    }

    func inScope(_ tag: Tag, _ scope: Scope = .normal) -> Bool {
        if tag != .unknown, openHTMLCounts[Int(tag.rawValue)] == 0 { return false }
        return inScope(scope) { $0.isHTML(tag) }
    }

    // MARK: - Implied end tags

    mutating func generateImpliedEndTags(except excluded: Tag? = nil) {
        while let entry = stack.last, entry.namespace == .html, entry.tag.hasImpliedEndTag, entry.tag != excluded {
            pop()
        }
    }

    mutating func generateAllImpliedEndTagsThoroughly() {
        while let entry = stack.last, entry.namespace == .html, entry.tag.hasThoroughlyImpliedEndTag { pop() }
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#close-a-p-element
    mutating func closeParagraph() {
        generateImpliedEndTags(except: .p)
        if currentNode?.isHTML(.p) != true { parseError("unexpected-p-end") }
        popUntil(.p)
    }

    mutating func closeParagraphInButtonScope() {
        if inScope(.p, .button) { closeParagraph() }
    }

    // MARK: - Inserting

    /// https://html.spec.whatwg.org/multipage/parsing.html#appropriate-place-for-inserting-a-node
    func appropriatePlace(overrideTarget: OpenElement? = nil) -> InsertionPlace {
        guard let target = overrideTarget ?? stack.last else { return InsertionPlace(parent: dom.root, before: -1) }
        var parent = target
        if fosterParenting, target.namespace == .html,
           target.tag == .table || target.tag == .tbody || target.tag == .tfoot || target.tag == .thead || target.tag == .tr {
            let lastTemplate = stack.lastIndex { $0.isHTML(.template) }
            let lastTable = stack.lastIndex { $0.isHTML(.table) }
            if let lastTemplate, lastTable.map({ lastTemplate > $0 }) ?? true {
                parent = stack[lastTemplate]
            } else if let lastTable {
                let table = stack[lastTable].node
                if let tableParent = dom.parent(of: table) {
                    return InsertionPlace(parent: tableParent, before: table)
                }
                parent = stack[lastTable - 1]
            } else {
                parent = stack[0]
            }
        }
        if parent.isHTML(.template), let contents = dom.element(parent.node)?.templateContents {
            return InsertionPlace(parent: contents, before: -1)
        }
        return InsertionPlace(parent: parent.node, before: -1)
    }

    mutating func insertNode(_ node: NodeID, at place: InsertionPlace) {
        dom.insert(node, into: place.parent, before: place.before)
    }

    /// Creates an element for `token` (https://html.spec.whatwg.org/multipage/parsing.html#create-an-element-for-the-token).
    mutating func createElement(_ token: TagToken, namespace: HTMLDOM.Namespace) -> NodeID {
        var element = HTMLDOM.Element(name: token.name, namespace: namespace, attributes: token.attributes)
        if token.tag == .template, namespace == .html {
            let contents = dom.create(.documentFragment)
            element.templateContents = contents
        }
        // The token's tag names the element when it is HTML (foreign names may be adjusted).
        return dom.create(element, tag: namespace == .html ? token.tag : .unknown)
    }

    /// Inserts an element for `token` at the appropriate place and pushes it.
    @discardableResult
    mutating func insertElement(_ token: TagToken, namespace: HTMLDOM.Namespace = .html, tag: Tag? = nil) -> NodeID {
        if stack.count >= maximumDepth { pop() }
        let place = appropriatePlace()
        let node = createElement(token, namespace: namespace)
        insertNode(node, at: place)
        if token.tag == .unknown, namespace == .html, token.name == "selectedcontent" { selectedContentInserted(node) }
        push(OpenElement(node: node, tag: tag ?? token.tag, namespace: namespace))
        return node
    }

    /// Inserts an element and pops it at once (void elements), acknowledging a self-closing flag.
    mutating func insertVoidElement(_ token: TagToken) {
        insertElement(token)
        pop()
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#insert-a-character
    mutating func insertCharacters(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let place = appropriatePlace()
        if place.parent == dom.root, case .document = dom.kind(of: dom.root) { return }
        bytes.withUnsafeBufferPointer { text in
            if place.before < 0 {
                dom.appendText(text, to: place.parent)
                return
            }
            let previous = dom.nodes[Int(place.before)].previousSibling
            if previous >= 0, case .text = dom.kind(of: previous) {
                dom.appendText(text, toTextNode: previous)
            } else {
                insertNode(dom.createText(text), at: place)
            }
        }
    }

    mutating func insertComment(_ data: String, at place: InsertionPlace? = nil) {
        let node = dom.create(.comment(data))
        insertNode(node, at: place ?? appropriatePlace())
    }

    // MARK: - Characters

    /// Splits a run into its leading whitespace and the rest.
    func splitLeadingWhitespace(_ bytes: [UInt8]) -> (whitespace: [UInt8], rest: [UInt8]) {
        var index = 0
        while index < bytes.count, isHTMLWhitespace(Int(bytes[index])) { index += 1 }
        return (Array(bytes[..<index]), Array(bytes[index...]))
    }

    /// Whether every byte is HTML whitespace.
    func isAllWhitespace(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { isHTMLWhitespace(Int($0)) } }

    /// Removes NUL bytes, reporting each.
    mutating func removingNulls(_ bytes: [UInt8]) -> [UInt8] {
        let hasNull = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: 0, in: $0, from: 0) < $0.count }
        guard hasNull else { return bytes }
        parseError("unexpected-null-character")
        return bytes.filter { $0 != 0 }
    }
}
