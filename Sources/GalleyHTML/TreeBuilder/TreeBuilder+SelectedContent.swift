/// A `<select>`'s `<selectedcontent>` and how it was last filled.
struct SelectedContent {
    var node: HTMLDOM.NodeID
    var filled = false
    var filledBySelected = false
}

extension TreeBuilder {
    /// Records the first `<selectedcontent>` inside the nearest open `<select>`.
    mutating func selectedContentInserted(_ node: NodeID) {
        guard let select = stack.last(where: { $0.isHTML(.select) }), selectedContent[select.node] == nil else { return }
        selectedContent[select.node] = SelectedContent(node: node)
    }

    /// When an `<option>` closes, copies its contents into its select's `<selectedcontent>` if it
    /// is the selected option (the first one, or the last with a `selected` attribute).
    mutating func optionPopped(_ option: NodeID) {
        var ancestor = dom.parent(of: option)
        var steps = 0
        while let node = ancestor, dom.htmlName(node) != "select", steps < maximumDepth * 2 {
            ancestor = dom.parent(of: node)
            steps += 1
        }
        guard let select = ancestor, dom.htmlName(select) == "select", var record = selectedContent[select] else { return }
        if isAncestor(option, of: record.node) { return }
        let isSelected = dom.element(option)?.attribute("selected") != nil
        guard isSelected || !record.filled else { return }
        record.filled = true
        record.filledBySelected = record.filledBySelected || isSelected
        selectedContent[select] = record
        while case let child = dom.nodes[Int(record.node)].firstChild, child >= 0 { dom.detach(child) }
        cloneChildren(of: option, into: record.node)
    }

    /// Deep-copies the children of `source` under `destination`, without recursion.
    mutating func cloneChildren(of source: NodeID, into destination: NodeID) {
        var work: [(NodeID, NodeID)] = [(source, destination)]
        while let (from, to) = work.popLast() {
            let children = Array(dom.children(of: from))
            for child in children {
                var kind = dom.kind(of: child)
                var contents: (NodeID, NodeID)?
                if case .element(var element) = kind, let original = element.templateContents {
                    let fragment = dom.create(.documentFragment)
                    element.templateContents = fragment
                    kind = .element(element)
                    contents = (original, fragment)
                }
                let copy = dom.create(kind)
                dom.append(copy, to: to)
                work.append((child, copy))
                if let contents { work.append(contents) }
            }
        }
    }

    /// Whether `ancestor` contains `node`.
    func isAncestor(_ ancestor: NodeID, of node: NodeID) -> Bool {
        var cursor = dom.parent(of: node)
        while let current = cursor {
            if current == ancestor { return true }
            cursor = dom.parent(of: current)
        }
        return false
    }
}
