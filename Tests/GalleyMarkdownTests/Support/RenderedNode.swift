/// A rendered Markdown node in a canonical form both sides can be brought to: what cmark-gfm
/// parsed, and what the writer's documented mapping says the document should render as.
///
/// Canonical inline content: soft breaks read as spaces, runs of spaces collapse to one (HTML
/// shows them so), whitespace at the edges of a block and around hard breaks goes, adjacent
/// text merges, empty emphasis disappears.
struct RenderedNode: Hashable, CustomStringConvertible {
    var kind: String
    var attributes: [String] = []
    var text: String = ""
    var children: [RenderedNode] = []

    var description: String {
        var line = kind
        if !attributes.isEmpty { line += " " + attributes.joined(separator: " ") }
        if !text.isEmpty || kind == "text" || kind == "code" || kind == "code_block" { line += " " + text.debugDescription }
        return line
    }

    /// One line per node, indented by depth.
    static func dump(_ nodes: [RenderedNode], indent: Int = 0, into lines: inout [String]) {
        for node in nodes {
            lines.append(String(repeating: "  ", count: indent) + node.description)
            dump(node.children, indent: indent + 1, into: &lines)
        }
    }

    /// The first line where the dumps differ, or `nil`.
    static func firstDifference(expected: [RenderedNode], actual: [RenderedNode]) -> String? {
        var left: [String] = []
        var right: [String] = []
        dump(expected, into: &left)
        dump(actual, into: &right)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : "<end>"
            let b = index < right.count ? right[index] : "<end>"
            if a != b {
                let context = left[max(0, index - 4)..<index].joined(separator: "\n")
                return "node \(index + 1): expected \(a) got \(b)\n--- after ---\n\(context)"
            }
        }
        return nil
    }

    /// A list whose items hold no paragraph renders the same tight or loose.
    func withTightnessShownOnlyWhereVisible() -> RenderedNode {
        guard kind == "list", !children.contains(where: { $0.children.contains { $0.kind == "paragraph" } }) else { return self }
        var copy = self
        copy.attributes = attributes.map { $0.hasPrefix("tight=") ? "tight=any" : $0 }
        return copy
    }

    static let markKinds: Set<String> = ["emph", "strong", "strikethrough", "sup", "sub"]

    /// Brings inline content to canonical form.
    static func canonicalInlines(_ nodes: [RenderedNode], isBlockEdge: Bool = true) -> [RenderedNode] {
        var result: [RenderedNode] = []
        for var node in nodes {
            if markKinds.contains(node.kind) || node.kind == "link" || node.kind == "image" {
                node.children = canonicalInlines(node.children, isBlockEdge: false)
                if markKinds.contains(node.kind) && node.children.isEmpty { continue }
            }
            if node.kind == "softbreak" { node = RenderedNode(kind: "text", text: " ") }
            if node.kind == "text" || node.kind == "code" {
                if case .some(let last) = result.last, last.kind == node.kind {
                    result[result.count - 1].text += node.text
                } else {
                    result.append(node)
                }
                continue
            }
            result.append(node)
        }
        // Collapse whitespace inside texts; trim around hard breaks and at the block's edges.
        for index in result.indices where result[index].kind == "text" {
            result[index].text = collapse(result[index].text)
            if index > 0, result[index - 1].kind == "linebreak" { result[index].text = trimLeading(result[index].text) }
            if index + 1 < result.count, result[index + 1].kind == "linebreak" { result[index].text = trimTrailing(result[index].text) }
        }
        if isBlockEdge {
            while let first = result.first {
                if first.kind == "linebreak" { result.removeFirst(); continue }
                if first.kind == "text" {
                    result[0].text = trimLeading(first.text)
                    if result[0].text.isEmpty { result.removeFirst(); continue }
                }
                break
            }
            while let last = result.last {
                if last.kind == "linebreak" { result.removeLast(); continue }
                if last.kind == "text" {
                    result[result.count - 1].text = trimTrailing(last.text)
                    if result[result.count - 1].text.isEmpty { result.removeLast(); continue }
                }
                break
            }
        }
        return result.filter { !($0.kind == "text" && $0.text.isEmpty) }
    }

    static func collapse(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
            if isSpace {
                if !lastWasSpace { result.append(" ") }
            } else {
                result.unicodeScalars.append(scalar)
            }
            lastWasSpace = isSpace
        }
        return result
    }

    static func trimLeading(_ text: String) -> String { String(text.drop { $0 == " " }) }
    static func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
