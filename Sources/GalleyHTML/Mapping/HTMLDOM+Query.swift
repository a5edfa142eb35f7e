// Reading helpers over the DOM for the mapping: text content, attributes, hidden state.

extension HTMLDOM {
    /// The concatenated text of `node`'s descendants in document order, walked with an explicit
    /// stack (no recursion); `<br>` adds a line feed when `breaksLines` is set.
    func textContent(of node: NodeID, breaksLines: Bool = false) -> String {
        var output = ""
        var stack: [NodeID] = []
        var cursor = nodes[Int(node)].firstChild
        while true {
            while cursor < 0 {
                guard let parent = stack.popLast() else { return output }
                cursor = nodes[Int(parent)].nextSibling
            }
            let current = cursor
            switch nodes[Int(current)].kind {
            case .text:
                forEachTextChunk(of: current) { output += String(decoding: $0, as: UTF8.self) }
                cursor = nodes[Int(current)].nextSibling
            case .element(let element):
                if breaksLines, element.name == "br", element.namespace == .html { output += "\n" }
                if element.namespace == .html, Self.textlessElements.contains(element.name) {
                    cursor = nodes[Int(current)].nextSibling
                } else if nodes[Int(current)].firstChild >= 0 {
                    stack.append(current)
                    cursor = nodes[Int(current)].firstChild
                } else {
                    cursor = nodes[Int(current)].nextSibling
                }
            default:
                cursor = nodes[Int(current)].nextSibling
            }
        }
    }

    /// Elements whose text is never page text.
    static let textlessElements: Set<String> = ["script", "style", "template", "textarea", "select", "option"]

    /// The previous sibling that is an element, skipping whitespace text and comments.
    func previousElementSibling(of node: NodeID) -> NodeID? {
        var cursor = nodes[Int(node)].previousSibling
        while cursor >= 0 {
            switch nodes[Int(cursor)].kind {
            case .element: return cursor
            case .text where !isWhitespaceText(cursor): return nil
            default: cursor = nodes[Int(cursor)].previousSibling
            }
        }
        return nil
    }
}

extension HTMLDOM {
    /// Whether `element` is hidden from readers: the `hidden` attribute, `aria-hidden="true"`,
    /// or an inline style with `display: none` or `visibility: hidden`.
    func isHidden(_ element: Element) -> Bool {
        let store = attributeStore
        for index in element.attributes.indices where store.slots[index].namespace == .none {
            let slot = store.slots[index]
            // The length first: most attributes are none of the three, and it is O(1).
            switch slot.nameEnd - slot.nameStart {
            case 6:
                if store.withName(at: index, { ASCIISearch.hasPrefix($0, exactly: "hidden") }) { return true }
            case 11:
                if store.withName(at: index, { ASCIISearch.hasPrefix($0, exactly: "aria-hidden") }),
                    store.withValue(at: index, { $0.count == 4 && ASCIISearch.hasPrefix($0, lowercased: "true") })
                {
                    return true
                }
            case 5:
                if store.withName(at: index, { ASCIISearch.hasPrefix($0, exactly: "style") }),
                    store.withValue(at: index, { value in
                        Self.hidingDeclarations.contains {
                            ASCIISearch.contains(value, lowercased: $0, skipping: HTMLEncoding.isASCIIWhitespace)
                        }
                    })
                {
                    return true
                }
            default:
                break
            }
        }
        return false
    }

    /// CSS declarations that hide an element, lower case and without spaces.
    static let hidingDeclarations: [[UInt8]] = [Array("display:none".utf8), Array("visibility:hidden".utf8)]

    /// The class attribute of `element` split on ASCII whitespace.
    func classes(of element: Element) -> [String] {
        guard let index = attributeStore.index(of: "class", in: element.attributes) else { return [] }
        return attributeStore.withValue(at: index) { Self.classes(in: $0) }
    }

    /// A class attribute's value split on ASCII whitespace.
    static func classes(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        // Most values are one class: without a byte up to space (all whitespace is), the value is it.
        if !ByteScan.containsByte(below: 0x21, in: bytes) {
            return bytes.isEmpty ? [] : [String(decoding: bytes, as: UTF8.self)]
        }
        var names: [String] = []
        // Counted first, so that the array is allocated once at its size.
        var count = 0
        var wasSpace = true
        for byte in bytes {
            let isSpace = HTMLEncoding.isASCIIWhitespace(byte)
            if wasSpace, !isSpace { count += 1 }
            wasSpace = isSpace
        }
        guard count > 0 else { return names }
        names.reserveCapacity(count)
        var index = 0
        while index < bytes.count {
            while index < bytes.count, HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count, !HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
            if index > start { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
        }
        return names
    }
}
