/// Reading cmark-gfm's XML into canonical nodes.
extension RenderedNode {
    /// The blocks of a parsed document, with footnote references replaced by their definitions'
    /// blocks (the n-th reference in document order is the n-th definition, which is how
    /// cmark-gfm orders them when every label is used once).
    struct XMLReader {
        var definitions: [XMLElement]
        var nextDefinition = 0

        init(definitions: [XMLElement]) { self.definitions = definitions }

        mutating func blocks(_ elements: [XMLElement]) -> [RenderedNode] {
            elements.map { block($0) }
        }

        mutating func block(_ element: XMLElement) -> RenderedNode {
            switch element.name {
            case "paragraph": return RenderedNode(kind: "paragraph", children: inlines(element.children))
            case "heading":
                return RenderedNode(kind: "heading", attributes: ["level=\(element.attributes["level"] ?? "")"], children: inlines(element.children))
            case "list":
                var attributes = ["type=\(element.attributes["type"] ?? "")", "tight=\(element.attributes["tight"] ?? "")"]
                if element.attributes["type"] == "ordered" { attributes.append("start=\(element.attributes["start"] ?? "1")") }
                return RenderedNode(kind: "list", attributes: attributes, children: element.children.map {
                    RenderedNode(kind: "item", children: blocks($0.children))
                }).withTightnessShownOnlyWhereVisible()
            case "code_block":
                return RenderedNode(kind: "code_block", attributes: ["info=\(element.attributes["info"] ?? "")"], text: element.text)
            case "html_block":
                if element.text.hasPrefix("<table>") { return RenderedNode(kind: "html_table") }
                return RenderedNode(kind: "html_block", text: element.text)
            case "table":
                let aligns = (element.children.first?.children ?? []).map { $0.attributes["align"] ?? "default" }
                return RenderedNode(kind: "table", attributes: ["align=" + aligns.joined(separator: ",")], children: element.children.map { row in
                    RenderedNode(kind: row.name == "table_header" ? "header" : "row", children: row.children.map { cell in
                        RenderedNode(kind: "cell", children: inlines(cell.children))
                    })
                })
            default:
                return RenderedNode(kind: element.name, children: blocks(element.children))
            }
        }

        mutating func inlines(_ elements: [XMLElement]) -> [RenderedNode] {
            canonicalInlines(pairTags(elements.map { inline($0) }))
        }

        mutating func inline(_ element: XMLElement) -> RenderedNode {
            switch element.name {
            case "text": return RenderedNode(kind: "text", text: element.text)
            case "code": return RenderedNode(kind: "code", text: element.text)
            case "softbreak": return RenderedNode(kind: "softbreak")
            case "linebreak": return RenderedNode(kind: "linebreak")
            case "html_inline":
                if element.text == "<br>" { return RenderedNode(kind: "linebreak") }
                return RenderedNode(kind: "html_inline", text: element.text)
            case "link", "image":
                return RenderedNode(
                    kind: element.name,
                    attributes: ["url=\((element.attributes["destination"] ?? "").debugDescription)", "title=\((element.attributes["title"] ?? "").debugDescription)"],
                    children: pairTags(element.children.map { inline($0) }))
            case "footnote":
                guard nextDefinition < definitions.count else { return RenderedNode(kind: "note", attributes: ["missing"]) }
                let definition = definitions[nextDefinition]
                nextDefinition += 1
                return RenderedNode(kind: "note", children: blocks(definition.children))
            default:
                return RenderedNode(kind: element.name, children: pairTags(element.children.map { inline($0) }))
            }
        }

        /// Turns `<em>…</em>`, `<strong>`, `<del>`, `<sup>`, `<sub>` raw HTML pairs into marks.
        func pairTags(_ nodes: [RenderedNode]) -> [RenderedNode] {
            let kinds = ["<code>": "code", "<em>": "emph", "<strong>": "strong", "<del>": "strikethrough", "<sup>": "sup", "<sub>": "sub"]
            var result: [RenderedNode] = []
            var index = 0
            while index < nodes.count {
                let node = nodes[index]
                if node.kind == "html_inline", let kind = kinds[node.text] {
                    let closing = "</" + node.text.dropFirst()
                    var depth = 0
                    var end: Int?
                    for probe in (index + 1)..<nodes.count where nodes[probe].kind == "html_inline" {
                        if nodes[probe].text == node.text { depth += 1 }
                        if nodes[probe].text == closing {
                            if depth == 0 { end = probe; break }
                            depth -= 1
                        }
                    }
                    if let end, kind == "code" {
                        // `<code>` stands in for a code span cmark cannot delimit: its text.
                        result.append(RenderedNode(kind: "code", text: nodes[(index + 1)..<end].map(\.text).joined()))
                        index = end + 1
                        continue
                    }
                    if let end {
                        result.append(RenderedNode(kind: kind, children: pairTags(Array(nodes[(index + 1)..<end]))))
                        index = end + 1
                        continue
                    }
                }
                result.append(node)
                index += 1
            }
            return result
        }
    }
}
