// libFuzzer entry point for the HTML parser: every input is parsed as a document and as a
// fragment in a few contexts, and the resulting tree is checked for consistency.
// Build with Fuzz/build.sh; SwiftPM ignores this folder.

@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = HTMLParser()
    checkTree(parser.parse(bytes).dom)
    if let first = bytes.first {
        let contexts = ["body", "table", "tr", "select", "template", "svg svg", "math mi", "textarea", "script"]
        checkTree(parser.parseFragment(bytes, context: contexts[Int(first) % contexts.count]).dom)
    }
    var tokenizer = HTMLTokenizer(bytes)
    var count = 0
    while tokenizer.next() != .endOfFile {
        count += 1
        precondition(count <= bytes.count + 2, "tokenizer emitted more tokens than bytes")
    }
    return 0
}

/// Every node reachable from the root once, links consistent, depth bounded.
func checkTree(_ dom: HTMLDOM) {
    var seen = Set<HTMLDOM.NodeID>()
    var work: [(HTMLDOM.NodeID, Int)] = [(dom.root, 0)]
    while let (node, depth) = work.popLast() {
        precondition(seen.insert(node).inserted, "node reached twice")
        precondition(depth < 4_096, "tree too deep")
        var previous: HTMLDOM.NodeID = -1
        for child in dom.children(of: node) {
            precondition(dom.parent(of: child) == node, "parent link broken")
            precondition(dom.nodes[Int(child)].previousSibling == previous, "sibling link broken")
            previous = child
            work.append((child, depth + 1))
        }
        precondition(dom.nodes[Int(node)].lastChild == previous, "last child link broken")
        if let contents = dom.element(node)?.templateContents { work.append((contents, depth + 1)) }
    }
}
