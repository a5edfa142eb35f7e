extension TreeBuilder {
    // MARK: - Active formatting elements

    /// Index of the last marker (−1 if none).
    var lastMarkerIndex: Int { formatting.lastIndex { $0.isMarker } ?? -1 }

    func formattingIndex(of node: NodeID) -> Int? { formatting.lastIndex { $0.node == node } }

    /// The last formatting element after the last marker whose tag matches `token`.
    func formattingElement(named token: TagToken) -> Int? {
        var index = formatting.count - 1
        while index >= 0, !formatting[index].isMarker {
            if let entryToken = formatting[index].token, entryToken.tag == token.tag, entryToken.name == token.name {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Pushes onto the list with the Noah's Ark clause (at most three identical entries after the
    /// last marker), and at most ``maximumFormattingEntries`` after it in all.
    mutating func pushFormatting(_ node: NodeID, _ token: TagToken) {
        let start = lastMarkerIndex + 1
        // Fingerprints are taken only for entries that could match (most tags meet none).
        var fingerprint: UInt64?
        var identical: [Int] = []
        for index in start..<formatting.count {
            guard let other = formatting[index].token, other.name == token.name,
                other.attributes.count == token.attributes.count
            else { continue }
            let mine = fingerprint ?? attributeFingerprint(token.attributes)
            fingerprint = mine
            let theirs = formatting[index].attributeFingerprint ?? attributeFingerprint(other.attributes)
            formatting[index].attributeFingerprint = theirs
            if mine == theirs, sameAttributes(other.attributes, token.attributes) { identical.append(index) }
        }
        if identical.count >= 3 {
            formatting.remove(at: identical[0])
        } else if formatting.count - start >= TreeBuilder.maximumFormattingEntries {
            formatting.remove(at: start)
        }
        formatting.append(FormattingEntry(node: node, token: token, attributeFingerprint: fingerprint))
    }

    /// A hash of a tag's attributes that does not depend on their order: the wrapping sum of each
    /// attribute's FNV-1a hash over its name, namespace and value. Equal attribute sets have equal
    /// fingerprints, so comparing fingerprints first spares most comparisons of unequal sets.
    func attributeFingerprint(_ range: HTMLDOM.AttributeRange) -> UInt64 {
        let store = dom.attributeStore
        var sum: UInt64 = 0
        for index in range.indices {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            store.withName(at: index) { for byte in $0 { mix(byte) } }
            mix(0xFF)  // no byte of UTF-8 text: the name ends here
            mix(store.slots[index].namespace.rawValue)
            store.withValue(at: index) { for byte in $0 { mix(byte) } }
            sum &+= hash
        }
        return sum
    }

    /// Whether two tags have the same attributes (names, namespaces and values), in any order.
    ///
    /// A few attributes are compared each with each; past eight, `b`'s are looked up by name and
    /// namespace (unique within a tag: the tokenizer drops repeated names), so that tags with
    /// thousands of attributes cost a look-up an attribute, not the square of their count.
    func sameAttributes(_ a: HTMLDOM.AttributeRange, _ b: HTMLDOM.AttributeRange) -> Bool {
        guard a.count == b.count else { return false }
        if a == b { return true }
        let store = dom.attributeStore
        guard a.count > 8 else {
            for first in a.indices where !b.indices.contains(where: { store.isSame(first, $0) }) { return false }
            return true
        }
        // The name's bytes and then the namespace's: one key per attribute of a tag.
        func key(_ index: Int) -> [UInt8] {
            store.nameBytes(at: index) + [store.slots[index].namespace.rawValue]
        }
        var byKey: [[UInt8]: Int] = [:]
        byKey.reserveCapacity(b.count)
        for index in b.indices { byKey[key(index)] = index }
        for first in a.indices {
            guard let match = byKey[key(first)], store.isSame(first, match) else { return false }
        }
        return true
    }

    /// https://html.spec.whatwg.org/multipage/parsing.html#reconstruct-the-active-formatting-elements
    mutating func reconstructFormatting() {
        guard let last = formatting.last, !last.isMarker, !isOpen(last.node) else { return }
        var index = formatting.count - 1
        while index > 0, !formatting[index - 1].isMarker, !isOpen(formatting[index - 1].node) { index -= 1 }
        while index < formatting.count {
            guard let token = formatting[index].token else { break }
            let node = insertElement(token)
            formatting[index].node = node
            index += 1
        }
    }

    mutating func clearFormattingToLastMarker() {
        while let entry = formatting.popLast(), !entry.isMarker {}
    }

    // MARK: - Adoption agency

    /// https://html.spec.whatwg.org/multipage/parsing.html#adoption-agency-algorithm; returns
    /// `false` when the caller must act as for "any other end tag".
    mutating func adoptionAgency(_ subject: TagToken) -> Bool {
        if let current = currentNode, matches(current, subject), formattingIndex(of: current.node) == nil {
            pop()
            return true
        }
        // The usual case: the element is both the current node and the last entry of the list.
        // The outer loop would find it at once, in scope, with no furthest block above it, and only
        // pop it and drop its entry.
        if let current = currentNode, matches(current, subject), let last = formatting.last,
           last.node == current.node, let token = last.token, token.tag == subject.tag, token.name == subject.name {
            pop()
            formatting.removeLast()
            return true
        }
        for _ in 0..<8 {
            guard let listIndex = formattingElement(named: subject) else { return false }
            let formattingNode = formatting[listIndex].node
            guard let stackPosition = stackIndex(of: formattingNode) else {
                parseError("adoption-agency-1.2")
                formatting.remove(at: listIndex)
                return true
            }
            guard inScope(where: { $0.node == formattingNode }) else {
                parseError("adoption-agency-4.4")
                return true
            }
            if stack[(stackPosition + 1)...].contains(where: { $0.isHTML(.select) }) {
                parseError("adoption-agency-select")
                return true
            }
            if stack.last?.node != formattingNode { parseError("adoption-agency-1.3") }
            guard let furthestIndex = furthestBlock(above: stackPosition) else {
                while let entry = stack.last {
                    pop()
                    if entry.node == formattingNode { break }
                }
                formatting.remove(at: listIndex)
                return true
            }
            adoptionSteps(listIndex: listIndex, stackPosition: stackPosition, furthestIndex: furthestIndex)
        }
        return true
    }

    func furthestBlock(above position: Int) -> Int? {
        var index = position + 1
        while index < stack.count {
            if isSpecial(stack[index]) { return index }
            index += 1
        }
        return nil
    }

    func isSpecial(_ entry: OpenElement) -> Bool {
        switch entry.namespace {
        case .html: return entry.tag.isSpecialHTML
        case .mathML: return [.mi, .mo, .mn, .ms, .mtext, .annotationXML].contains(entry.tag)
        case .svg: return entry.tag == .foreignObject || entry.tag == .desc || entry.tag == .title
        }
    }

    /// The inner part of one outer-loop iteration, once a furthest block exists.
    mutating func adoptionSteps(listIndex: Int, stackPosition: Int, furthestIndex: Int) {
        let formattingEntry = formatting[listIndex]
        let furthest = stack[furthestIndex]
        let commonAncestor = stack[stackPosition - 1]
        var bookmark = listIndex
        var lastNode = furthest.node
        var nodeIndex = furthestIndex
        var counter = 0
        while true {
            counter += 1
            nodeIndex -= 1
            let entry = stack[nodeIndex]
            if entry.node == formattingEntry.node { break }
            var entryListIndex = formattingIndex(of: entry.node)
            if counter > 3, let index = entryListIndex {
                formatting.remove(at: index)
                if index < bookmark { bookmark -= 1 }
                entryListIndex = nil
            }
            guard let index = entryListIndex, let token = formatting[index].token else {
                countOpen(stack.remove(at: nodeIndex), by: -1)
                inStack[Int(entry.node)] = false
                continue
            }
            let replacement = createElement(token, namespace: .html)
            formatting[index].node = replacement
            inStack[Int(entry.node)] = false
            stack[nodeIndex].node = replacement
            markOpen(replacement)
            if lastNode == furthest.node { bookmark = index + 1 }
            dom.append(lastNode, to: replacement)
            lastNode = replacement
        }
        insertNode(lastNode, at: appropriatePlace(overrideTarget: commonAncestor))
        guard let token = formattingEntry.token else { return }
        let newElement = createElement(token, namespace: .html)
        dom.moveChildren(of: furthest.node, to: newElement)
        dom.append(newElement, to: furthest.node)
        if let index = formattingIndex(of: formattingEntry.node) {
            formatting.remove(at: index)
            if index < bookmark { bookmark -= 1 }
        }
        formatting.insert(
            FormattingEntry(node: newElement, token: token, attributeFingerprint: formattingEntry.attributeFingerprint),
            at: min(bookmark, formatting.count))
        removeFromStack(formattingEntry.node)
        if let position = stackIndex(of: furthest.node) {
            stack.insert(OpenElement(node: newElement, tag: token.tag, namespace: .html), at: position + 1)
            countOpen(stack[position + 1], by: 1)
            markOpen(newElement)
        }
    }

    mutating func markOpen(_ node: NodeID) {
        let index = Int(node)
        if index >= inStack.count {
            // Grows geometrically: nodes are pushed in creation order, so most pushes extend it.
            inStack.append(contentsOf: repeatElement(false, count: max(index + 1, 2 * inStack.count) - inStack.count))
        }
        inStack[index] = true
    }

    /// "Any other end tag" in body.
    mutating func anyOtherEndTag(_ token: TagToken) {
        var index = stack.count - 1
        while index >= 0 {
            let entry = stack[index]
            if matches(entry, token) {
                generateImpliedEndTags(except: entry.tag == .unknown ? nil : entry.tag)
                if index != stack.count - 1 { parseError("end-tag-too-early") }
                while stack.count > index { pop() }
                return
            }
            if isSpecial(entry) {
                parseError("unexpected-end-tag")
                return
            }
            index -= 1
        }
    }
}
