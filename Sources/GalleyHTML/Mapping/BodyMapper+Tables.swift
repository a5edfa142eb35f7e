import GalleyCore

extension BodyMapper {
    /// Elements whose presence in a cell marks a table used for page layout.
    static let layoutContent: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "form", "article",
        "section", "main", "nav", "aside", "header", "footer", "figure", "center",
    ]

    /// Whether a table lays out the page rather than holding data.
    ///
    /// Layout when it says so (`role="presentation"`/`"none"`), holds another table, has one
    /// cell per row, or has block content (paragraphs, divs, headings, lists) in its cells
    /// without any sign of data (`<th>`, `<caption>`, `<thead>`). The walk does not enter nested
    /// tables, so each node is looked at by at most two tables.
    func isLayoutTable(_ node: NodeID, _ element: HTMLDOM.Element) -> Bool {
        if let role = dom.attribute("role", of: element)?.lowercased(), role == "presentation" || role == "none" { return true }
        var rows = 0
        var widestRow = 0
        var hasDataSigns = false
        var hasBlockContent = false
        var stack: [NodeID] = []
        var cursor = dom.nodes[Int(node)].firstChild
        while true {
            while cursor < 0 {
                guard let parent = stack.popLast() else {
                    if rows > 0, widestRow <= 1 { return true }
                    return !hasDataSigns && hasBlockContent
                }
                cursor = dom.nodes[Int(parent)].nextSibling
            }
            let current = cursor
            cursor = dom.nodes[Int(current)].nextSibling
            guard let name = dom.htmlName(current) else { continue }
            switch name {
            case "table":
                return true
            case "tr":
                rows += 1
                let cells = dom.children(of: current).reduce(0) { count, child in
                    let childName = dom.htmlName(child)
                    return childName == "td" || childName == "th" ? count + 1 : count
                }
                widestRow = max(widestRow, cells)
            case "th", "caption", "thead":
                hasDataSigns = true
            default:
                if Self.layoutContent.contains(name) { hasBlockContent = true }
            }
            if dom.nodes[Int(current)].firstChild >= 0 {
                stack.append(current)
                cursor = dom.nodes[Int(current)].firstChild
            }
        }
    }

    static let alignCenter = Array("text-align:center".utf8)
    static let alignRight = Array("text-align:right".utf8)
    static let alignLeft = Array("text-align:left".utf8)

    /// A cell with the element's header flag, spans and alignment (blocks come later).
    func cellTemplate(_ element: HTMLDOM.Element) -> Table.Cell {
        func span(_ name: String, limit: Int) -> Int {
            guard let value = dom.attribute(name, of: element), let number = Int(value.trimmingASCIIWhitespace) else { return 1 }
            return min(max(number, 1), limit)
        }
        var alignment = Table.Alignment.default
        let align = dom.attribute("align", of: element)?.lowercased() ?? ""
        let style = dom.attribute("style", of: element) ?? ""
        func styleAligns(_ declaration: [UInt8]) -> Bool {
            !style.isEmpty && ASCIISearch.contains(style, anyOf: [declaration], skipping: { $0 == 0x20 })
        }
        if align == "center" || styleAligns(Self.alignCenter) {
            alignment = .center
        } else if align == "right" || styleAligns(Self.alignRight) {
            alignment = .right
        } else if align == "left" || styleAligns(Self.alignLeft) {
            alignment = .left
        }
        // The limits are the HTML spec's: colspan at most 1000, rowspan at most 65534.
        return Table.Cell(blocks: [], isHeader: element.name == "th", columnSpan: span("colspan", limit: 1000),
                          rowSpan: span("rowspan", limit: 65534), alignment: alignment)
    }
}
