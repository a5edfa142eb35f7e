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
        let isSelected = dom.element(option).map { dom.hasAttribute("selected", of: $0) } ?? false
        guard isSelected || !record.filled else { return }
        record.filled = true
        record.filledBySelected = record.filledBySelected || isSelected
        selectedContent[select] = record
        while case let child = dom.nodes[Int(record.node)].firstChild, child >= 0 { dom.detach(child) }
        cloneChildren(of: option, into: record.node)
    }

    /// Deep-copies the children of `source` (template contents included) under `destination`,
    /// without recursion. The whole subtree is listed before anything is copied, and nothing is
    /// copied when `destination` lies inside it.
    mutating func cloneChildren(of source: NodeID, into destination: NodeID) {
        // Each entry: the original node, the index of its copied parent in `plan` (−1: destination),
        // and whether it is a template's contents rather than a child.
        var plan: [(node: NodeID, parent: Int, isContents: Bool)] = []
        var work: [(NodeID, Int)] = [(source, -2)]
        while let (node, planIndex) = work.popLast() {
            for child in Array(dom.children(of: node)) {
                if child == destination { return }
                plan.append((child, planIndex == -2 ? -1 : planIndex, false))
                work.append((child, plan.count - 1))
            }
            if planIndex >= 0, let contents = dom.element(node)?.templateContents {
                if contents == destination { return }
                plan.append((contents, planIndex, true))
                work.append((contents, plan.count - 1))
            }
        }
        var copies: [NodeID] = []
        copies.reserveCapacity(plan.count)
        for entry in plan {
            let copy: NodeID
            if !entry.isContents, case .text = dom.kind(of: entry.node) {
                // A copy of the characters, not of the chunks (which the original may still grow).
                var bytes: [UInt8] = []
                dom.forEachTextChunk(of: entry.node) { bytes.append(contentsOf: $0) }
                copy = bytes.withUnsafeBufferPointer { dom.createText($0) }
            } else {
                copy = dom.create(entry.isContents ? .documentFragment : dom.kind(of: entry.node))
            }
            copies.append(copy)
            let parent = entry.parent < 0 ? destination : copies[entry.parent]
            if entry.isContents {
                if case .element(var element) = dom.kind(of: parent) {
                    element.templateContents = copy
                    dom.setKind(.element(element), of: parent)
                }
            } else {
                dom.append(copy, to: parent)
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
