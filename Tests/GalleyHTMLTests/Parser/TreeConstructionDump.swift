import GalleyHTML

/// The html5lib tree-construction text form of an ``HTMLDOM`` (`| <html>` lines).
enum TreeConstructionDump {
    static func dump(_ dom: HTMLDOM) -> String {
        var lines: [String] = []
        var work: [(HTMLDOM.NodeID, Int)] = dom.children(of: dom.root).reversed().map { ($0, 0) }
        while let (node, depth) = work.popLast() {
            let pad = "| " + String(repeating: "  ", count: depth)
            switch dom.kind(of: node) {
            case .doctype(let name, let publicID, let systemID):
                if publicID != nil || systemID != nil {
                    lines.append(pad + "<!DOCTYPE \(name) \"\(publicID ?? "")\" \"\(systemID ?? "")\">")
                } else {
                    lines.append(pad + "<!DOCTYPE \(name)>")
                }
            case .text: lines.append(pad + "\"\(dom.text(of: node) ?? "")\"")
            case .comment(let text): lines.append(pad + "<!-- \(text) -->")
            case .element(let element):
                let prefix = element.namespace == .svg ? "svg " : element.namespace == .mathML ? "math " : ""
                lines.append(pad + "<\(prefix)\(element.name)>")
                let attributes = dom.attributes(of: element).map { attribute -> String in
                    let name = attribute.namespace.map { "\($0) \(attribute.name)" } ?? attribute.name
                    return "\(name)=\"\(attribute.value)\""
                }.sorted()
                for attribute in attributes { lines.append(pad + "  " + attribute) }
                var children: [(HTMLDOM.NodeID, Int)] = dom.children(of: node).map { ($0, depth + 1) }
                if let contents = element.templateContents {
                    lines.append(pad + "  content")
                    children = dom.children(of: contents).map { ($0, depth + 2) }
                }
                work.append(contentsOf: children.reversed())
            case .document, .documentFragment: break
            }
        }
        return lines.joined(separator: "\n")
    }
}
