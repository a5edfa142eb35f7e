import GalleyHTML

/// A compact description of DOM nodes for tests: `h("p", ["class": "x"], "Hello ", h("em", "you"))`.
indirect enum DOMSpec: ExpressibleByStringLiteral, Sendable {
    case element(String, [(String, String)], [DOMSpec])
    case text(String)
    case comment(String)

    init(stringLiteral value: String) { self = .text(value) }
}

/// An element with children.
func h(_ name: String, _ children: DOMSpec...) -> DOMSpec {
    .element(name, [], children)
}

/// An element with attributes (in order) and children.
func h(_ name: String, _ attributes: KeyValuePairs<String, String>, _ children: DOMSpec...) -> DOMSpec {
    .element(name, attributes.map { ($0.key, $0.value) }, children)
}

/// A DOM whose document node holds `nodes` (iteratively built, so deep specs work).
func buildDOM(_ nodes: [DOMSpec]) -> HTMLDOM {
    var dom = HTMLDOM()
    var work: [(DOMSpec, HTMLDOM.NodeID)] = nodes.reversed().map { ($0, dom.root) }
    while let (spec, parent) = work.popLast() {
        switch spec {
        case .text(let text):
            dom.appendText(text, to: parent)
        case .comment(let text):
            dom.append(dom.create(.comment(text)), to: parent)
        case .element(let name, let attributes, let children):
            let node = dom.createElement(
                name, namespace: name == "svg" || name == "circle" ? .svg : .html,
                attributes: attributes.map { HTMLDOM.Attribute(name: $0.0, value: $0.1) })
            dom.append(node, to: parent)
            work.append(contentsOf: children.reversed().map { ($0, node) })
        }
    }
    return dom
}

func buildDOM(_ nodes: DOMSpec...) -> HTMLDOM { buildDOM(nodes) }
